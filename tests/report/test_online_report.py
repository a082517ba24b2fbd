"""The daily report's "Appointments, phone tickets and messages": per service booked, checked
in, no-shows, cancelled and phone tickets, and the messages line — read back from the PDF."""

from __future__ import annotations

import io
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from conftest import make_hall
from pypdf import PdfReader

from hallq.hall.clock import FixedClock
from hallq.report import pdf
from hallq.store.database import Store

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def pdf_text(data: bytes) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", text)


def test_the_report_counts_appointments_phone_tickets_and_messages(tmp_path: Path) -> None:
    # A past day, so every appointment's window has closed (no-shows are final).
    hall = make_hall(tmp_path / "hall.db")
    hall.clock = FixedClock(datetime(2026, 11, 30, 7, 0, tzinfo=VN))  # a Monday
    hall.set_appointment_plan({"service": "B", "capacity": 2, "slot_min": 30,
                               "phone_daily_limit": 5})
    hall.set_messaging({"channel": "webhook", "webhook_url": "http://127.0.0.1:9/"})
    codes = [hall.book("B", datetime(2026, 11, 30, h, m, tzinfo=VN), phone=f"09010000{i}")[0][
        "code"] for i, (h, m) in enumerate([(8, 0), (8, 30), (9, 0)])]
    hall.cancel_appointment(codes[2])
    hall.clock.set(datetime(2026, 11, 30, 7, 50, tzinfo=VN))
    hall.check_in(codes[0])
    hall.take_phone_ticket("B", "0909999999", "vi")
    day = datetime(2026, 11, 30).date()
    figs, conf = pdf.build(hall.store, day, with_staffing=False)
    assert figs.extra["online"]["services"]["B"] == {
        "booked": 2, "checked_in": 1, "no_shows": 1, "cancelled": 1, "phone_tickets": 1}
    assert figs.extra["online"]["messages"] == {"pending": 3}  # three bookings confirmed
    text = pdf_text(pdf.report_pdf(figs, conf, "en"))
    assert ("Appointments, phone tickets and messages Service Booked Checked in No-shows "
            "Cancelled Phone tickets New connection 2 1 1 1 1") in text
    assert "Messages: 0 sent, 0 failed, 3 waiting." in text
    vi = pdf_text(pdf.report_pdf(figs, conf, "vi"))
    assert "Lịch hẹn, lấy số qua điện thoại và tin nhắn" in vi
    hall.store.close()


def test_a_hall_without_them_has_no_such_section(hall) -> None:
    figs, conf = pdf.build(hall.store, datetime(2026, 11, 30).date(), with_staffing=False)
    assert "phone tickets" not in pdf_text(pdf.report_pdf(figs, conf, "en"))


def test_a_file_of_an_earlier_schema_opened_read_only_still_reports(tmp_path: Path) -> None:
    db = tmp_path / "hall.db"
    make_hall(db).store.close()
    con = sqlite3.connect(db)
    for table in ("appointment", "appointment_plan", "contact", "outbox", "hall_case",
                  "case_type"):
        con.execute(f'DROP TABLE "{table}"')
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    store = Store(db, readonly=True)
    figs, conf = pdf.build(store, datetime(2026, 11, 30).date(), with_staffing=False)
    assert figs.extra["online"]["services"] == {}
    assert pdf.report_pdf(figs, conf, "vi").startswith(b"%PDF")
    store.close()


def test_phone_tickets_and_visits_are_counted_on_their_own_day(tmp_path: Path) -> None:
    hall = make_hall(tmp_path / "hall.db")
    hall.clock = FixedClock(datetime(2026, 11, 30, 8, 0, tzinfo=VN))
    hall.set_appointment_plan({"service": "B", "capacity": 0, "phone_daily_limit": 5})
    hall.take_phone_ticket("B", "0909999999", "vi")
    hall.issue("A")
    hall.clock.set(datetime(2026, 12, 1, 8, 0, tzinfo=VN))
    for phone in ("0909999998", "0909999997"):
        hall.take_phone_ticket("B", phone, "vi")
    for day, phones, visits in ((30, 1, 2), (1, 2, 2)):
        got = pdf.build(hall.store, datetime(2026, 11 if day == 30 else 12, day).date(),
                        with_staffing=False)[0].extra["online"]
        assert got["services"]["B"]["phone_tickets"] == phones
        assert got["visits"] == visits and "A" not in got["services"]
    hall.store.close()
