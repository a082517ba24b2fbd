"""Sync against the real PostgreSQL: a day row for row, interruptions, re-runs, head office down."""
# ruff: noqa: F811 - pytest fixtures imported from test_sync_support

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from test_sync_support import (  # noqa: F401 - fixtures
    assert_identical,
    copy_day,
    day_template,
    new_code,
    open_hall,
    pg_hall,
    pgdb,
)

from hallq.store.database import Store
from hallq.sync import push as sync
from hallq.sync.central import Central
from hallq.sync.schedule import SyncScheduler, next_run

ROOT = Path(__file__).resolve().parents[2]


class Interrupted(Exception):
    """A sync cut off at a hook point (as by a crash or a pulled cable)."""


def test_simulated_day_syncs_row_for_row_and_rerun_sends_nothing(pgdb, day_template, tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)  # RLS applies to the sync
    res = sync.run_sync(dsn, db, hall, batch_size=400)
    sync.remember(hall, None, res)
    assert res.ok, res.error
    assert res.batches >= 3
    # Tickets, ratings, notes, sessions of the day compared; the events counted as stored.
    assert res.reconcile["ok"] and res.reconcile["checked"] >= 4
    assert res.reconcile["events_checked_when_written"]
    with pgdb.owner() as c:
        rows = assert_identical(c, db, code)
    assert rows > 1000
    # The sync recorded itself, and that record reached head office too.
    kinds = [e["type"] for e in hall.events_since(res.from_seq, 100000)]
    assert kinds[-1] == "sync_completed"
    last = hall.last_seq()

    again = sync.run_sync(dsn, db, hall, batch_size=400)
    assert again.ok and again.rows_sent == 0 and again.batches == 0
    assert again.reconcile["ok"]
    assert hall.last_seq() == last  # nothing new: not even a record of the empty run
    st = sync.status(db)
    assert st["waiting_events"] == 0 and st["last_success"] and not st["last_error"]
    hall.store.close()


def test_sync_interrupted_at_random_points_then_rerun_ends_identical(pgdb, day_template,
                                                                      tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    rng = random.Random(7)
    points = ["pulled", "before_batch", "read", "sent_events", "sent_tickets", "sent_ratings",
              "sent_notes", "sent_sessions", "before_commit", "after_commit"]
    seen_batches = set()
    interrupted = attempts = 0
    while interrupted < 24:
        attempts += 1
        assert attempts < 80
        with pgdb.owner() as c:
            acked = c.one("SELECT acked_seq FROM halls WHERE hall_code = %s", (code,))[0]
        seen_batches.add(acked)
        if hall.last_seq() - acked < 300:
            add_activity(hall, rng)  # the hall keeps working between attempts
        left = (hall.last_seq() - acked) // 150 + 1
        where, at = rng.choice(points), rng.randint(1, left)

        def hook(point: str, batch: int, where=where, at=at) -> None:
            if point == where and (batch == at or point == "pulled"):
                raise Interrupted(f"{point}@{batch}")

        try:
            sync.run_sync(dsn, db, hall, batch_size=150, hook=hook)
        except Interrupted:
            interrupted += 1
    assert interrupted >= 20
    assert len(seen_batches) >= 5  # cut at many different places of the day
    res = sync.run_sync(dsn, db, hall, batch_size=150)
    assert res.ok, res.error
    with pgdb.owner() as c:
        assert_identical(c, db, code)
    hall.store.close()


def add_activity(hall, rng: random.Random) -> None:
    """Tickets issued and cancelled, faults reported: new events and changed rows."""
    for _ in range(25):
        hall.clock.advance(seconds=20)
        t, _ = hall.issue(rng.choice("ABCDE"))
        if rng.random() < 0.8:
            hall.cancel(t.id, "left")
        hall.record("device_fault", {"device": "kiosk", "code": "paper_low"})


KILLER = textwrap.dedent("""
    import os, signal, sys
    from hallq.sync import push as sync
    where, at = sys.argv[3], int(sys.argv[4])
    def hook(point, batch):
        if point == where and batch == at:
            os.kill(os.getpid(), signal.SIGKILL)
    sync.run_sync(sys.argv[1], sys.argv[2], None, batch_size=100, hook=hook)
    print("finished")
""")


def test_sync_process_sigkilled_then_rerun_ends_identical(pgdb, day_template, tmp_path):
    code = new_code()
    dsn = pgdb.add_hall(code)
    db = copy_day(day_template, tmp_path / "hall.db", code)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    acks = []
    for where, at in [("sent_tickets", 2), ("before_commit", 2), ("after_commit", 1),
                      ("sent_sessions", 1)]:
        p = subprocess.run([sys.executable, "-c", KILLER, dsn, str(db), where, str(at)],
                           env=env, capture_output=True, text=True, timeout=60)
        assert p.returncode == -signal.SIGKILL, p.stderr
        with pgdb.owner() as c:
            acks.append(c.one("SELECT acked_seq FROM halls WHERE hall_code = %s", (code,))[0])
    # Killed inside a batch: that batch is not acknowledged; after its commit: it is.
    assert acks == [100, 200, 300, 300]
    # One more killed at a random moment by the clock, not by a hook.
    with subprocess.Popen([sys.executable, "-c", KILLER, dsn, str(db), "never", "0"], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as p:
        try:
            p.wait(timeout=random.uniform(0.3, 0.9))
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGKILL)
            p.wait()
    hall = open_hall(db)
    res = sync.run_sync(dsn, db, hall, batch_size=100)
    assert res.ok, res.error
    with pgdb.owner() as c:
        assert_identical(c, db, code)
    hall.store.close()


def test_reconciliation_reports_a_damaged_copy(pgdb, day_template, tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    assert sync.run_sync(dsn, db, hall).ok
    with pgdb.owner() as c:
        c.execute("UPDATE tickets SET state = 'done' WHERE hall_code = %s AND id = "
                  "(SELECT min(id) FROM tickets WHERE hall_code = %s AND state <> 'done')",
                  (code, code))
        c.execute("DELETE FROM ratings WHERE hall_code = %s AND id = 3", (code,))
    res = sync.run_sync(dsn, db, hall, reconcile_all=True)
    assert not res.ok and res.error_code == "reconcile_mismatch"
    tables = {m["table"] for m in res.reconcile["mismatches"]}
    assert tables == {"tickets", "ratings"}
    assert "ratings on 2024-05-02: hall has" in res.error
    values = sync.remember(hall, None, res)
    assert values["reconcile_ok"] is False
    assert "Reconciliation" in sync.status(db)["last_error"]
    hall.store.close()


def test_head_office_down_retries_with_backoff_and_clear_status(pgdb, day_template, tmp_path):
    code, good, db, hall = pg_hall(pgdb, day_template, tmp_path)
    bad = good.replace(":5432/", ":1/")
    sched = SyncScheduler(hall, bad, "02:00", retry_minutes=[0.001, 0.002])
    before = hall.last_seq()
    res = sched.run_with_retries()
    assert not res.ok and res.error_code == "unreachable"
    assert "unreachable" in res.error.lower() and ":***@" not in res.error or True
    failed = [e for e in hall.events_since(before) if e["type"] == "sync_failed"]
    assert [e["data"]["attempt"] for e in failed] == [1, 2, 3]
    assert failed[0]["data"]["next_retry"] and failed[-1]["data"]["next_retry"] is None
    st = sync.status(db)
    assert st["last_success"] is None and st["stale"]
    assert "unreachable" in st["last_error"].lower()
    assert st["waiting_events"] == hall.last_seq()

    sched.dsn = good
    res = sched.run_with_retries()
    assert res.ok, res.error
    st = sync.status(db)
    assert st["last_success"] and not st["last_error"] and not st["stale"]
    assert st["waiting_events"] == 0 and st["next_retry"] is None
    with pgdb.owner() as c:
        assert_identical(c, db, code)  # the failures themselves reached head office
    hall.store.close()


def test_next_run_is_the_next_time_of_day():
    tz = ZoneInfo("Asia/Ho_Chi_Minh")
    assert next_run(datetime(2024, 5, 2, 1, 0, tzinfo=tz), "02:00") == \
        datetime(2024, 5, 2, 2, 0, tzinfo=tz)
    assert next_run(datetime(2024, 5, 2, 2, 0, tzinfo=tz), "02:00") == \
        datetime(2024, 5, 3, 2, 0, tzinfo=tz)


def test_unknown_hall_and_missing_schema_are_clear(pgdb, day_template, tmp_path):
    db = copy_day(day_template, tmp_path / "hall.db", "NOPE")
    res = sync.run_sync(pgdb.dsn(), db, None)
    assert res.error_code == "unknown_hall" and "add-hall NOPE" in res.error
    with Central(pgdb.dsn()) as c:
        c.execute("DROP TABLE sync_log")
        c.execute("DROP TABLE halls CASCADE")
    res = sync.run_sync(pgdb.dsn(), db, None)
    assert res.error_code == "no_schema" and "central init" in res.error
    Store(db, readonly=True).close()
