"""Back about a case at the kiosk, against a real hub: "I'm here about my case", the
receipt's QR scanned (its address typed by the scanner), the number typed on the keypad, or
the phone; the ticket goes to the owner's counter; an unknown or closed case says why and
offers an ordinary ticket."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from ui import app as uiapp  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.kiosk.case import case_query  # noqa: E402
from ui.kiosk.window import KioskWindow  # noqa: E402

WAIT = 5000


@pytest.fixture
def kiosk(qtbot, hub):
    s = hsettings.defaults()
    s.values["device"].update(fullscreen=False, language="en")
    s.values["printer"].update({"kind": "none"})
    client = HallClient(hub.url, hub.token("kiosk"))
    w = KioskWindow(client, s)
    qtbot.addWidget(w)
    with qtbot.waitSignal(client.connectedChanged, timeout=WAIT):
        client.start()
    w.show()
    yield w
    client.stop()
    w.allow_close = True
    w.close()
    uiapp.set_language("en")


def new_case(hub, phone: str = "0901234567") -> str:
    t, _ = hub.hall.issue("B")
    number = hub.hall.open_case(t.id, "NV04", phone=phone)[0]["number"]
    hub.hall.cancel(t.id)
    return number


def type_like_a_scanner(kiosk, text: str) -> None:
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isalnum() else Qt.Key.Key_unknown
        kiosk.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, key,
                                      Qt.KeyboardModifier.NoModifier, ch))
    kiosk.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                  Qt.KeyboardModifier.NoModifier, "\r"))


def test_what_the_entry_reads() -> None:
    assert case_query("http://10.0.0.5:8080/c/HS-2026-000012/aB_c-9xYz12Q") == {
        "number": "HS-2026-000012", "key": "aB_c-9xYz12Q"}
    assert case_query("HS202612") == {"number": "HS-2026-000012"}
    assert case_query("hs-2026-000012") == {"number": "HS-2026-000012"}
    assert case_query("0901234567") == {"phone": "0901234567"}
    assert case_query("12") is None and case_query("HSX") is None


def test_the_scanned_receipt_gives_a_ticket_for_the_owners_counter(qtbot, hub,
                                                                   kiosk) -> None:
    number = new_case(hub)
    key = hub.hall.case(number).key
    hub.hall.open_counter(4, "NV04")
    b = kiosk.case_page.start_button
    assert b.isVisible() and b.text() == "I'm here about my case"
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.case_page
    assert kiosk.case_page.title.text() == "I'm here about my case"
    with qtbot.waitSignal(kiosk.ticketShown, timeout=WAIT) as shown:
        type_like_a_scanner(kiosk, f"{hub.url}/c/{number}/{key}")
    ticket = shown.args[0]["ticket"]
    assert (ticket["service"], ticket["target_counter"]) == ("B", 4)
    assert kiosk.stack.currentWidget() is kiosk.issued_page
    assert kiosk.issued_page.number.text() == ticket["number"]
    assert hub.hall.case_of_ticket(ticket["id"]).number == number


def test_typed_number_or_phone_and_the_refusals(qtbot, hub, kiosk) -> None:
    number = new_case(hub)
    page = kiosk.case_page
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    # Typed on the keypad without dashes: HS + year + number.
    for ch in "HS2026" + str(int(number[-6:])):
        qtbot.mouseClick(page.keypad.keys[ch], Qt.MouseButton.LeftButton)
    assert page.entry.text() == "HS2026" + str(int(number[-6:]))
    with qtbot.waitSignal(kiosk.ticketShown, timeout=WAIT) as shown:
        qtbot.mouseClick(page.ok_button, Qt.MouseButton.LeftButton)
    assert shown.args[0]["ticket"]["target_counter"] is None  # the owner is not signed in
    # A phone with no open case: said plainly, an ordinary ticket offered, nothing issued.
    issued = len(hub.hall.state.tickets)
    kiosk.go_start()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert not page.ordinary_button.isVisible() and page.error.text() == ""
    for ch in "0912000000":
        qtbot.mouseClick(page.keypad.keys[ch], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=WAIT)
    assert page.error.text() == "There is no open case for this phone number."
    assert page.ordinary_button.isVisible()
    assert page.ordinary_button.text() == "Take an ordinary ticket"
    # A closed case: the same, then the way to an ordinary ticket.
    hub.hall.set_case_status(number, "done")
    page.entry.setText(number)
    qtbot.mouseClick(page.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.error.text() == "This case is closed.", timeout=WAIT)
    assert len(hub.hall.state.tickets) == issued
    qtbot.mouseClick(page.ordinary_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.start_page
    # Something that is neither: said on the page, nothing sent.
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.keypad.keys["1"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ok_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == ("Please type the case number from your receipt (it starts "
                                 "with HS) or your phone number.")
