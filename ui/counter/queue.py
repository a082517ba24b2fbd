"""The counter's queue list: waiting tickets in call order, as a Qt table model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hallq.domain import Ticket
from ui.counter.logic import clock_text

Index = QModelIndex | QPersistentModelIndex
OVERDUE_BG = QColor("#fde2e1")
OVERDUE_FG = QColor("#a11d1d")


class QueueModel(QAbstractTableModel):
    """Rows are hallq Tickets in the order the hub would call them; waited times tick."""

    COLUMNS = 5  # position, number, service, priority, waited

    def __init__(self, service_name: Callable[[str], str],
                 priority_name: Callable[[str], str], parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Ticket] = []
        self.overdue: set[int] = set()
        self.now: datetime | None = None
        self.service_name = service_name
        self.priority_name = priority_name
        self.headers: list[str] = [""] * self.COLUMNS

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def set_rows(self, rows: list[Ticket], overdue: set[int], now: datetime) -> None:
        if [t.id for t in rows] == [t.id for t in self.rows] and overdue == self.overdue:
            self.tick(now)  # same queue: only the times moved, keep the selection still
            return
        self.beginResetModel()
        self.rows, self.overdue, self.now = rows, overdue, now
        self.endResetModel()

    def tick(self, now: datetime) -> None:
        self.now = now
        if self.rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self.rows) - 1, 4),
                                  [Qt.ItemDataRole.DisplayRole])

    def ticket_at(self, row: int) -> Ticket | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, ticket_id: int) -> int:
        return next((i for i, t in enumerate(self.rows) if t.id == ticket_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self.ticket_at(index.row())
        if t is None:
            return None
        col = index.column()
        late = t.id in self.overdue
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(index.row() + 1)
            if col == 1:
                return t.number
            if col == 2:
                return self.service_name(t.service)
            if col == 3:
                return self.priority_name(t.priority.value)
            if col == 4 and self.now is not None:
                return clock_text((self.now - t.arrival).total_seconds())
        if role == Qt.ItemDataRole.BackgroundRole and late:
            return QBrush(OVERDUE_BG)
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QBrush(OVERDUE_FG)
        if role == Qt.ItemDataRole.FontRole and (late or col == 1):
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return t.id
        return None
