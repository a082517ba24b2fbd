"""The kiosk's "I'm here about my case" page: the case number or the phone typed on the
keypad, or the receipt's QR scanned by a USB scanner that types like a keyboard (the case
page's address, then Enter). A case that cannot be found says why and offers a normal
ticket instead."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QWidget

from hallq.domain.values import valid_phone
from ui.base import Retranslating
from ui.errors import error_text
from ui.kiosk.entry import (
    _add_keypad_and_buttons,
    _apply_key,
    _button,
    _column_with_title,
    _entry,
    _is_enter,
    keypad_key,
)
from ui.text import PlainLabel

# The receipt QR's address: .../c/HS-2026-000123/<key> (the key as typed: case matters).
SCANNED = re.compile(r"/c/(HS-\d{4}-\d{6})/([A-Za-z0-9_-]{4,40})\s*$", re.IGNORECASE)
# A typed case number, with or without its dashes (the keypad has none): HS2026123.
TYPED = re.compile(r"HS-?(\d{4})-?(\d{1,6})")
# Refusals after which the customer is offered an ordinary ticket.
NOT_FOUND = ("unknown_case", "no_open_case", "case_closed")


def case_query(text: str) -> dict[str, str] | None:
    """{number, key} for a scanned receipt, {number} for a typed case number, {phone} for a
    phone number; None when it is none of them."""
    text = text.strip()
    m = SCANNED.search(text)
    if m:
        return {"number": m.group(1).upper(), "key": m.group(2)}
    m = TYPED.fullmatch(text.upper())
    if m:
        return {"number": f"HS-{m.group(1)}-{int(m.group(2)):06d}"}
    if valid_phone(text):
        return {"phone": text}
    return None


class CasePage(Retranslating, QWidget):
    """submitted(query) with a well-formed query; cancelled() goes back to the start (also
    the "take an ordinary ticket" way out after a refusal)."""

    submitted = Signal(dict)
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
        self.entry.setMaxLength(120)  # a scanned page address is longer than a number
        layout.addWidget(self.entry)
        self.ordinary_button = _button("kioskCode")  # offered after a refusal only
        self.ordinary_button.clicked.connect(self.cancelled)
        self.ordinary_button.hide()
        _add_keypad_and_buttons(self, layout, self.ordinary_button)
        # The start page's button that opens this page (placed there by the window).
        self.start_button = QPushButton()
        self.start_button.setObjectName("kioskCode")
        self.start_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.start_button.setText(self.tr("I'm here about my case"))
        self.title.setText(self.tr("I'm here about my case"))
        self.hint.setText(self.tr("Type your case number (HS…) or the phone number you gave, "
                                  "or hold the receipt's QR code under the scanner."))
        self.entry.setPlaceholderText(self.tr("Case number or phone"))
        self.cancel_button.setText(self.tr("Back"))
        self.ok_button.setText(self.tr("Get my ticket"))
        self.ordinary_button.setText(self.tr("Take an ordinary ticket"))

    def start(self) -> None:
        self.entry.clear()
        self.error.clear()
        self.ordinary_button.hide()
        self.ok_button.setEnabled(True)

    def on_key(self, key: str) -> None:
        _apply_key(self.entry, key)
        self.error.clear()

    def key_typed(self, event: QKeyEvent) -> bool:
        """A scanner types the whole address and Enter: every printable character lands in
        the field as typed (the key's letters keep their case)."""
        if _is_enter(event):
            self.on_ok()
            return True
        text = event.text()
        if len(text) == 1 and text.isprintable() and text != " ":
            self.entry.setText(self.entry.text() + text)
            self.error.clear()
            return True
        key = keypad_key(event)
        if key is not None:
            self.on_key(key)
        return key is not None

    def on_ok(self) -> None:
        query = case_query(self.entry.text())
        if query is None:
            self.error.setText(self.tr("Please type the case number from your receipt (it "
                                       "starts with HS) or your phone number."))
            return
        self.ok_button.setEnabled(False)  # one ticket per press
        self.submitted.emit(query)

    def refused(self, error: dict) -> None:
        """The hub said no: why, in the customer's language; nothing was issued. A case not
        found (or closed) offers an ordinary ticket."""
        self.ok_button.setEnabled(True)
        self.error.setText(error_text(error))
        self.ordinary_button.setVisible(error.get("code") in NOT_FOUND)
