"""Labels that show text as it was written: set-up and customers' text is never rich text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    """A QLabel that never takes its text for HTML. A plain QLabel guesses (AutoText): a
    service named "<h1>A</h1>" or a pause reason with "<br>" would change the layout of the
    kiosk or the display. Every label of the windows is one of these; none shows markup."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

