"""HallClient: the one object every window talks to the hub through (REST + WebSocket)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QTimer, QUrl, Signal
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWebSockets import QWebSocket

Callback = Callable[[bool, dict], None]

BACKOFF_S = (0.25, 0.5, 1.0, 2.0, 3.0)
REQUEST_TIMEOUT_MS = 5000
PING_EVERY_MS = 2000
PONG_DEADLINE_MS = 6000


class HallClient(QObject):
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
        self._running = False
        # Replies still in flight must not call back into a client that is going away.
        for reply in list(self._replies):
            reply.finished.disconnect()
            reply.abort()
            reply.deleteLater()
        self._replies.clear()
        self._retry.stop()
        self._ping.stop()
        self._pong_deadline.stop()
        self._ws.abort()
        self._set_connected(False)

    def _connect(self) -> None:
        if not self._running:
            return
        self._get_json("/api/state", self._on_snapshot)

    def _on_snapshot(self, ok: bool, data: dict) -> None:
        if not self._running:
            return
        if not ok:
            self._schedule_retry()
            return
        self._apply_snapshot(data)
        since = self.last_seq if self.last_seq else self.snapshot_seq
        url = self.hub_url.replace("http", "ws", 1) + f"/ws?token={self.token}&since={since}"
        self._ws.open(QUrl(url))

    def _apply_snapshot(self, snap: dict) -> None:
        self.snapshot = snap
        self.snapshot_seq = snap["seq"]
        self.tickets = {t["id"]: t for t in snap["tickets"]}
        self.counters = {c["number"]: c for c in snap["counters"]}
        self.summary = snap["summary"]
        self.ratings = {int(k): v for k, v in snap.get("ratings", {}).items()}
        self.stateReset.emit(snap)
        self.summaryChanged.emit(self.summary)

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
        try:
            msg = json.loads(text)
        except ValueError:
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

    def _apply_event(self, ev: dict) -> None:
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
            self._get_json("/api/state", lambda ok, snap: ok and self._apply_snapshot(snap))
        if ev["type"] == "ticket_cancelled" and data.get("reason") == "day_end":
            self.tickets.pop(ev["ticket_id"], None)

    # ------------------------------------------------------------------ commands
    def request(self, method: str, path: str, body: dict | None = None,
                callback: Callback | None = None, require_connection: bool = True) -> None:
        """Send a command; callback(ok, data). While the hub is away it fails at once."""
        callback = callback or (lambda ok, data: None)
        if require_connection and not self.connected:
            QTimer.singleShot(0, lambda: callback(False, {
                "code": "hub_unreachable", "message": "The hub cannot be reached."}))
            return
        req = QNetworkRequest(QUrl(self.hub_url + path))
        req.setTransferTimeout(REQUEST_TIMEOUT_MS)
        req.setRawHeader(b"Authorization", f"Bearer {self.token}".encode())
        if self.staff_session:
            req.setRawHeader(b"X-Staff-Session", self.staff_session.encode())
        payload = QByteArray(json.dumps(body or {}).encode()) if method != "GET" else None
        if payload is not None:
            req.setHeader(QNetworkRequest.KnownHeaders.ContentTypeHeader, "application/json")
        reply = self._nam.sendCustomRequest(req, method.encode(), payload) \
            if payload is not None else self._nam.get(req)
        self._replies.add(reply)
        reply.finished.connect(lambda: self._on_reply(reply, callback))

    def _get_json(self, path: str, callback: Callback) -> None:
        self.request("GET", path, None, callback, require_connection=False)

    def _on_reply(self, reply: QNetworkReply, callback: Callback) -> None:
        self._replies.discard(reply)
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        raw = bytes(reply.readAll().data())
        err = reply.error()
        reply.deleteLater()
        if status is None or (err != QNetworkReply.NetworkError.NoError and not raw):
            callback(False, {"code": "hub_unreachable", "message": reply.errorString()})
            if self._ws_open:
                self._ws.ping(QByteArray(b"check"))  # find out quickly if the hub is gone
            return
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            callback(False, {"code": "bad_reply", "message": "The hub sent a bad reply."})
            return
        if 200 <= int(status) < 300:
            callback(True, data)
        else:
            callback(False, data.get("error") or {"code": "http_error",
                                                  "message": f"HTTP {status}"})

    # ------------------------------------------------------------------ convenience
    def issue(self, service: str, priority: str = "", customer_code: str = "",
              language: str = "vi", callback: Callback | None = None) -> None:
        self.request("POST", "/api/tickets", {"service": service, "priority": priority,
                                              "customer_code": customer_code,
                                              "language": language}, callback)

    def login(self, code: str, pin: str, counter: int | None,
              callback: Callback | None = None) -> None:
        def done(ok: bool, data: dict) -> None:
            if ok:
                self.staff_session = data["session"]
            (callback or (lambda *_: None))(ok, data)
        self.request("POST", "/api/staff/login", {"code": code, "pin": pin,
                                                  "counter": counter}, done)

    def logout(self, callback: Callback | None = None) -> None:
        def done(ok: bool, data: dict) -> None:
            if ok:
                self.staff_session = None
            (callback or (lambda *_: None))(ok, data)
        self.request("POST", "/api/staff/logout", {}, done)

    def counter_action(self, counter: int, action: str, body: dict | None = None,
                       callback: Callback | None = None) -> None:
        """action: call-next, recall, start, finish, no-show, transfer, pause, resume,
        close, call."""
        self.request("POST", f"/api/counters/{counter}/{action}", body or {}, callback)

    def rate(self, ticket_id: int, choice: str | None, reasons: list[str] | None = None,
             callback: Callback | None = None) -> None:
        self.request("POST", "/api/ratings", {"ticket_id": ticket_id, "choice": choice,
                                              "reasons": reasons or []}, callback)

    # ------------------------------------------------------------------ reading the model
    def waiting(self) -> list[dict]:
        return [t for t in self.tickets.values() if t["state"] == "waiting"]

    def service(self, prefix: str) -> dict | None:
        return next((s for s in self.snapshot.get("services", []) if s["prefix"] == prefix),
                    None)
