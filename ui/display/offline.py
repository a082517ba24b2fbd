"""The displays' offline badge: "Reconnecting…", or why the hub refuses this device."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWidgets import QLabel

from ui.client import HallClient
from ui.errors import error_text

PROBE_MS = 3000
FIRST_CHECK_MS = 1500
_REFUSED = {401: "unauthorized", 403: "forbidden"}


class OfflineBadge(QObject):
    """Shows ``label`` while the client is not connected.

    HallClient just retries when the hub answers 401, so while disconnected this asks the
    hub itself every few seconds: a revoked or mistyped token then reads "This device is
    not paired with the hall server." instead of reconnecting forever in silence. Its own
    QNetworkAccessManager is a child of the badge, so no reply outlives the window.
    """

    def __init__(self, client: HallClient, label: QLabel, parent: QObject | None = None):
        super().__init__(parent)
        self.client = client
        self.label = label
        self.error: dict | None = None
        self._nam = QNetworkAccessManager(self)
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
        req = QNetworkRequest(QUrl(self.client.hub_url + "/api/state"))
        req.setTransferTimeout(PROBE_MS)
        req.setRawHeader(b"Authorization", f"Bearer {self.client.token}".encode())
        reply = self._nam.get(req)
        reply.finished.connect(lambda: self._on_reply(reply))

    def _on_reply(self, reply: QNetworkReply) -> None:
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        reply.deleteLater()
        code = _REFUSED.get(int(status)) if status is not None else None
        self.error = {"code": code} if code else None
        if not self.client.connected:
            self.retranslate()
