"""Fixtures for the sync tests: a throwaway PostgreSQL database per test, a simulated hall day."""

from __future__ import annotations

import json
import random
import secrets
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import psycopg
import pytest
from psycopg import sql

from hallq.domain import sample
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall
from hallq.simulation import day as simulate
from hallq.store.database import Store
from hallq.sync.central import Central
from hallq.sync.central_tables import TABLES
from hallq.sync.reconcile import central_rows, local_rows

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
DAY = date(2024, 5, 2)
TZ = ZoneInfo(sample.HALL.timezone)


@dataclass
class PgDb:
    name: str
    roles: list[str] = field(default_factory=list)

    def dsn(self, user: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:5432/{self.name}"

    def owner(self) -> Central:
        return Central(self.dsn())

    def add_hall(self, code: str) -> str:
        """Register a hall (trust login) and return the DSN of its own role."""
        with self.owner() as c:
            out = c.add_hall(code)
        self.roles.append(out["role"])
        return self.dsn(out["role"])


def pg_available() -> bool:
    try:
        psycopg.connect(PG_ADMIN, connect_timeout=3).close()
        return True
    except Exception:  # noqa: BLE001
        return False


@pytest.fixture
def pgdb():
    """CREATE DATABASE hallq_test_<random> with the central schema; dropped at the end."""
    if not pg_available():
        pytest.skip("PostgreSQL is not running on 127.0.0.1:5432 (pg_ctlcluster 15 main start)")
    name = f"hallq_test_{secrets.token_hex(5)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
            sql.Identifier(name)))
    db = PgDb(name)
    with db.owner() as c:
        c.init_schema()
    yield db
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(name)))
        for role in db.roles:
            admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def new_code() -> str:
    return "T" + secrets.token_hex(4).upper()


_made: list[Path] = []


@pytest.fixture(scope="session")
def day_template(tmp_path_factory) -> Path:
    """One simulated business day (150 tickets), made once; tests copy the file."""
    if _made:  # imported by several test modules: still simulate only once a session
        return _made[0]
    path = tmp_path_factory.mktemp("day") / "hall.db"
    clock = FixedClock(datetime.combine(DAY, datetime.min.time(), tzinfo=TZ) + timedelta(hours=6))
    hall = Hall.create(path, sample.HALL, sample.SERVICES, sample.COUNTERS, sample.STAFF, clock)
    hall.store.db.execute_sql("PRAGMA synchronous = NORMAL")
    customers = simulate.generate_arrivals(DAY, 150, random.Random(3), hall.info.timezone)
    simulate.simulate_day(hall, clock, DAY, customers, simulate.default_counters(hall, DAY), 3)
    hall.store.close()
    _made.append(path)
    return path


def copy_day(template: Path, dest: Path, code: str) -> Path:
    """A copy of the simulated day under another hall code."""
    shutil.copy(template, dest)
    con = sqlite3.connect(dest)
    info = json.loads(con.execute("SELECT value FROM meta WHERE key = 'hall'").fetchone()[0])
    info["code"] = code
    con.execute("UPDATE meta SET value = ? WHERE key = 'hall'", (json.dumps(info),))
    con.commit()
    con.close()
    return dest


def open_hall(path: Path) -> Hall:
    """The hall as its hub would hold it, on a clock at the end of the simulated day."""
    clock = FixedClock(datetime.combine(DAY, datetime.min.time(), tzinfo=TZ)
                       + timedelta(hours=18))
    hall = Hall(Store(path), clock)
    hall.store.db.execute_sql("PRAGMA synchronous = NORMAL")  # a test, not a real hall
    return hall


def pg_hall(pgdb: PgDb, template: Path, tmp_path: Path, code: str | None = None,
            file: str = "hall.db") -> tuple[str, str, Path, Hall]:
    """A copy of the simulated day as a hall registered at head office, opened:
    (its code, the DSN of its own role, its database file, the Hall)."""
    code = code or new_code()
    dsn = pgdb.add_hall(code)
    db = copy_day(template, tmp_path / file, code)
    return code, dsn, db, open_hall(db)


def assert_identical(central: Central, db_path: Path, code: str) -> int:
    """Head office holds exactly the hall's rows, table by table, row by row."""
    reader = Store(db_path, readonly=True)
    total = 0
    try:
        for table in TABLES.values():
            local = local_rows(reader.db, table)
            remote = central_rows(central, code, table)
            assert remote.keys() == local.keys(), table.name
            for day in local:
                assert remote[day] == local[day], f"{table.name} {day}"
                total += len(local[day])
        last = reader.db.execute_sql("SELECT max(seq), count(*) FROM event").fetchone()
    finally:
        reader.close()
    # No holes and no duplicates: seq 1..N, each once.
    n, lo, hi = central.one("SELECT count(*), min(seq), max(seq) FROM events "
                            "WHERE hall_code = %s", (code,))
    assert (n, lo, hi) == (last[1], 1, last[0])
    acked = central.one("SELECT acked_seq FROM halls WHERE hall_code = %s", (code,))[0]
    assert acked == last[0]
    return total


def free_tickets(hall, n: int) -> list[int]:
    """First legs of the simulated day with no case, complaint or answers of their own (the
    simulation made some)."""
    m = hall.m
    taken = {r.ticket_id for r in m.Case.select()} | {r.ticket_id for r in m.Complaint.select()}
    taken |= {r.ticket_id for r in m.IndexAnswer.select()}
    return [t.id for t in hall.state.tickets.values() if t.leg == 1 and t.id not in taken][:n]


def free_ticket(hall) -> int:
    return free_tickets(hall, 1)[0]
