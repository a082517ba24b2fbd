"""A plain window listing the hub's live events: the demo's view of what happens."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from ui.base import RoleWindow
from ui.client import HallClient
from ui.text import PlainLabel


class EventLogWindow(RoleWindow, QWidget):
    def __init__(self, client: HallClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        layout = QVBoxLayout(self)
        self.status = PlainLabel()
        self.list = QListWidget()
        layout.addWidget(self.status)
        layout.addWidget(self.list)
        self._connect_signals()
        self.retranslate_ui()
        self.resize(520, 400)

    def _connect_signals(self) -> None:
        self.client.connectedChanged.connect(self.on_connected)
        self.client.eventReceived.connect(self.on_event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("hallq — hub events"))
        self.on_connected(self.client.connected)

    def on_connected(self, ok: bool) -> None:
        self.status.setText(self.tr("Connected to the hub") if ok else
                            self.tr("Not connected to the hub"))

    def on_event(self, ev: dict) -> None:
        data = ev.get("data") or {}
        number = (data.get("ticket") or {}).get("number", "")
        counter = "" if ev.get("counter") is None else f"#{ev['counter']}"
        self.list.insertItem(0, f"{ev['seq']:>6}  {ev['ts'][11:19]}  {ev['type']:<20} "
                                f"{number} {counter}")
        while self.list.count() > 500:
            self.list.takeItem(self.list.count() - 1)
