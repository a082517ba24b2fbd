"""The kiosk's "I have an appointment" page: the booking code typed on the keypad, or its QR
scanned by a USB scanner that types like a keyboard (the code, then Enter)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.errors import error_text
from ui.kiosk.check_in import CheckInPage, Texts

if TYPE_CHECKING:
    from ui.client import HallClient
    from ui.client_commands import Callback

CODE = re.compile(r"[A-Z0-9]{4,12}")
CLOCK = "%H:%M"


def code_in(text: str) -> str | None:
    """The booking code in what was typed or scanned: the code itself, or a page address
    ending in ?code=XXXXXX (a QR of the booking page); None if there is none."""
    text = text.strip().upper()
    if "CODE=" in text:
        text = text.split("CODE=", 1)[1].split("&", 1)[0]
    return text if CODE.fullmatch(text) else None


class AppointmentPage(CheckInPage):
    """submitted(code) with a well-formed code; cancelled() goes back to the start."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(60, parent=parent)  # a scanned page address is longer than a code
        self.retranslate_ui()

    def texts(self) -> Texts:
        return Texts(
            title=self.tr("I have an appointment"),
            hint=self.tr("Type the code of your booking, or hold its QR code under the "
                         "scanner."),
            placeholder=self.tr("Booking code"),
            back=self.tr("Back"),
            ok=self.tr("Get my ticket"))

    def read(self, text: str) -> str | None:
        return code_in(text)

    def malformed(self) -> str:
        return self.tr("A booking code has 6 letters and digits. Please check it.")

    def as_typed(self, text: str) -> bool:
        """Everything a scanner types lands in the field: a booking page's address is
        longer than the keypad's 20 keys (its code would be cut off)."""
        return len(text) == 1 and text.isprintable()

    def shown_as(self, text: str) -> str:
        return text.upper()  # a booking code is upper case

    def send(self, client: HallClient, query: str, language: str, done: Callback) -> None:
        client.check_in(query, language, done)

    def why(self, error: dict) -> str:
        """A "too early" says when to come back."""
        details = error.get("details") or {}
        if error.get("code") == "too_early" and details.get("come_back_at"):
            at = datetime.fromisoformat(details["come_back_at"]).strftime(CLOCK)
            start = datetime.fromisoformat(details["start"]).strftime(CLOCK)
            return self.tr("Your appointment is at {start}. Please come back from "
                           "{at}.").format(start=start, at=at)
        return error_text(error)
