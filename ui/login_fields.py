"""The staff code and PIN fields of both log-in pages (counter and supervisor)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit

PIN_MAX = 8  # the hub accepts PINs of 4 to 8 digits


def staff_code_and_pin(code_max: int, strict: bool = False) -> tuple[QLineEdit, QLineEdit]:
    """A staff code field and a hidden PIN field; Enter in the code moves to the PIN.
    `strict`: the code takes only letters and digits, the PIN only digits."""
    code = QLineEdit()
    code.setMaxLength(code_max)
    pin = QLineEdit()
    pin.setEchoMode(QLineEdit.EchoMode.Password)
    pin.setMaxLength(PIN_MAX)
    if strict:
        code.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9]*"),
                                                      code))
        pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]*"), pin))
    code.returnPressed.connect(pin.setFocus)
    return code, pin
