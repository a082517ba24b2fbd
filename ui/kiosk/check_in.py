"""The kiosk's check-in pages: a code typed on the keypad or scanned, sent to the hub."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QWidget

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

if TYPE_CHECKING:
    from ui.client import HallClient
    from ui.client_commands import Callback


class Texts(NamedTuple):
    """A page's words, translated by the page itself (tr()'s context is its class)."""

    title: str
    hint: str
    placeholder: str
    back: str
    ok: str


class CheckInPage(Retranslating, QWidget):
    """Title, hint, the field, the error line, the keypad, Back … [extra] OK.

    A page says what differs: its words (texts), what the field holds (read, as_typed),
    what it sends to the hub (send) and why the hub said no (why). Each page declares its
    submitted signal (the query read from the field); cancelled() goes back to the start.
    The page calls retranslate_ui() once its own widgets are made."""

    cancelled = Signal()
    submitted: Any  # declared by each page with the type of its query

    def __init__(self, max_length: int, extra: QPushButton | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        layout, self.title = _column_with_title(self, 14)
        self.title.setWordWrap(True)
        self.hint = PlainLabel()
        self.hint.setObjectName("kioskHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.entry = _entry()
        self.entry.setMaxLength(max_length)  # a scanned page address is longer than a code
        layout.addWidget(self.entry)
        _add_keypad_and_buttons(self, layout, extra)

    # ------------------------------------------------------------ what each page says
    def texts(self) -> Texts:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def read(self, text: str) -> Any:  # pragma: no cover - every page overrides it
        """The query in what was typed or scanned; None if there is none."""
        raise NotImplementedError

    def malformed(self) -> str:  # pragma: no cover - every page overrides it
        """What to type, when the field holds nothing the page can read."""
        raise NotImplementedError

    def as_typed(self, text: str) -> bool:  # pragma: no cover - every page overrides it
        """A character a scanner typed that goes into the field as it is (not as a key of
        the keypad, which upper-cases letters)."""
        raise NotImplementedError

    def shown_as(self, text: str) -> str:
        """How a character typed as it is shows in the field (as it is, unless the page
        says otherwise)."""
        return text

    def send(self, client: HallClient, query: Any, language: str,
             done: Callback) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def why(self, error: dict) -> str:
        """The hub's refusal in the customer's language."""
        return error_text(error)

    # ------------------------------------------------------------ the same on every page
    def retranslate_ui(self) -> None:
        t = self.texts()
        self.title.setText(t.title)
        self.hint.setText(t.hint)
        self.entry.setPlaceholderText(t.placeholder)
        self.cancel_button.setText(t.back)
        self.ok_button.setText(t.ok)

    def start(self) -> None:
        self.entry.clear()
        self.error.clear()
        self.ok_button.setEnabled(True)

    def on_key(self, key: str) -> None:
        _apply_key(self.entry, key)
        self.error.clear()

    def key_typed(self, event: QKeyEvent) -> bool:
        """A scanner types the whole code or address, then Enter."""
        if _is_enter(event):
            self.on_ok()
            return True
        text = event.text()
        if self.as_typed(text):
            self.entry.setText(self.entry.text() + self.shown_as(text))
            self.error.clear()
            return True
        key = keypad_key(event)
        if key is not None:
            self.on_key(key)
        return key is not None

    def on_ok(self) -> None:
        query = self.read(self.entry.text())
        if query is None:
            self.error.setText(self.malformed())
            return
        self.ok_button.setEnabled(False)  # one ticket per press
        self.submitted.emit(query)

    def refused(self, error: dict) -> None:
        """The hub said no (nothing was issued): why, in the customer's language."""
        self.ok_button.setEnabled(True)
        self.error.setText(self.why(error))
