"""HallClient: the one object every window talks to the hub through (REST + WebSocket).

Windows call one typed method per hub route with a callback; no window builds a URL or reads
a raw reply. A command's callback gets `(ok, data)`: the hub's reply object when `ok`, else
an error object {"code", "message"} whose code `ui.errors.error_text` translates.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QTimer, QUrl, Signal
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWebSockets import QWebSocket

from hallq import wire
from ui.client_aftercare import AftercareCommands
from ui.client_commands import (
    UNREACHABLE,
    Callback,
    HubCommands,
    RawCallback,
    Reply,
    _ignore,
)

BACKOFF_S = (0.25, 0.5, 1.0, 2.0, 3.0)
REQUEST_TIMEOUT_MS = 5000
PING_EVERY_MS = 2000
PONG_DEADLINE_MS = 6000


class HallClient(AftercareCommands, HubCommands, QObject):
    """Commands via QNetworkAccessManager, events via QWebSocket, all on the Qt event loop.

    Keeps a model of the hall (tickets, counters, summary) from a snapshot plus the events
    that follow it; reconnects with back-off and resumes from the last sequence it saw.
    """

    connectedChanged = Signal(bool)
    stateReset = Signal(dict)  # a fresh snapshot: redraw everything
    eventReceived = Signal(dict)  # one event, in sequence order, each once
    summaryChanged = Signal(dict)  # per service: waiting, longest wait, estimate

    def __init__(self, hub_url: str, token: str, parent: QObject | None = None):
        super().__init__(parent)
        self.hub_url = hub_url.rstrip("/")
        self.token = token
        self.staff_session: str | None = None
        self.connected = False
        self.last_seq = 0
        self.snapshot_seq = 0
        self.snapshot: dict[str, Any] = {}
        self.tickets: dict[int, dict] = {}
        self.counters: dict[int, dict] = {}
        self.summary: dict[str, dict] = {}
        self.ratings: dict[int, dict] = {}
        self._running = False
        self._attempt = 0
        self._nam = QNetworkAccessManager(self)
        self._ws = QWebSocket(parent=self)
        self._ws.connected.connect(self._on_ws_connected)
        self._ws.disconnected.connect(self._on_ws_disconnected)
        self._ws.textMessageReceived.connect(self._on_ws_message)
        self._ws.pong.connect(self._on_pong)
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self._connect)
        self._ping = QTimer(self, interval=PING_EVERY_MS)
        self._ping.timeout.connect(self._send_ping)
        self._pong_deadline = QTimer(self, singleShot=True, interval=PONG_DEADLINE_MS)
        self._pong_deadline.timeout.connect(self._ws.abort)
        self._ws_open = False
        self._replies: set[QNetworkReply] = set()  # in flight: aborted by stop()

    # ------------------------------------------------------------------ connection
    def start(self) -> None:
        self._running = True
        self._connect()

    def stop(self) -> None:
        """Idempotent: every window calls it when it closes."""
        self._running = False
        # Replies still in flight must not call back into a client that is going away.
        for reply in list(self._replies):
            reply.finished.disconnect()
            reply.abort()
            reply.deleteLater()
        self._replies.clear()
        # A network manager keeps a Qt thread alive for as long as it lives: a closed
        # window's client must not leave it behind. Swapped before the socket is aborted,
        # whose handlers may send again: their replies belong to the fresh manager, never
        # to the one being deleted (with its children) under them.
        self._nam.deleteLater()
        self._nam = QNetworkAccessManager(self)
        self._retry.stop()
        self._ping.stop()
        self._pong_deadline.stop()
        self._ws.abort()
        self._set_connected(False)

    @property
    def running(self) -> bool:
        """Between start() and stop()."""
        return self._running

    def _connect(self) -> None:
        if not self._running:
            return
        self._request("GET", "/api/state", None, self._on_snapshot, require_connection=False)

    def _on_snapshot(self, ok: bool, data: Reply) -> None:
        if not self._running:
            return
        if not ok:
            self._schedule_retry()
            return
        self._apply_snapshot(data)
        since = self.last_seq if self.last_seq else self.snapshot_seq
        url = self.hub_url.replace("http", "ws", 1) + f"/ws?token={self.token}&since={since}"
        self._ws.open(QUrl(url))

    def _apply_snapshot(self, snap: Reply) -> None:
        self.snapshot = snap
        self.snapshot_seq = snap["seq"]
        self.tickets = {t["id"]: t for t in snap["tickets"]}
        self.counters = {c["number"]: c for c in snap["counters"]}
        self.summary = snap["summary"]
        self.ratings = {int(k): v for k, v in snap.get("ratings", {}).items()}
        self.stateReset.emit(snap)
        self.summaryChanged.emit(self.summary)

    def _on_config_snapshot(self, ok: bool, snap: Reply) -> None:
        if ok:
            self._apply_snapshot(snap)

    def _on_ws_connected(self) -> None:
        self._ws_open = True
        self._attempt = 0
        self._ping.start()
        self._set_connected(True)

    def _on_ws_disconnected(self) -> None:
        self._ws_open = False
        self._ping.stop()
        self._pong_deadline.stop()
        self._set_connected(False)
        self._schedule_retry()

    def _schedule_retry(self) -> None:
        if not self._running or self._retry.isActive():
            return
        delay = BACKOFF_S[min(self._attempt, len(BACKOFF_S) - 1)]
        self._attempt += 1
        self._retry.start(int(delay * 1000))

    def _send_ping(self) -> None:
        if not self._pong_deadline.isActive():
            self._pong_deadline.start()
        self._ws.ping(QByteArray(b"hallq"))

    def _on_pong(self, *_: Any) -> None:
        self._pong_deadline.stop()

    def _set_connected(self, value: bool) -> None:
        if value != self.connected:
            self.connected = value
            self.connectedChanged.emit(value)

    # ------------------------------------------------------------------ events
    def _on_ws_message(self, text: str) -> None:
        msg = wire.stream_message(text)
        if msg is None:
            return
        for ev in msg.get("events", []):
            if ev["seq"] <= self.last_seq:
                continue
            self.last_seq = ev["seq"]
            if ev["seq"] > self.snapshot_seq:  # older events are already in the snapshot
                self._apply_event(ev)
            ev["replay"] = bool(msg.get("replay")) or ev["seq"] <= self.snapshot_seq
            self.eventReceived.emit(ev)
        if msg.get("summary") is not None:
            self.summary = msg["summary"]
            self.summaryChanged.emit(self.summary)

    def _apply_event(self, ev: dict[str, Any]) -> None:
        data = ev.get("data") or {}
        if "ticket" in data:
            self.tickets[data["ticket"]["id"]] = data["ticket"]
        if "to_ticket" in data:  # a transfer: the new waiting leg
            self.tickets[data["to_ticket"]["id"]] = data["to_ticket"]
        if "status" in data and ev.get("counter") in self.counters:
            self.counters[ev["counter"]]["status"] = data["status"]
        if ev["type"] in ("ticket_rated", "ticket_not_rated"):
            self.ratings[ev["ticket_id"]] = {"choice": data.get("choice"),
                                             "score": data.get("score"),
                                             "rated": ev["type"] == "ticket_rated"}
        if ev["type"] == "config_changed":
            self._request("GET", "/api/state", None, self._on_config_snapshot,
                          require_connection=False)
        if ev["type"] == "ticket_cancelled" and data.get("reason") == "day_end":
            self.tickets.pop(ev["ticket_id"], None)

    # ------------------------------------------------------------------ transport
    def _command(self, method: str, path: str, model: type[wire.Body],
                 fields: dict[str, Any], callback: Callback | None) -> None:
        """Send a command whose body is declared in hallq.wire; a body the model refuses
        fails at once with the hub's own code, and nothing is sent."""
        try:
            body = wire.encode(model, fields)
        except wire.Malformed as exc:
            done, message = callback or _ignore, str(exc)
            QTimer.singleShot(0, lambda: done(False, {"code": "malformed", "message": message}))
            return
        self._request(method, path, body, callback)

    def _request(self, method: str, path: str, body: dict[str, Any] | None = None,
                 callback: Callback | None = None, require_connection: bool = True) -> None:
        """Send a command; callback(ok, data). While the hub is away it fails at once."""
        done = callback or _ignore
        if require_connection and not self.connected:
            QTimer.singleShot(0, lambda: done(False, {
                "code": UNREACHABLE, "message": "The hub cannot be reached."}))
            return

        def answered(status: int | None, raw: bytes, error: str) -> None:
            if status is None or (error and not raw):
                done(False, {"code": UNREACHABLE, "message": error})
                if self._ws_open:
                    self._ws.ping(QByteArray(b"check"))  # find out quickly if the hub is gone
                return
            done(*wire.reply_from(status, raw))

        self._send(method, path, body, answered, REQUEST_TIMEOUT_MS)

    def _send(self, method: str, path: str, body: dict[str, Any] | None,
              answered: RawCallback, timeout_ms: int, staff: bool = True) -> None:
        """One HTTP request with this device's token (and the staff session, if any);
        answered(status, body, error text) with status None when nothing answered."""
        req = QNetworkRequest(QUrl(self.hub_url + path))
        req.setTransferTimeout(timeout_ms)
        # One connection per request, closed by the hub after its reply. A connection kept
        # alive would sit idle in Qt's pool (for up to 2 minutes) while the hub drops idle
        # ones after 5 s: a request sent just as the hub closes is lost ("Connection
        # closed"), and Qt does not resend a POST. With no idle connection there is no
        # such moment; a command is sent once and answered once.
        req.setRawHeader(b"Connection", b"close")
        req.setRawHeader(b"Authorization", f"Bearer {self.token}".encode())
        if staff and self.staff_session:
            req.setRawHeader(b"X-Staff-Session", self.staff_session.encode())
        if method == "GET":
            reply = self._nam.get(req)
        else:
            req.setHeader(QNetworkRequest.KnownHeaders.ContentTypeHeader, "application/json")
            payload = QByteArray(json.dumps(body or {}).encode())
            reply = self._nam.sendCustomRequest(req, method.encode(), payload)
        self._replies.add(reply)
        reply.finished.connect(lambda: self._on_reply(reply, answered))

    def _on_reply(self, reply: QNetworkReply, answered: RawCallback) -> None:
        self._replies.discard(reply)
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        raw = bytes(reply.readAll().data())
        failed = reply.error() != QNetworkReply.NetworkError.NoError
        error = reply.errorString() if failed or status is None else ""
        reply.deleteLater()
        answered(None if status is None else int(status), raw, error)

    # ------------------------------------------------------------------ commands of its own
    def escalated_complaints(self, callback: Callback) -> None:
        """{complaints: [...]}: the open ones moved up to the supervisor or head office
        (overdue), whatever day that happened; the supervisor's alerts list them."""
        self._request("GET", "/api/complaints?open=true&escalated=true", None, callback)

    # ------------------------------------------------------------------ reading the model
    def waiting(self) -> list[dict]:
        return [t for t in self.tickets.values() if t["state"] == "waiting"]

    def service(self, prefix: str) -> dict | None:
        return next((s for s in self.snapshot.get("services", []) if s["prefix"] == prefix),
                    None)
