"""Writing a batch's rows into head office: events once, the other rows as the hall has them
now; a few rows with one INSERT, many through COPY into a temporary table (PostgreSQL), or
executemany (the SQLite demo)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from hallq.sync.central_tables import Table
from hallq.sync.errors import CentralError

if TYPE_CHECKING:
    from hallq.sync.central import Central

SMALL = 50  # rows sent with one INSERT ... VALUES rather than COPY through a temporary table


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
