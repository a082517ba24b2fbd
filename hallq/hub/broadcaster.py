"""Fans the hall's committed events out to every open WebSocket, from any thread."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from hallq.hall.service import Hall

MAX_BACKLOG = 20000  # messages queued for one WebSocket before it is cut off
SUMMARY_EVERY_S = 0.25

# One message for one stream: {"events": [...], maybe "summary"}; None tells it to close.
Message = dict[str, Any] | None


class Broadcaster:
    """Fans committed events out to every open WebSocket, from any thread.

    Events go out at once; the per-service summary (waiting, estimates) is recomputed at
    most every SUMMARY_EVERY_S, since under load it would cost more than the commands.
    """

    def __init__(self, hall: Hall):
        self.hall = hall
        self.queues: set[asyncio.Queue[Message]] = set()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.loop_thread: int | None = None
        self._summary_due = False
        hall.listeners.append(self.on_events)

    def attach(self) -> None:
        """Serve from the running event loop (the hub's lifespan calls this at start-up)."""
        self.loop = asyncio.get_running_loop()
        self.loop_thread = threading.get_ident()

    def subscribe(self) -> asyncio.Queue[Message]:
        """A queue that receives every message from now on (one per open stream)."""
        q: asyncio.Queue[Message] = asyncio.Queue()
        self.queues.add(q)
        return q

    def unsubscribe(self, q: asyncio.Queue[Message]) -> None:
        self.queues.discard(q)

    def on_events(self, events: list[dict[str, Any]]) -> None:
        if not self.queues or self.loop is None:
            return
        if threading.get_ident() == self.loop_thread:
            self._fan_out({"events": events})
        else:
            self.loop.call_soon_threadsafe(self._fan_out, {"events": events})

    def _send_summary(self) -> None:
        self._summary_due = False
        if self.queues:
            self._fan_out({"events": [], "summary": self.hall.summary()}, summary=False)

    def close_all(self) -> None:
        """Tell every open stream to close (the hub is stopping); clients will resume."""
        for q in list(self.queues):
            q.put_nowait(None)
        self.queues.clear()

    def _fan_out(self, msg: dict[str, Any], summary: bool = True) -> None:
        for q in list(self.queues):
            if q.qsize() > MAX_BACKLOG:  # a stuck client: cut it off; it resumes from its seq
                self.queues.discard(q)
                q.put_nowait(None)
            else:
                q.put_nowait(msg)
        if summary and not self._summary_due and self.loop is not None:
            self._summary_due = True
            self.loop.call_later(SUMMARY_EVERY_S, self._send_summary)
