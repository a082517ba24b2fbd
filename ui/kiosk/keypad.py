"""The kiosk's on-screen keypad: big digit keys, optional letter keys, delete and clear."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.base import Retranslating

DIGIT_ROWS = ("123", "456", "789")
LETTER_ROWS = ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
BACKSPACE = "\b"
CLEAR = "clear"


class KioskKeypad(Retranslating, QWidget):
    """Emits keyPressed(char) for a digit or letter, "\\b" to delete, "clear" to empty."""

    keyPressed = Signal(str)

    def __init__(self, letters: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.keys: dict[str, QPushButton] = {}
        layout = self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        if letters:
            letter_box = QVBoxLayout()
            letter_box.setSpacing(8)
            for row in LETTER_ROWS:
                line = QHBoxLayout()
                line.setSpacing(8)
                line.addStretch(1)
                for ch in row:
                    line.addWidget(self._key(ch, ch, "kioskLetterKey"))
                line.addStretch(1)
                letter_box.addLayout(line)
            layout.addLayout(letter_box, 3)
        digits = QGridLayout()
        digits.setSpacing(8)
        for r, row in enumerate(DIGIT_ROWS):
            for c, ch in enumerate(row):
                digits.addWidget(self._key(ch, ch, "kioskDigitKey"), r, c)
        self.clear_key = self._key(CLEAR, "", "kioskEditKey")
        digits.addWidget(self.clear_key, 3, 0)
        digits.addWidget(self._key("0", "0", "kioskDigitKey"), 3, 1)
        digits.addWidget(self._key(BACKSPACE, "⌫", "kioskEditKey"), 3, 2)
        layout.addLayout(digits, 2)
        self.retranslate_ui()

    def set_narrow(self, narrow: bool) -> None:
        """A portrait screen: the digits under the letters, not beside them."""
        self.box.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                              else QBoxLayout.Direction.LeftToRight)

    def _key(self, value: str, text: str, name: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keypad never steals the entry field
        b.setAutoRepeat(value == BACKSPACE)
        b.clicked.connect(lambda: self.keyPressed.emit(value))
        self.keys[value] = b
        return b

    def retranslate_ui(self) -> None:
        self.clear_key.setText(self.tr("Clear"))
        self.keys[BACKSPACE].setAccessibleName(self.tr("Delete"))
