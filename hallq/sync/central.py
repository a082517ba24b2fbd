"""Head office's central database: schema, per-hall roles with row-level security, config API.

One code path for PostgreSQL (the real thing) and a SQLite file (`sqlite:///central.db`, a
demo without a server). Every row is keyed by hall_code. The column lists in TABLES drive
the DDL, the upserts of sync.py and the checksums of reconciliation, so the three agree.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.sql import SQL, Composable, Identifier, Literal

from hallq.sync import admission, central_cases, history, policies
from hallq.sync.errors import CentralError as CentralError  # (its home before)

Query = str | Composable  # plain text, or (PostgreSQL only) a statement built with psycopg.sql
Params = Sequence[Any] | dict[str, Any]

# Column kinds -> (PostgreSQL type, SQLite type)
TYPES = {
    "int": ("bigint", "INTEGER"), "text": ("text", "TEXT"), "date": ("date", "TEXT"),
    "ts": ("timestamptz", "TEXT"), "bool": ("boolean", "INTEGER"),
    "float": ("double precision", "REAL"), "json": ("json", "TEXT"),
}


@dataclass(frozen=True)
class Table:
    """A synced fact table: hall column list (same names as the hall's SQLite), key, day."""

    name: str        # central table
    local: str       # the hall's table
    key: str
    columns: tuple[tuple[str, str], ...]   # (name, kind), in the hall's order
    day: str = "day"  # column giving the business day (sessions: derived on push)
    # A table with no day column of its own: the hall's column whose date (its first ten
    # characters, as the hall wrote it) is sent as the row's day.
    day_from: str = ""
    immutable: bool = False
    partitioned: bool = False  # PostgreSQL: by month of `day` (hallq.sync.history)
    # What the hall sends of a column, when not the column itself (an SQLite expression,
    # used by the push and by reconcile on the hall's side, so both see the same text).
    hall_expr: tuple[tuple[str, str], ...] = ()

    def select(self, col: str) -> str:  # the hall's SELECT expression of a column
        return dict(self.hall_expr).get(col, f'"{col}"')

    @property
    def conflict(self) -> str:  # the key an upsert meets: a partition's includes its day
        return f"hall_code, {self.key}" + (", day" if self.partitioned else "")

    @property
    def names(self) -> list[str]:
        return [c for c, _ in self.columns]


# The hall adds to each event the whole ticket and counter it concerns (for its own streams
# and replay): head office has those rows in tickets, and keeps the event's own data only —
# about a fifth of the bytes. Personal data stays in the hall: no customer code (a phone
# number, often) and no complaint text leave it; head office sees that a ticket had a code
# ('#') and a note's kind, category and follow-up.
# No free text written in the hall leaves it either: a case's refusal reason, a complaint's
# text (the customer's words) and its closing text (the staff's answer, which may quote them).
EVENT_DATA = ("CASE WHEN \"type\" = 'note_added' THEN json_remove(\"data\", '$.ticket', "
              "'$.status', '$.text') "
              "WHEN substr(\"type\", 1, 5) = 'case_' THEN json_remove(\"data\", '$.ticket', "
              "'$.status', '$.case.reason', '$.case.phone', '$.reason', '$.phone') "
              "WHEN substr(\"type\", 1, 10) = 'complaint_' THEN json_remove(\"data\", "
              "'$.ticket', '$.status', '$.text', '$.closing_text', '$.complaint.text', "
              "'$.complaint.closing_text', '$.phone') "
              "ELSE json_remove(\"data\", '$.ticket', '$.status') END")
CUSTOMER_CODE = "CASE WHEN \"customer_code\" <> '' THEN '#' ELSE \"customer_code\" END"

TABLES: dict[str, Table] = {t.name: t for t in [
    Table("events", "event", "seq", (
        ("seq", "int"), ("ts", "ts"), ("day", "date"), ("type", "text"), ("ticket_id", "int"),
        ("counter", "int"), ("staff", "text"), ("data", "json")), immutable=True,
        partitioned=True, hall_expr=(("data", EVENT_DATA),)),
    Table("tickets", "ticket", "id", (
        ("id", "int"), ("day", "date"), ("number", "text"), ("service", "text"),
        ("leg", "int"), ("parent_id", "int"), ("arrival", "ts"), ("queued_at", "ts"),
        ("priority", "text"), ("customer_code", "text"), ("language", "text"),
        ("state", "text"), ("target_counter", "int"), ("counter", "int"), ("staff", "text"),
        ("called_at", "ts"), ("recalls", "int"), ("serving_at", "ts"), ("finished_at", "ts"),
        ("eta_min", "float")), partitioned=True,
        hall_expr=(("customer_code", CUSTOMER_CODE),)),
    Table("ratings", "rating", "id", (
        ("id", "int"), ("ticket_id", "int"), ("day", "date"), ("counter", "int"),
        ("service", "text"), ("staff", "text"), ("rated", "bool"), ("score", "int"),
        ("choice", "text"), ("reasons", "json"), ("ts", "ts"))),
    Table("notes", "note", "id", (
        ("id", "int"), ("ticket_id", "int"), ("day", "date"), ("counter", "int"),
        ("staff", "text"), ("kind", "text"), ("category", "text"), ("text", "text"),
        ("follow_up", "bool"), ("resolved_at", "ts"), ("ts", "ts")),
        hall_expr=(("text", "''"),)),
    # A session has no business day of its own: the date of its login as the hall wrote it.
    Table("sessions", "session", "token_hash", (
        ("token_hash", "text"), ("staff", "text"), ("counter", "int"), ("login_at", "ts"),
        ("logout_at", "ts")), day_from="login_at"),
    # Cases and complaints change over days: each sync sends the rows its events changed,
    # as they are now. Never sent: a case's phone, its page's secret key and its refusal
    # reason; a complaint's text and closing text (head office sees cause, owner, level,
    # dates and outcome). Their day: the date of opened_at as the hall wrote it.
    Table("cases", "hall_case", "number", (
        ("number", "text"), ("service", "text"), ("owner", "text"), ("status", "text"),
        ("opened_at", "ts"), ("due", "date"), ("ticket_id", "int"), ("updated_at", "ts")),
        day_from="opened_at"),
    Table("complaints", "complaint", "number", (
        ("number", "text"), ("source", "text"), ("cause", "text"), ("owner", "text"),
        ("opened_at", "ts"), ("due", "date"), ("ticket_id", "int"), ("case_number", "text"),
        ("level", "int"), ("closed_at", "ts"), ("outcome", "text"), ("updated_at", "ts")),
        day_from="opened_at", hall_expr=(("case_number", '"case"'),)),
]}

# Configuration that head office manages: (name, columns, key). `version` orders changes.
CONFIG: dict[str, tuple[tuple[tuple[str, str], ...], str]] = {
    "services": ((("prefix", "text"), ("names", "json"), ("target_wait_min", "int"),
                  ("typical_service_min", "float"), ("active", "bool"),
                  ("kiosk_order", "int"), ("queue_limit", "int")), "prefix"),
    "counters": ((("number", "int"), ("name", "text"), ("services", "json")), "number"),
    # pin: a first PIN head office gives a NEW staff member (the hall stores only its hash).
    "staff": ((("code", "text"), ("name", "text"), ("role", "text"), ("active", "bool"),
               ("pin", "text")), "code"),
    # Appointments head office books for a hall (its call centre, its web site): the hall
    # takes each once (by code); phone and name are erased here once the hall has them.
    "appointments": ((("code", "text"), ("service", "text"), ("start", "ts"),
                      ("phone", "text"), ("name", "text"), ("language", "text"),
                      ("cancelled", "bool")), "code"),
}

HALL_COLUMNS = ("hall_code text PRIMARY KEY, name text NOT NULL DEFAULT '', "
                "timezone text NOT NULL DEFAULT '', db_role text UNIQUE, "
                "acked_seq {int} NOT NULL DEFAULT 0, config_version {int} NOT NULL DEFAULT 0, "
                "message text, message_version {int} NOT NULL DEFAULT 0, "
                "last_sync_at {ts}, last_rows {int} NOT NULL DEFAULT 0, "
                "stats_seq {int} NOT NULL DEFAULT 0")


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

    # ------------------------------------------------------------ schema
    def ddl(self) -> list[str]:
        t = self.type
        out = [f"CREATE TABLE IF NOT EXISTS halls ("
               f"{HALL_COLUMNS.format(int=t('int'), ts=t('ts'))})"]
        for table in TABLES.values():
            cols = ", ".join(f"{c} {t(k)}" for c, k in table.columns)
            extra = f", day {t('date')}" if table.day_from else ""
            # No foreign key to halls here: a per-row check would double the cost of the
            # nightly insert; the RLS policy already ties every row to a registered hall.
            by_month = table.partitioned and self.pg
            out.append(f"CREATE TABLE IF NOT EXISTS {table.name} (hall_code text NOT NULL, "
                       f"{cols}{extra}, "
                       f"PRIMARY KEY ({table.conflict if by_month else 'hall_code, ' + table.key}))"
                       + (" PARTITION BY RANGE (day)" if by_month else ""))
            if not (by_month and table.immutable):  # events: read by seq, or by month
                out.append(f"CREATE INDEX IF NOT EXISTS {table.name}_day ON {table.name} "
                           f"(hall_code, day)")
        for name, (config_cols, key) in CONFIG.items():
            body = ", ".join(f"{c} {t(k)}" for c, k in config_cols)
            out.append(f"CREATE TABLE IF NOT EXISTS {name} (hall_code text NOT NULL "
                       f"REFERENCES halls(hall_code), {body}, version {t('int')} NOT NULL "
                       f"DEFAULT 0, PRIMARY KEY (hall_code, {key}))")
        serial = "bigserial" if self.pg else "INTEGER"
        out.append(f"CREATE TABLE IF NOT EXISTS sync_log (id {serial} PRIMARY KEY, "
                   f"hall_code text NOT NULL REFERENCES halls(hall_code), "
                   f"started_at {t('ts')}, finished_at {t('ts')}, ok {t('bool')}, "
                   f"rows_sent {t('int')}, from_seq {t('int')}, to_seq {t('int')}, "
                   f"config_applied {t('int')}, error text, reconcile {t('json')})")
        # the morning check reads each hall's last sync (hallq.sync.central_status)
        out.append("CREATE INDEX IF NOT EXISTS sync_log_hall ON sync_log (hall_code, id)")
        if self.pg:
            out.append("CREATE SEQUENCE IF NOT EXISTS config_version_seq")
            out.append("ALTER TABLE halls ADD COLUMN IF NOT EXISTS stats_seq bigint NOT NULL "
                       "DEFAULT 0")
            # Per hall, day and service sums kept up to date by each sync (hallq.sync.day_stats):
            # the central report groups these, not millions of tickets.
            out.append("CREATE TABLE IF NOT EXISTS day_stats (hall_code text NOT NULL, "
                       "day date NOT NULL, service text NOT NULL, target int, "
                       "visits bigint, called bigint, wait_sum double precision, "
                       "within bigint, served bigint, no_shows bigint, rated bigint, "
                       "offered bigint, score_sum bigint, PRIMARY KEY (hall_code, day, service))")
            out.append("CREATE INDEX IF NOT EXISTS day_stats_day ON day_stats (day)")
            # Visits booked ahead or queued from a phone (the hall counts them at each sync).
            out.append("ALTER TABLE day_stats ADD COLUMN IF NOT EXISTS online bigint NOT NULL "
                       "DEFAULT 0")
            out.append("CREATE INDEX IF NOT EXISTS notes_open ON notes (hall_code) "
                       "WHERE follow_up AND resolved_at IS NULL")
            out += history.ddl() + admission.ddl() + central_cases.ddl(True, t)
            # Row-level security: a hall role sees and writes only its own hall's rows.
            out += policies.ddl([*TABLES, *CONFIG, "sync_log", "day_stats",
                                 *central_cases.HALL_TABLES])
        else:
            out.append("CREATE TABLE IF NOT EXISTS config_version_seq (last INTEGER)")
            out.append(history.ddl()[0])  # central_settings (the night window)
            out += central_cases.ddl(False, t)
        return out

    def init_schema(self) -> dict[str, int]:
        """Create (or bring up to date) the schema; an unpartitioned head office of an
        earlier release is moved into monthly partitions (returns the rows moved per
        table), and every hall role re-granted."""
        copied: dict[str, int] = {}
        with self.transaction():
            moved = history.set_aside_plain_tables(self) if self.pg else []
            for stmt in self.ddl():
                self.execute(stmt)
            if self.pg:
                copied = history.move_into_partitions(self, moved)
                for stmt in history.PERSONAL if moved else []:  # once, at the upgrade
                    self.execute(stmt)
                for (role,) in self.all("SELECT db_role FROM halls WHERE db_role IS NOT NULL"):
                    if self.one("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)):
                        self._grant(role, None)
        return copied

    def check_schema(self) -> None:
        try:
            if self.pg:
                found = self.one("SELECT to_regclass('halls')")
                ok = found is not None and found[0] is not None
            else:
                ok = self.one("SELECT name FROM sqlite_master WHERE name='halls'") is not None
        except Exception as exc:  # noqa: BLE001 - reported as a plain sentence
            raise CentralError("no_schema", f"Head office database not readable: {exc}") from exc
        if not ok:
            raise CentralError("no_schema", "The head office database has no hallq schema: "
                               "run `hallq central init --dsn ...` first.")

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
                self._grant(role, password)
        return {"hall_code": code, "role": role if self.pg else None,
                "password": password if self.pg else None}

    def _grant(self, role: str, password: str | None) -> None:
        r = Identifier(role)
        exists = self.one("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
        if not exists:
            if password:
                self.execute(SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(r, Literal(password)))
            else:
                self.execute(SQL("CREATE ROLE {} LOGIN").format(r))
        elif password:
            self.execute(SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(r, Literal(password)))
        db = self.value("SELECT current_database()")
        self.execute(SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(
            Identifier(db), r))
        self.execute(SQL("GRANT USAGE ON SCHEMA public TO {}").format(r))
        facts = SQL(", ").join(Identifier(n) for n in [*TABLES, *CONFIG])
        self.execute(SQL("GRANT SELECT, INSERT, UPDATE ON {} TO {}").format(facts, r))
        self.execute(SQL("GRANT SELECT, INSERT ON sync_log TO {}").format(r))
        self.execute(SQL("GRANT USAGE ON SEQUENCE sync_log_id_seq TO {}").format(r))
        self.execute(SQL("GRANT SELECT, UPDATE (name, timezone, acked_seq, "
                         "config_version, last_sync_at, last_rows, stats_seq, figures_seq) "
                         "ON halls TO {}").format(r))
        central_cases.grants(self, r)
        self.execute(SQL("GRANT SELECT, INSERT, DELETE, UPDATE (online) ON day_stats TO {}")
                     .format(r))
        self.execute(SQL("GRANT SELECT ON central_settings TO {}").format(r))
        self.execute(SQL("GRANT EXECUTE ON FUNCTION hallq_ensure_month(date), "
                         "hallq_take_slot(text), hallq_give_slot(text) TO {}").format(r))

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
