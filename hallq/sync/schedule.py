"""The hub's nightly sync: at settings sync.time (hall time), retried with back-off."""

from __future__ import annotations

import logging
import threading
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hallq.sync import push as sync

log = logging.getLogger(__name__)


def next_run(now: datetime, at: str) -> datetime:
    """The next `at` ("HH:MM", in now's timezone) strictly after `now`."""
    hh, mm = (int(x) for x in at.split(":"))
    run = datetime.combine(now.date(), time(hh, mm), tzinfo=now.tzinfo)
    return run if run > now else run + timedelta(days=1)


class SyncScheduler:
    """Runs the hall's sync inside the hub process: pulled config goes through the hub's own
    Hall (one writer), the push reads a separate read-only connection."""

    def __init__(self, hall: Any, dsn: str, at: str = "02:00",
                 retry_minutes: list[float] | None = None, batch_size: int = sync.BATCH):
        self.hall = hall
        self.dsn = dsn
        self.at = at
        self.retry_minutes = list(retry_minutes if retry_minutes is not None else [1, 5, 15, 60])
        self.batch_size = batch_size
        self.stopping = threading.Event()
        self.running = threading.Lock()  # one sync at a time (nightly, retry or supervisor)
        self.thread: threading.Thread | None = None
        self.last: sync.SyncResult | None = None

    # ------------------------------------------------------------ one attempt
    def run_now(self, attempt: int = 1, next_retry: datetime | None = None) -> sync.SyncResult:
        with self.running:
            res = sync.run_sync(self.dsn, self.hall.store.path, self.hall,
                                batch_size=self.batch_size)
            values = sync.remember(self.hall, None, res)
            extra: dict[str, Any] = {"next_retry": next_retry.isoformat()
                                     if (next_retry and not res.ok) else None}
            sync.set_meta(self.hall, None, extra)
            values |= extra
            if not res.ok:
                log.warning("sync attempt %d failed: %s", attempt, res.error)
                sync.record_failure(self.hall, res, attempt, extra["next_retry"])
            self.last = res
            return res

    def run_with_retries(self) -> sync.SyncResult:
        """Try now, then after each wait of retry_minutes; stop at success or a mismatch (a
        retry cannot mend that: a person must look)."""
        waits = self.retry_minutes
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

    def _loop(self) -> None:
        target = next_run(self._now(), self.at)
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
                target = next_run(self._now(), self.at)

    def start(self) -> SyncScheduler:
        self.thread = threading.Thread(target=self._loop, name="hallq-sync", daemon=True)
        self.thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self.stopping.set()
        if self.thread is not None and self.thread.is_alive():
            self.thread.join(timeout)
