"""Reconciliation: per day and per table, row counts and a checksum, hall against head office.

Each row is reduced to one canonical text that both sides can compute: PostgreSQL in SQL
(string_agg + md5, no rows shipped back), the hall (and a SQLite central) in Python.
Timestamps become microseconds since 1970, floats thousandths, JSON its exact text.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from hallq.central import TABLES, Central, Table

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
US = timedelta(microseconds=1)
NULL = "~"


def _canon_value(kind: str, v: Any) -> str:
    if v is None:
        return NULL
    if kind == "ts":
        if isinstance(v, str):
            v = datetime.fromisoformat(v)
        return str((v - EPOCH) // US)
    if kind == "bool":
        return str(int(v))
    if kind == "float":
        return str(math.floor(v * 1000))
    return str(v)


def canon_row(table: Table, row: Iterable[Any]) -> str:
    """One row of the hall's raw values (in table.columns order) as canonical text."""
    return "\x1f".join(_canon_value(k, v) for (_, k), v in zip(table.columns, row, strict=True))


def _pg_expr(col: str, kind: str) -> str:
    c = f'"{col}"'
    if kind == "text":
        return f"coalesce({c}, '{NULL}')"
    if kind == "ts":
        return f"coalesce(((extract(epoch from {c}) * 1000000)::bigint)::text, '{NULL}')"
    if kind == "bool":
        return f"coalesce({c}::int::text, '{NULL}')"
    if kind == "float":
        return f"coalesce(floor({c} * 1000)::bigint::text, '{NULL}')"
    return f"coalesce({c}::text, '{NULL}')"


def pg_row_expr(table: Table) -> str:
    return "concat_ws(chr(31), " + ", ".join(_pg_expr(c, k) for c, k in table.columns) + ")"


def _order(table: Table, pg: bool) -> str:
    return f'"{table.key}" COLLATE "C"' if pg and table.key == "token_hash" else f'"{table.key}"'


def _local_day_expr(table: Table) -> str:
    return "substr(login_at, 1, 10)" if table.name == "sessions" else "day"


def _digest(rows: list[str]) -> str:
    return hashlib.md5("\x1e".join(rows).encode("utf-8")).hexdigest()


def _placeholders(n: int) -> str:
    return ", ".join(["?"] * n)


# ------------------------------------------------------------------ the hall's side
def local_rows(db: Any, table: Table, days: list[str] | None = None,
               max_seq: int | None = None) -> dict[str, list[str]]:
    """Canonical rows per day from the hall's SQLite (peewee database or sqlite3 cursor)."""
    cols = ", ".join(f'"{c}"' for c in table.names)
    where, params = [], []
    day_expr = _local_day_expr(table)
    if days is not None:
        where.append(f"{day_expr} IN ({_placeholders(len(days))})")
        params += days
    if max_seq is not None and table.name == "events":
        where.append("seq <= ?")
        params.append(max_seq)
    sql = (f"SELECT {day_expr}, {cols} FROM {table.local}"
           + (" WHERE " + " AND ".join(where) if where else "")
           + f' ORDER BY "{table.key}"')
    out: dict[str, list[str]] = {}
    for r in db.execute_sql(sql, params).fetchall():
        out.setdefault(r[0], []).append(canon_row(table, r[1:]))
    return out


def local_sums(db: Any, table: Table, days: list[str] | None = None,
               max_seq: int | None = None) -> dict[str, tuple[int, str]]:
    return {d: (len(rows), _digest(rows))
            for d, rows in local_rows(db, table, days, max_seq).items()}


# ------------------------------------------------------------------ head office's side
def central_rows(central: Central, code: str, table: Table, days: list[str] | None = None,
                 max_seq: int | None = None) -> dict[str, list[str]]:
    """Canonical rows per day at head office (for tests and a full comparison)."""
    where, params = ["hall_code = %s"], [code]
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
    cond = " AND ".join(where)
    out: dict[str, list[str]] = {}
    if central.pg:
        sql = (f"SELECT day::text, {pg_row_expr(table)} FROM {table.name} WHERE {cond} "
               f"ORDER BY {_order(table, True)}")
        for day, row in central.all(sql, params):
            out.setdefault(day, []).append(row)
    else:
        cols = ", ".join(f'"{c}"' for c in table.names)
        sql = f"SELECT day, {cols} FROM {table.name} WHERE {cond} ORDER BY \"{table.key}\""
        for r in central.all(sql, params):
            out.setdefault(r[0], []).append(canon_row(table, r[1:]))
    return out


def central_sums(central: Central, code: str, table: Table, days: list[str] | None = None,
                 max_seq: int | None = None) -> dict[str, tuple[int, str]]:
    if not central.pg:
        return {d: (len(rows), _digest(rows))
                for d, rows in central_rows(central, code, table, days, max_seq).items()}
    where, params = ["hall_code = %s"], [code]
    if days is not None:
        where.append("day = ANY(%s::date[])")
        params.append(days)
    if max_seq is not None and table.name == "events":
        where.append("seq <= %s")
        params.append(max_seq)
    sql = (f"SELECT day::text, count(*), md5(string_agg({pg_row_expr(table)}, chr(30) "
           f"ORDER BY {_order(table, True)})) FROM {table.name} WHERE {' AND '.join(where)} "
           f"GROUP BY day")
    return {d: (n, h) for d, n, h in central.all(sql, params)}


# ------------------------------------------------------------------ comparing
def reconcile(central: Central, db: Any, code: str, days: list[str] | None,
              acked_seq: int) -> dict[str, Any]:
    """Compare hall and head office for `days` (None: every day). Days on which the hall has
    events newer than `acked_seq` (it kept working during the sync) are compared for events
    up to that seq only: their other rows are still moving and are checked next time."""
    pending = {r[0] for r in db.execute_sql(
        "SELECT DISTINCT day FROM event WHERE seq > ?", (acked_seq,)).fetchall()}
    mismatches: list[dict[str, Any]] = []
    checked = 0
    for table in TABLES.values():
        seq = acked_seq if table.name == "events" else None
        local = local_sums(db, table, days, seq)
        remote = central_sums(central, code, table, days, seq)
        for day in sorted(set(local) | set(remote)):
            if table.name != "events" and day in pending:
                continue
            checked += 1
            lc, lh = local.get(day, (0, ""))
            rc, rh = remote.get(day, (0, ""))
            if (lc, lh) != (rc, rh):
                mismatches.append({"table": table.name, "day": day, "hall_rows": lc,
                                   "central_rows": rc, "checksum_equal": lh == rh})
    return {"ok": not mismatches, "checked": checked, "mismatches": mismatches,
            "pending_days": sorted(pending)}


def describe(mismatch: dict[str, Any]) -> str:
    m = mismatch
    if m["hall_rows"] != m["central_rows"]:
        return (f"{m['table']} on {m['day']}: hall has {m['hall_rows']} rows, head office "
                f"{m['central_rows']}")
    return f"{m['table']} on {m['day']}: {m['hall_rows']} rows each but the contents differ"
