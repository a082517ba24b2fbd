"""The supervisor's "Appointments and messages" tab against a real hub: today's figures and
list, the SMS channel saved, and a test message that reaches a local SMPP server."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402

from hallq.domain.values import local_business_day  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "messaging"))
from smpp_server import SmppServer  # noqa: E402

WAIT = 8000


def test_figures_channel_and_a_test_message(qtbot, hub, signed_in) -> None:
    hub.hall.set_appointment_plan({"service": "B", "capacity": 2, "slot_min": 30,
                                   "phone_daily_limit": 3})
    hub.hall.take_phone_ticket("B", "0901000001", "vi")
    # A booking for the first working day with a free slot ahead (today's date or later).
    day = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()
    while not hub.hall.slots("B", day):
        day += timedelta(days=1)
    booked = hub.hall.book("B", hub.hall.slots("B", day)[0].start, phone="0907654321")[0]
    smsc = SmppServer()
    try:
        w = signed_in()
        w.tabs.setCurrentWidget(w.online)
        page = w.online
        qtbot.waitUntil(lambda: "tickets taken from phones" in page.figures.text(),
                        timeout=WAIT)
        assert "1 tickets taken from phones" in page.figures.text()
        if day.isoformat() == page.today():  # the booking is on the hall's business day
            # The figures and the list are two answers; either may come first.
            qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)
            assert [page.table.item(0, j).text() for j in (1, 2)] == [booked["code"], "B"]
        # The appointment set-up: B's places and the calendar, saved through the hub.
        plans = page.plans
        qtbot.waitUntil(lambda: "B" in plans.rows, timeout=WAIT)
        assert plans.hours.text() == "07:30–11:30, 13:30–17:00"
        cap, slot, phone = plans.rows["B"]
        assert (cap.value(), slot.value(), phone.value()) == (2, 30, 3)
        cap.setValue(4)
        plans.days[5].setChecked(True)  # Saturday
        plans.hours.setText("7:00-11:00, 13:00-16:30")
        qtbot.mouseClick(plans.save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: plans.status.text() == "Saved.", timeout=WAIT)
        assert hub.hall.appointment_plan("B").capacity == 4
        assert hub.hall.info.open_weekdays == (1, 2, 3, 4, 5, 6)
        assert hub.hall.info.opening_hours == (("07:00", "11:00"), ("13:00", "16:30"))
        plans.hours.setText("13:00-12:00")
        qtbot.mouseClick(plans.save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Opening hours" in plans.status.text(), timeout=WAIT)
        assert hub.hall.info.opening_hours == (("07:00", "11:00"), ("13:00", "16:30"))
        page.channel.setCurrentIndex(1)  # SMS (SMPP)
        assert page.smpp_host.isVisible() and not page.webhook_url.isVisible()
        page.smpp_host.setText("127.0.0.1")
        page.smpp_port.setValue(smsc.port)
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.status.text() == "Saved.", timeout=WAIT)
        assert hub.hall.messaging().smpp_port == smsc.port
        page.test_phone.setText("12ab")
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.status.text() != "Saved.", timeout=WAIT)
        assert "request was not understood" in page.status.text()
        page.test_phone.setText("0912345678")
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "A test message from Điện lực Quận 3." in smsc.texts(),
                        timeout=WAIT)
    finally:
        smsc.close()


def test_after_midnight_the_page_reads_the_business_day_still_running(hub, signed_in) -> None:
    """The sample hall's days start at 4:00: at 00:30 on Monday its figures are Sunday's
    (a phone ticket taken then is Sunday's), at 4:00 Monday's."""
    w = signed_in(login=False)
    zone = ZoneInfo("Asia/Ho_Chi_Minh")
    assert w.online.today(datetime(2026, 12, 7, 0, 30, tzinfo=zone)) == "2026-12-06"
    assert w.online.today(datetime(2026, 12, 7, 3, 59, tzinfo=zone)) == "2026-12-06"
    assert w.online.today(datetime(2026, 12, 7, 4, 0, tzinfo=zone)) == "2026-12-07"
    assert w.online.today(datetime(2026, 12, 6, 17, 30, tzinfo=ZoneInfo("UTC"))) == \
        "2026-12-06"
    assert w.online.today() == local_business_day(datetime.now(UTC), hub.hall.info.timezone,
                                                  hub.hall.info.day_start_hour).isoformat()
