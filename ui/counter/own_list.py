"""The clerk's own open cases and complaints at the counter: their count on a button, and the
list it opens (overdue ones marked in red), read again whenever one of them changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from hallq.domain import name_in
from ui.aftercare_words import LATE, case_status, complaint_source, due_text
from ui.base import Retranslating
from ui.client import HallClient
from ui.errors import error_text

EVENTS = ("case_", "complaint_")  # events after which the list is read again
CSS = "font-size: 16px; padding: 8px; text-align: left;"
LATE_CSS = CSS + " color: #b00020; font-weight: bold;"


class OwnList(Retranslating, QWidget):
    """The button shows how many; clicking it opens or folds the list."""

    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.lang = lang
        self.cases: list[dict[str, Any]] = []
        self.complaints: list[dict[str, Any]] = []
        self.error = ""
        self.button = QPushButton(self)
        self.button.setObjectName("ownList")
        self.button.setMinimumHeight(44)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the window
        self.button.setCheckable(True)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(200)
        self.list.setStyleSheet("QListWidget { font-size: 15px; }"
                                " QListWidget::item { padding: 3px 2px; }")
        self.list.setWordWrap(True)  # a long kind of case wraps instead of scrolling
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.list)
        self.button.toggled.connect(self.list.setVisible)
        client.eventReceived.connect(self._on_event)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._fill()

    # ------------------------------------------------------------ reading
    def reload(self) -> None:
        """The clerk's own open cases and complaints, from the hub (logged in only)."""
        if not self.client.staff_session:
            return
        self.client.cases(lambda ok, d: self._got("cases", ok, d), True)
        self.client.complaints(lambda ok, d: self._got("complaints", ok, d), True)

    def clear(self) -> None:
        self.cases, self.complaints, self.error = [], [], ""
        self.button.setChecked(False)
        self._fill()

    def _on_event(self, ev: dict) -> None:
        if str(ev.get("type", "")).startswith(EVENTS) and not ev.get("replay"):
            self.reload()

    def _got(self, key: str, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            self.error = error_text(data)
        else:
            self.error = ""
            setattr(self, key, list(data.get(key) or []))
        self._fill()

    # ------------------------------------------------------------ drawing
    def overdue(self) -> int:
        return sum(bool(x.get("overdue")) for x in (*self.cases, *self.complaints))

    def _fill(self) -> None:
        n, late = len(self.cases) + len(self.complaints), self.overdue()
        text = self.tr("My open cases and complaints: {n}").format(n=n)
        if late:
            text += " — " + self.tr("{n} overdue").format(n=late)
        self.button.setText(text)
        self.button.setStyleSheet(LATE_CSS if late else CSS)
        self.list.clear()
        if self.error:
            self.list.addItem(self.error)
        for c in self.cases:
            self._add(self.tr("Case {number}: {kind}, {status}, due {due}").format(
                number=c["number"], kind=self._service(c["service"]),
                status=case_status(c["status"]), due=due_text(c["due"], c.get("overdue"))),
                bool(c.get("overdue")))
        for k in self.complaints:
            self._add(self.tr("Complaint {number}: {source}, due {due}").format(
                number=k["number"], source=complaint_source(k["source"]),
                due=due_text(k["due"], k.get("overdue"))), bool(k.get("overdue")))
        if n == 0 and not self.error:
            self.list.addItem(self.tr("Nothing open: every case and complaint of yours is "
                                      "closed."))

    def _add(self, text: str, overdue: bool) -> None:
        item = QListWidgetItem(text)
        if overdue:
            item.setForeground(LATE)
        self.list.addItem(item)

    def _service(self, prefix: str) -> str:
        names = (self.client.service(prefix) or {}).get("names") or {}
        return name_in(names, self.lang, prefix)
