"""The kiosk's "I have an appointment" page: the booking code typed on the keypad, or its QR
scanned by a USB scanner that types like a keyboard (the code, then Enter)."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from ui.base import Retranslating
from ui.errors import error_text
from ui.kiosk.entry import (
    _add_keypad_and_buttons,
    _apply_key,
    _column_with_title,
    _entry,
    _is_enter,
    keypad_key,
)
from ui.text import PlainLabel

CODE = re.compile(r"[A-Z0-9]{4,12}")


def code_in(text: str) -> str | None:
    """The booking code in what was typed or scanned: the code itself, or a page address
    ending in ?code=XXXXXX (a QR of the booking page); None if there is none."""
    text = text.strip().upper()
    if "CODE=" in text:
        text = text.split("CODE=", 1)[1].split("&", 1)[0]
    return text if CODE.fullmatch(text) else None


class AppointmentPage(Retranslating, QWidget):
    """submitted(code) with a well-formed code; cancelled() goes back to the start."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout, self.title = _column_with_title(self, 14)
        self.title.setWordWrap(True)
        self.hint = PlainLabel()
        self.hint.setObjectName("kioskHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.entry = _entry()
        self.entry.setMaxLength(60)  # a scanned page address is longer than a code
        layout.addWidget(self.entry)
        _add_keypad_and_buttons(self, layout)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("I have an appointment"))
        self.hint.setText(self.tr("Type the code of your booking, or hold its QR code under "
                                  "the scanner."))
        self.entry.setPlaceholderText(self.tr("Booking code"))
        self.cancel_button.setText(self.tr("Back"))
        self.ok_button.setText(self.tr("Get my ticket"))

    def start(self) -> None:
        self.entry.clear()
        self.error.clear()
        self.ok_button.setEnabled(True)

    def on_key(self, key: str) -> None:
        _apply_key(self.entry, key)
        self.error.clear()

    def key_typed(self, event: QKeyEvent) -> bool:
        """A scanner types the whole code and Enter; letters, digits and the address's
        punctuation all land in the field."""
        if _is_enter(event):
            self.on_ok()
            return True
        key = keypad_key(event)
        text = event.text()
        if key is None and len(text) == 1 and text.isprintable():
            self.entry.setText(self.entry.text() + text)
            return True
        if key is not None:
            self.on_key(key)
        return key is not None

    def on_ok(self) -> None:
        code = code_in(self.entry.text())
        if code is None:
            self.error.setText(self.tr("A booking code has 6 letters and digits. Please check "
                                       "it."))
            return
        self.ok_button.setEnabled(False)  # one check-in at a time
        self.submitted.emit(code)

    def refused(self, error: dict, lang_time: str = "%H:%M") -> None:
        """The hub said no: why, in the customer's language; "too early" says when."""
        self.ok_button.setEnabled(True)
        details = error.get("details") or {}
        if error.get("code") == "too_early" and details.get("come_back_at"):
            at = datetime.fromisoformat(details["come_back_at"]).strftime(lang_time)
            start = datetime.fromisoformat(details["start"]).strftime(lang_time)
            self.error.setText(self.tr("Your appointment is at {start}. Please come back "
                                       "from {at}.").format(start=start, at=at))
            return
        self.error.setText(error_text(error))
