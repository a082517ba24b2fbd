"""The kiosk against a real hub: tap the real buttons, read the real labels, check the hub."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel

from hallq import settings as hsettings
from hallq.domain import valid_customer_code
from hallq.hub.server import free_port
from hallq.tickets.escpos import escpos_bytes
from hallq.tickets.kiosk import printer_config, ticket_print
from tests.fake_printer import FakePrinter
from ui import app as uiapp
from ui.client import HallClient
from ui.errors import error_text
from ui.kiosk.issued import NO_PRINTER, PRINTED
from ui.kiosk.window import LANGUAGE_NAMES, KioskWindow


def _settings(fullscreen: bool = False, printer: dict | None = None) -> hsettings.Settings:
    s = hsettings.defaults()
    s.values["device"]["fullscreen"] = fullscreen
    s.values["device"]["language"] = "vi"
    s.values["printer"].update(printer or {"kind": "none"})
    return s


@pytest.fixture
def make_kiosk(qtbot, hub):
    made: list[tuple[KioskWindow, HallClient]] = []

    def make(**kw) -> KioskWindow:
        client = HallClient(hub.url, hub.token("kiosk"))
        w = KioskWindow(client, _settings(**kw))
        qtbot.addWidget(w)
        with qtbot.waitSignal(client.connectedChanged, timeout=5000):
            client.start()
        qtbot.waitUntil(lambda: len(w.start_page.buttons) == 5, timeout=3000)
        w.show()
        made.append((w, client))
        return w

    yield make
    for w, client in made:
        client.stop()
        w.allow_close = True
        w.close()
    uiapp.set_language("en")


def tap(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_on_keypad(qtbot, keypad, text: str) -> None:
    for ch in text:
        tap(qtbot, keypad.keys[ch])


def issue(qtbot, w: KioskWindow, prefix: str = "A") -> dict:
    with qtbot.waitSignal(w.ticketShown, timeout=5000) as blocker:
        tap(qtbot, w.start_page.buttons[prefix])
    return blocker.args[0]


def visible_texts(w: KioskWindow) -> list[str]:
    out = []
    for widget in w.findChildren(QLabel) + w.findChildren(QAbstractButton):
        if widget.isVisibleTo(w) and widget.text():
            out.append(widget.text())
    return out


class MarkingTranslator(QTranslator):
    """Stands in for a .qm file: every translated string comes back marked with the language."""

    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"‹{self.lang}›{source}"

    def isEmpty(self) -> bool:
        return False


# ---------------------------------------------------------------- languages

def test_language_buttons_switch_service_names_and_every_label(qtbot, hub, make_kiosk,
                                                               monkeypatch):
    installed: list[QTranslator] = []

    def fake_set_language(lang: str) -> None:
        app = QCoreApplication.instance()
        for t in installed:
            app.removeTranslator(t)
        installed.clear()
        if lang != "en":
            installed.append(MarkingTranslator(lang))
            app.installTranslator(installed[-1])

    monkeypatch.setattr(uiapp, "set_language", fake_set_language)
    w = make_kiosk()
    names = {s.prefix: s.names for s in hub.hall.state.services.values()}
    tap(qtbot, w.lang_buttons["vi"])
    assert w.start_page.buttons["A"].name.text() == names["A"]["vi"] == "Thanh toán tiền điện"

    tap(qtbot, w.lang_buttons["zh_CN"])
    assert w.language == "zh_CN" and w.lang_buttons["zh_CN"].isChecked()
    for prefix, b in w.start_page.buttons.items():
        assert b.name.text() == names[prefix]["zh_CN"]
        assert "‹zh_CN›" in b.detail.text()
    # Every other visible string went through the translator: nothing is left untranslated.
    fixed = set(LANGUAGE_NAMES.values()) | {hub.hall.info.name} | \
        {n["zh_CN"] for n in names.values()}
    untranslated = [t for t in visible_texts(w) if t not in fixed and "‹zh_CN›" not in t]
    assert untranslated == []

    tap(qtbot, w.lang_buttons["zh_TW"])
    assert w.start_page.buttons["B"].name.text() == "新裝用電"
    assert "‹zh_TW›" in w.start_page.title.text()
    tap(qtbot, w.lang_buttons["en"])
    assert w.start_page.buttons["A"].name.text() == "Pay a bill"
    assert w.start_page.title.text() == "Tap a service to take your number"

    # Idle: back to the kiosk's default language, with the last customer's choices cleared.
    tap(qtbot, w.lang_buttons["zh_CN"])
    tap(qtbot, w.start_page.priority_buttons["pregnant"])
    assert w.start_page.priority() == "pregnant"
    w.idle.setInterval(100)
    w.idle.start()
    qtbot.waitUntil(lambda: w.language == "vi", timeout=3000)
    assert w.start_page.priority() == ""
    assert w.start_page.buttons["A"].name.text() == "Thanh toán tiền điện"
    assert w.lang_buttons["vi"].isChecked()


# ---------------------------------------------------------------- issuing

def test_priority_and_customer_code_arrive_at_the_hub(qtbot, hub, make_kiosk):
    w = make_kiosk()
    tap(qtbot, w.lang_buttons["zh_CN"])
    tap(qtbot, w.start_page.priority_buttons["elderly"])
    tap(qtbot, w.start_page.priority_buttons["disabled"])  # one priority at a time
    assert w.start_page.priority() == "disabled"
    tap(qtbot, w.start_page.code_button)
    assert w.stack.currentWidget() is w.code_page
    # A wrong code: a clear message, and nothing changes until it is right.
    type_on_keypad(qtbot, w.code_page.keypad, "12")
    tap(qtbot, w.code_page.ok_button)
    assert w.stack.currentWidget() is w.code_page
    assert w.code_page.error.text() == w.code_page.tr(
        "A customer code or phone number has 4 to 20 letters or digits. Please check it.")
    assert w.start_page.customer_code == ""
    tap(qtbot, w.code_page.keypad.keys["clear"])
    assert w.code_page.entry.text() == "" and w.code_page.error.text() == ""
    type_on_keypad(qtbot, w.code_page.keypad, "9" * 25)  # the field stops at 20
    assert len(w.code_page.entry.text()) == 20
    tap(qtbot, w.code_page.keypad.keys["clear"])
    type_on_keypad(qtbot, w.code_page.keypad, "PE0100123")
    tap(qtbot, w.code_page.ok_button)
    assert w.stack.currentWidget() is w.start_page
    assert "****0123" in w.start_page.code_button.text()

    reply = issue(qtbot, w, "C")
    t = hub.hall.state.tickets[reply["ticket"]["id"]]
    assert (t.number, t.priority.value, t.customer_code, t.language) == \
        ("C001", "disabled", "PE0100123", "zh_CN")
    # The result screen: the number huge, the service in Chinese, people ahead, the wait.
    page = w.issued_page
    assert w.stack.currentWidget() is page
    assert page.number.text() == "C001"
    assert page.number.font().pointSizeF() > 3 * page.facts.font().pointSizeF() or \
        page.number.sizeHint().height() > 150
    assert page.service_label.text() == "合同与信息变更"
    assert "0" in page.facts.text() and page.priority.isVisible()
    assert page.print_state == NO_PRINTER
    # The next customer starts clean.
    assert w.start_page.priority() == "" and w.start_page.customer_code == ""
    tap(qtbot, page.done_button)
    assert w.stack.currentWidget() is w.start_page
    assert not valid_customer_code("12 34") and not valid_customer_code("đ123")
    # A card or barcode reader types like a keyboard: that works on the code page too.
    tap(qtbot, w.start_page.code_button)
    qtbot.keyClicks(w, "ab12-cd")
    qtbot.keyClick(w, Qt.Key.Key_Return)
    assert w.stack.currentWidget() is w.start_page and w.start_page.customer_code == "AB12CD"


def test_double_tap_makes_one_ticket_and_hub_down_makes_none(qtbot, hub, make_kiosk):
    w = make_kiosk()
    button = w.start_page.buttons["A"]
    with qtbot.waitSignal(w.ticketShown, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not button.isEnabled()  # disabled while the request is in flight
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        button.click()
        w.on_service("A")  # even a tap that slips past the disabled button
    qtbot.wait(300)
    assert [t.number for t in hub.hall.state.tickets.values()] == ["A001"]
    assert button.isEnabled()

    # The hub goes away: the kiosk says so in the customer's language and issues nothing.
    tap(qtbot, w.issued_page.done_button)
    tap(qtbot, w.lang_buttons["zh_CN"])
    with qtbot.waitSignal(w.client.connectedChanged, timeout=5000):
        hub.server.stop()
    expected = error_text({"code": "hub_unreachable"})
    assert w.start_page.banner.text() == expected  # said as soon as the link drops
    w.start_page.show_message("")
    tap(qtbot, w.start_page.buttons["A"])
    qtbot.waitUntil(lambda: w.start_page.banner.text() == expected, timeout=2000)
    assert w.start_page.banner.isVisible()
    assert w.stack.currentWidget() is w.start_page
    assert w.start_page.buttons["A"].isEnabled()
    assert len(hub.hall.state.tickets) == 1
    # A printer fault while the hub is away reaches the supervisor once it is back.
    w.report_fault({"code": "no_paper", "message": "the printer is out of paper"})
    qtbot.waitUntil(lambda: len(w.unsent_faults) == 1, timeout=2000)
    with qtbot.waitSignal(w.client.connectedChanged, timeout=10000):
        hub.restart()
    m = hub.hall.m
    qtbot.waitUntil(lambda: m.Event.select().where(m.Event.type == "device_fault").count()
                    == 1, timeout=5000)
    assert w.unsent_faults == [] and w.start_page.banner.isHidden()


# ---------------------------------------------------------------- printing

def test_network_printer_receives_the_escpos_ticket(qtbot, hub, make_kiosk):
    printer = FakePrinter()
    try:
        w = make_kiosk(printer={"kind": "network", "host": "127.0.0.1", "port": printer.port})
        tap(qtbot, w.lang_buttons["zh_CN"])
        with qtbot.waitSignal(w.printDone, timeout=10000) as done:
            reply = issue(qtbot, w, "A")
        assert done.args == [reply["ticket"]["id"], ""]
        qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=3000)
        data = printer.jobs[0]
        assert data.startswith(b"\x10\x04\x04\x1b@")  # paper query, then ESC @
        assert data.endswith(b"\x1dV\x00")  # full cut
        qr = reply["qr"].encode()
        assert reply["qr"].endswith(f"/t/HCM-Q3/{reply['ticket']['day']}/A001")
        store = b"\x1d(k" + (len(qr) + 3).to_bytes(2, "little") + b"1P0" + qr
        assert store in data
        assert b"A001" in data
        # Exactly the ticket the core renders for this reply and language.
        assert data[3:] == escpos_bytes(ticket_print(reply, w.client.snapshot, "zh_CN"))
        assert w.issued_page.print_state == PRINTED
        assert not any(e.type == "device_fault" for e in hub.hall.m.Event.select())
        # Paper nearly out: the tickets print, and the supervisor is told once.
        printer.paper = b"\x1e"
        for _ in range(2):
            tap(qtbot, w.issued_page.done_button)
            with qtbot.waitSignal(w.printDone, timeout=10000) as done:
                issue(qtbot, w, "A")
            assert done.args[1] == "" and w.issued_page.print_state == PRINTED
        m = hub.hall.m
        qtbot.waitUntil(lambda: m.Event.select().where(m.Event.type == "device_fault")
                        .count() == 1, timeout=3000)
        assert m.Event.get(m.Event.type == "device_fault").data["code"] == "paper_low"
    finally:
        printer.close()


def test_printer_fault_tells_customer_and_supervisor_and_keeps_the_ticket(qtbot, hub,
                                                                         make_kiosk):
    w = make_kiosk(printer={"kind": "network", "host": "127.0.0.1", "port": free_port()})
    tap(qtbot, w.lang_buttons["en"])
    with qtbot.waitSignal(w.printDone, timeout=10000) as done:
        reply = issue(qtbot, w, "B")
    assert done.args == [reply["ticket"]["id"], "printer_offline"]
    page = w.issued_page
    assert page.number.text() == "B001"
    assert "printer is not working" in page.print_status.text()
    assert page.print_status.objectName() == "kioskPrintFault"
    qtbot.waitUntil(lambda: hub.hall.m.Event.select().where(
        hub.hall.m.Event.type == "device_fault").count() == 1, timeout=3000)
    ev = hub.hall.m.Event.get(hub.hall.m.Event.type == "device_fault")
    assert ev.data["code"] == "printer_offline" and ev.data["role"] == "kiosk"
    assert hub.hall.state.tickets[reply["ticket"]["id"]].state.value == "waiting"
    # The kiosk keeps working: the next customer gets the next number.
    tap(qtbot, page.done_button)
    printer = FakePrinter(paper=b"\x72")  # a printer that says its paper is out
    try:
        w.printer.config = {"kind": "network", "host": "127.0.0.1", "port": printer.port}
        with qtbot.waitSignal(w.printDone, timeout=10000) as done:
            assert issue(qtbot, w, "B")["ticket"]["number"] == "B002"
        assert done.args[1] == "no_paper" and page.print_state == "no_paper"
        assert "out of paper" in page.print_status.text()
        # Asked for the paper state, then sent no ticket bytes.
        qtbot.waitUntil(lambda: printer.jobs == [b"\x10\x04\x04"], timeout=3000)
    finally:
        printer.close()


def test_printer_config_from_settings():
    assert printer_config({"kind": "none", "host": "x"}) is None
    assert printer_config(hsettings.defaults().printer.as_dict()) is None
    assert printer_config({"kind": "network", "host": "10.0.0.5", "port": 9100, "path": "",
                           "profile": "TM-T20II", "device": ""}) == \
        {"kind": "network", "host": "10.0.0.5", "port": 9100, "profile": "TM-T20II"}
    assert printer_config({"kind": "file", "device": "/dev/usb/lp0", "path": ""}) == \
        {"kind": "file", "path": "/dev/usb/lp0"}


# ---------------------------------------------------------------- lockdown

def test_locked_kiosk_ignores_escape_and_close_until_a_supervisor_pin(qtbot, hub, make_kiosk):
    w = make_kiosk(fullscreen=True)
    assert w.locked
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    qtbot.keyClick(w, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    w.close()
    assert w.isVisible()

    for _ in range(5):
        qtbot.mouseClick(w.corner, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.unlock_page
    page = w.unlock_page

    def attempt(code: str, pin: str) -> None:
        page.start()
        type_on_keypad(qtbot, page.keypad, code)
        qtbot.mouseClick(page.pin, Qt.MouseButton.LeftButton)
        type_on_keypad(qtbot, page.keypad, pin)
        tap(qtbot, page.ok_button)
        qtbot.waitUntil(lambda: page.error.text() != "" or page.exit_button.isVisible(),
                        timeout=5000)

    attempt("NV01", "1111")  # a clerk cannot unlock the kiosk
    assert page.error.text() == error_text({"code": "bad_login"})
    attempt("GS01", "1234")
    assert page.error.text() == error_text({"code": "bad_login"})
    assert not page.exit_button.isVisible() and w.isVisible()
    attempt("GS01", "9999")
    assert page.exit_button.isVisible()
    m = hub.hall.m
    assert m.Event.select().where(m.Event.type == "kiosk_unlocked").count() == 1
    assert m.Event.select().where(m.Event.type == "staff_login_failed").count() == 1
    tap(qtbot, page.exit_button)
    assert not w.isVisible()


def test_unlock_route_rules(hub):
    url = hub.url + "/api/kiosk/unlock"

    def post(token: str, code: str, pin: str) -> httpx.Response:
        return httpx.post(url, json={"code": code, "pin": pin},
                          headers={"Authorization": f"Bearer {token}"})

    assert post("nope", "GS01", "9999").status_code == 401
    r = post(hub.token("counter", 1), "GS01", "9999")
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    kiosk = hub.token("kiosk")
    assert post(kiosk, "XX99", "9999").json()["error"]["code"] == "bad_login"
    assert post(kiosk, "ad01", "0000").json()["staff"] == "AD01"
    for _ in range(hub.hall.info.pin_max_failures):
        r = post(kiosk, "GS01", "0000")
    assert r.status_code == 423 and r.json()["error"]["code"] == "staff_locked"
    # Locked means locked, even with the right PIN (the same rule as every other login).
    assert post(kiosk, "GS01", "9999").json()["error"]["code"] == "staff_locked"
