"""The clerk opens a case from the visit at the counter (kind and due date shown first, the
receipt printed or saved as PDF), finds a case by phone, and sees which case a returning
customer's ticket is about."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from pypdf import PdfReader  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.counter.cases import FindCaseDialog, OpenCaseDialog  # noqa: E402
from ui.counter.window import create_window  # noqa: E402

WAIT = 8000


def counter(qtbot, hub, printer: dict | None = None):
    hub.hall.set_case_type({"service": "B", "name": {"vi": "Cấp điện mới",
                                                      "en": "New connection"},
                            "due_working_days": 5, "bring": {"en": "ID card, house papers"}})
    client = HallClient(hub.url, hub.token("counter", 4))
    s = hsettings.defaults()
    s.values["device"]["language"] = "en"
    if printer:
        s.values["printer"].update(printer)
    w = create_window(client, s, 4)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(client.stateReset, timeout=WAIT):
        client.start()
    qtbot.waitUntil(lambda: client.connected, timeout=WAIT)
    w.login_page.code.clear()
    qtbot.keyClicks(w.login_page.code, "NV04")
    qtbot.keyClicks(w.login_page.pin, "4444")
    qtbot.mouseClick(w.login_page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.work and w.pending is None,
                    timeout=WAIT)
    return client, w


def call_next(qtbot, w) -> None:
    qtbot.waitUntil(lambda: w.work.buttons["call_next"].isEnabled(), timeout=WAIT)
    qtbot.mouseClick(w.work.buttons["call_next"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.ticket() is not None and w.pending is None, timeout=WAIT)


def open_case(qtbot, w, phone: str) -> OpenCaseDialog:
    qtbot.waitUntil(lambda: w.cases.open_button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(w.cases.open_button, Qt.MouseButton.LeftButton)
    d = w.cases.dialog
    assert isinstance(d, OpenCaseDialog)
    qtbot.waitUntil(lambda: d.preview is not None, timeout=WAIT)
    qtbot.keyClicks(d.phone, phone)
    return d


def test_a_case_opened_at_the_counter_and_its_receipt_saved_as_pdf(
        qtbot, hub, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HALLQ_DATA_DIR", str(tmp_path))
    hub.hall.issue("B")
    client, w = counter(qtbot, hub)
    try:
        assert not w.cases.open_button.isEnabled()  # nobody at the counter yet
        call_next(qtbot, w)
        d = open_case(qtbot, w, "12")
        due = hub.hall.case_preview(w.ticket()["id"])["due"]
        assert d.kind.text() == "New connection"
        assert d.due.text() == f"{due[8:10]} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][int(due[5:7]) - 1]} {due[:4]} (5 working days)"  # noqa: E501
        assert d.bring.text() == "ID card, house papers"
        assert not d.ok_button.isEnabled()  # "12" is no phone number
        qtbot.keyClicks(d.phone, "34567")
        assert d.ok_button.isEnabled()
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.cases.dialog is None, timeout=WAIT)
        [case] = hub.hall.cases()
        assert (case.owner, case.phone, case.ticket_id) == ("NV04", "1234567",
                                                             w.ticket()["id"])
        assert w.cases.about.text() == f"About case {case.number} · New connection · Received"
        pdf = tmp_path / "receipts" / f"{case.number}.pdf"
        qtbot.waitUntil(lambda: w.work.message.text().startswith("No receipt printer"),
                        timeout=WAIT)
        assert w.work.message.text() == ("No receipt printer here: the receipt is saved as "
                                         f"{pdf}")
        text = PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
        # In the customer's language (the visit's ticket was taken in Vietnamese).
        assert case.number in text and "Loại hồ sơ Cấp điện mới" in text
        # The same visit cannot become a second case: the dialog says so, OK stays off.
        qtbot.mouseClick(w.cases.open_button, Qt.MouseButton.LeftButton)
        d = w.cases.dialog
        qtbot.waitUntil(lambda: d.preview is not None, timeout=WAIT)
        assert d.error.text() == f"This visit is already case {case.number}."
        assert not d.ok_button.isEnabled()
        d.reject()
    finally:
        client.stop()


def test_the_receipt_goes_to_the_counters_printer(qtbot, hub, tmp_path: Path) -> None:
    out = tmp_path / "lp0"
    hub.hall.issue("B")
    client, w = counter(qtbot, hub, {"kind": "file", "path": str(out)})
    try:
        call_next(qtbot, w)
        d = open_case(qtbot, w, "")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.work.message.text() == "Receipt printed.", timeout=WAIT)
        [case] = hub.hall.cases()
        data = out.read_bytes()
        assert data.startswith(b"\x1b@") and case.number.encode() in data
        assert f"/c/{case.number}/{case.key}".encode() in data  # the QR to the case's page
    finally:
        client.stop()


def test_a_returning_customer_is_shown_with_the_case_and_found_by_phone(
        qtbot, hub, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HALLQ_DATA_DIR", str(tmp_path))
    t, _ = hub.hall.issue("B")
    number = hub.hall.open_case(t.id, "NV04", phone="0901234567")[0]["number"]
    hub.hall.cancel(t.id)
    client, w = counter(qtbot, hub)
    try:
        hub.hall.case_check_in(phone="0901234567")  # at the kiosk, while NV04 is signed in
        call_next(qtbot, w)
        assert w.ticket()["target_counter"] == 4
        qtbot.waitUntil(lambda: w.cases.about.text() != "", timeout=WAIT)
        assert w.cases.about.text() == f"About case {number} · New connection · Received"
        qtbot.mouseClick(w.cases.find_button, Qt.MouseButton.LeftButton)
        d = w.cases.dialog
        assert isinstance(d, FindCaseDialog)
        qtbot.keyClicks(d.query, "0901234567")
        qtbot.mouseClick(d.search_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: d.found != [], timeout=WAIT)
        lines = d.result.text().splitlines()
        assert lines[:3] == [f"{number} · New connection", "Status: Received",
                             f"Due by {day(hub, number)} · owner NV04"]
        assert "0901234567" not in d.result.text()
        # The owner prints its receipt again (no printer here: the PDF).
        qtbot.mouseClick(d.print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.work.message.text().startswith("No receipt printer"),
                        timeout=WAIT)
        assert (tmp_path / "receipts" / f"{number}.pdf").exists()
        d.query.clear()
        qtbot.keyClicks(d.query, "0900000000")
        qtbot.mouseClick(d.search_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: d.result.text() ==
                        "There is no open case for this phone number.", timeout=WAIT)
        assert not d.print_button.isEnabled()
        d.reject()
    finally:
        client.stop()


def day(hub, number: str) -> str:
    return hub.hall.case(number).due.strftime("%d %b %Y")
