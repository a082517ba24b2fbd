"""The supervisor's "Notices" page: every notice to the hall (in force, coming, over,
withdrawn); a new one with its start, end and text per language; withdrawing one."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.base import Retranslating
from ui.client import HallClient
from ui.errors import error_text
from ui.supervisor.setup_parts import cell, read_only_table
from ui.text import PlainLabel

LANGS = ("vi", "zh_CN", "zh_TW", "en")
MAX_TEXT = 240  # the hall's own limit per language (hallq.hall.notices.MAX_TEXT)
FORM = "dd/MM/yyyy HH:mm"
EVENTS = ("notice_posted", "notice_withdrawn")


class NoticesPage(Retranslating, QWidget):
    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.lang = lang
        self.rows: list[dict[str, Any]] = []
        self.table = read_only_table(5)
        self.withdraw = QPushButton()
        self.box = QGroupBox()
        self.starts, self.ends = QDateTimeEdit(), QDateTimeEdit()
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat(FORM)
            edit.setCalendarPopup(True)
        self.texts = {lang_: QLineEdit() for lang_ in LANGS}
        for edit in self.texts.values():
            edit.setMaxLength(MAX_TEXT)
        self.post = QPushButton()
        self.post.setObjectName("primary")
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.form = QFormLayout()
        for widget in (self.starts, self.ends, *self.texts.values()):
            self.form.addRow(PlainLabel(), widget)
        inner = QVBoxLayout(self.box)
        inner.addLayout(self.form)
        inner.addWidget(self.post)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.withdraw)
        layout.addLayout(row)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        self.post.clicked.connect(self.on_post)
        self.withdraw.clicked.connect(self.on_withdraw)
        self.table.itemSelectionChanged.connect(self._selection)
        client.eventReceived.connect(self._on_event)
        self.retranslate_ui()
        self.clear_form()
        self._selection()

    def title(self) -> str:
        return self.tr("Notices")

    def retranslate_ui(self) -> None:
        labels = [self.tr("Shown from"), self.tr("Shown until"),
                  self.tr("Notice in Vietnamese"), self.tr("Notice in Simplified Chinese"),
                  self.tr("Notice in Traditional Chinese"), self.tr("Notice in English")]
        for i, text in enumerate(labels):
            label = self.form.itemAt(i, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)  # type: ignore[union-attr]
        self.box.setTitle(self.tr("New notice to the hall (displays, ticket and case pages)"))
        for edit in self.texts.values():
            edit.setPlaceholderText(self.tr("Left empty: shown in the hall's first language"))
        self.post.setText(self.tr("Post notice"))
        self.withdraw.setText(self.tr("Withdraw selected notice"))
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("Until"),
                                              self.tr("State"), self.tr("Notice"),
                                              self.tr("Posted by")])
        self._fill()

    # ------------------------------------------------------------ the hall's time
    def _zone(self) -> ZoneInfo:
        try:
            return ZoneInfo((self.client.snapshot.get("hall") or {}).get("timezone") or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo("UTC")

    def _local(self, iso: str | None) -> str:
        if not iso:
            return ""
        return datetime.fromisoformat(iso).astimezone(self._zone()).strftime("%d/%m/%Y %H:%M")

    def clear_form(self) -> None:
        """From now (the hall's time, to the minute) until the same time tomorrow."""
        now = datetime.now(self._zone())
        for edit, at in ((self.starts, now), (self.ends, now + timedelta(days=1))):
            # Field by field: a Python datetime given to Qt would be moved to another zone.
            edit.setDateTime(QDateTime(QDate(at.year, at.month, at.day),
                                       QTime(at.hour, at.minute)))
        for edit in self.texts.values():
            edit.clear()

    # ------------------------------------------------------------ reading
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not any(e.text() for e in self.texts.values()):
            self.clear_form()  # nothing typed yet: from now, on the hall's clock
        self.refresh()

    def _on_event(self, ev: dict) -> None:
        if ev.get("type") in EVENTS and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.client.staff_session:
            self.client.notices(self._listed)

    def _listed(self, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            self.status.setText(error_text(data))
            return
        self.rows = list(data.get("notices") or [])
        self._fill()

    def _state(self, n: dict[str, Any]) -> str:
        if n.get("withdrawn_at"):
            return self.tr("Withdrawn")
        if n.get("in_force"):
            return self.tr("In force")
        now = datetime.now(self._zone())
        return self.tr("Coming") if datetime.fromisoformat(n["starts_at"]) > now \
            else self.tr("Over")

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, n in enumerate(self.rows):
            given = n.get("given") or {}
            text = given.get(self.lang) or (n.get("text") or {}).get(self.lang, "")
            for c, value in enumerate((self._local(n["starts_at"]), self._local(n["ends_at"]),
                                       self._state(n), text, n.get("by", ""))):
                self.table.setItem(r, c, cell(value))
        self._selection()

    def _selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selection(self) -> None:
        n = self._selected()
        self.withdraw.setEnabled(n is not None and not n.get("withdrawn_at"))

    # ------------------------------------------------------------ changes
    def on_post(self) -> None:
        text = {k: e.text().strip() for k, e in self.texts.items() if e.text().strip()}
        start = self.starts.dateTime().toString("yyyy-MM-ddTHH:mm:00")
        end = self.ends.dateTime().toString("yyyy-MM-ddTHH:mm:00")
        self.post.setEnabled(False)
        self.client.post_notice(text, start, end, self._posted)

    def _posted(self, ok: bool, data: dict[str, Any]) -> None:
        self.post.setEnabled(True)
        if not ok:
            self.status.setText(error_text(data))
            return
        self.status.setText(self.tr("Notice posted: shown from {start} until {end}.").format(
            start=self._local(data["notice"]["starts_at"]),
            end=self._local(data["notice"]["ends_at"])))
        self.clear_form()
        self.refresh()

    def on_withdraw(self) -> None:
        n = self._selected()
        if n is None:
            return
        self.withdraw.setEnabled(False)
        self.client.withdraw_notice(int(n["id"]), self._withdrawn)

    def _withdrawn(self, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            self.status.setText(error_text(data))
            self._selection()
            return
        self.status.setText(self.tr("Notice withdrawn: it is shown nowhere from now on."))
        self.refresh()
