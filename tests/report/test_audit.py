"""The daily report's audit trail: set-up changes (who, when, old -> new) and failed logins,
as the printed PDF shows them."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from hallq.domain import DomainError, queue
from hallq.report import pdf


def pdf_text(data: bytes) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", text)


def a_day_with_changes_and_failed_logins(hall):
    hall.update_hall({"pin_max_failures": 2}, by="GS01")
    hall.upsert_service({"prefix": "A", "queue_limit": 12}, by="GS01")
    hall.upsert_staff({"code": "NV02", "name": "Trần Văn Bình"}, by="cli")
    kiosk, _ = hall.add_device("kiosk", None, "Kiosk cửa chính", by="GS01")
    for _ in range(2):
        with pytest.raises(DomainError):
            hall.login("GS01", "0000", None, device_id=kiosk["id"])
    return kiosk["id"]


def test_the_report_lists_every_setup_change_and_failed_login(hall):
    old_limit = hall.state.services["A"].queue_limit
    old_failures = hall.info.pin_max_failures
    old_name = hall.staff["NV02"].name
    kiosk = a_day_with_changes_and_failed_logins(hall)
    day = queue.business_day(hall.now(), hall.info)
    figs, conf = pdf.build(hall.store, day, with_staffing=False)
    rows = next(s for s in pdf.sections(figs, conf, "en") if s.key == "audit").rows
    assert [r[1:] for r in rows] == [
        ["GS01", "Hall settings", f"pin_max_failures: {old_failures} → 2"],
        ["GS01", "Service A", f"queue_limit: {old_limit} → 12"],
        ["cli", "Staff NV02", f"name: {old_name} → Trần Văn Bình"],
        ["GS01", "Device added Kiosk cửa chính",
         "role: — → kiosk; counter: — → —; name: — → Kiosk cửa chính"],
        ["GS01", "Failed login", f"Device Kiosk cửa chính (#{kiosk}) · Failures: 1"],
        ["GS01", "Failed login", f"Device Kiosk cửa chính (#{kiosk}) · Failures: 2 · locked"],
    ]
    assert all(re.fullmatch(r"\d\d:\d\d:\d\d", r[0]) for r in rows)

    text = pdf_text(pdf.report_pdf(figs, conf, "en"))
    assert "Set-up changes and failed logins" in text
    assert f"queue_limit: {old_limit} → 12" in text
    assert "Failures: 2 · locked" in text
    zh = pdf_text(pdf.report_pdf(figs, conf, "zh_CN"))
    assert "设置变更与登录失败" in zh and "已锁定" in zh


def test_a_quiet_day_says_none(hall):
    day = queue.business_day(hall.now(), hall.info)
    figs, conf = pdf.build(hall.store, day, with_staffing=False)
    assert next(s for s in pdf.sections(figs, conf, "en") if s.key == "audit").rows == []
    text = pdf_text(pdf.report_pdf(figs, conf, "en"))
    assert "Set-up changes and failed logins None." in text
