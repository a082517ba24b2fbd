"""Check-in at the kiosk against a real hub: "I have an appointment", the code typed on the
keypad or scanned, the ticket of an appointment shown and printed; refusals on the page."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from hallq.hall.clock import FixedClock  # noqa: E402
from hallq.tickets.kiosk import ticket_print  # noqa: E402
from hallq.tickets.layout import priority_text  # noqa: E402
from ui import app as uiapp  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.kiosk.window import KioskWindow  # noqa: E402

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def at(h: int, m: int) -> datetime:
    return datetime(2026, 12, 7, h, m, tzinfo=VN)


@pytest.fixture
def kiosk(qtbot, hub):
    hub.hall.clock = FixedClock(at(7, 0))
    hub.hall.set_appointment_plan({"service": "B", "capacity": 2, "slot_min": 30})
    s = hsettings.defaults()
    s.values["device"].update(fullscreen=False, language="vi")
    s.values["printer"].update({"kind": "none"})
    client = HallClient(hub.url, hub.token("kiosk"))
    w = KioskWindow(client, s)
    qtbot.addWidget(w)
    with qtbot.waitSignal(client.connectedChanged, timeout=5000):
        client.start()
    w.show()
    yield w
    client.stop()
    w.allow_close = True
    w.close()
    uiapp.set_language("en")


def test_the_appointment_replaces_the_tapped_priority(kiosk) -> None:
    assert list(kiosk.start_page.priority_buttons) == ["elderly", "disabled", "pregnant"]
    assert kiosk.start_page.appointment_button.isVisible()


def test_a_scanned_code_gives_an_appointment_ticket(qtbot, hub, kiosk) -> None:
    code = hub.hall.book("B", at(7, 30), phone="0901234567")[0]["code"]
    qtbot.mouseClick(kiosk.start_page.appointment_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.appointment_page
    # Too early (07:00 for 07:30): told when to come back, nothing issued.
    for ch in code:
        qtbot.mouseClick(kiosk.appointment_page.keypad.keys[ch], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.appointment_page.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "07:15" in kiosk.appointment_page.error.text(), timeout=5000)
    assert hub.hall.state.tickets == {}
    # At 07:20 a scanner types the code and Enter.
    hub.hall.clock.set(at(7, 20))
    kiosk.appointment_page.start()
    with qtbot.waitSignal(kiosk.ticketShown, timeout=5000) as shown:
        for ch in code.lower():
            kiosk.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key(ord(ch.upper())),
                                          Qt.KeyboardModifier.NoModifier, ch))
        kiosk.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                      Qt.KeyboardModifier.NoModifier, "\r"))
    reply = shown.args[0]
    assert (reply["ticket"]["number"], reply["ticket"]["priority"]) == ("B001", "appointment")
    assert kiosk.stack.currentWidget() is kiosk.issued_page
    printed = ticket_print(reply, kiosk.client.snapshot, "vi")
    assert priority_text(printed) == "Ưu tiên: khách hẹn trước"  # what the ticket says
    # The same code again: refused on the page, nothing more issued.
    kiosk.go_start()
    qtbot.mouseClick(kiosk.start_page.appointment_button, Qt.MouseButton.LeftButton)
    kiosk.appointment_page.entry.setText(code)
    qtbot.mouseClick(kiosk.appointment_page.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.appointment_page.error.text() != "", timeout=5000)
    assert len(hub.hall.state.tickets) == 1
