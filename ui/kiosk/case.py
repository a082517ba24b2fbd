"""The kiosk's "I'm here about my case" page: the case number or the phone typed on the
keypad, or the receipt's QR scanned by a USB scanner that types like a keyboard (the case
page's address, then Enter). A case that cannot be found says why and offers a normal
ticket instead."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from hallq.domain.values import valid_phone
from ui.kiosk.check_in import CheckInPage, Texts
from ui.kiosk.entry import _button

if TYPE_CHECKING:
    from ui.client import HallClient
    from ui.client_commands import Callback

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


class CasePage(CheckInPage):
    """submitted(query) with a well-formed query; cancelled() goes back to the start (also
    the "take an ordinary ticket" way out after a refusal)."""

    submitted = Signal(dict)

    def __init__(self, parent: QWidget | None = None):
        ordinary = _button("kioskCode")  # offered after a refusal only
        ordinary.hide()
        # A scanned page address is longer than a number.
        super().__init__(120, ordinary, parent)
        self.ordinary_button = ordinary
        self.ordinary_button.clicked.connect(self.cancelled)
        # The start page's button that opens this page (placed there by the window).
        self.start_button = QPushButton()
        self.start_button.setObjectName("kioskCode")
        self.start_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retranslate_ui()

    def texts(self) -> Texts:
        return Texts(
            title=self.tr("I'm here about my case"),
            hint=self.tr("Type your case number (HS…) or the phone number you gave, or hold "
                         "the receipt's QR code under the scanner."),
            placeholder=self.tr("Case number or phone"),
            back=self.tr("Back"),
            ok=self.tr("Get my ticket"))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.start_button.setText(self.tr("I'm here about my case"))
        self.ordinary_button.setText(self.tr("Take an ordinary ticket"))

    def read(self, text: str) -> dict[str, str] | None:
        return case_query(text)

    def malformed(self) -> str:
        return self.tr("Please type the case number from your receipt (it starts with HS) "
                       "or your phone number.")

    def as_typed(self, text: str) -> bool:
        """Every printable character but a space, as typed: a receipt's key keeps the case
        of its letters."""
        return len(text) == 1 and text.isprintable() and text != " "

    def send(self, client: HallClient, query: dict[str, str], language: str,
             done: Callback) -> None:
        client.case_check_in(done, language=language, **query)

    def start(self) -> None:
        super().start()
        self.ordinary_button.hide()

    def refused(self, error: dict) -> None:
        """A case not found (or closed) offers an ordinary ticket."""
        super().refused(error)
        self.ordinary_button.setVisible(error.get("code") in NOT_FOUND)
