"""The rating keypad's four screens: idle (who serves you), prompt, reasons, thanks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.base import Retranslating
from ui.keypad import labels
from ui.keypad.widgets import ChoiceButton, ReasonButton
from ui.text import PlainLabel

CENTER = Qt.AlignmentFlag.AlignCenter
HEADER_STYLE = "background: {bg}; color: #ffffff;"


def _label(px: int, bold: bool = False, color: str = "#1a1a1a", wrap: bool = True) -> QLabel:
    lab = PlainLabel()
    lab.setAlignment(CENTER)
    lab.setWordWrap(wrap)
    lab.setStyleSheet(f"font-size: {px}px; color: {color};"
                      + (" font-weight: bold;" if bold else ""))
    return lab


def _header(title: QLabel, sub: QLabel, bg: str) -> QWidget:
    band = QWidget()
    band.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    band.setStyleSheet(HEADER_STYLE.format(bg=bg))
    layout = QVBoxLayout(band)
    layout.setContentsMargins(24, 14, 24, 14)
    layout.setSpacing(4)
    for lab in (title, sub):
        lab.setStyleSheet(lab.styleSheet() + " color: #ffffff; background: transparent;")
        layout.addWidget(lab)
    return band


def moods(choices: list[dict[str, Any]]) -> dict[str, float]:
    """Each choice's face, from its score: the best beams (+1), the worst frowns (-1)."""
    scores = [float(c.get("score", 0)) for c in choices]
    lo, hi = min(scores, default=0.0), max(scores, default=0.0)
    span = (hi - lo) or 1.0
    return {c["key"]: -1 + 2 * (float(c.get("score", 0)) - lo) / span for c in choices}


class IdlePage(Retranslating, QWidget):
    """Between visits: the counter, who is serving at it, a welcome; a quiet offline line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counter_name = ""
        self.staff: tuple[str, str] | None = None  # (name, code)
        self.state = "closed"
        self.offline = False
        self.counter_label = _label(26, True, wrap=False)
        self.photo = PlainLabel()
        self.photo.setAlignment(CENTER)
        self.name = _label(44, True)
        self.code = _label(24, color="#444444")
        self.welcome = _label(30, color="#0b4f8a")
        self.offline_line = _label(18, color="#8a6d3b")
        head = QWidget()
        head.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        head.setStyleSheet(HEADER_STYLE.format(bg="#0b4f8a"))
        hl = QHBoxLayout(head)
        hl.setContentsMargins(24, 12, 24, 12)
        self.counter_label.setStyleSheet(self.counter_label.styleSheet()
                                         + " color: #ffffff; background: transparent;")
        hl.addWidget(self.counter_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(head)
        layout.addStretch(1)
        for w in (self.photo, self.name, self.code):
            layout.addWidget(w)
        layout.addSpacing(18)
        layout.addWidget(self.welcome)
        layout.addStretch(1)
        layout.addWidget(self.offline_line)
        self.retranslate_ui()

    def show_counter(self, counter_name: str, state: str, staff: tuple[str, str] | None,
                     photo: QPixmap | None) -> None:
        self.counter_name, self.state, self.staff = counter_name, state, staff
        self.photo.setPixmap(photo if photo is not None and staff else QPixmap())
        self.photo.setVisible(bool(staff) and photo is not None)
        self.retranslate_ui()

    def set_offline(self, offline: bool) -> None:
        self.offline = offline
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.counter_label.setText(self.counter_name)
        working = self.staff is not None and self.state != "closed"
        self.name.setText(self.staff[0] if working else "")
        self.name.setVisible(working)
        self.code.setText(self.tr("Staff code: {code}").format(code=self.staff[1])
                          if working else "")
        self.code.setVisible(working)
        if not working:
            self.welcome.setText(self.tr("This counter is closed. Please take a number at "
                                         "the kiosk."))
        elif self.state == "paused":
            self.welcome.setText(self.tr("Back in a moment. Thank you for waiting."))
        else:
            self.welcome.setText(self.tr("Welcome! After your visit, please tell us how we "
                                         "did."))
        self.offline_line.setText(self.tr("Not connected to the hall server: ratings are "
                                          "paused.") if self.offline else "")


class PromptPage(QWidget):
    """The question in the customer's language and one big button per configured choice."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.buttons: list[ChoiceButton] = []
        self.title = _label(34, True)
        self.sub = _label(22)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_header(self.title, self.sub, "#0b4f8a"))
        self.row = QHBoxLayout()
        self.row.setContentsMargins(18, 18, 18, 18)
        self.row.setSpacing(16)
        layout.addLayout(self.row, 1)

    def show_prompt(self, choices: list[dict[str, Any]], lang: str, number: str,
                    staff_name: str) -> None:
        self.title.setText(labels.text("question", lang))
        self.sub.setText(labels.text("served_by", lang, number=number, name=staff_name)
                         if staff_name else labels.text("ticket", lang, number=number))
        for b in self.buttons:
            self.row.removeWidget(b)
            b.deleteLater()
        face = moods(choices)
        self.buttons = []
        for i, c in enumerate(choices):
            b = ChoiceButton(c["key"], str(c.get("color", "")), face[c["key"]],
                             str(labels.key_digit(c, i)))
            b.setText(labels.choice_label(c, lang))
            b.clicked.connect(self._on_clicked)
            self.row.addWidget(b)
            self.buttons.append(b)

    def _on_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, ChoiceButton):
            self.chosen.emit(button.key)

    def lock(self, chosen: str | None) -> None:
        """After the first tap: nothing more can be pressed; the chosen one stays lit."""
        for b in self.buttons:
            b.chosen = b.key == chosen
            b.setEnabled(False)
            b.update()


class ReasonsPage(QWidget):
    """Why was it not good: several reasons may be ticked, then Send."""

    send = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.buttons: list[ReasonButton] = []
        self.title = _label(34, True)
        self.sub = _label(22)
        self.send_button = QPushButton()
        self.send_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.send_button.setSizePolicy(QSizePolicy.Policy.Expanding,
                                       QSizePolicy.Policy.Expanding)
        self.send_button.setStyleSheet(
            "QPushButton { font-size: 32px; font-weight: bold; color: #ffffff;"
            " background: #0b4f8a; border: none; border-radius: 16px; margin: 3px; }"
            " QPushButton:pressed { background: #083a66; }"
            " QPushButton:disabled { background: #8fa9c2; }")
        self.send_button.clicked.connect(self._on_send)
        self.header = _header(self.title, self.sub, "#b52b27")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(18, 18, 18, 18)
        self.grid.setSpacing(14)
        layout.addLayout(self.grid, 1)

    def show_reasons(self, reasons: list[str], lang: str, accent: str) -> None:
        self.title.setText(labels.text("reasons", lang))
        self.sub.setText(labels.text("reasons_hint", lang))
        self.send_button.setText(labels.text("send", lang) + "  ↵")
        for b in self.buttons:
            self.grid.removeWidget(b)
            b.deleteLater()
        self.grid.removeWidget(self.send_button)
        self.buttons = []
        for i, key in enumerate(reasons):
            b = ReasonButton(key, str(i + 1), accent)
            b.setText(labels.reason_label(key, lang))
            self.grid.addWidget(b, i // 2, i % 2)
            self.buttons.append(b)
        n = len(reasons)
        self.grid.addWidget(self.send_button, n // 2, n % 2)
        self.send_button.setEnabled(True)

    def toggle(self, index: int) -> None:
        if 0 <= index < len(self.buttons) and self.buttons[index].isEnabled():
            self.buttons[index].toggle()

    def selected(self) -> list[str]:
        return [b.key for b in self.buttons if b.isChecked()]

    def lock(self) -> None:
        for b in self.buttons:
            b.setEnabled(False)
        self.send_button.setEnabled(False)

    def _on_send(self) -> None:
        if self.send_button.isEnabled():
            self.send.emit(self.selected())


class ThanksPage(QWidget):
    """Thank you, in the customer's language (or why the rating could not be kept)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mark = _label(120, True, "#1b8a3a")
        self.title = _label(56, True, "#0b4f8a")
        self.sub = _label(28, color="#333333")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (self.mark, self.title, self.sub):
            layout.addWidget(w)
        layout.addStretch(1)

    def show_thanks(self, lang: str, low: bool) -> None:
        self.mark.setText("✓")
        self.title.setText(labels.text("thanks", lang))
        self.sub.setText(labels.text("thanks_low" if low else "goodbye", lang))

    def show_problem(self, message: str) -> None:
        self.mark.setText("")
        self.title.setText("")
        self.sub.setText(message)
