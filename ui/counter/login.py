"""The counter's login page: staff code and PIN; opening the counter is the hub's login."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QPushButton, QVBoxLayout, QWidget

from ui.base import Retranslating
from ui.login_fields import staff_code_and_pin
from ui.text import PlainLabel


class LoginPage(Retranslating, QWidget):
    """Emits loginRequested(code, pin); the window talks to the hub and calls show_error."""

    loginRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QFrame(self)
        box.setObjectName("loginBox")
        box.setMaximumWidth(520)
        box.setStyleSheet("#loginBox { background: #ffffff; border: 1px solid #c9d3de;"
                          " border-radius: 10px; }")
        col = QVBoxLayout(box)
        col.setContentsMargins(36, 28, 36, 28)
        self.title = PlainLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 30px; font-weight: bold; color: #123a63;")
        self.subtitle = PlainLabel()
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setStyleSheet("font-size: 16px; color: #4a5a6a;")
        form = QFormLayout()
        self.code, self.pin = staff_code_and_pin(20, strict=True)
        for w in (self.code, self.pin):
            w.setMinimumHeight(44)
            w.setStyleSheet("font-size: 22px;")
        self.code_label, self.pin_label = PlainLabel(), PlainLabel()
        for w in (self.code_label, self.pin_label):
            w.setStyleSheet("font-size: 18px;")
        form.addRow(self.code_label, self.code)
        form.addRow(self.pin_label, self.pin)
        self.button = QPushButton()
        self.button.setMinimumHeight(54)
        self.button.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.button.setDefault(True)
        self.error = PlainLabel()
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setStyleSheet("font-size: 17px; color: #b3261e; font-weight: bold;")
        col.addWidget(self.title)
        col.addWidget(self.subtitle)
        col.addSpacing(16)
        col.addLayout(form)
        col.addSpacing(8)
        col.addWidget(self.button)
        col.addWidget(self.error)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.counter_name = ""
        self.available = True
        self.button.clicked.connect(self.submit)
        self.pin.returnPressed.connect(self.submit)
        self.code.textChanged.connect(self._sync)
        self.pin.textChanged.connect(self._sync)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Log in"))
        self.subtitle.setText(self.counter_name)
        self.code_label.setText(self.tr("Staff code"))
        self.pin_label.setText(self.tr("PIN"))
        self.button.setText(self.tr("Log in and open the counter"))

    def set_counter_name(self, text: str) -> None:
        self.counter_name = text
        self.subtitle.setText(text)

    def set_available(self, ok: bool) -> None:
        """Offline or busy: nothing to send, so the button is off."""
        self.available = ok
        self._sync()

    def _sync(self) -> None:
        self.button.setEnabled(self.available and bool(self.code.text().strip())
                               and bool(self.pin.text()))

    def submit(self) -> None:
        if not self.button.isEnabled():
            return
        self.error.clear()
        self.loginRequested.emit(self.code.text().strip().upper(), self.pin.text())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.pin.clear()
        self.pin.setFocus()

    def reset(self, message: str = "") -> None:
        self.pin.clear()
        self.error.setText(message)
        self.code.setFocus()
