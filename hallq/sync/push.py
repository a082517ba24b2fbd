"""Nightly sync: push the hall's rows since the last acknowledged event, pull head office's config.

Push: batches of events (seq > the seq head office acknowledged) together with the current
rows of the tickets, ratings, notes, sessions, cases and complaints those events touch
(hallq.sync.payload), upserted (hallq.sync.upsert) in ONE central transaction that also
moves the acknowledged seq. A sync killed anywhere leaves head office
at the end of a whole batch; the next run resumes there and ends in the same state.

The hall is read through its own read-only SQLite connection (WAL: the hub keeps writing);
configuration is applied through the Hall's set-up methods, so it becomes config_changed
events like any supervisor's edit. Nothing here writes the hall's file behind the hub.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import psycopg

from hallq.store.database import Store
from hallq.sync import admission, changes, day_stats, figures, history, reconcile
from hallq.sync.central import Central, CentralError
from hallq.sync.central_tables import TABLES
from hallq.sync.config import lock_hall, pull_config, push_config
from hallq.sync.payload import read_batch as read_batch  # (their home before)
from hallq.sync.sync_meta import META_KEY as META_KEY
from hallq.sync.sync_meta import SyncResult as SyncResult
from hallq.sync.sync_meta import record_failure as record_failure
from hallq.sync.sync_meta import remember as remember
from hallq.sync.sync_meta import set_meta as set_meta
from hallq.sync.sync_meta import status as status
from hallq.sync.upsert import SMALL as SMALL
from hallq.sync.upsert import upsert as upsert

# Events per batch (one central transaction each). A busy day (30,000 events) in one: each
# batch boundary sends again the tickets still open across it, and costs a commit.
BATCH = 50000
Hook = Callable[[str, int], None]  # (point, batch number): tests interrupt syncs with it


def _noop(point: str, batch: int) -> None:
    return None


def make_months(central: Central, db: Any, after: int) -> None:
    """Monthly partitions for every month the events after `after` (and the tickets they
    touch) fall in: made before the batches, each in a moment of its own."""
    if not central.pg:
        return
    found = db.execute_sql(
        "SELECT substr(day, 1, 7) FROM event WHERE seq > ? UNION SELECT substr(day, 1, 7) "
        "FROM ticket WHERE id IN (SELECT ticket_id FROM event WHERE seq > ?)",
        (after, after)).fetchall()
    for (month,) in found:
        if month:
            history.ensure_months(central, f"{month}-01", f"{month}-01")


def push(central: Central, db: Any, code: str, batch_size: int = BATCH,
         hook: Hook = _noop, result: SyncResult | None = None) -> SyncResult:
    """Send every event after the acknowledged one, batch by batch."""
    res = result or SyncResult(hall=code)
    batch = 0
    row = central.one("SELECT acked_seq FROM halls WHERE hall_code = %s", (code,))
    make_months(central, db, int(row[0]) if row else 0)
    while True:
        batch += 1
        hook("before_batch", batch)
        with central.transaction():
            acked, _ = lock_hall(central, code)
            if batch == 1 and res.batches == 0:
                res.from_seq = acked
            # One read snapshot of the hall for the events and the rows they touch.
            with db.atomic():
                data = read_batch(db, acked, batch_size)
            events = data["events"]
            if not events:
                res.to_seq = acked
                return res
            hook("read", batch)
            for name, table in TABLES.items():
                upsert(central, table, code, data[name])
                hook(f"sent_{name}", batch)
            to = events[-1][0]
            n = sum(len(v) for v in data.values())
            central.execute("UPDATE halls SET acked_seq = %s, last_sync_at = %s, "
                            "last_rows = last_rows + %s WHERE hall_code = %s",
                            (to, datetime.now().astimezone().isoformat(), n, code))
            hook("before_commit", batch)
        hook("after_commit", batch)
        res.batches += 1
        res.to_seq = to
        for name in TABLES:
            res.rows[name] = res.rows.get(name, 0) + len(data[name])


# ------------------------------------------------------------------ one whole sync
def run_sync(dsn: str, db_path: Any, hall: Any | None = None, batch_size: int = BATCH,
             hook: Hook = _noop, central: Central | None = None, reconcile_all: bool = False,
             record: bool = True, patience: admission.Patience | None = None) -> SyncResult:
    """Pull config (through `hall`, when given), push, record, reconcile. Never raises for
    head office problems: the result says what went wrong."""
    t0 = time.perf_counter()
    reader = Store(db_path, readonly=True)
    info = reader.get_meta("hall") or {}
    code = info.get("code", "")
    res = SyncResult(hall=code, started=datetime.now().astimezone().isoformat())
    own = central is None
    slot: int | None = None
    try:
        if central is None:
            # Wait our turn at head office (hang up, call back later), never fail for it.
            central, slot, res.turned_away = admission.connect(
                lambda: Central(dsn), code, patience or admission.Patience())
        else:
            central.check_schema()
            slot, res.turned_away = admission.wait_on(central, code,
                                                      patience or admission.Patience())
        res.timings["admitted"] = round(time.perf_counter() - t0, 3)
        res.window = history.night_window(central)
        lap = time.perf_counter()
        version = pull_config(central, code, hall, res)
        changes.pull(central, code, hall, res)
        hook("pulled", 0)
        res.timings["connect_pull"] = round(time.perf_counter() - t0, 3)
        with central.transaction():
            push_config(central, reader.db, code, info, version)
        push(central, reader.db, code, batch_size, hook, res)
        if hall is not None and record and (res.rows_sent or res.config_applied
                                            or res.changes_applied):
            # The record of this sync goes to head office too, in a last small batch.
            hall.record("sync_completed", {"rows": res.rows_sent, "to_seq": res.to_seq,
                                           "config": res.config_applied,
                                           "head_office": res.changes_applied})
            push(central, reader.db, code, batch_size, hook, res)
        res.timings["push"] = round(time.perf_counter() - lap, 3)
        lap = time.perf_counter()
        # the report's sums for the days just sent (which days: asked of the hall's file)
        day_stats.refresh(central, code, lambda a, b: day_stats.hall_days(reader.db, a, b),
                          lambda days: day_stats.hall_online(reader.db, days))
        figures.refresh(central, code, reader.db)  # index answers, visits per clerk
        res.timings["stats"] = round(time.perf_counter() - lap, 3)
        lap = time.perf_counter()
        quick = bool(res.to_seq and not res.rows_sent and not reconcile_all)
        days: list[str] | None
        if quick:
            # Nothing new: the last run checked everything; count the last day's rows again,
            # so a damaged copy at head office still shows up (--reconcile-all: checksums).
            last = reader.db.execute_sql("SELECT day FROM event WHERE seq <= ? ORDER BY seq "
                                         "DESC LIMIT 1", (res.to_seq,)).fetchone()
            days = [last[0]] if last else []
        else:
            days = None if reconcile_all else _days(reader.db, res.from_seq, res.to_seq)
        res.reconcile = reconcile.reconcile(
            central, reader.db, code, days, res.to_seq, counts_only=quick,
            event_contents=reconcile_all,
            # nightly: the events just sent were counted as they were stored (see upsert);
            # a quick re-run counts the last day's, --reconcile-all reads every one
            events_written=not (quick or reconcile_all))
        res.timings["reconcile"] = round(time.perf_counter() - lap, 3)
        if not res.reconcile["ok"]:
            res.error_code = "reconcile_mismatch"
            res.error = "Reconciliation found differences: " + "; ".join(
                reconcile.describe(m) for m in res.reconcile["mismatches"][:5])
        res.ok = not res.error
        _log(central, res)
    except CentralError as exc:
        res.error_code, res.error = exc.code, exc.message
    except Exception as exc:  # noqa: BLE001 - a dropped link, a refused write: say it plainly
        if central is not None and central.pg:
            if isinstance(exc, psycopg.Error):
                res.error_code = "central_error"
                first = (str(exc).strip().splitlines() or [repr(exc)])[0]
                res.error = f"Head office database error: {first}"
            else:
                raise
        elif isinstance(exc, sqlite3.Error):
            res.error_code, res.error = "central_error", f"Head office database error: {exc}"
        else:
            raise
    finally:
        res.seconds = round(time.perf_counter() - t0, 3)
        res.finished = datetime.now().astimezone().isoformat()
        if central is not None and slot is not None and slot >= 0:
            admission.give(central, code)
        if own and central is not None:
            central.close()
        reader.close()
    return res


def _days(db: Any, from_seq: int, to_seq: int) -> list[str]:
    return [r[0] for r in db.execute_sql("SELECT DISTINCT day FROM event WHERE seq > ? AND "
                                         "seq <= ?", (from_seq, to_seq)).fetchall()]


def _log(central: Central, res: SyncResult) -> None:
    with central.transaction():
        central.execute(
            "INSERT INTO sync_log (hall_code, started_at, finished_at, ok, rows_sent, from_seq,"
            " to_seq, config_applied, error, reconcile) VALUES (%s, %s, %s, %s, %s, %s, %s, %s,"
            " %s, %s)", (res.hall, res.started, datetime.now().astimezone().isoformat(),
                         not res.error, res.rows_sent, res.from_seq, res.to_seq,
                         len(res.config_applied), res.error or None,
                         json.dumps(res.reconcile)))
