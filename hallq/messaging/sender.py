"""The sender: a thread that works through the outbox, never inside a command.

Each message is claimed (state "sending", committed) before a byte goes out and settled
after; the hub's writer commits both, so a command never waits on an SMSC or a web server.
On start, messages caught mid-send by a crash are recovered (hallq.hall.messages). Every
minute it queues the appointment reminders that are due; every hour it erases the phone
numbers past their retention.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from hallq.hall.service import Hall
from hallq.messaging.smpp import SendFailed, SmppChannel
from hallq.messaging.webhook import WebhookChannel
from hallq.wire import MessagingSetup

log = logging.getLogger(__name__)

REMINDERS_EVERY = 60.0  # seconds
ERASE_EVERY = 3600.0


class Channel(Protocol):
    name: str
    resend_in_flight: bool

    def send(self, message_id: int, phone: str, text: str, language: str = "vi",
             kind: str = "") -> str: ...
    def poll(self) -> None: ...
    def close(self) -> None: ...


Write = Callable[..., Any]  # run a hall command through the hub's one writer


class Sender:
    """Delivers the outbox through the channel the hall's set-up names."""

    def __init__(self, hall: Hall, write: Write | None = None, interval: float = 1.0):
        self.hall = hall
        self.write: Write = write or (lambda fn, *a, **kw: fn(*a, **kw))
        self.interval = interval
        self.stopping = threading.Event()
        self.thread: threading.Thread | None = None
        self.channel: Channel | None = None
        self.setup: MessagingSetup | None = None
        self.recovered: set[str] = set()
        self._next_reminders = 0.0
        self._next_erase = 0.0

    def start(self) -> Sender:
        self.thread = threading.Thread(target=self._run, name="hallq-sender", daemon=True)
        self.thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self.stopping.set()
        if self.thread is not None:
            self.thread.join(timeout)
        self._close()

    def _close(self) -> None:
        if self.channel is not None:
            self.channel.close()
            self.channel = None

    def _channel(self) -> Channel | None:
        setup = self.hall.messaging()
        if setup != self.setup:  # changed in the supervisor window: reconnect
            self._close()
            self.setup = setup
            if setup.channel == "smpp":
                self.channel = SmppChannel(setup, self._receipt)
            elif setup.channel == "webhook":
                self.channel = WebhookChannel(setup)
        return self.channel

    def _receipt(self, provider_id: str, delivered: bool) -> None:
        self.write(self.hall.record_receipt, provider_id, delivered)

    def _run(self) -> None:
        while not self.stopping.is_set():
            try:
                self.step()
            except Exception:  # a fault here must not end the sender; the next step retries
                log.exception("message sender step failed")
            self.stopping.wait(self.interval)
        self._close()

    def step(self) -> int:
        """One round: housekeeping when due, then every due message. Returns how many sent."""
        now = time.monotonic()
        if now >= self._next_erase:
            self._next_erase = now + ERASE_EVERY
            self.write(self.hall.erase_personal_data)
        channel = self._channel()
        if channel is None:
            return 0
        if channel.name not in self.recovered:
            n = self.write(self.hall.recover_messages, channel.resend_in_flight)
            if n:
                log.warning("%d message(s) were being sent when the hub stopped: %s", n,
                            "sent again" if channel.resend_in_flight else "marked uncertain")
            self.recovered.add(channel.name)
        if now >= self._next_reminders:
            self._next_reminders = now + REMINDERS_EVERY
            self.write(self.hall.queue_reminders)
        sent = 0
        for row in self.hall.due_messages():
            if self.stopping.is_set():
                break
            if not self.write(self.hall.claim_message, row.id, channel.name):
                continue
            try:
                pid = channel.send(row.id, row.phone, row.text, row.language, row.kind)
            except SendFailed as exc:
                log.warning("message %d not sent: %s", row.id, exc)
                self.write(self.hall.settle_message, row.id, False, "", str(exc))
                continue
            self.write(self.hall.settle_message, row.id, True, pid)
            sent += 1
        channel.poll()
        return sent
