"""The clerk books an appointment for the customer at the counter: the dialog's services,
working days and free times come from the hub; the code is shown to tell the customer."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.counter.booking import BookingDialog, working_days  # noqa: E402
from ui.counter.window import create_window  # noqa: E402

WAIT = 8000


def test_working_days_skip_weekends_and_holidays() -> None:
    days = working_days(date(2026, 12, 4), [1, 2, 3, 4, 5], ["2026-12-08"], 3)
    assert days == [date(2026, 12, 4), date(2026, 12, 7), date(2026, 12, 9)]


def test_the_clerk_books_and_sees_the_code(qtbot, hub) -> None:
    hub.hall.set_appointment_plan({"service": "B", "capacity": 1, "slot_min": 30})
    client = HallClient(hub.url, hub.token("counter", 4))
    s = hsettings.defaults()
    s.values["device"]["language"] = "en"
    w = create_window(client, s, 4)
    qtbot.addWidget(w)
    w.show()
    try:
        with qtbot.waitSignal(client.stateReset, timeout=WAIT):
            client.start()
        qtbot.waitUntil(lambda: client.connected, timeout=WAIT)
        w.login_page.code.clear()
        qtbot.keyClicks(w.login_page.code, "NV04")
        qtbot.keyClicks(w.login_page.pin, "4444")
        qtbot.mouseClick(w.login_page.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.pages.currentWidget() is w.work and w.pending is None,
                        timeout=WAIT)
        assert w.work.book.isEnabled()  # the counter is closed: booking still works
        qtbot.mouseClick(w.work.book, Qt.MouseButton.LeftButton)
        d = w.dialog
        assert isinstance(d, BookingDialog)
        qtbot.waitUntil(lambda: d.service.count() == 1 and d.day.count() > 0, timeout=WAIT)
        assert d.service.currentText() == "B · New connection"
        # The first day with a free time (today's may have none left).
        for i in range(d.day.count()):
            d.day.setCurrentIndex(i)
            qtbot.waitUntil(lambda: d.time.count() > 0 or bool(d.error.text()), timeout=WAIT)
            if d.time.count():
                break
        start = d.time.currentData()
        d.phone.setText("0912345678")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.dialog is None, timeout=WAIT)
        [appt] = hub.hall.appointments_on(date.fromisoformat(start[:10]))
        assert (appt.source, appt.phone, appt.start.isoformat()) == (
            "counter", "0912345678", start)
        assert w.work.message.text() == (f"Booked: {appt.code}, {start[:10]} {start[11:16]}. "
                                         "Tell the customer this code.")
    finally:
        client.stop()
