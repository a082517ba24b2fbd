"""The hub's nightly backup: a thread started and stopped with the hub (settings hub.backup_*)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from hallq import settings as hsettings
from hallq.store import backup

log = logging.getLogger(__name__)

# A hub started after a night it was switched off catches up a few minutes after it starts.
CATCH_UP_DELAY_S = 300


def next_run(now: datetime, at: str) -> datetime:
    """The next time of day `at` ("HH:MM") after `now`."""
    hh, mm = (int(x) for x in at.split(":"))
    run = datetime.combine(now.date(), time(hh, mm))
    return run if run > now else run + timedelta(days=1)


class NightlyBackup:
    """Backs up one hall database every night at hub.backup_time, keeping backup_keep_days."""

    def __init__(self, db: str | Path, hub_settings: dict[str, Any],
                 catch_up_delay_s: float = CATCH_UP_DELAY_S,
                 on_failure: Callable[[str], Any] | None = None):
        self.db = Path(db)
        self.folder = backup.backup_dir(self.db, hub_settings.get("backup_dir") or None)
        self.keep_days = int(hub_settings.get("backup_keep_days", 14))
        self.at = str(hub_settings.get("backup_time", "01:30"))
        self.catch_up_delay_s = catch_up_delay_s
        self.on_failure = on_failure
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._loop, name="hallq-backup", daemon=True)
        self.last: Path | None = None

    def start(self) -> NightlyBackup:
        self.thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self.stopping.set()
        if self.thread.is_alive():
            self.thread.join(timeout)

    def missed_last_night(self, now: datetime) -> bool:
        found = backup.nightly_backups(self.folder) if self.folder.exists() else []
        return not found or found[-1][0] < now - timedelta(hours=24)

    def run_once(self, now: datetime | None = None) -> Path | None:
        try:
            self.last = backup.nightly(self.db, self.folder, self.keep_days, now)
            return self.last
        except backup.BackupError as exc:
            # Logged, shown to the supervisor, tried again the next night; the hub keeps serving.
            log.error("nightly backup failed: %s", exc.message)
            if self.on_failure is not None:
                try:
                    self.on_failure(exc.message)
                except Exception:  # noqa: BLE001 (a report that fails must not stop backups)
                    log.exception("could not report the failed backup")
            return None

    def _loop(self) -> None:
        now = datetime.now()
        if self.missed_last_night(now) and not self.stopping.wait(self.catch_up_delay_s):
            self.run_once()
        target = next_run(datetime.now(), self.at)
        while True:
            # Wake at least hourly, so a corrected PC clock or a resumed sleep is noticed.
            wait = (target - datetime.now()).total_seconds()
            if self.stopping.wait(min(max(wait, 0.0), 3600.0)):
                return
            now = datetime.now()
            if now >= target:
                self.run_once(now)
                target = next_run(now, self.at)


def hub_settings() -> dict[str, Any]:
    """This PC's [hub] settings; defaults (with a logged warning) if the file has problems."""
    return hsettings.section_or_defaults("hub", "backups use defaults")

