"""Nightly sync: push the hall's rows since the last acknowledged event, pull head office's config.

Push: batches of events (seq > the seq head office acknowledged) together with the current
rows of the tickets, ratings, notes and sessions those events touch, upserted in ONE central
transaction that also moves the acknowledged seq. A sync killed anywhere leaves head office
at the end of a whole batch; the next run resumes there and ends in the same state.

The hall is read through its own read-only SQLite connection (WAL: the hub keeps writing);
configuration is applied through the Hall's set-up methods, so it becomes config_changed
events like any supervisor's edit. Nothing here writes the hall's file behind the hub.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

import psycopg

from hallq.store.database import Store
from hallq.sync import admission, changes, day_stats, figures, history, reconcile
from hallq.sync.central import TABLES, Central, CentralError, Table
from hallq.sync.config import lock_hall, pull_config, push_config
from hallq.sync.touched import Touched, select_in

log = logging.getLogger(__name__)

META_KEY = "sync"
SMALL = 50  # rows sent with one INSERT ... VALUES rather than COPY through a temporary table
# Events per batch (one central transaction each). A busy day (30,000 events) in one: each
# batch boundary sends again the tickets still open across it, and costs a commit.
BATCH = 50000
Hook = Callable[[str, int], None]  # (point, batch number): tests interrupt syncs with it


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


def _noop(point: str, batch: int) -> None:
    return None


# ------------------------------------------------------------------ reading the hall
def _cols(table: Table) -> str:
    """The hall's SELECT list of a table: its columns as head office keeps them."""
    return ", ".join(table.select(c) for c in table.names)


def read_batch(db: Any, after: int, limit: int) -> dict[str, list[tuple]]:
    """Events after `after` and the current rows they touch, in one read snapshot."""
    ev = TABLES["events"]
    events = db.execute_sql(f"SELECT {_cols(ev)} FROM event WHERE seq > ? ORDER BY seq "
                            "LIMIT ?", (after, limit)).fetchall()
    touched = Touched()
    for _seq, ts, _day, kind, ticket_id, _counter, _staff, data in events:
        touched.add(ts, kind, ticket_id, data)
    out = {"events": events}
    t = TABLES
    out["tickets"] = select_in(db, f"SELECT {_cols(t['tickets'])} FROM ticket WHERE id IN ({{qs}})",
                         sorted(touched.tickets))
    out["ratings"] = select_in(db, f"SELECT {_cols(t['ratings'])} FROM rating "
                             "WHERE ticket_id IN ({qs})", sorted(touched.rated))
    out["notes"] = select_in(db, f"SELECT {_cols(t['notes'])} FROM note WHERE ticket_id IN ({{qs}})",
                       sorted(touched.noted))
    stamps = sorted(touched.stamps)
    sessions: dict[str, tuple] = {}
    for col in ("login_at", "logout_at"):
        for r in select_in(db, f"SELECT {_cols(t['sessions'])} FROM session WHERE {col} IN ({{qs}})",
                     stamps):
            sessions[r[0]] = r
    out["sessions"] = list(sessions.values())
    out["cases"] = select_in(db, f"SELECT {_cols(t['cases'])} FROM hall_case WHERE number "
                             "IN ({qs})", sorted(touched.cases))
    out["complaints"] = select_in(db, f"SELECT {_cols(t['complaints'])} FROM complaint "
                                  "WHERE number IN ({qs})", sorted(touched.complaints))
    for name, table in t.items():
        if table.day_from:
            # Its day: the date of that column as the hall wrote it (see central.TABLES).
            at = table.names.index(table.day_from)
            out[name] = [r + (r[at][:10],) for r in out[name]]
    return out


# ------------------------------------------------------------------ writing head office
def _columns(table: Table) -> list[str]:
    return ["hall_code", *table.names] + (["day"] if table.day_from else [])


def upsert(central: Central, table: Table, code: str, rows: list[tuple]) -> None:
    """Events go in once (PostgreSQL: no conflict check, see below; the SQLite demo: DO
    NOTHING); the other rows take the hall's latest (DO UPDATE)."""
    if not rows:
        return
    cols = _columns(table)
    qcols = ", ".join(f'"{c}"' for c in cols)
    conflict = f"(hall_code, {table.key})"  # the SQLite demo's key
    if table.immutable:
        action = "DO NOTHING"
    else:
        action = "DO UPDATE SET " + ", ".join(
            f'"{c}" = excluded."{c}"' for c in cols
            if c not in ("hall_code", table.key) and not (table.partitioned and c == "day"))
    if central.pg and len(rows) <= SMALL:
        # A few rows (a day's notes, sessions, an evening's last events): one INSERT with
        # its values, no temporary table to make first.
        kinds = ["text", *(k for _, k in table.columns)] + ["date"] * (
            len(cols) - 1 - len(table.columns))
        convert = [_BINARY[k][1] for k in kinds]
        one = "(" + ", ".join(["%s"] * len(cols)) + ")"
        cur = central.execute(
            f"INSERT INTO {table.name} ({qcols}) VALUES {', '.join([one] * len(rows))}"
            + ("" if table.immutable else f" ON CONFLICT ({table.conflict}) {action}"),
            [None if v is None else f(v) for r in rows
             for f, v in zip(convert, (code, *r), strict=True)])
        if table.immutable and cur.rowcount != len(rows):
            raise CentralError("central_error", f"Head office stored {cur.rowcount} of "
                               f"{len(rows)} {table.name}: the batch is not taken.")
    elif central.pg:
        # COPY cannot write a table under row-level security: the rows go to a temporary
        # table first, then in with one INSERT. Events need no conflict check: every one
        # is after the acknowledged seq, which moves in the same transaction (a duplicate
        # would be a fault, and fails the batch on the primary key).
        # Made in the batch's transaction when missing, emptied at its commit: the same
        # behind a pooler that hands each transaction another server connection.
        tmp = f"tmp_{table.name}"
        central.execute(f"CREATE TEMP TABLE IF NOT EXISTS {tmp} (LIKE {table.name}) "
                        "ON COMMIT DELETE ROWS")
        kinds = ["text", *(k for _, k in table.columns)] + (["date"] * (len(cols) - 1 -
                                                                       len(table.columns)))
        convert = [_BINARY[k][1] for k in kinds[1:]]
        with central.conn.cursor() as cur:
            # Binary: head office takes times, days and numbers as they are, parsing none
            # (the hall's side, in Python, turns the text it stores into values).
            with cur.copy(f"COPY {tmp} ({qcols}) FROM STDIN (FORMAT BINARY)") as cp:
                cp.set_types([_BINARY[k][0] for k in kinds])
                for r in rows:
                    cp.write_row((code, *(None if v is None else f(v)
                                          for f, v in zip(convert, r, strict=True))))
            cur.execute(f"INSERT INTO {table.name} ({qcols}) SELECT {qcols} FROM {tmp}"
                        + ("" if table.immutable else
                           f" ON CONFLICT ({table.conflict}) {action}"))
            if table.immutable and cur.rowcount != len(rows):  # checked as they are stored
                raise CentralError("central_error", f"Head office stored {cur.rowcount} of "
                                   f"{len(rows)} {table.name}: the batch is not taken.")
    else:
        marks = ", ".join(["?"] * len(cols))
        central.executemany(f"INSERT INTO {table.name} ({qcols}) VALUES ({marks}) "
                            f"ON CONFLICT {conflict} {action}", [(code, *r) for r in rows])


# Column kind -> (PostgreSQL binary type, the hall's value -> the value COPY sends)
_BINARY: dict[str, tuple[str, Callable[[Any], Any]]] = {
    # json's binary form is its text: sent as text (psycopg's json type would encode it
    # again, as a JSON string)
    "int": ("int8", int), "text": ("text", str), "json": ("text", str),
    "date": ("date", lambda v: v if isinstance(v, date) else date.fromisoformat(v[:10])),
    "ts": ("timestamptz", lambda v: v if isinstance(v, datetime) else
           datetime.fromisoformat(v)),
    "bool": ("bool", bool), "float": ("float8", float),
}


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
def set_meta(hall: Any | None, store: Store | None, values: dict[str, Any]) -> None:
    """Cache the sync state in the hall's meta table, through the hub's own hall if any."""
    if hall is not None:
        hall.merge_meta(META_KEY, values)  # in a hub: through its writer (see schedule)
    elif store is not None:
        cur = store.get_meta(META_KEY, {}) or {}
        store.set_meta(META_KEY, cur | values)


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
