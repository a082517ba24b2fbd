"""Head office's central database: the connection, halls and their roles, the config API.

One code path for PostgreSQL (the real thing) and a SQLite file (`sqlite:///central.db`, a
demo without a server). Every row is keyed by hall_code. What is kept of a hall (TABLES,
CONFIG) is in hallq.sync.central_tables, the schema and the roles' grants in
hallq.sync.central_schema.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg

from hallq.sync import admission, central_schema
from hallq.sync.central_db import Params, Query
from hallq.sync.central_tables import CONFIG as CONFIG  # (their home before)
from hallq.sync.central_tables import CUSTOMER_CODE as CUSTOMER_CODE
from hallq.sync.central_tables import EVENT_DATA as EVENT_DATA
from hallq.sync.central_tables import HALL_COLUMNS as HALL_COLUMNS
from hallq.sync.central_tables import TABLES as TABLES
from hallq.sync.central_tables import TYPES as TYPES
from hallq.sync.central_tables import Table as Table
from hallq.sync.errors import CentralError as CentralError  # (its home before)


def role_name(code: str) -> str:
    """The database role of a hall: hallq_hall_<code>, lower case, [a-z0-9_]."""
    return "hallq_hall_" + re.sub(r"[^a-z0-9_]", "_", code.lower())


def redact(dsn: str) -> str:
    """A DSN fit for a log or a status line: no password."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", dsn)


class Central:
    """A connection to head office: PostgreSQL (psycopg 3) or a SQLite file."""

    def __init__(self, dsn: str, connect_timeout: int = 10):
        self.dsn = dsn
        if dsn.startswith("sqlite:///"):
            self.kind = "sqlite"
            path = dsn.removeprefix("sqlite:///")
            try:
                self.conn: Any = sqlite3.connect(path, isolation_level=None, timeout=30,
                                                 check_same_thread=False)
                self.conn.execute("PRAGMA journal_mode=wal")
            except sqlite3.Error as exc:
                raise CentralError("unreachable", f"Cannot open {path}: {exc}") from exc
        elif dsn.startswith(("postgresql://", "postgres://")) or "=" in dsn:
            self.kind = "pg"
            try:
                self.conn = psycopg.connect(dsn, autocommit=True,
                                            connect_timeout=connect_timeout)
                # No server-side prepared statements: behind PgBouncer in transaction mode
                # the next statement may reach another server connection.
                self.conn.prepare_threshold = None
            except psycopg.OperationalError as exc:
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
                if admission.busy(exc):  # no room now: the sync waits its turn
                    raise CentralError("busy", f"Head office is full ({redact(dsn)}): "
                                       f"{first}") from exc
                raise CentralError("unreachable", f"Head office database unreachable "
                                   f"({redact(dsn)}): {first}") from exc
        else:
            raise CentralError("bad_dsn", f"Unknown database address {redact(dsn)!r}: use "
                               "postgresql://user@host/db or sqlite:///central.db")

    # ------------------------------------------------------------ plumbing
    @property
    def pg(self) -> bool:
        return self.kind == "pg"

    def sql(self, text: Query) -> Query:
        """The statement in this database's dialect: SQLite takes ? where PostgreSQL takes %s."""
        return text if self.pg or not isinstance(text, str) else text.replace("%s", "?")

    def execute(self, text: Query, params: Params = ()) -> Any:
        args = params if isinstance(params, dict) else tuple(params)
        if self.pg and not args:
            return self.conn.execute(text)  # no parameters: a % in the text stays a %
        return self.conn.execute(self.sql(text), args)

    def all(self, text: Query, params: Params = ()) -> list[tuple[Any, ...]]:
        return list(self.execute(text, params).fetchall())

    def one(self, text: Query, params: Params = ()) -> tuple[Any, ...] | None:
        return self.execute(text, params).fetchone()

    def value(self, text: Query, params: Params = ()) -> Any:
        """The first column of a query that always returns a row (count(*), nextval...)."""
        row = self.one(text, params)
        if row is None:
            raise CentralError("central_error", f"Head office returned no row for: {text}")
        return row[0]

    def executemany(self, text: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.pg:
            with self.conn.cursor() as cur:
                cur.executemany(text, rows)
        else:
            self.conn.executemany(self.sql(text), rows)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        if self.pg:
            with self.conn.transaction():
                yield
        else:
            self.conn.execute("BEGIN IMMEDIATE")  # the write lock: one sync of a hall at a time
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()

    def __enter__(self) -> Central:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def type(self, kind: str) -> str:
        return TYPES[kind][0 if self.pg else 1]

    # ------------------------------------------------------------ schema (central_schema)
    def ddl(self) -> list[str]:
        return central_schema.ddl(self)

    def init_schema(self) -> dict[str, int]:
        """Create (or bring up to date) the schema (see central_schema.init_schema)."""
        return central_schema.init_schema(self)

    def check_schema(self) -> None:
        central_schema.check_schema(self)

    # ------------------------------------------------------------ halls and roles
    def add_hall(self, code: str, name: str = "", timezone: str = "",
                 password: str | None = None, role: str | None = None) -> dict[str, Any]:
        """Register a hall; on PostgreSQL also its login role, limited to its own rows."""
        code = code.strip()
        if not code or len(code) > 40 or not re.fullmatch(r"[A-Za-z0-9_.-]+", code):
            raise CentralError("bad_code", "A hall code is 1 to 40 letters, digits, - _ or .")
        role = role or role_name(code)
        with self.transaction():
            self.execute("INSERT INTO halls (hall_code, name, timezone, db_role) VALUES "
                         "(%s, %s, %s, %s) ON CONFLICT (hall_code) DO NOTHING",
                         (code, name, timezone, role if self.pg else None))
            if self.pg:
                central_schema.grant(self, role, password)
        return {"hall_code": code, "role": role if self.pg else None,
                "password": password if self.pg else None}

    # ------------------------------------------------------------ head office's config edits
    def next_version(self) -> int:
        if self.pg:
            return int(self.value("SELECT nextval('config_version_seq')"))
        row = self.one("SELECT last FROM config_version_seq")
        if row is None:
            self.execute("INSERT INTO config_version_seq (last) VALUES (1)")
            return 1
        self.execute("UPDATE config_version_seq SET last = last + 1")
        return row[0] + 1

    def set_config(self, table: str, hall_code: str, data: dict[str, Any]) -> int:
        """Head office changes a service, counter or staff row; the hall takes it next sync."""
        if table not in CONFIG:
            raise CentralError("bad_config", f"Unknown configuration table {table!r}.")
        cols, key = CONFIG[table]
        if key not in data:
            raise CentralError("bad_config", f"{table} needs {key}.")
        names = [c for c, _ in cols if c in data]
        values = [json.dumps(data[c], ensure_ascii=False) if dict(cols)[c] == "json"
                  else data[c] for c in names]
        with self.transaction():
            version = self.next_version()
            sets = ", ".join(f"{c} = excluded.{c}" for c in names if c != key)
            self.execute(
                f"INSERT INTO {table} (hall_code, {', '.join(names)}, version) VALUES "
                f"(%s, {', '.join(['%s'] * len(names))}, %s) ON CONFLICT (hall_code, {key}) "
                f"DO UPDATE SET {sets + ', ' if sets else ''}version = excluded.version",
                [hall_code, *values, version])
        return version

    def set_message(self, hall_code: str, message: str) -> int:
        with self.transaction():
            version = self.next_version()
            cur = self.execute("UPDATE halls SET message = %s, message_version = %s "
                               "WHERE hall_code = %s", (message, version, hall_code))
            if cur.rowcount == 0:
                raise CentralError("unknown_hall", f"No hall {hall_code} at head office.")
        return version


def new_password() -> str:
    return secrets.token_urlsafe(18)
