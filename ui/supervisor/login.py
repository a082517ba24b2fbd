"""The supervisor's PIN page: staff code and PIN (the hub refuses clerks)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QPushButton, QVBoxLayout, QWidget

from ui.base import Retranslating
from ui.login_fields import staff_code_and_pin
from ui.text import PlainLabel


class LoginPage(Retranslating, QWidget):
    """Supervisor code and PIN; clerks are refused by the hub."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        box = QFrame()
        box.setObjectName("card")
        box.setFixedWidth(460)
        form = QFormLayout(box)
        form.setContentsMargins(28, 24, 28, 24)
        form.setVerticalSpacing(14)
        self.title = PlainLabel()
        self.title.setObjectName("sectionTitle")
        self.hall = PlainLabel()
        self.code, self.pin = staff_code_and_pin(12)
        self.button = QPushButton()
        self.button.setObjectName("primary")
        self.error = PlainLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.connection = PlainLabel()
        self.connection.setObjectName("mutedText")
        form.addRow(self.title)
        form.addRow(self.hall)
        form.addRow(PlainLabel(), self.code)
        form.addRow(PlainLabel(), self.pin)
        form.addRow(self.button)
        form.addRow(self.error)
        form.addRow(self.connection)
        self.form = form
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.pin.returnPressed.connect(self.button.click)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Supervisor log-in"))
        self.form.labelForField(self.code).setText(self.tr("Staff code"))
        self.form.labelForField(self.pin).setText(self.tr("PIN"))
        self.button.setText(self.tr("Log in"))

