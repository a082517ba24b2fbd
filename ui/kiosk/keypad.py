"""The kiosk's on-screen keypad: big digit keys, optional letter keys, delete and clear."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.base import Retranslating

DIGIT_ROWS = ("123", "456", "789")
LETTER_ROWS = ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
# A tall portrait screen (1080×1920) has the height for finger-sized keys but not the width
# for ten in a row: the letters go seven a row, in the order of the alphabet.
TALL_COLUMNS = 7
TALL_FROM = 1500  # px high (and higher than wide): the keys grow to TALL_KEY
TALL_KEY = 120  # px: a key a fingertip cannot miss
TALL_MAX = 160  # px: taller than this a key looks like a panel, not a key
BACKSPACE = "\b"
CLEAR = "clear"

# Only on a tall screen; elsewhere the kiosk's own style sheet sizes the keys. A widget's own
# style sheet wins over the window's, so these rules need no more weight than theirs.
TALL_STYLE = f"""
QPushButton#kioskLetterKey {{ font-size: 44px; min-width: {TALL_KEY}px;
    min-height: {TALL_KEY}px; }}
QPushButton#kioskDigitKey {{ font-size: 52px; min-width: {TALL_KEY}px;
    min-height: {TALL_KEY}px; }}
QPushButton#kioskEditKey {{ font-size: 36px; min-width: {TALL_KEY}px;
    min-height: {TALL_KEY}px; }}
"""


class KioskKeypad(Retranslating, QWidget):
    """Emits keyPressed(char) for a digit or letter, "\\b" to delete, "clear" to empty."""

    keyPressed = Signal(str)

    def __init__(self, letters: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.keys: dict[str, QPushButton] = {}  # the keys on screen now, by value
        self.tall = False
        layout = self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        # The letters twice, one set shown: in keyboard rows, or seven a row when tall.
        self.wide_letters: dict[str, QPushButton] = {}
        self.tall_letters: dict[str, QPushButton] = {}
        self.wide_panel = QWidget(self)
        self.tall_panel = QWidget(self)
        if letters:
            letter_box = QVBoxLayout(self.wide_panel)
            letter_box.setContentsMargins(0, 0, 0, 0)
            letter_box.setSpacing(8)
            for row in LETTER_ROWS:
                line = QHBoxLayout()
                line.setSpacing(8)
                line.addStretch(1)
                for ch in row:
                    self.wide_letters[ch] = self._key(ch, ch, "kioskLetterKey")
                    line.addWidget(self.wide_letters[ch])
                line.addStretch(1)
                letter_box.addLayout(line)
            grid = QGridLayout(self.tall_panel)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setSpacing(8)
            for i, ch in enumerate(sorted("".join(LETTER_ROWS))):
                key = self.tall_letters[ch] = self._key(ch, ch, "kioskLetterKey")
                # Room to spare makes the keys taller (up to a limit), not the gaps wider.
                key.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
                key.setMaximumHeight(TALL_MAX)
                grid.addWidget(key, i // TALL_COLUMNS, i % TALL_COLUMNS)
            layout.addWidget(self.wide_panel, 3)
            layout.addWidget(self.tall_panel, 3)
        self.tall_panel.hide()
        if not letters:
            self.wide_panel.hide()
        self.letters = letters
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
        self.keys.update(self.wide_letters)
        self.retranslate_ui()

    def set_narrow(self, narrow: bool) -> None:
        """A portrait screen: the digits under the letters, not beside them; on a tall one
        the keys grow to finger size."""
        self.box.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                              else QBoxLayout.Direction.LeftToRight)
        win = self.window()
        self.set_tall(narrow and win.height() >= TALL_FROM and win.height() > win.width())

    def set_tall(self, tall: bool) -> None:
        if tall == self.tall:
            return
        self.tall = tall
        self.setStyleSheet(TALL_STYLE if tall else "")
        # On a tall screen the digit keys too take the height there is (up to TALL_MAX).
        vertical = QSizePolicy.Policy.Expanding if tall else QSizePolicy.Policy.Fixed
        for value, key in self.keys.items():
            if value not in self.tall_letters and value not in self.wide_letters:
                key.setSizePolicy(key.sizePolicy().horizontalPolicy(), vertical)
                key.setMaximumHeight(TALL_MAX if tall else 16777215)
        if self.letters:
            self.wide_panel.setVisible(not tall)
            self.tall_panel.setVisible(tall)
            self.keys.update(self.tall_letters if tall else self.wide_letters)

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
