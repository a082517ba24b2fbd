"""Fans the hall's committed events out to every open WebSocket, in order, from any thread."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import orjson

from hallq.hall.service import Hall

log = logging.getLogger(__name__)

MAX_BACKLOG = 20000  # messages queued for one WebSocket before it is cut off
SUMMARY_EVERY_S = 0.25

# One message for every stream: {"events": [...], maybe "summary", "json": the message
# without "json", encoded once for all streams}; None tells a stream to close.
Message = dict[str, Any] | None


def encode(msg: dict[str, Any]) -> str:
    """A stream message as JSON text (orjson: the hub's hottest encoding)."""
    return orjson.dumps(msg, option=orjson.OPT_NON_STR_KEYS).decode()


class Broadcaster:
    """Fans committed events out to every open WebSocket, from any thread, in seq order.

    The hall publishes under its command lock, so events reach on_events in sequence order
    whatever thread wrote them (the writer, the sync, a set-up change). Every fan-out is
    handed to the event loop in that same order (call_soon_threadsafe keeps it), never run
    on the spot: a fan-out done at once on the loop's thread could overtake one still
    waiting in the loop's queue, and a stream that has seen a later seq drops the earlier.

    Events go out at once; the per-service summary (waiting, estimates) is recomputed at
    most every SUMMARY_EVERY_S, since under load it would cost more than the commands.
    """

    def __init__(self, hall: Hall):
        self.hall = hall
        self.queues: set[asyncio.Queue[Message]] = set()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._summary_due = False
        hall.listeners.append(self.on_events)

    def attach(self) -> None:
        """Serve from the running event loop (the hub's lifespan calls this at start-up)."""
        self.loop = asyncio.get_running_loop()

    def subscribe(self) -> asyncio.Queue[Message]:
        """A queue that receives every message from now on (one per open stream)."""
        q: asyncio.Queue[Message] = asyncio.Queue()
        self.queues.add(q)
        return q

    def unsubscribe(self, q: asyncio.Queue[Message]) -> None:
        self.queues.discard(q)

    def on_events(self, events: list[dict[str, Any]]) -> None:
        """The hall's listener: called on the thread that committed, under the hall's lock."""
        loop = self.loop
        if loop is None or loop.is_closed():
            return  # not serving yet (or any more): a stream reads the log when it opens
        try:
            loop.call_soon_threadsafe(self._fan_out, {"events": events})
        except RuntimeError:  # the loop closed in between: the hub has stopped
            pass

    def _send_summary(self) -> None:
        if not self.queues:
            self._summary_due = False
            return
        assert self.loop is not None
        # The summary takes the hall's lock, which the writer's thread holds during a
        # commit: compute it on a worker thread so the loop never waits for an fsync.
        task = self.loop.run_in_executor(None, self.hall.summary)
        task.add_done_callback(self._summary_ready)

    def _summary_ready(self, task: asyncio.Future[Any]) -> None:
        self._summary_due = False
        if task.cancelled():
            return
        if task.exception() is not None:
            log.error("the queue summary failed", exc_info=task.exception())
            return
        self._fan_out({"events": [], "summary": task.result()}, summary=False)

    def close_all(self) -> None:
        """Tell every open stream to close (the hub is stopping); clients will resume."""
        for q in list(self.queues):
            q.put_nowait(None)
        self.queues.clear()

    def _fan_out(self, msg: dict[str, Any], summary: bool = True) -> None:
        if not self.queues:
            return
        msg["json"] = encode(msg)  # once, not once per stream
        for q in list(self.queues):
            if q.qsize() > MAX_BACKLOG:  # a stuck client: cut it off; it resumes from its seq
                self.queues.discard(q)
                q.put_nowait(None)
            else:
                q.put_nowait(msg)
        if summary and msg["events"] and not self._summary_due and self.loop is not None:
            self._summary_due = True
            self.loop.call_later(SUMMARY_EVERY_S, self._send_summary)
