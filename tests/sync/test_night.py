"""A night that spreads itself: each hall's minute in the window, jittered retries, and 300
halls syncing at the same moment through a database that takes 40 connections."""
# ruff: noqa: F811 - pytest fixtures imported from test_sync_support

from __future__ import annotations

import random
import secrets
import shutil
import threading
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import psycopg
import pytest
from psycopg import sql
from test_sync_support import DAY, TZ, copy_day, new_code, pgdb  # noqa: F401 - fixtures

from hallq.domain import sample
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall
from hallq.simulation import day as simulate
from hallq.store.database import Store
from hallq.sync import admission, history
from hallq.sync import push as sync
from hallq.sync.schedule import jittered, next_run, offset_minutes

HALLS = 300
LIMIT = 40


def test_each_hall_has_its_own_stable_minute_spread_over_the_window():
    codes = [f"PC{i:04d}" for i in range(2000)]
    minutes = [offset_minutes(c, 240) for c in codes]
    # Stable: the same code gives the same minute (no process salt, unlike hash()).
    assert offset_minutes("HCM-Q3", 240) == offset_minutes("HCM-Q3", 240) == \
        int.from_bytes(__import__("hashlib").sha256(b"HCM-Q3").digest()[:8], "big") % 240
    assert all(0 <= m < 240 for m in minutes)
    # Spread: 2,000 halls over 240 minutes, no minute holds more than 3x its fair share.
    per_minute = Counter(minutes)
    assert len(per_minute) == 240 and max(per_minute.values()) <= 3 * 2000 / 240
    assert offset_minutes("HCM-Q3", 0) == offset_minutes("HCM-Q3", 1) == 0


def test_the_window_may_run_past_midnight():
    tz = ZoneInfo("Asia/Ho_Chi_Minh")
    # 23:00 + 90 min: 00:30 the next day, and at 00:10 that run is still ahead.
    assert next_run(datetime(2024, 5, 2, 22, 0, tzinfo=tz), "23:00", 90) == \
        datetime(2024, 5, 3, 0, 30, tzinfo=tz)
    assert next_run(datetime(2024, 5, 3, 0, 10, tzinfo=tz), "23:00", 90) == \
        datetime(2024, 5, 3, 0, 30, tzinfo=tz)
    assert next_run(datetime(2024, 5, 3, 0, 30, tzinfo=tz), "23:00", 90) == \
        datetime(2024, 5, 4, 0, 30, tzinfo=tz)


def test_retries_and_waits_are_jittered_and_bounded():
    rng = random.Random(5)
    waits = [jittered(15, rng) for _ in range(500)]
    assert 7.5 <= min(waits) < 8.5 and 21.5 < max(waits) < 22.5
    assert len({round(w, 3) for w in waits}) > 450  # not a handful of values
    p = admission.Patience(first=2, cap=30, total=600, rng=random.Random(1))
    w = p.waits()
    assert 600 <= sum(w) < 630 and max(w) <= 30 and w[0] <= 2


@pytest.fixture(scope="module")
def small_day(tmp_path_factory) -> Path:
    """A short day (12 tickets) of a hall: 300 copies of it sync in the test below."""
    path = tmp_path_factory.mktemp("small") / "hall.db"
    clock = FixedClock(datetime.combine(DAY, datetime.min.time(), tzinfo=TZ) + timedelta(hours=6))
    hall = Hall.create(path, sample.HALL, sample.SERVICES, sample.COUNTERS, sample.STAFF, clock)
    customers = simulate.generate_arrivals(DAY, 12, random.Random(4), hall.info.timezone)
    simulate.simulate_day(hall, clock, DAY, customers, simulate.default_counters(hall, DAY), 4)
    hall.store.close()
    return path


def _peak(name: str, stop: threading.Event, seen: dict[str, int]) -> None:
    """Sample the hall logins' connections and the slots taken, every 10 ms."""
    with psycopg.connect(f"postgresql://postgres@127.0.0.1:5432/{name}",
                         autocommit=True) as con:
        while not stop.is_set():
            conns = con.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                "current_database() AND usename LIKE 'hallq_hall_%'"
                                ).fetchone()[0]
            slots = con.execute("SELECT count(*) FROM sync_slots WHERE hall_code IS NOT NULL"
                                ).fetchone()[0]
            seen["conns"] = max(seen["conns"], conns)
            seen["slots"] = max(seen["slots"], slots)
            time.sleep(0.01)


@pytest.mark.slow  # about 40 s on two cores: 300 syncs, six at a time
def test_300_halls_at_once_through_40_connections_all_finish_nothing_lost_or_doubled(
        pgdb, small_day, tmp_path):
    """The database admits 40 connections (ALTER DATABASE ... CONNECTION LIMIT 40, a real
    refusal by the server: "too many connections for database"), head office 6 syncs at
    a time. Every hall starts at the same instant; each is turned away until its turn."""
    run = secrets.token_hex(3).upper()  # role names are the server's: unique to this run
    with pgdb.owner() as c:
        history.set_setting(c, "sync_slots", "6")
        dsns = {}
        for i in range(HALLS):
            code = f"N{run}{i:03d}"
            role = c.add_hall(code)["role"]
            pgdb.roles.append(role)
            dsns[code] = pgdb.dsn(role)
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres",
                         autocommit=True) as admin:
        admin.execute(sql.SQL("ALTER DATABASE {} CONNECTION LIMIT {}").format(
            sql.Identifier(pgdb.name), sql.Literal(LIMIT)))
    files = {code: copy_day(small_day, tmp_path / f"{code}.db", code) for code in dsns}
    n_events = Store(small_day, readonly=True).db.execute_sql(
        "SELECT count(*) FROM event").fetchone()[0]

    results: dict[str, sync.SyncResult] = {}
    start = threading.Barrier(HALLS)

    def one(code: str) -> None:
        patience = admission.Patience(first=0.05, cap=0.8, total=300,
                                      rng=random.Random(code))
        start.wait()
        results[code] = sync.run_sync(dsns[code], files[code], None, patience=patience)

    seen = {"conns": 0, "slots": 0}
    stop = threading.Event()
    watcher = threading.Thread(target=_peak, args=(pgdb.name, stop, seen))
    watcher.start()
    threads = [threading.Thread(target=one, args=(code,)) for code in dsns]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    finally:
        stop.set()
        watcher.join()

    failed = {c: r.error for c, r in results.items() if not r.ok}
    assert len(results) == HALLS and not failed
    turned_away = sum(r.turned_away for r in results.values())
    assert turned_away > HALLS  # the limits were met: most halls waited, more than once
    assert 0 < seen["conns"] <= LIMIT and 0 < seen["slots"] <= 6
    with pgdb.owner() as c:
        per_hall = dict(c.all("SELECT hall_code, count(*) FROM events GROUP BY hall_code"))
        dup = c.value("SELECT count(*) FROM (SELECT hall_code, seq FROM events GROUP BY "
                      "hall_code, seq HAVING count(*) > 1) d")
        logs = dict(c.all("SELECT hall_code, count(*) FILTER (WHERE ok) FROM sync_log "
                          "GROUP BY hall_code"))
        acked = {r[0] for r in c.all("SELECT acked_seq FROM halls")}
        held = c.value("SELECT count(*) FROM sync_slots WHERE hall_code IS NOT NULL")
    assert per_hall == {code: n_events for code in dsns}  # nothing lost
    assert dup == 0  # nothing doubled
    assert logs == {code: 1 for code in dsns} and acked == {n_events}
    assert held == 0  # every slot given back
    for path in files.values():
        path.unlink()
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_a_slot_left_by_a_dead_sync_is_free_after_its_lease(pgdb):
    with pgdb.owner() as c:
        history.set_setting(c, "sync_slots", "1")
        history.set_setting(c, "sync_lease_seconds", "60")
        a, b = new_code(), new_code()
        for code in (a, b):
            pgdb.roles.append(c.add_hall(code)["role"])
        assert admission.take(c, a) == 0  # a's sync dies holding it
        assert admission.take(c, b) is None  # b waits
        assert admission.take(c, a) == 0  # a again: its own slot back
        c.execute("UPDATE sync_slots SET taken_at = now() - interval '61 seconds'")
        assert admission.take(c, b) == 0  # the lease ran out
        admission.give(c, b)
        assert c.value("SELECT count(*) FROM sync_slots WHERE hall_code IS NOT NULL") == 0
