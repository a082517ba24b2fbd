"""The displays' offline badge: "Reconnecting…", or why the hub refuses this device."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from ui.client import HallClient
from ui.display import style as st
from ui.errors import error_text

PROBE_MS = 3000
FIRST_CHECK_MS = 1500


class OfflineBadge(QObject):
    """Its `label` (made here, hidden) shows while the client is not connected.

    HallClient just retries when the hub answers 401, so while disconnected this asks the
    hub every few seconds whether it refuses this device: a revoked or mistyped token then
    reads "This device is not paired with the hall server." instead of reconnecting forever
    in silence.
    """

    def __init__(self, client: HallClient, fonts: st.ScaledFonts, parent: QObject):
        super().__init__(parent)
        self.client = client
        self.label: QLabel = fonts.add(st.label(name="offline"), 30, bold=True)
        self.label.hide()
        self.error: dict | None = None
        self._probe = QTimer(self, interval=PROBE_MS)
        self._probe.timeout.connect(self._ask)
        client.connectedChanged.connect(self.update)
        # The first connection normally takes milliseconds: no badge flashes at start-up.
        self._first = QTimer(self, singleShot=True, interval=FIRST_CHECK_MS)
        self._first.timeout.connect(lambda: self.update(self.client.connected))
        self._first.start()

    def update(self, connected: bool) -> None:
        self.label.setVisible(not connected)
        if connected:
            self.error = None
            self._probe.stop()
        elif not self._probe.isActive():
            self._probe.start()
            self._ask()
        self.retranslate()

    def retranslate(self) -> None:
        if self.error is not None:
            self.label.setText(error_text(self.error))
        else:
            self.label.setText(self.tr("Reconnecting…"))

    def _ask(self) -> None:
        if self.client.connected:
            self._probe.stop()
            return
        self.client.check_device(self._on_answer)

    def _on_answer(self, refused: str | None) -> None:
        if not shiboken6.isValid(self.label):
            return  # the display went away while the hub was being asked
        self.error = {"code": refused} if refused else None
        if not self.client.connected:
            self.retranslate()
