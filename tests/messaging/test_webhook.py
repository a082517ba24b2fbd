"""Messages by webhook: the body template filled (JSON-escaped), the bearer token and the
Idempotency-Key sent, a refusal retried, a message caught mid-send sent again with its key."""

from __future__ import annotations

import dataclasses
import json
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import make_hall

from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall
from hallq.messaging.sender import Sender
from hallq.store.database import Store

VN = ZoneInfo("Asia/Ho_Chi_Minh")
T7 = datetime(2026, 12, 7, 7, 0, tzinfo=VN)


class Receiver(ThreadingHTTPServer):
    """Keeps every request; answers the next `fail` of them 503."""

    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, str], dict]] = []
        self.fail = 0
        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/send"


class Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 - the http.server protocol's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        server: Receiver = self.server  # type: ignore[assignment]
        server.requests.append((dict(self.headers), json.loads(body)))
        status = 503 if server.fail > 0 else 200
        server.fail -= 1
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def receiver() -> Receiver:
    r = Receiver()
    yield r
    r.shutdown()
    r.server_close()  # its listening socket, not left to the garbage collector


@pytest.fixture
def hook_hall(tmp_path: Path, receiver: Receiver) -> Hall:
    h = make_hall(tmp_path / "hall.db")
    h.clock = FixedClock(T7)
    h.set_messaging({"channel": "webhook", "webhook_url": receiver.url,
                     "webhook_token": "tok-1",
                     "webhook_body": '{"phone": "$phone", "msg": "$text", "id": $id}'})
    yield h
    h.store.close()


def test_the_body_template_is_filled_and_escaped(hook_hall: Hall, receiver: Receiver) -> None:
    hook_hall.info = dataclasses.replace(hook_hall.info, name='Hall "Q3"\n')
    hook_hall.send_test_message("0901234567", "en")
    sender = Sender(hook_hall)
    try:
        assert sender.step() == 1
    finally:
        sender.stop()
    headers, body = receiver.requests[0]
    assert body == {"phone": "0901234567", "msg": 'A test message from Hall "Q3"\n.',
                    "id": 1}
    assert headers["Authorization"] == "Bearer tok-1"
    assert headers["Idempotency-Key"] == "hallq-1"
    assert hook_hall.m.Outbox.get().state == "sent"


def test_a_refusal_is_retried_and_a_crash_resends_with_the_same_key(
        hook_hall: Hall, receiver: Receiver, tmp_path: Path) -> None:
    receiver.fail = 1
    hook_hall.send_test_message("0901234567", "vi")
    sender = Sender(hook_hall)
    try:
        sender.step()
        row = hook_hall.m.Outbox.get()
        assert (row.state, row.attempts) == ("pending", 1) and "503" in row.error
    finally:
        sender.stop()
    hook_hall.clock.advance(minutes=1)
    assert hook_hall.claim_message(row.id, "webhook")  # claimed, then the hub dies
    hook_hall.store.close()
    again = Hall(Store(tmp_path / "hall.db"), FixedClock(T7.replace(minute=2)))
    sender = Sender(again)
    try:
        assert sender.step() == 1
    finally:
        sender.stop()
    keys = [h["Idempotency-Key"] for h, _ in receiver.requests]
    assert keys == ["hallq-1", "hallq-1"]  # the refused try, then the one after the crash
    assert again.m.Outbox.get().state == "sent"
    again.store.close()


def test_secrets_are_written_never_read_back(hook_hall: Hall) -> None:
    shown = hook_hall.messaging_public()
    assert shown["webhook_token"] is True and shown["smpp_password"] is False
    _, events = hook_hall.set_messaging({"webhook_token": True, "retention_days": 3})
    assert hook_hall.messaging().webhook_token == "tok-1"  # "set" flag kept the secret
    _, events = hook_hall.set_messaging({"webhook_token": "tok-2"})
    assert events[0]["data"]["changes"] == {"webhook_token": ["***", "***"]}
    assert "tok-2" not in json.dumps(events)
