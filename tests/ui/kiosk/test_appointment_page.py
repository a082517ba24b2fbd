"""The kiosk's appointment page: a code typed on its keypad or scanned (typed like a
keyboard, with Enter), a malformed one refused on the spot, the hub's refusals told."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402

from ui.kiosk.appointment import AppointmentPage, code_in  # noqa: E402


@pytest.mark.parametrize(("typed", "code"), [
    ("9cwk7y", "9CWK7Y"), (" 9CWK7Y ", "9CWK7Y"),
    ("http://hall:8470/book?code=9CWK7Y&lang=vi", "9CWK7Y"),
    ("9C-WK", None), ("", None), ("X" * 13, None),
])
def test_the_code_in_what_was_typed_or_scanned(typed: str, code: str | None) -> None:
    assert code_in(typed) == code


def test_a_scanner_types_the_code_and_enter(qtbot) -> None:
    page = AppointmentPage()
    qtbot.addWidget(page)
    page.start()
    with qtbot.waitSignal(page.submitted, timeout=1000) as got:
        for ch in "9cwk7y":  # the window hands the page every key a scanner types
            page.key_typed(_key(ch))
        page.key_typed(_key("\r", Qt.Key.Key_Return))
    assert got.args == ["9CWK7Y"]
    assert not page.ok_button.isEnabled()  # one check-in at a time


def test_a_malformed_code_and_a_refusal_are_told(qtbot) -> None:
    page = AppointmentPage()
    qtbot.addWidget(page)
    page.start()
    page.entry.setText("AB")
    page.on_ok()
    assert page.error.text() == "A booking code has 6 letters and digits. Please check it."
    page.refused({"code": "too_early", "message": "...", "details": {
        "come_back_at": "2026-12-07T08:45:00+07:00", "start": "2026-12-07T09:00:00+07:00"}})
    assert page.error.text() == "Your appointment is at 09:00. Please come back from 08:45."
    assert page.ok_button.isEnabled()
    page.refused({"code": "already_checked_in", "message": "..."})
    assert page.error.text().startswith("This appointment has already been used")


def _key(text: str, key: Qt.Key | None = None) -> QKeyEvent:
    code = key if key is not None else Qt.Key(ord(text.upper()))
    return QKeyEvent(QEvent.Type.KeyPress, code, Qt.KeyboardModifier.NoModifier, text)
