"""Reconciliation while the hall is open: what was pushed compares equal, damage still shows."""
# ruff: noqa: F811 - pytest fixtures imported from test_sync_support

from __future__ import annotations

from datetime import timedelta
from typing import Any

from test_sync_support import (  # noqa: F401 - fixtures
    DAY,
    day_template,
    pg_hall,
    pgdb,
)

from hallq.store.database import Store
from hallq.sync import push as sync
from hallq.sync import reconcile
from hallq.sync.central import Central

DAY2 = (DAY + timedelta(days=1)).isoformat()


class WritesAfterFirstRead:
    """The hall's reader, with the hub writing `write()` right after the reconcile's first
    read: the moment a busy hall issues a ticket while the checksums are being computed."""

    def __init__(self, db: Any, write: Any):
        self._db, self._write = db, write

    def execute_sql(self, sql: str, params: Any = ()) -> Any:
        cursor = self._db.execute_sql(sql, params)
        if self._write is not None:
            write, self._write = self._write, None
            write()
        return cursor

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


def _open_next_morning(hall) -> None:
    """Day 2, 08:00: the hall opens, a clerk calls and serves two customers."""
    hall.clock.advance(hours=14)
    hall.login("NV01", "1111", 1)
    for _ in range(2):
        hall.issue("A")
    hall.call_next(1)
    hall.start_serving(1)


def _day1_ticket(hall) -> int:
    return hall.store.db.execute_sql(
        "SELECT id FROM ticket WHERE day = ? AND state = 'done' ORDER BY id LIMIT 1",
        (DAY.isoformat(),)).fetchone()[0]


def _reconcile(dsn: str, db, code: str, days, acked: int, write=None, **kw) -> dict:
    reader = Store(db, readonly=True)
    try:
        with Central(dsn) as central:
            hall_db = reader.db if write is None else WritesAfterFirstRead(reader.db, write)
            return reconcile.reconcile(central, hall_db, code, days, acked, **kw)
    finally:
        reader.close()


def test_a_row_of_yesterday_changed_after_the_push_is_no_mismatch(pgdb, day_template,
                                                                   tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    note, _ = hall.add_note(_day1_ticket(hall), "NV01", "complaint", "billing", "call back",
                            True)
    assert sync.run_sync(dsn, db, hall).ok  # the nightly sync of day 1
    _open_next_morning(hall)
    res = sync.run_sync(dsn, db, hall)  # a sync at 08:00, the hall open
    assert res.ok, res.error
    # After the push the hall goes on: yesterday's follow-up is resolved (a day-1 row
    # changed by a day-2 event), a customer is finished, another one arrives.
    hall.resolve_note(note["id"], "GS01")
    hall.finish(1)
    hall.issue("B")
    out = _reconcile(dsn, db, code, None, res.to_seq)
    assert out["ok"], out["mismatches"]
    assert out["checked"] >= 8  # both days, every table that has rows


def test_a_ticket_issued_while_reconcile_reads_is_no_mismatch(pgdb, day_template, tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    _open_next_morning(hall)
    res = sync.run_sync(dsn, db, hall)
    assert res.ok, res.error
    out = _reconcile(dsn, db, code, [DAY.isoformat(), DAY2], res.to_seq,
                     write=lambda: hall.issue("C"))
    assert out["ok"], out["mismatches"]
    assert out["checked"] >= 8


def test_a_real_mismatch_is_found_while_the_hall_is_open(pgdb, day_template, tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    _open_next_morning(hall)
    res = sync.run_sync(dsn, db, hall)
    assert res.ok, res.error
    hall.finish(1)  # the hall goes on after the push: today has events not yet sent
    hall.issue("B")
    waiting = hall.store.db.execute_sql(
        "SELECT id FROM ticket WHERE day = ? AND state = 'waiting'", (DAY2,)).fetchone()[0]
    with pgdb.owner() as owner:  # head office's copy damaged: today's and yesterday's rows
        owner.execute("UPDATE tickets SET state = 'done' WHERE hall_code = %s AND id = %s",
                      (code, waiting))
        owner.execute("DELETE FROM ratings WHERE hall_code = %s AND id = (SELECT min(id) "
                      "FROM ratings WHERE hall_code = %s)", (code, code))
    out = _reconcile(dsn, db, code, None, res.to_seq)
    quick = _reconcile(dsn, db, code, [DAY.isoformat()], res.to_seq, counts_only=True)
    found = {(m["table"], m["day"], m["hall_rows"] - m["central_rows"], m["checksum_equal"])
             for m in out["mismatches"]}
    assert found == {("tickets", DAY2, 0, False), ("ratings", DAY.isoformat(), 1, False)}, out
    assert [(m["table"], m["hall_rows"] - m["central_rows"]) for m in quick["mismatches"]] \
        == [("ratings", 1)]
