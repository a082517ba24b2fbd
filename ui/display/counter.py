"""The small display above one counter: its number now, or closed / on break, and the clerk."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLayout, QVBoxLayout, QWidget

from hallq.settings import Settings
from ui.base import Retranslating, RoleWindow
from ui.client import HallClient
from ui.display import style as st
from ui.display.model import CALL_EVENTS, counter_now
from ui.display.offline import OfflineBadge


class CounterDisplay(Retranslating, RoleWindow, QWidget):
    """Follows counter N: redrawn from the client's model on every event and stateReset."""

    shown = Signal(str)  # the big text after it has changed

    def __init__(self, client: HallClient, settings: Settings, counter: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.counter = counter
        self.highlight_ms = settings.display.highlight_s * 1000
        self.fonts = st.ScaledFonts()
        self.highlighted = False
        self._highlight_timer = QTimer(self, singleShot=True)
        self._highlight_timer.timeout.connect(lambda: self._set_highlight(False))
        self._build()
        self.client.stateReset.connect(lambda _snap: self.refresh())
        self.client.eventReceived.connect(self.on_event)
        self.retranslate_ui()
        self.resize(1920, 1080)

    def _build(self) -> None:
        f = self.fonts
        layout = st.root_layout(self, (48, 36, 48, 48), 20)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the screen's size
        self.title = f.add(st.label(accent=True), 150, bold=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.panel = QFrame(objectName="latest")
        self.panel.setStyleSheet(st.panel_style(False))
        pl = QVBoxLayout(self.panel)
        pl.setContentsMargins(30, 20, 30, 30)
        self.caption = f.add(st.label(), 56, bold=True)
        self.number = f.add(st.label("—", fit=True), 380, bold=True)
        for w in (self.caption, self.number):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pl.addWidget(w)
        pl.setStretch(1, 1)
        layout.addWidget(self.panel, 1)
        self.staff = f.add(st.label(), 80, bold=True)
        self.staff.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.staff)
        self.offline_badge = OfflineBadge(self.client, f, self)
        self.offline = self.offline_badge.label
        self.offline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.offline, 0, Qt.AlignmentFlag.AlignHCenter)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("hallq — counter %1 display").replace("%1",
                                                                            str(self.counter)))
        self.title.setText(self.tr("Counter %1").replace("%1", str(self.counter)))
        self.offline_badge.retranslate()
        self.refresh()

    def resizeEvent(self, event) -> None:
        if self.height() > self.width():  # portrait: "A002" at 380 px needs ~1400 px
            self.fonts.resize(self, design_width=1400, design_height=1920)
        else:
            self.fonts.resize(self)
        super().resizeEvent(event)

    def on_event(self, ev: dict) -> None:
        if ev.get("counter") != self.counter and ev.get("type") != "config_changed":
            return
        self.refresh()
        if ev.get("type") in CALL_EVENTS and not ev.get("replay"):
            self._set_highlight(True)
            self._highlight_timer.start(self.highlight_ms)

    def refresh(self) -> None:
        now = counter_now(self.client.snapshot, self.client.counters, self.client.tickets,
                          self.counter)
        if now.state == "closed":
            caption, big = "", self.tr("Closed")
        elif now.state == "paused":
            caption, big = "", self.tr("On break")
        elif now.number and now.serving:
            caption, big = self.tr("Now serving"), now.number
        elif now.number:  # called, not yet at the counter: the customer is being asked in
            caption, big = self.tr("Now calling"), now.number
        else:
            caption, big = self.tr("Please wait to be called"), "—"
        self.caption.setText(caption)
        # A word ("Closed") is shown smaller than a number, so it fits the same panel.
        self.fonts.add(self.number, 380 if now.number and now.state == "open" else 200,
                       bold=True)
        self.number.setText(big)
        self.staff.setText(now.staff_name)
        if self.highlighted and not (now.number and now.state == "open"):
            self._highlight_timer.stop()  # the amber belongs to a call, not to "On break"
            self._set_highlight(False)
        self.shown.emit(big)

    def _set_highlight(self, on: bool) -> None:
        self.highlighted = on
        self.panel.setStyleSheet(st.panel_style(on))
