"""The appointment and case pages share one page: the same keys, OK and Back, refusals;
each shows its own words in the customer's language (its translations kept)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402

from hallq.domain import LANGUAGES  # noqa: E402
from ui.app import set_language  # noqa: E402
from ui.kiosk.appointment import AppointmentPage  # noqa: E402
from ui.kiosk.case import CasePage  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location("hallq_i18n_tool", ROOT / "tools" / "i18n.py")
i18n = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n)

PAGES = [AppointmentPage, CasePage]
TOO_EARLY = {"code": "too_early", "message": "...", "details": {
    "come_back_at": "2026-12-07T08:45:00+07:00", "start": "2026-12-07T09:00:00+07:00"}}


def _key(text: str, key: Qt.Key | None = None) -> QKeyEvent:
    code = key if key is not None else Qt.Key(ord(text.upper())) if text.isalnum() \
        else Qt.Key.Key_unknown
    return QKeyEvent(QEvent.Type.KeyPress, code, Qt.KeyboardModifier.NoModifier, text)


@pytest.fixture(params=PAGES, ids=lambda cls: cls.__name__)
def page(qtbot, request):
    p = request.param()
    qtbot.addWidget(p)
    p.start()
    return p


def test_keys_back_and_a_refusal_work_alike(qtbot, page) -> None:
    for ch in "12":
        qtbot.mouseClick(page.keypad.keys[ch], Qt.MouseButton.LeftButton)
    assert page.entry.text() == "12"
    page.key_typed(_key("3"))
    page.key_typed(_key("\b", Qt.Key.Key_Backspace))
    assert page.entry.text() == "12"
    page.on_ok()  # neither a booking code nor a case or phone
    assert page.error.text() != "" and page.ok_button.isEnabled()
    page.key_typed(_key("-"))  # any key typed clears the message
    assert page.error.text() == ""
    page.key_typed(_key("\x7f", Qt.Key.Key_Delete))
    assert page.entry.text() == ""
    page.entry.setText("0901234567" if isinstance(page, CasePage) else "9CWK7Y")
    with qtbot.waitSignal(page.submitted, timeout=1000):
        page.key_typed(_key("\r", Qt.Key.Key_Return))
    assert not page.ok_button.isEnabled()  # one ticket per press
    page.refused({"code": "already_checked_in", "message": "..."})
    assert page.ok_button.isEnabled()
    assert page.error.text().startswith("This appointment has already been used")
    with qtbot.waitSignal(page.cancelled, timeout=1000):
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    page.start()
    assert (page.entry.text(), page.error.text(), page.ok_button.isEnabled()) == ("", "", True)


def test_what_a_scanner_types_lands_as_each_page_reads_it(page) -> None:
    for ch in "aB-c":
        page.key_typed(_key(ch))
    # A booking code is upper case; a receipt's key keeps the case of its letters.
    assert page.entry.text() == ("AB-C" if isinstance(page, AppointmentPage) else "aB-c")


@pytest.fixture(scope="module")
def built_qm() -> None:
    """The .qm are build outputs: build them if they are missing or older than the .ts."""
    if any(i18n.ts_path(lang).exists() and (
            not (i18n.I18N / f"hallq_{lang}.qm").exists()
            or (i18n.I18N / f"hallq_{lang}.qm").stat().st_mtime
            < i18n.ts_path(lang).stat().st_mtime) for lang in LANGUAGES):
        i18n.build()


def _shown(p) -> dict[str, str]:
    """Every text of the page, refusals included, by the English it is written in."""
    out = {"title": p.title.text(), "hint": p.hint.text(),
           "placeholder": p.entry.placeholderText(), "back": p.cancel_button.text(),
           "ok": p.ok_button.text()}
    p.on_ok()
    out["malformed"] = p.error.text()
    if isinstance(p, AppointmentPage):
        p.refused(TOO_EARLY)
        out["too early"] = p.error.text()
    else:
        out["start"] = p.start_button.text()
        out["ordinary"] = p.ordinary_button.text()
    return out


ENGLISH = {
    "AppointmentPage": {
        "title": "I have an appointment",
        "hint": "Type the code of your booking, or hold its QR code under the scanner.",
        "placeholder": "Booking code", "back": "Back", "ok": "Get my ticket",
        "malformed": "A booking code has 6 letters and digits. Please check it.",
        "too early": "Your appointment is at {start}. Please come back from {at}."},
    "CasePage": {
        "title": "I'm here about my case",
        "hint": "Type your case number (HS…) or the phone number you gave, or hold the "
                "receipt's QR code under the scanner.",
        "placeholder": "Case number or phone", "back": "Back", "ok": "Get my ticket",
        "malformed": "Please type the case number from your receipt (it starts with HS) or "
                     "your phone number.",
        "start": "I'm here about my case", "ordinary": "Take an ordinary ticket"},
}


@pytest.mark.parametrize("lang", ["vi", "zh_CN", "zh_TW"])
@pytest.mark.parametrize("cls", PAGES, ids=lambda cls: cls.__name__)
def test_each_page_speaks_the_customers_language(qtbot, built_qm, cls, lang) -> None:
    """Each text is the translation filed under the page's own name in hallq_<lang>.ts."""
    wanted = {src: m.findtext("translation") for ctx, src, m in
              i18n.messages(i18n.ts_path(lang)) if ctx == cls.__name__}
    set_language(lang)
    try:
        p = cls()
        qtbot.addWidget(p)
        p.start()
        shown = _shown(p)
    finally:
        set_language("en")
    expected = {what: wanted.get(src) for what, src in ENGLISH[cls.__name__].items()}
    expected = {what: text.format(start="09:00", at="08:45") if what == "too early" else text
                for what, text in expected.items()}
    assert shown == expected


def test_a_scanned_booking_page_address_gives_its_code(qtbot) -> None:
    """The booking page's QR holds the page's address: a scanner types all of it (more than
    the keypad's 20 keys), then Enter; the code in it is what is sent."""
    p = AppointmentPage()
    qtbot.addWidget(p)
    p.start()
    for ch in "http://hall:8470/book?code=9cwk7y&lang=vi":
        p.key_typed(_key(ch))
    assert p.entry.text() == "HTTP://HALL:8470/BOOK?CODE=9CWK7Y&LANG=VI"
    with qtbot.waitSignal(p.submitted, timeout=1000) as sent:
        p.key_typed(_key("\r", Qt.Key.Key_Return))
    assert sent.args == ["9CWK7Y"] and p.error.text() == ""
