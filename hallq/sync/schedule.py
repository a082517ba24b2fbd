"""The hub's nightly sync: at settings sync.time (hall time), retried with back-off."""

from __future__ import annotations

import functools
import hashlib
import logging
import random
import threading
from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from hallq.sync import admission
from hallq.sync import push as sync

log = logging.getLogger(__name__)

T = TypeVar("T")
Write = Callable[..., Any]  # write(fn, *args, **kw): runs fn where the hall's writes run

# The Hall methods a sync writes with: recorded events, pulled set-up, its cached state,
# head office's appointments, and its changes to cases and complaints (hallq.sync.changes).
WRITES = frozenset({"record", "merge_meta", "update_hall", "upsert_service", "upsert_counter",
                    "upsert_staff", "book", "cancel_appointment", "reassign_case",
                    "close_complaint"})


def _direct(fn: Callable[..., T], *args: Any, **kw: Any) -> T:
    return fn(*args, **kw)


class ThroughWriter:
    """The hall as a sync sees it: reads go straight to the hall, its write methods (WRITES)
    are handed to `write` (in a hub: its writer, so the hub stays the one writer)."""

    def __init__(self, hall: Any, write: Write):
        self._hall = hall
        self._write = write

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._hall, name)
        if name in WRITES:
            return functools.partial(self._write, value)
        return value


def offset_minutes(code: str, window_minutes: int) -> int:
    """This hall's place in the night window: the first 8 bytes of SHA-256 of its code, as
    a number, modulo the window's minutes. Stable (the same code, the same minute, on any
    machine and release) and spread evenly over the window."""
    if window_minutes <= 1:
        return 0
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % window_minutes


def next_run(now: datetime, at: str, offset: int = 0) -> datetime:
    """The next `at` ("HH:MM", in now's timezone) plus `offset` minutes strictly after
    `now` (a window that starts late runs past midnight)."""
    hh, mm = (int(x) for x in at.split(":"))
    run = datetime.combine(now.date() - timedelta(days=1), time(hh, mm),
                           tzinfo=now.tzinfo) + timedelta(minutes=offset)
    while run <= now:
        run += timedelta(days=1)
    return run


def jittered(minutes: float, rng: random.Random) -> float:
    """A retry wait drawn between half and one and a half of `minutes`: halls that failed
    together do not all call back at the same second."""
    return minutes * (0.5 + rng.random())


class SyncScheduler:
    """Runs the hall's sync inside the hub process: pulled config goes through the hub's own
    Hall (one writer), the push reads a separate read-only connection."""

    def __init__(self, hall: Any, dsn: str, at: str = "02:00",
                 retry_minutes: list[float] | None = None, batch_size: int = sync.BATCH,
                 window_minutes: int = 0, rng: random.Random | None = None):
        self.hall = hall
        self.dsn = dsn
        self.at = at
        self.window_minutes = window_minutes  # until head office has sent its own window
        self.rng = rng or random.Random()
        self.retry_minutes = list(retry_minutes if retry_minutes is not None else [1, 5, 15, 60])
        self.batch_size = batch_size
        self.stopping = threading.Event()
        self.running = threading.Lock()  # one sync at a time (nightly, retry or supervisor)
        self.thread: threading.Thread | None = None
        self.last: sync.SyncResult | None = None
        # How the sync's writes reach the hall: the hub sets its writer's `call` here.
        self.write: Write = _direct

    # ------------------------------------------------------------ one attempt
    def run_now(self, attempt: int = 1, next_retry: datetime | None = None) -> sync.SyncResult:
        hall = ThroughWriter(self.hall, self.write)
        with self.running:
            # Waiting for a turn at head office ends at once when the hub stops.
            res = sync.run_sync(self.dsn, self.hall.store.path, hall,
                                batch_size=self.batch_size,
                                patience=admission.Patience(sleep=self.stopping.wait))
            values = sync.remember(hall, None, res)
            extra: dict[str, Any] = {"next_retry": next_retry.isoformat()
                                     if (next_retry and not res.ok) else None}
            sync.set_meta(hall, None, extra)
            values |= extra
            if not res.ok:
                log.warning("sync attempt %d failed: %s", attempt, res.error)
                sync.record_failure(hall, res, attempt, extra["next_retry"])
            self.last = res
            return res

    def run_with_retries(self) -> sync.SyncResult:
        """Try now, then after each wait of retry_minutes; stop at success or a mismatch (a
        retry cannot mend that: a person must look)."""
        waits = [jittered(m, self.rng) for m in self.retry_minutes]
        res = sync.SyncResult()
        for attempt in range(1, len(waits) + 2):
            wait = waits[attempt - 1] if attempt - 1 < len(waits) else None
            retry_at = (datetime.now().astimezone() + timedelta(minutes=wait)
                        if wait is not None else None)
            res = self.run_now(attempt, retry_at)
            if res.ok or res.error_code == "reconcile_mismatch" or wait is None:
                return res
            if self.stopping.wait(wait * 60):
                return res
        return res

    # ------------------------------------------------------------ the nightly loop
    def _now(self) -> datetime:
        return datetime.now(ZoneInfo(self.hall.info.timezone))

    def plan(self, window: dict[str, Any] | None = None) -> tuple[str, int]:
        """(window start, this hall's minutes into it): head office's window as the last
        sync brought it (read through the sync's own read-only status), else this PC's
        [sync] time and window_minutes."""
        if window is None:
            window = sync.status(self.hall.store.path).get("window") or {}
        at = window.get("start") or self.at
        minutes = int(window.get("minutes") or 0) if window.get("start") else \
            self.window_minutes
        return at, offset_minutes(self.hall.info.code, minutes)

    def next_target(self, window: dict[str, Any] | None = None) -> datetime:
        at, offset = self.plan(window)
        return next_run(self._now(), at, offset)

    def _loop(self) -> None:
        target = self.next_target()
        while True:
            # Wake at least every 10 minutes so a corrected clock is noticed.
            wait = (target - self._now()).total_seconds()
            if self.stopping.wait(min(max(wait, 0.0), 600.0)):
                return
            if self._now() >= target:
                try:
                    self.run_with_retries()
                except Exception:  # the hub must keep serving whatever a sync does
                    log.exception("nightly sync crashed")
                target = self.next_target()

    def start(self) -> SyncScheduler:
        self.thread = threading.Thread(target=self._loop, name="hallq-sync", daemon=True)
        self.thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self.stopping.set()
        if self.thread is not None and self.thread.is_alive():
            self.thread.join(timeout)
