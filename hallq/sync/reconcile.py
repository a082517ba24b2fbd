"""Reconciliation: per day and per table, row counts and a checksum, hall against head office.

Each row is reduced to one canonical text that both databases compute in SQL: PostgreSQL
(string_agg + md5: no rows shipped back), SQLite (the hall, and a demo head office) builds
the same text per row and Python hashes the day's rows. Timestamps become microseconds since
1970, floats thousandths (truncated), booleans 0/1, JSON its exact text.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from hallq.sync.central import TABLES, Central, Table

NULL = "~"


def _sqlite_expr(col: str, kind: str) -> str:
    c = f'"{col}"'
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


def sqlite_row_expr(table: Table) -> str:
    return " || char(31) || ".join(_sqlite_expr(c, k) for c, k in table.columns)


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
    """Canonical rows per day from the hall's SQLite (a peewee database)."""
    where: list[str] = []
    params: list[Any] = []
    day_expr = _local_day_expr(table)
    if days is not None:
        where.append(f"{day_expr} IN ({_placeholders(len(days))})")
        params += days
    if max_seq is not None and table.name == "events":
        where.append("seq <= ?")
        params.append(max_seq)
    sql = (f"SELECT {day_expr}, {sqlite_row_expr(table)} FROM {table.local}"
           + (" WHERE " + " AND ".join(where) if where else "")
           + f' ORDER BY "{table.key}"')
    out: dict[str, list[str]] = {}
    for day, row in db.execute_sql(sql, params).fetchall():
        out.setdefault(day, []).append(row)
    return out


def local_sums(db: Any, table: Table, days: list[str] | None = None,
               max_seq: int | None = None) -> dict[str, tuple[int, str]]:
    return {d: (len(rows), _digest(rows))
            for d, rows in local_rows(db, table, days, max_seq).items()}


# ------------------------------------------------------------------ head office's side
def _central_filter(central: Central, code: str, table: Table, days: list[str] | None,
                    max_seq: int | None) -> tuple[str, list[Any]]:
    """(WHERE condition, its parameters) for this hall's rows of `days` up to `max_seq`."""
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
    return " AND ".join(where), params


def central_rows(central: Central, code: str, table: Table, days: list[str] | None = None,
                 max_seq: int | None = None) -> dict[str, list[str]]:
    """Canonical rows per day at head office (for tests and a full comparison)."""
    cond, params = _central_filter(central, code, table, days, max_seq)
    if central.pg:
        sql = (f"SELECT day::text, {pg_row_expr(table)} FROM {table.name} WHERE {cond} "
               f"ORDER BY {_order(table, True)}")
    else:
        sql = (f"SELECT day, {sqlite_row_expr(table)} FROM {table.name} WHERE {cond} "
               f'ORDER BY "{table.key}"')
    out: dict[str, list[str]] = {}
    for day, row in central.all(sql, params):
        out.setdefault(day, []).append(row)
    return out


def central_sums(central: Central, code: str, table: Table, days: list[str] | None = None,
                 max_seq: int | None = None) -> dict[str, tuple[int, str]]:
    if not central.pg:
        return {d: (len(rows), _digest(rows))
                for d, rows in central_rows(central, code, table, days, max_seq).items()}
    cond, params = _central_filter(central, code, table, days, max_seq)
    sql = (f"SELECT day::text, count(*), md5(string_agg({pg_row_expr(table)}, chr(30) "
           f"ORDER BY {_order(table, True)})) FROM {table.name} WHERE {cond} "
           f"GROUP BY day")
    return {d: (n, h) for d, n, h in central.all(sql, params)}


# ------------------------------------------------------------------ comparing
def _counts(central: Central | None, db: Any, code: str, table: Table, days: list[str],
            max_seq: int | None) -> dict[str, tuple[int, str]]:
    """Counts only (no checksum): the cheap check of an empty re-sync."""
    seq = max_seq is not None and table.name == "events"
    if central is None:
        day_expr = _local_day_expr(table)
        sql = (f"SELECT {day_expr}, count(*) FROM {table.local} WHERE {day_expr} IN "
               f"({_placeholders(len(days))})" + (" AND seq <= ?" if seq else "")
               + f" GROUP BY {day_expr}")
        rows = db.execute_sql(sql, [*days, *([max_seq] if seq else [])]).fetchall()
    else:
        day_cond = "day = ANY(%s::date[])" if central.pg else \
            f"day IN ({', '.join(['%s'] * len(days))})"
        sql = (f"SELECT {'day::text' if central.pg else 'day'}, count(*) FROM {table.name} "
               f"WHERE hall_code = %s AND {day_cond}" + (" AND seq <= %s" if seq else "")
               + " GROUP BY day")
        params = [code, *([days] if central.pg else days), *([max_seq] if seq else [])]
        rows = central.all(sql, params)
    return {d: (n, "") for d, n in rows}


def reconcile(central: Central, db: Any, code: str, days: list[str] | None,
              acked_seq: int, counts_only: bool = False) -> dict[str, Any]:
    """Compare hall and head office for `days` (None: every day). Days on which the hall has
    events newer than `acked_seq` (it kept working during the sync) are compared for events
    up to that seq only: their other rows are still moving and are checked next time."""
    pending = {r[0] for r in db.execute_sql(
        "SELECT DISTINCT day FROM event WHERE seq > ?", (acked_seq,)).fetchall()}
    mismatches: list[dict[str, Any]] = []
    checked = 0
    def seq(table: Table) -> int | None:
        return acked_seq if table.name == "events" else None

    def remote_all() -> dict[str, dict]:
        if counts_only and days:
            return {t.name: _counts(central, db, code, t, days, seq(t)) for t in TABLES.values()}
        return {t.name: central_sums(central, code, t, days, seq(t)) for t in TABLES.values()}

    # Head office computes its sums while this process computes the hall's.
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(remote_all)
        locals_ = {t.name: (_counts(None, db, code, t, days, seq(t)) if counts_only and days
                            else local_sums(db, t, days, seq(t))) for t in TABLES.values()}
        remotes = future.result()
    for table in TABLES.values():
        local, remote = locals_[table.name], remotes[table.name]
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
            "pending_days": sorted(pending), "counts_only": counts_only}


def describe(mismatch: dict[str, Any]) -> str:
    m = mismatch
    if m["hall_rows"] != m["central_rows"]:
        return (f"{m['table']} on {m['day']}: hall has {m['hall_rows']} rows, head office "
                f"{m['central_rows']}")
    return f"{m['table']} on {m['day']}: {m['hall_rows']} rows each but the contents differ"
