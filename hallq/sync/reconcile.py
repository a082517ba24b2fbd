"""Reconciliation: per day and per table, row counts and a checksum, hall against head office.

Each row is reduced to one canonical text that both databases compute in SQL: PostgreSQL
(string_agg + md5: no rows shipped back), SQLite (the hall, and a demo head office) builds
the same text per row and Python hashes the day's rows. Timestamps become microseconds since
1970, floats thousandths (truncated), booleans 0/1, JSON its exact text.

The hall keeps working while it syncs: the rows that events after the acknowledged one
changed (the rows the next push will send) are left out on both sides, and the hall is read
in one snapshot, so what was pushed compares equal and any other difference is real.
"""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from hallq.sync import history
from hallq.sync.central import Central
from hallq.sync.central_tables import TABLES, Table
from hallq.sync.touched import Touched, select_in

NULL = "~"


def _sqlite_expr(col: str, kind: str, expr: str | None = None) -> str:
    c = expr or f'"{col}"'
    if kind == "ts":
        # ISO text with offset -> UTC microseconds (strftime drops the fraction: add it back).
        # '%' || 's': a literal %s would be taken for a placeholder by Central.sql().
        frac = f"substr({c}, 20, 1) = '.'"
        return (f"coalesce(cast(cast(strftime('%' || 's', substr({c}, 1, 19) || CASE WHEN {frac} "
                f"THEN substr({c}, 27) ELSE substr({c}, 20) END) AS INTEGER) * 1000000 + "
                f"CASE WHEN {frac} THEN cast(substr({c}, 21, 6) AS INTEGER) ELSE 0 END "
                f"AS TEXT), '{NULL}')")
    if kind == "bool" or kind == "int":
        return f"coalesce(cast(cast({c} AS INTEGER) AS TEXT), '{NULL}')"
    if kind == "float":
        return f"coalesce(cast(cast({c} * 1000 AS INTEGER) AS TEXT), '{NULL}')"
    return f"coalesce({c}, '{NULL}')"


def sqlite_row_expr(table: Table, hall: bool = True) -> str:
    """The canonical text of a row in SQLite: the hall's (what it sends of each column) or a
    SQLite head office's (the same expressions, but a column the hall names otherwise is
    read under head office's name)."""
    renamed = {c for c, e in table.hall_expr if e.startswith('"')}
    return " || char(31) || ".join(
        _sqlite_expr(c, k, table.select(c) if hall or c not in renamed else None)
        for c, k in table.columns)


def _pg_expr(col: str, kind: str) -> str:
    c = f'"{col}"'
    if kind == "text":
        return f"coalesce({c}, '{NULL}')"
    if kind == "ts":
        return f"coalesce(((extract(epoch from {c}) * 1000000)::bigint)::text, '{NULL}')"
    if kind == "bool":
        return f"coalesce({c}::int::text, '{NULL}')"
    if kind == "float":
        return f"coalesce(trunc({c} * 1000)::bigint::text, '{NULL}')"
    return f"coalesce({c}::text, '{NULL}')"


def pg_row_expr(table: Table) -> str:
    return "concat_ws(chr(31), " + ", ".join(_pg_expr(c, k) for c, k in table.columns) + ")"


def _order(table: Table, pg: bool) -> str:
    # text keys in byte order, as SQLite sorts them
    text = dict(table.columns)[table.key] == "text"
    return f'"{table.key}" COLLATE "C"' if pg and text else f'"{table.key}"'


def _local_day_expr(table: Table) -> str:
    return f'substr("{table.day_from}", 1, 10)' if table.day_from else "day"


def _digest(rows: list[str]) -> str:
    return hashlib.md5("\x1e".join(rows).encode("utf-8")).hexdigest()


def _placeholders(n: int) -> str:
    return ", ".join(["?"] * n)


# ------------------------------------------------------------------ the hall's side
def changed_after(db: Any, seq: int) -> dict[str, list[Any]]:
    """Keys of the hall's rows that events after `seq` changed, per table: the rows the next
    push sends with those events (the rule of hallq.sync.touched, which the push uses)."""
    touched = Touched()
    for ts, kind, ticket_id, data in db.execute_sql(
            "SELECT ts, type, ticket_id, data FROM event WHERE seq > ?", [seq]).fetchall():
        touched.add(ts, kind, ticket_id, data)

    def keys(sql: str, values: set[Any]) -> list[Any]:
        return sorted({r[0] for r in select_in(db, sql, sorted(values)) if r[0] is not None})

    return {
        "tickets": sorted(touched.tickets),
        "ratings": keys("SELECT id FROM rating WHERE ticket_id IN ({qs})", touched.rated),
        "notes": keys("SELECT id FROM note WHERE ticket_id IN ({qs})", touched.noted),
        # a session's row changes at its login, its logout, or its staff's deactivation
        "sessions": sorted(set(keys("SELECT token_hash FROM session WHERE login_at IN ({qs})",
                                    touched.stamps))
                           | set(keys("SELECT token_hash FROM session WHERE logout_at IN "
                                      "({qs})", touched.stamps))),
        "cases": sorted(touched.cases),
        "complaints": sorted(touched.complaints),
    }


def _left_out(table: Table, exclude: list[Any] | None, pg: bool,
              mark: str) -> tuple[str, list[Any]]:
    """(condition, parameters) leaving out the rows keyed in `exclude` ('' when none)."""
    if not exclude or table.name == "events":
        return "", []
    if pg:
        return f'NOT ("{table.key}" = ANY({mark}))', [exclude]
    return f'"{table.key}" NOT IN (SELECT value FROM json_each({mark}))', [json.dumps(exclude)]


def _hall_filter(table: Table, days: list[str] | None, max_seq: int | None,
                 exclude: list[Any] | None,
                 min_seq: int | None = None) -> tuple[list[str], list[Any]]:
    """The WHERE terms (and their parameters) that pick the hall's rows to compare: these
    days, events up to the acknowledged one, without the rows keyed in `exclude`."""
    where: list[str] = []
    params: list[Any] = []
    if days is not None:
        where.append(f"{_local_day_expr(table)} IN ({_placeholders(len(days))})")
        params += days
    if max_seq is not None and table.name == "events":
        where.append("seq <= ?")
        params.append(max_seq)
    if min_seq is not None and table.name == "events":
        where.append("seq >= ?")
        params.append(min_seq)
    cond, args = _left_out(table, exclude, False, "?")
    if cond:
        where.append(cond)
        params += args
    return where, params


def local_rows(db: Any, table: Table, days: list[str] | None = None,
               max_seq: int | None = None,
               exclude: list[Any] | None = None) -> dict[str, list[str]]:
    """Canonical rows per day from the hall's SQLite (a peewee database), without the rows
    keyed in `exclude`."""
    day_expr = _local_day_expr(table)
    where, params = _hall_filter(table, days, max_seq, exclude)
    sql = (f"SELECT {day_expr}, {sqlite_row_expr(table)} FROM {table.local}"
           + (" WHERE " + " AND ".join(where) if where else "")
           + f' ORDER BY "{table.key}"')
    out: dict[str, list[str]] = {}
    for day, row in db.execute_sql(sql, params).fetchall():
        out.setdefault(day, []).append(row)
    return out


def local_sums(db: Any, table: Table, days: list[str] | None = None,
               max_seq: int | None = None,
               exclude: list[Any] | None = None) -> dict[str, tuple[int, str]]:
    return {d: (len(rows), _digest(rows))
            for d, rows in local_rows(db, table, days, max_seq, exclude).items()}


# ------------------------------------------------------------------ head office's side
def _central_filter(central: Central, code: str, table: Table, days: list[str] | None,
                    max_seq: int | None, exclude: list[Any] | None = None,
                    min_seq: int | None = None) -> tuple[str, list[Any]]:
    """(WHERE condition, its parameters) for this hall's rows of `days` up to `max_seq`,
    without the rows keyed in `exclude`."""
    where: list[str] = ["hall_code = %s"]
    params: list[Any] = [code]
    if days is not None:
        if central.pg:
            where.append("day = ANY(%s::date[])")
            params.append(days)
        else:
            where.append(f"day IN ({', '.join(['%s'] * len(days))})")
            params += days
    if max_seq is not None and table.name == "events":
        where.append("seq <= %s")
        params.append(max_seq)
    if min_seq is not None and table.name == "events":
        # head office reads a day's events by seq (its key), not a whole month's partition
        where.append("seq >= %s")
        params.append(min_seq)
    cond, args = _left_out(table, exclude, central.pg, "%s")
    if cond:
        where.append(cond)
        params += args
    return " AND ".join(where), params


def central_rows(central: Central, code: str, table: Table, days: list[str] | None = None,
                 max_seq: int | None = None, exclude: list[Any] | None = None,
                 min_seq: int | None = None) -> dict[str, list[str]]:
    """Canonical rows per day at head office (for tests and a full comparison)."""
    cond, params = _central_filter(central, code, table, days, max_seq, exclude)
    if central.pg:
        sql = (f"SELECT day::text, {pg_row_expr(table)} FROM {table.name} WHERE {cond} "
               f"ORDER BY {_order(table, True)}")
    else:
        sql = (f"SELECT day, {sqlite_row_expr(table, hall=False)} FROM {table.name} WHERE {cond} "
               f'ORDER BY "{table.key}"')
    out: dict[str, list[str]] = {}
    for day, row in central.all(sql, params):
        out.setdefault(day, []).append(row)
    return out


def central_sums(central: Central, code: str, table: Table, days: list[str] | None = None,
                 max_seq: int | None = None, exclude: list[Any] | None = None,
                 min_seq: int | None = None) -> dict[str, tuple[int, str]]:
    if not central.pg:
        return {d: (len(rows), _digest(rows)) for d, rows in
                central_rows(central, code, table, days, max_seq, exclude).items()}
    cond, params = _central_filter(central, code, table, days, max_seq, exclude, min_seq)
    sql = (f"SELECT day::text, count(*), md5(string_agg({pg_row_expr(table)}, chr(30) "
           f"ORDER BY {_order(table, True)})) FROM {table.name} WHERE {cond} "
           f"GROUP BY day")
    return {d: (n, h) for d, n, h in central.all(sql, params)}


# ------------------------------------------------------------------ comparing
def _counts(central: Central | None, db: Any, code: str, table: Table, days: list[str],
            max_seq: int | None, exclude: list[Any] | None,
            min_seq: int | None = None) -> dict[str, tuple[int, str]]:
    """Counts only (no checksum): the cheap check of an empty re-sync; for events also the
    sum of their seqs (a lost or doubled event shows, without reading any event's text)."""
    extra = ", sum(seq)" if table.name == "events" else ", ''"
    if central is None:
        day_expr = _local_day_expr(table)
        where, params = _hall_filter(table, days, max_seq, exclude, min_seq)
        rows = db.execute_sql(f"SELECT {day_expr}, count(*){extra} FROM {table.local} WHERE "
                              f"{' AND '.join(where)} GROUP BY {day_expr}", params).fetchall()
    else:
        cond, params = _central_filter(central, code, table, days, max_seq, exclude, min_seq)
        rows = central.all(f"SELECT {'day::text' if central.pg else 'day'}, count(*){extra} "
                           f"FROM {table.name} WHERE {cond} GROUP BY day", params)
    return {d: (n, str(h)) for d, n, h in rows}


def reconcile(central: Central, db: Any, code: str, days: list[str] | None,
              acked_seq: int, counts_only: bool = False,
              event_contents: bool = True, events_written: bool = False) -> dict[str, Any]:
    """Compare hall and head office for `days` (None: every day): events up to `acked_seq`,
    and every other row but those that events after it changed (the hall kept working
    during the sync: those rows go with the next push and are checked then).
    event_contents=False: events by count and seq sum only; events_written: events not
    read again at all — the sync that sent them checked, in the transaction that stored and
    acknowledged them, that head office took every one (--reconcile-all reads them)."""
    mismatches: list[dict[str, Any]] = []
    checked = 0
    tables = [t for t in TABLES.values() if not (events_written and t.name == "events")]
    light = {t for t in TABLES if days and (counts_only or
                                             (t == "events" and not event_contents))}
    gone_before = history.kept_from(central) if central.pg else None

    def seq(table: Table) -> int | None:
        return acked_seq if table.name == "events" else None

    # One read snapshot of the hall: a row the hub changes while this runs must not be
    # counted here unless its event is counted among the changed ones too.
    with db.atomic():
        pending = {r[0] for r in db.execute_sql(
            "SELECT DISTINCT day FROM event WHERE seq > ?", (acked_seq,)).fetchall()}
        changed = changed_after(db, acked_seq)
        first = None
        if days and not events_written:
            first = db.execute_sql(f"SELECT min(seq) FROM event WHERE day IN "
                                   f"({_placeholders(len(days))})", days).fetchone()[0]

        def remote_all() -> dict[str, dict]:
            return {t.name: (_counts(central, db, code, t, days or [], seq(t),
                                     changed.get(t.name), first) if t.name in light
                             else central_sums(central, code, t, days, seq(t),
                                               changed.get(t.name), first))
                    for t in tables}

        # Head office computes its sums while this process computes the hall's.
        with ThreadPoolExecutor(1) as pool:
            future = pool.submit(remote_all)
            locals_ = {t.name: (_counts(None, db, code, t, days or [], seq(t),
                                        changed.get(t.name)) if t.name in light
                                else local_sums(db, t, days, seq(t), changed.get(t.name)))
                       for t in tables}
            remotes = future.result()
    for table in tables:
        local, remote = locals_[table.name], remotes[table.name]
        for day in sorted(set(local) | set(remote)):
            if table.name == "events" and gone_before and day < gone_before:
                continue  # head office keeps no event detail this old (its retention)
            checked += 1
            lc, lh = local.get(day, (0, ""))
            rc, rh = remote.get(day, (0, ""))
            if (lc, lh) != (rc, rh):
                mismatches.append({"table": table.name, "day": day, "hall_rows": lc,
                                   "central_rows": rc, "checksum_equal": lh == rh})
    return {"ok": not mismatches, "checked": checked, "mismatches": mismatches,
            "pending_days": sorted(pending), "counts_only": counts_only,
            "events_checked_when_written": events_written,
            "left_out": {k: len(v) for k, v in changed.items()}}


def describe(mismatch: dict[str, Any]) -> str:
    m = mismatch
    if m["hall_rows"] != m["central_rows"]:
        return (f"{m['table']} on {m['day']}: hall has {m['hall_rows']} rows, head office "
                f"{m['central_rows']}")
    return f"{m['table']} on {m['day']}: {m['hall_rows']} rows each but the contents differ"
