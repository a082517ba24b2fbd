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
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from hallq import reconcile
from hallq.central import CONFIG, TABLES, Central, CentralError, Table
from hallq.domain import DomainError, jsonable
from hallq.store import Store

log = logging.getLogger(__name__)

META_KEY = "sync"
BATCH = 5000
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
    reconcile: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    error_code: str = ""
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase

    @property
    def rows_sent(self) -> int:
        return sum(self.rows.values())

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"rows_sent": self.rows_sent}


def _noop(point: str, batch: int) -> None:
    return None


# ------------------------------------------------------------------ reading the hall
def _in(db: Any, sql: str, values: list[Any], chunk: int = 900) -> list[tuple]:
    """SELECT ... WHERE x IN (values), chunked below SQLite's variable limit."""
    out: list[tuple] = []
    for i in range(0, len(values), chunk):
        part = values[i:i + chunk]
        out += db.execute_sql(sql.format(qs=", ".join(["?"] * len(part))), part).fetchall()
    return out


def _cols(table: Table) -> str:
    return ", ".join(f'"{c}"' for c in table.names)


def read_batch(db: Any, after: int, limit: int) -> dict[str, list[tuple]]:
    """Events after `after` and the current rows they touch, in one read snapshot."""
    ev = TABLES["events"]
    events = db.execute_sql(f"SELECT {_cols(ev)} FROM event WHERE seq > ? ORDER BY seq "
                            "LIMIT ?", (after, limit)).fetchall()
    tickets: set[int] = set()
    rated: set[int] = set()
    noted: set[int] = set()
    staff_ts: set[str] = set()
    for _seq, ts, _day, kind, ticket_id, _counter, _staff, data in events:
        if ticket_id is not None:
            tickets.add(ticket_id)
        if kind in ("ticket_transferred", "ticket_requeued"):
            d = json.loads(data)
            tickets.update(x for x in (d.get("to_id"), d.get("from_id")) if x is not None)
        elif kind in ("ticket_rated", "ticket_not_rated"):
            rated.add(ticket_id)
        elif kind in ("note_added", "note_resolved"):
            noted.add(ticket_id)
        elif kind in ("staff_login", "staff_logout", "config_changed"):
            staff_ts.add(ts)  # sessions opened or closed by this event carry its exact time
    out = {"events": events}
    t = TABLES
    out["tickets"] = _in(db, f"SELECT {_cols(t['tickets'])} FROM ticket WHERE id IN ({{qs}})",
                         sorted(tickets))
    out["ratings"] = _in(db, f"SELECT {_cols(t['ratings'])} FROM rating "
                             "WHERE ticket_id IN ({qs})", sorted(rated))
    out["notes"] = _in(db, f"SELECT {_cols(t['notes'])} FROM note WHERE ticket_id IN ({{qs}})",
                       sorted(noted))
    stamps = sorted(staff_ts)
    sessions: dict[str, tuple] = {}
    for col in ("login_at", "logout_at"):
        for r in _in(db, f"SELECT {_cols(t['sessions'])} FROM session WHERE {col} IN ({{qs}})",
                     stamps):
            sessions[r[0]] = r
    # A session's day is the date of its login as the hall wrote it (see central.TABLES).
    out["sessions"] = [r + (r[3][:10],) for r in sessions.values()]
    return out


# ------------------------------------------------------------------ writing head office
def _columns(table: Table) -> list[str]:
    return ["hall_code", *table.names] + (["day"] if table.name == "sessions" else [])


def upsert(central: Central, table: Table, code: str, rows: list[tuple]) -> None:
    """Idempotent: events are immutable (DO NOTHING), other rows take the hall's latest."""
    if not rows:
        return
    cols = _columns(table)
    qcols = ", ".join(f'"{c}"' for c in cols)
    conflict = f"(hall_code, {table.key})"
    if table.immutable:
        action = "DO NOTHING"
    else:
        action = "DO UPDATE SET " + ", ".join(
            f'"{c}" = excluded."{c}"' for c in cols if c not in ("hall_code", table.key))
    if central.pg:
        tmp = f"tmp_{table.name}"
        central.execute(f"CREATE TEMP TABLE IF NOT EXISTS {tmp} (LIKE {table.name}) "
                        "ON COMMIT DELETE ROWS")
        with central.conn.cursor() as cur:
            with cur.copy(f"COPY {tmp} ({qcols}) FROM STDIN") as cp:
                for r in rows:
                    cp.write_row((code, *r))
            cur.execute(f"INSERT INTO {table.name} ({qcols}) SELECT {qcols} FROM {tmp} "
                        f"ON CONFLICT {conflict} {action}")
    else:
        marks = ", ".join(["?"] * len(cols))
        central.executemany(f"INSERT INTO {table.name} ({qcols}) VALUES ({marks}) "
                            f"ON CONFLICT {conflict} {action}", [(code, *r) for r in rows])


def lock_hall(central: Central, code: str) -> tuple[int, int]:
    """(acked_seq, config_version) of this hall, locked for this transaction."""
    row = central.one("SELECT acked_seq, config_version FROM halls WHERE hall_code = %s"
                      + (" FOR UPDATE" if central.pg else ""), (code,))
    if row is None:
        raise CentralError("unknown_hall", f"Head office does not know hall {code} (or this "
                           f"login may not write it): run `hallq central add-hall {code}`.")
    return int(row[0]), int(row[1])


def push(central: Central, db: Any, code: str, batch_size: int = BATCH,
         hook: Hook = _noop, result: SyncResult | None = None) -> SyncResult:
    """Send every event after the acknowledged one, batch by batch."""
    res = result or SyncResult(hall=code)
    batch = 0
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


# ------------------------------------------------------------------ configuration
def push_config(central: Central, db: Any, code: str, info: dict[str, Any],
                applied_version: int) -> None:
    """The hall's own set-up, for head office to see; never over a change not yet applied."""
    central.execute("UPDATE halls SET name = %s, timezone = %s WHERE hall_code = %s",
                    (info.get("name", ""), info.get("timezone", ""), code))
    local = {
        "services": db.execute_sql("SELECT prefix, names, target_wait_min, typical_service_min,"
                                   " active, kiosk_order, queue_limit FROM service").fetchall(),
        "counters": db.execute_sql("SELECT number, name, services FROM counter").fetchall(),
        "staff": db.execute_sql("SELECT code, name, role, active FROM staff").fetchall(),
    }
    for name, rows in local.items():
        cols_kinds, key = CONFIG[name]
        cols = [c for c, _ in cols_kinds if c != "pin"]
        sets = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != key)
        marks = ", ".join(["%s"] * (len(cols) + 2))
        rows2 = [(code, *(bool(v) if dict(cols_kinds)[c] == "bool" else v
                          for c, v in zip(cols, r, strict=True)), 0) for r in rows]
        central.executemany(
            central.sql(f"INSERT INTO {name} (hall_code, {', '.join(cols)}, version) "
                        f"VALUES ({marks}) ON CONFLICT (hall_code, {key}) DO UPDATE SET {sets} "
                        f"WHERE {name}.version <= {int(applied_version)}"), rows2)


def _json(v: Any) -> Any:
    return json.loads(v) if isinstance(v, str) else v


def pending_config(central: Central, code: str, since: int) -> list[tuple[str, dict, int]]:
    """Head office's changes for this hall after version `since`: (table, row, version)."""
    out: list[tuple[str, dict, int]] = []
    for name, (cols_kinds, _) in CONFIG.items():
        sel = ", ".join(f'"{c}"::text' if k == "json" and central.pg else f'"{c}"'
                        for c, k in cols_kinds)
        for r in central.all(f"SELECT {sel}, version FROM {name} WHERE hall_code = %s "
                             "AND version > %s ORDER BY version", (code, since)):
            row = {c: (_json(v) if k == "json" else bool(v) if k == "bool" and v is not None
                       else v) for (c, k), v in zip(cols_kinds, r[:-1], strict=True)}
            out.append((name, row, int(r[-1])))
    msg = central.one("SELECT message, message_version FROM halls WHERE hall_code = %s",
                      (code,))
    if msg is not None and msg[1] > since and msg[0] is not None:
        out.append(("hall", {"message": msg[0]}, int(msg[1])))
    return sorted(out, key=lambda x: x[2])


def apply_config(hall: Any, table: str, row: dict[str, Any]) -> str | None:
    """Apply one change through the Hall's set-up (-> a config_changed event); None when the
    hall already has it, so a re-run after a crash logs nothing twice."""
    if table == "hall":
        if hall.info.message == row["message"]:
            return None
        hall.update_hall({"message": row["message"]})
        return "hall message"
    if table == "services":
        cur = hall.state.services.get(row["prefix"])
        want = {k: v for k, v in row.items() if v is not None}
        if cur is not None and all(jsonable(cur).get(k) == v for k, v in want.items()
                                   if k != "names") and \
                all(cur.names.get(k) == v for k, v in (want.get("names") or {}).items()):
            return None
        hall.upsert_service(want)
        return f"service {row['prefix']}"
    if table == "counters":
        cur = hall.state.counters.get(int(row["number"]))
        if cur is not None and cur.name == row["name"] and \
                list(cur.services) == list(row["services"] or []):
            return None
        hall.upsert_counter(row)
        return f"counter {row['number']}"
    if table == "staff":
        cur = hall.staff.get(row["code"])
        data = {k: row[k] for k in ("code", "name", "role", "active") if row.get(k) is not None}
        if cur is not None:
            if (cur.name, cur.role.value, cur.active) == (
                    data.get("name", cur.name), data.get("role", cur.role.value),
                    data.get("active", cur.active)):
                return None
        elif row.get("pin"):
            data["pin"] = row["pin"]
        hall.upsert_staff(data)
        return f"staff {row['code']}"
    raise ValueError(table)


def pull_config(central: Central, code: str, hall: Any | None, res: SyncResult) -> int:
    """Apply head office's new config; returns the version now applied at the hall."""
    with central.transaction():
        _, applied = lock_hall(central, code)
    changes = pending_config(central, code, applied)
    if not changes:
        return applied
    if hall is None:
        res.config_waiting = len(changes)
        return applied
    for table, row, _ in changes:
        try:
            what = apply_config(hall, table, row)
        except DomainError as exc:  # head office sent something the hall refuses
            res.config_errors.append(f"{table} {row}: {exc.message}")
            continue
        if what:
            res.config_applied.append(what)
    version = max(v for _, _, v in changes)
    pins = [row["code"] for table, row, _ in changes if table == "staff" and row.get("pin")]
    with central.transaction():
        central.execute("UPDATE halls SET config_version = %s WHERE hall_code = %s",
                        (version, code))
        for staff in pins:  # the hall keeps only a hash; no plain PIN stays at head office
            central.execute("UPDATE staff SET pin = NULL WHERE hall_code = %s AND code = %s",
                            (code, staff))
    return version


# ------------------------------------------------------------------ one whole sync
def set_meta(hall: Any | None, store: Store | None, values: dict[str, Any]) -> None:
    """Cache the sync state in the hall's meta table, through the hub's own hall if any."""
    target = hall.store if hall is not None else store
    if target is None:
        return
    if hall is not None:
        with hall.lock:
            cur = target.get_meta(META_KEY, {}) or {}
            target.set_meta(META_KEY, cur | values)
    else:
        cur = target.get_meta(META_KEY, {}) or {}
        target.set_meta(META_KEY, cur | values)


def run_sync(dsn: str, db_path: Any, hall: Any | None = None, batch_size: int = BATCH,
             hook: Hook = _noop, central: Central | None = None, reconcile_all: bool = False,
             record: bool = True) -> SyncResult:
    """Pull config (through `hall`, when given), push, record, reconcile. Never raises for
    head office problems: the result says what went wrong."""
    t0 = time.perf_counter()
    reader = Store(db_path, readonly=True)
    info = reader.get_meta("hall") or {}
    code = info.get("code", "")
    res = SyncResult(hall=code, started=datetime.now().astimezone().isoformat())
    own = central is None
    try:
        if central is None:
            central = Central(dsn)
        central.check_schema()
        lap = time.perf_counter()
        version = pull_config(central, code, hall, res)
        hook("pulled", 0)
        res.timings["connect_pull"] = round(time.perf_counter() - t0, 3)
        with central.transaction():
            push_config(central, reader.db, code, info, version)
        push(central, reader.db, code, batch_size, hook, res)
        if hall is not None and record and (res.rows_sent or res.config_applied):
            # The record of this sync goes to head office too, in a last small batch.
            hall.record("sync_completed", {"rows": res.rows_sent, "to_seq": res.to_seq,
                                           "config": res.config_applied})
            push(central, reader.db, code, batch_size, hook, res)
        res.timings["push"] = round(time.perf_counter() - lap, 3)
        lap = time.perf_counter()
        quick = bool(res.to_seq and not res.rows_sent and not reconcile_all)
        if quick:
            # Nothing new: the last run checked everything; count the last day's rows again,
            # so a damaged copy at head office still shows up (--reconcile-all: checksums).
            last = reader.db.execute_sql("SELECT day FROM event WHERE seq <= ? ORDER BY seq "
                                         "DESC LIMIT 1", (res.to_seq,)).fetchone()
            days = [last[0]] if last else []
        else:
            days = None if reconcile_all else _days(reader.db, res.from_seq, res.to_seq)
        res.reconcile = reconcile.reconcile(central, reader.db, code, days, res.to_seq,
                                            counts_only=quick)
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
            import psycopg
            if isinstance(exc, psycopg.Error):
                res.error_code = "central_error"
                first = (str(exc).strip().splitlines() or [repr(exc)])[0]
                res.error = f"Head office database error: {first}"
            else:
                raise
        elif isinstance(exc, __import__("sqlite3").Error):
            res.error_code, res.error = "central_error", f"Head office database error: {exc}"
        else:
            raise
    finally:
        res.seconds = round(time.perf_counter() - t0, 3)
        res.finished = datetime.now().astimezone().isoformat()
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
            "reconcile_ok": meta.get("reconcile_ok")}
