"""Kiosk pages typed on the on-screen keypad: customer code / phone, supervisor unlock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hallq.domain import valid_customer_code
from ui.base import Retranslating
from ui.kiosk.keypad import BACKSPACE, CLEAR, KioskKeypad
from ui.text import PlainLabel

MAX_CODE = 20


def _entry(password: bool = False) -> QLineEdit:
    e = QLineEdit()
    e.setObjectName("kioskEntry")
    e.setAlignment(Qt.AlignmentFlag.AlignCenter)
    e.setReadOnly(True)  # typed on our keypad only: no system keyboard pops up on a kiosk
    e.setMaxLength(MAX_CODE)
    e.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    pal = e.palette()  # the hint in an empty field reads at 4.5:1 too (Qt's grey does not)
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor("#555555"))
    e.setPalette(pal)
    if password:
        e.setEchoMode(QLineEdit.EchoMode.Password)
    return e


def _apply_key(entry: QLineEdit, key: str, digits_only: bool = False) -> None:
    text = entry.text()
    if key == BACKSPACE:
        entry.setText(text[:-1])
    elif key == CLEAR:
        entry.setText("")
    elif len(text) < MAX_CODE and (key.isdigit() or not digits_only):
        entry.setText(text + key)


def keypad_key(event: QKeyEvent) -> str | None:
    """A hardware key as a keypad key: letters/digits, Backspace, Delete (= clear)."""
    if event.key() == Qt.Key.Key_Backspace:
        return BACKSPACE
    if event.key() == Qt.Key.Key_Delete:
        return CLEAR
    text = event.text()
    if len(text) == 1 and text.isascii() and text.isalnum():
        return text.upper()
    return None


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _button(name: str) -> QPushButton:
    b = QPushButton()
    b.setObjectName(name)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return b



def _add_keypad_and_buttons(page: QWidget, layout: QVBoxLayout,
                            extra: QPushButton | None = None) -> None:
    """The bottom of an entry page: error line, on-screen keypad, Cancel … [extra] OK."""
    page.error = PlainLabel()
    page.error.setObjectName("kioskError")
    page.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
    page.error.setWordWrap(True)
    layout.addWidget(page.error)
    page.keypad = KioskKeypad(letters=True)
    page.keypad.keyPressed.connect(page.on_key)
    layout.addWidget(page.keypad, 1)
    row = QHBoxLayout()
    page.cancel_button = _button("kioskPlain")
    page.cancel_button.clicked.connect(page.cancelled)
    page.ok_button = _button("kioskBig")
    page.ok_button.clicked.connect(page.on_ok)
    row.addWidget(page.cancel_button)
    row.addStretch(1)
    if extra is not None:
        row.addWidget(extra)
    row.addWidget(page.ok_button)
    layout.addLayout(row)


def _column_with_title(page: QWidget, spacing: int) -> tuple[QVBoxLayout, QLabel]:
    """An entry page's column, with its big centred title on top."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(40, 20, 40, 24)
    layout.setSpacing(spacing)
    title = PlainLabel()
    title.setObjectName("kioskTitle")
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(title)
    return layout, title


class CodePage(Retranslating, QWidget):
    """accepted(code) with a valid code (or "" to remove it); cancelled() leaves it as it was."""

    accepted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout, self.title = _column_with_title(self, 14)
        self.title.setWordWrap(True)
        self.entry = _entry()
        layout.addWidget(self.entry)
        _add_keypad_and_buttons(self, layout)
        self.retranslate_ui()

    def start(self, code: str) -> None:
        self.entry.setText(code)
        self.error.clear()

    def on_key(self, key: str) -> None:
        _apply_key(self.entry, key)
        self.error.clear()

    def key_typed(self, event: QKeyEvent) -> bool:
        if _is_enter(event):
            self.on_ok()
            return True
        key = keypad_key(event)
        if key is not None:
            self.on_key(key)
        return key is not None

    def on_ok(self) -> None:
        code = self.entry.text().strip()
        if code and not valid_customer_code(code):
            # Nothing changes until the code is right; the message says what is wanted.
            self.error.setText(self.tr("A customer code or phone number has 4 to 20 letters "
                                       "or digits. Please check it."))
            return
        self.accepted.emit(code)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Customer code or phone number (optional)"))
        self.entry.setPlaceholderText(self.tr("4 to 20 letters or digits"))
        self.cancel_button.setText(self.tr("Back"))
        self.ok_button.setText(self.tr("OK"))
        if self.error.text():
            self.on_ok()


class UnlockPage(Retranslating, QWidget):
    """A supervisor's code and PIN; submitted(code, pin). After unlock(): exit or back."""

    submitted = Signal(str, str)
    cancelled = Signal()
    exitRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout, self.title = _column_with_title(self, 12)
        fields = QHBoxLayout()
        self.code_label, self.pin_label = PlainLabel(), PlainLabel()
        self.code, self.pin = _entry(), _entry(password=True)
        for label, entry in ((self.code_label, self.code), (self.pin_label, self.pin)):
            label.setObjectName("kioskHint")
            box = QVBoxLayout()
            box.addWidget(label)
            box.addWidget(entry)
            fields.addLayout(box)
            entry.installEventFilter(self)
        layout.addLayout(fields)
        self.exit_button = _button("kioskBig")
        self.exit_button.clicked.connect(self.exitRequested)
        _add_keypad_and_buttons(self, layout, self.exit_button)
        self.active = self.code
        self.retranslate_ui()
        self.start()

    def start(self) -> None:
        self.code.clear()
        self.pin.clear()
        self.error.clear()
        self.set_busy(False)
        self.exit_button.hide()
        self.ok_button.show()
        self._activate(self.code)

    def unlocked(self, staff: str) -> None:
        self.error.setText("")
        self.title.setText(self.tr("Unlocked by %1").replace("%1", staff))
        self.ok_button.hide()
        self.exit_button.show()

    def failed(self, text: str) -> None:
        self.set_busy(False)
        self.pin.clear()
        self.error.setText(text)
        self._activate(self.pin)

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

    def _activate(self, entry: QLineEdit) -> None:
        self.active = entry
        for e in (self.code, self.pin):
            e.setProperty("active", e is entry)
            e.style().unpolish(e)
            e.style().polish(e)

    def eventFilter(self, obj: object, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and obj in (self.code, self.pin):
            self._activate(obj)  # type: ignore[arg-type]
        return False

    def on_key(self, key: str) -> None:
        _apply_key(self.active, key, digits_only=self.active is self.pin)
        self.error.clear()

    def key_typed(self, event: QKeyEvent) -> bool:
        if _is_enter(event) or event.key() == Qt.Key.Key_Tab:
            if self.active is self.code and self.code.text():
                self._activate(self.pin)
            elif self.ok_button.isVisible() and self.ok_button.isEnabled():
                self.on_ok()
            return True
        key = keypad_key(event)
        if key is not None:
            self.on_key(key)
        return key is not None

    def on_ok(self) -> None:
        code, pin = self.code.text().strip(), self.pin.text()
        if not code:
            self._activate(self.code)
            self.error.setText(self.tr("Type the supervisor's staff code."))
            return
        if not pin:
            self._activate(self.pin)
            self.error.setText(self.tr("Type the PIN."))
            return
        self.set_busy(True)
        self.submitted.emit(code, pin)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Supervisor: unlock the kiosk"))
        self.code_label.setText(self.tr("Staff code"))
        self.pin_label.setText(self.tr("PIN"))
        self.cancel_button.setText(self.tr("Back to the kiosk"))
        self.ok_button.setText(self.tr("Unlock"))
        self.exit_button.setText(self.tr("Close the kiosk"))
