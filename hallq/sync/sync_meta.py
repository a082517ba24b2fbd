"""What the hall remembers of its syncs (its meta table): a sync's result, the last success
and error, the acknowledged seq, head office's night window; a failed sync as an event; the
state the hall shows without head office (`hallq sync --status`, the hub)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from hallq.store.database import Store

META_KEY = "sync"


@dataclass
class SyncResult:
    ok: bool = False
    hall: str = ""
    started: str = ""
    finished: str = ""
    seconds: float = 0.0
    from_seq: int = 0
    to_seq: int = 0
    batches: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    config_applied: list[str] = field(default_factory=list)
    config_errors: list[str] = field(default_factory=list)
    config_waiting: int = 0
    # head office's changes to cases and complaints (hallq.sync.changes)
    changes_applied: list[str] = field(default_factory=list)
    changes_refused: list[str] = field(default_factory=list)  # conflicts and refusals
    changes_waiting: int = 0
    reconcile: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    error_code: str = ""
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase
    turned_away: int = 0  # times head office was full before this sync got its turn
    window: dict[str, Any] = field(default_factory=dict)  # head office's night window

    @property
    def rows_sent(self) -> int:
        return sum(self.rows.values())

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"rows_sent": self.rows_sent}


def set_meta(hall: Any | None, store: Store | None, values: dict[str, Any]) -> None:
    """Cache the sync state in the hall's meta table, through the hub's own hall if any."""
    if hall is not None:
        hall.merge_meta(META_KEY, values)  # in a hub: through its writer (see schedule)
    elif store is not None:
        cur = store.get_meta(META_KEY, {}) or {}
        store.set_meta(META_KEY, cur | values)


def remember(hall: Any | None, store: Store | None, res: SyncResult) -> dict[str, Any]:
    """Cache the outcome in the hall's meta (for `hallq sync --status` and the hub)."""
    values: dict[str, Any] = {"last_attempt": res.finished, "last_error": res.error,
                              "last_error_code": res.error_code}
    if res.window:
        values["window"] = res.window  # when the next nights' syncs run (hallq.sync.schedule)
    if res.ok:
        values |= {"last_success": res.finished, "last_rows": res.rows_sent,
                   "acked_seq": res.to_seq, "reconcile_ok": True}
    elif res.error_code == "reconcile_mismatch":
        values |= {"acked_seq": res.to_seq, "reconcile_ok": False,
                   "mismatches": res.reconcile.get("mismatches", [])[:20]}
    set_meta(hall, store, values)
    return values


def record_failure(hall: Any, res: SyncResult, attempt: int = 1,
                   next_retry: str | None = None) -> None:
    """A failed sync becomes a sync_failed event in the hall's log (and reaches head office
    with the next successful sync)."""
    hall.record("sync_failed", {"code": res.error_code, "error": res.error,
                                "attempt": attempt, "next_retry": next_retry,
                                "mismatches": res.reconcile.get("mismatches", [])[:20]})


def status(db_path: Any) -> dict[str, Any]:
    """The sync state as the hall knows it (no head office needed)."""
    reader = Store(db_path, readonly=True)
    try:
        meta = reader.get_meta(META_KEY, {}) or {}
        acked = int(meta.get("acked_seq") or 0)
        waiting = reader.db.execute_sql("SELECT count(*) FROM event WHERE seq > ?",
                                        (acked,)).fetchone()[0]
    finally:
        reader.close()
    last = meta.get("last_success")
    stale = True
    if last:
        age = datetime.now().astimezone() - datetime.fromisoformat(last)
        stale = age.total_seconds() > 86400
    return {"last_success": last, "last_rows": meta.get("last_rows", 0),
            "acked_seq": acked, "waiting_events": waiting,
            "last_attempt": meta.get("last_attempt"), "last_error": meta.get("last_error", ""),
            "last_error_code": meta.get("last_error_code", ""),
            "next_retry": meta.get("next_retry"), "stale": stale,
            "reconcile_ok": meta.get("reconcile_ok"), "window": meta.get("window") or {}}
