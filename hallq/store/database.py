"""The hall's SQLite store: pragmas, schema migrations (PRAGMA user_version), fast writes.

The models are in hallq.store.models; APP_ID, SCHEMA_VERSION and StoreError in
hallq.store.schema (all importable from here as before).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import peewee as pw

from hallq.store.backup import before_migration
from hallq.store.models import build_models as build_models
from hallq.store.schema import APP_ID as APP_ID
from hallq.store.schema import SCHEMA_VERSION as SCHEMA_VERSION
from hallq.store.schema import StoreError as StoreError

PRAGMAS = {
    "journal_mode": "wal",
    # A clerk's "done" must survive a pulled plug: fsync the WAL on every commit.
    "synchronous": "full",
    "foreign_keys": 1,
    "cache_size": -16000,
    "busy_timeout": 5000,
}


def _migration_1(db: pw.Database, m: SimpleNamespace) -> None:
    db.create_tables(m.all)


def _migration_2(db: pw.Database, m: SimpleNamespace) -> None:
    """Sessions bound to their device; wrong PINs counted per (staff member, device)."""
    # Migration 1 creates the tables from today's models, so a file made from scratch
    # already has both; an older file gets them here.
    if "device_id" not in {c.name for c in db.get_columns("session")}:
        db.execute_sql('ALTER TABLE "session" ADD COLUMN "device_id" INTEGER')
    db.create_tables([m.LoginLock], safe=True)


def _migration_3(db: pw.Database, m: SimpleNamespace) -> None:
    """Appointments and each service's appointment plan; customers' contacts and the outbox
    of messages to them; cases and each service's case type; complaints and their causes;
    satisfaction indices and their answers; notices to the hall."""
    db.create_tables([m.Appointment, m.AppointmentPlan, m.Contact, m.Outbox, m.CaseType,
                      m.Case, m.ComplaintCause, m.Complaint, m.SatisfactionIndex,
                      m.IndexAnswer, m.Notice], safe=True)


def _migration_4(db: pw.Database, m: SimpleNamespace) -> None:
    """The event log indexed by type and day (event_type_day): the report's notes open at a
    day's end no longer read every event the hall ever wrote."""
    db.execute_sql('CREATE INDEX IF NOT EXISTS "event_type_day" ON "event" ("type", "day")')


# Each migration runs in one transaction together with the user_version it brings.
MIGRATIONS: list[Callable[[pw.Database, SimpleNamespace], None]] = [_migration_1,
                                                                     _migration_2,
                                                                     _migration_3,
                                                                     _migration_4]


class Store:
    """One hall database file; the hub is its only writer."""

    def __init__(self, path: str | Path, create: bool = False, readonly: bool = False):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError("no_database", f"No hall database at {self.path}. "
                             "Create one with: hallq init --db PATH")
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        pragmas = dict(PRAGMAS)
        if readonly:
            pragmas.pop("journal_mode")  # a reader must not try to change the journal mode
            pragmas["query_only"] = 1
        self.db = pw.SqliteDatabase(str(self.path), pragmas=pragmas, check_same_thread=False)
        self._sql: dict[tuple, tuple[str, list[pw.Field]]] = {}
        self.m = build_models(self.db)
        try:
            self.db.connect(reuse_if_open=True)
            if not readonly:
                self.migrate()
            else:
                self.check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError("not_hallq", f"{self.path} is not a hallq database ({exc}).") from exc
        except pw.DatabaseError as exc:
            raise StoreError("not_hallq", f"{self.path} is not a hallq database ({exc}).") from exc

    # -- schema
    def user_version(self) -> int:
        return self.db.execute_sql("PRAGMA user_version").fetchone()[0]

    def check_version(self) -> int:
        version = self.user_version()
        app = self.db.execute_sql("PRAGMA application_id").fetchone()[0]
        if version and app != APP_ID:
            raise StoreError("not_hallq", f"{self.path} is not a hallq database.")
        if version > SCHEMA_VERSION:
            raise StoreError("too_new", f"{self.path} was written by a newer hallq "
                             f"(schema {version}, this one knows {SCHEMA_VERSION}).")
        return version

    def migrate(self) -> None:
        version = self.check_version()
        if version == 0:
            tables = self.db.get_tables()
            if tables:
                raise StoreError("not_hallq", f"{self.path} is not a hallq database.")
        if 0 < version < SCHEMA_VERSION:
            before_migration(self.path, version)  # a copy first: a failed migration loses nothing
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.db.atomic():
                MIGRATIONS[target - 1](self.db, self.m)
                self.db.execute_sql(f"PRAGMA application_id = {APP_ID}")
                self.db.execute_sql(f"PRAGMA user_version = {target}")

    # -- meta
    def get_meta(self, key: str, default: Any = None) -> Any:
        row = self.m.Meta.get_or_none(self.m.Meta.key == key)
        return default if row is None else row.value

    def set_meta(self, key: str, value: Any) -> None:
        self.m.Meta.insert(key=key, value=value).on_conflict_replace().execute()

    def atomic(self) -> AbstractContextManager[Any]:
        """A transaction, or a savepoint inside one (peewee's atomic)."""
        return self.db.atomic()

    # -- the hot path: prepared statements (peewee builds SQL per call, ~10x slower here)
    def _prepared(self, model: type[pw.Model], verb: str) -> tuple[str, list[pw.Field]]:
        key = (model, verb)
        if key not in self._sql:
            fields = [f for f in model._meta.sorted_fields
                      if not (verb == "INSERT" and isinstance(f, pw.AutoField))]
            cols = ", ".join(f'"{f.column_name}"' for f in fields)
            marks = ", ".join("?" for _ in fields)
            self._sql[key] = (f'{verb} INTO "{model._meta.table_name}" ({cols}) '
                              f"VALUES ({marks})", fields)
        return self._sql[key]

    def write_row(self, model: type[pw.Model], values: dict[str, Any],
                  replace: bool = False) -> int:
        """Insert (or replace) one row from field values; returns the new rowid."""
        sql, fields = self._prepared(model, "INSERT OR REPLACE" if replace else "INSERT")
        params = []
        for f in fields:
            if f.name in values:
                value = values[f.name]
            else:
                value = f.default() if callable(f.default) else f.default
            params.append(f.db_value(value))
        return self.db.execute_sql(sql, params).lastrowid

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()
