"""The hall store: schema from an empty file, pragmas, and events in the same transaction."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from hallq.domain import DomainError
from hallq.store import database, models, schema
from hallq.store.database import APP_ID, SCHEMA_VERSION, Store, StoreError
from tests.conftest import make_hall


def test_a_new_file_gets_the_schema_and_its_version(tmp_path):
    store = Store(tmp_path / "h.db", create=True)
    assert store.user_version() == SCHEMA_VERSION
    assert store.db.execute_sql("PRAGMA application_id").fetchone()[0] == APP_ID
    assert store.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"ticket", "event", "rating", "note", "staff"} <= set(store.db.get_tables())
    store.close()
    again = Store(tmp_path / "h.db")  # opening again migrates nothing
    assert again.user_version() == SCHEMA_VERSION


def test_refuses_a_file_that_is_not_ours_or_is_newer(tmp_path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("create table x(y)")
    con.commit()
    con.close()
    with pytest.raises(StoreError) as exc:
        Store(other)
    assert exc.value.code == "not_hallq"
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError):
        Store(junk)
    newer = tmp_path / "newer.db"
    Store(newer, create=True).close()
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(StoreError) as exc:
        Store(newer)
    assert exc.value.code == "too_new"
    with pytest.raises(StoreError) as exc:
        Store(tmp_path / "missing.db")
    assert exc.value.code == "no_database"


def test_state_and_its_event_commit_together_or_not_at_all(tmp_path):
    hall = make_hall(tmp_path / "h.db")
    seq = hall.last_seq()

    original = hall.store.write_row

    def boom(model, values, replace=False):
        if model is hall.m.Event:
            raise sqlite3.OperationalError("database or disk is full")
        return original(model, values, replace)

    # Fail the event insert itself: the ticket row written before it must roll back too.
    hall.store.write_row = boom
    try:
        with pytest.raises(DomainError) as exc:
            hall.issue("A")
    finally:
        hall.store.write_row = original
    assert exc.value.code == "storage_error" and "Nothing was changed" in exc.value.message
    assert hall.m.Ticket.select().count() == 0
    assert hall.last_seq() == seq
    assert hall.state.tickets == {}
    # and the number was not used up: the next ticket is still A001, no gap
    t, events = hall.issue("A")
    assert t.number == "A001" and events[0]["seq"] == seq + 1
    row = hall.m.Event.get(hall.m.Event.seq == seq + 1)
    assert row.type == "ticket_issued" and row.data["ticket"]["number"] == "A001"


def test_event_sequence_has_no_holes_after_refused_commands(hall):
    hall.login("NV01", "1111", 1)
    for _ in range(3):
        hall.issue("A")
        with pytest.raises(DomainError):
            hall.issue("Q")
        with pytest.raises(DomainError):
            hall.finish(1)
    seqs = [r.seq for r in hall.m.Event.select().order_by(hall.m.Event.seq)]
    assert seqs == list(range(1, len(seqs) + 1))


def test_the_store_modules_import_in_layers():
    """schema, then backup, then database: no module imports one that imports it back."""
    code = ("import sys, hallq.store.backup, hallq.store.models; "
            "assert 'hallq.store.database' not in sys.modules, 'a lower module imports database'")
    subprocess.run([sys.executable, "-c", code], check=True)
    # what other rooms import from hallq.store.database is still there, and the same object
    assert (database.StoreError, database.APP_ID, database.SCHEMA_VERSION) == (
        schema.StoreError, schema.APP_ID, schema.SCHEMA_VERSION)
    assert database.build_models is models.build_models


def test_two_stores_have_their_own_models(tmp_path):
    one, two = Store(tmp_path / "1.db", create=True), Store(tmp_path / "2.db", create=True)
    one.m.Counter.create(number=1, name="Quầy 1", services=["A"])
    assert one.m.Counter is not two.m.Counter
    assert (one.m.Counter.select().count(), two.m.Counter.select().count()) == (1, 0)
    assert one.m.Counter.get().services == ["A"]  # JSON kept as text, read back as a list
    one.close()
    two.close()
