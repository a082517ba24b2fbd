"""The hall's SQLite store: peewee models, pragmas, schema migrations (PRAGMA user_version)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import peewee as pw

SCHEMA_VERSION = 1
APP_ID = 0x48414C51  # "HALQ": lets restore and migrations refuse a file that is not ours

PRAGMAS = {
    "journal_mode": "wal",
    # A clerk's "done" must survive a pulled plug: fsync the WAL on every commit.
    "synchronous": "full",
    "foreign_keys": 1,
    "cache_size": -16000,
    "busy_timeout": 5000,
}


class StoreError(Exception):
    """A storage problem the user can act on (disk full, read-only, not a hallq file)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


class AwareDateTimeField(pw.TextField):
    """Timezone-aware datetime kept as ISO 8601 text with its offset."""

    def db_value(self, value: datetime | None) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime stored")
        return value.isoformat()

    def python_value(self, value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value else None


class DayField(pw.TextField):
    def db_value(self, value: date | None) -> str | None:
        return value.isoformat() if value else None

    def python_value(self, value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None


class JSONField(pw.TextField):
    def db_value(self, value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def python_value(self, value: str | None) -> Any:
        return json.loads(value) if value else None


def build_models(db: pw.Database) -> SimpleNamespace:
    """Model classes bound to one database, so several stores can live in one process."""

    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Meta_(Base):
        key = pw.TextField(primary_key=True)
        value = JSONField()

        class Meta:
            table_name = "meta"

    class Service(Base):
        prefix = pw.CharField(primary_key=True, max_length=1)
        names = JSONField()
        target_wait_min = pw.IntegerField()
        typical_service_min = pw.FloatField()
        active = pw.BooleanField(default=True)
        kiosk_order = pw.IntegerField(default=0)
        queue_limit = pw.IntegerField(default=30)

    class Counter(Base):
        number = pw.IntegerField(primary_key=True)
        name = pw.TextField()
        services = JSONField()

    class Staff(Base):
        code = pw.TextField(primary_key=True)
        name = pw.TextField()
        role = pw.TextField()
        active = pw.BooleanField(default=True)
        pin_hash = pw.TextField()
        failed = pw.IntegerField(default=0)
        locked_until = AwareDateTimeField(null=True)
        photo = pw.TextField(default="")

    class Device(Base):
        id = pw.AutoField()
        name = pw.TextField()
        role = pw.TextField()
        counter = pw.IntegerField(null=True)
        token_hash = pw.TextField(unique=True)
        created = AwareDateTimeField()
        revoked = pw.BooleanField(default=False)

    class Session(Base):
        token_hash = pw.TextField(primary_key=True)
        staff = pw.TextField(index=True)
        counter = pw.IntegerField(null=True)
        login_at = AwareDateTimeField()
        logout_at = AwareDateTimeField(null=True)

    class Ticket(Base):
        id = pw.IntegerField(primary_key=True)
        day = DayField(index=True)
        number = pw.TextField()
        service = pw.TextField()
        leg = pw.IntegerField(default=1)
        parent_id = pw.IntegerField(null=True)
        arrival = AwareDateTimeField()
        queued_at = AwareDateTimeField()
        priority = pw.TextField(default="")
        customer_code = pw.TextField(default="")
        language = pw.TextField(default="vi")
        state = pw.TextField(index=True)
        target_counter = pw.IntegerField(null=True)
        counter = pw.IntegerField(null=True)
        staff = pw.TextField(null=True)
        called_at = AwareDateTimeField(null=True)
        recalls = pw.IntegerField(default=0)
        serving_at = AwareDateTimeField(null=True)
        finished_at = AwareDateTimeField(null=True)
        eta_min = pw.FloatField(null=True)

        class Meta:
            indexes = ((("day", "number", "leg"), True),)

    class CounterStatus(Base):
        number = pw.IntegerField(primary_key=True)
        state = pw.TextField()
        staff = pw.TextField(null=True)
        ticket_id = pw.IntegerField(null=True)
        since = AwareDateTimeField(null=True)
        pause_reason = pw.TextField(default="")

    class Event(Base):
        # INTEGER PRIMARY KEY without AUTOINCREMENT: a rolled-back insert leaves no hole.
        seq = pw.AutoField()
        ts = AwareDateTimeField()
        day = DayField(index=True)
        type = pw.TextField()
        ticket_id = pw.IntegerField(null=True)
        counter = pw.IntegerField(null=True)
        staff = pw.TextField(null=True)
        data = JSONField()

    class Rating(Base):
        id = pw.AutoField()
        ticket_id = pw.IntegerField(unique=True)
        day = DayField(index=True)
        counter = pw.IntegerField(null=True)
        service = pw.TextField()
        staff = pw.TextField(null=True)
        rated = pw.BooleanField()
        score = pw.IntegerField(null=True)
        choice = pw.TextField(default="")
        reasons = JSONField()
        ts = AwareDateTimeField()

    class Note(Base):
        id = pw.AutoField()
        ticket_id = pw.IntegerField(index=True)
        day = DayField(index=True)
        counter = pw.IntegerField(null=True)
        staff = pw.TextField(null=True)
        kind = pw.TextField()  # request | complaint
        category = pw.TextField(default="")
        text = pw.TextField(default="")
        follow_up = pw.BooleanField(default=False)
        resolved_at = AwareDateTimeField(null=True)
        ts = AwareDateTimeField()

    models = SimpleNamespace(
        Meta=Meta_, Service=Service, Counter=Counter, Staff=Staff, Device=Device,
        Session=Session, Ticket=Ticket, CounterStatus=CounterStatus, Event=Event,
        Rating=Rating, Note=Note,
    )
    models.all = [Meta_, Service, Counter, Staff, Device, Session, Ticket, CounterStatus,
                  Event, Rating, Note]
    return models


def _migration_1(db: pw.Database, m: SimpleNamespace) -> None:
    db.create_tables(m.all)


# Each migration runs in one transaction together with the user_version it brings.
MIGRATIONS: list[Callable[[pw.Database, SimpleNamespace], None]] = [_migration_1]


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
            from hallq.store.backup import before_migration  # (backup imports this module)
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

    def atomic(self):
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
