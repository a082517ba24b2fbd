"""The event log's index by type and day (schema 4): the notes open at a day's end are read
through it, not by reading every event ever written; a schema-3 file gains it when opened."""

from __future__ import annotations

import sqlite3
from datetime import date

from hallq.report.events import note_events
from hallq.store.database import SCHEMA_VERSION, Store
from tests.conftest import make_hall


def plan(store: Store, sql: str, *args) -> str:
    rows = store.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", args).fetchall()
    return " | ".join(r[-1] for r in rows)


NOTES_SQL = ("SELECT seq FROM event WHERE type IN ('note_added', 'note_resolved') "
             "AND day <= ? ORDER BY seq")


def test_the_notes_are_read_by_the_index(tmp_path):
    hall = make_hall(tmp_path / "h.db")
    ticket, _ = hall.issue("A")
    hall.login("NV01", "1111", 1)
    hall.call_next(1)
    hall.add_note(ticket.id, "NV01", "request", "meter", "Khách hỏi công tơ", True)
    assert "INDEX event_type_day (type=? AND day<?)" in plan(hall.store, NOTES_SQL, "2999-01-01")
    assert [r[3] for r in note_events(hall.store, date(2999, 1, 1))] == ["note_added"]


def test_a_schema_3_file_gains_the_index_when_opened(tmp_path):
    db = tmp_path / "h.db"
    make_hall(db).store.close()
    con = sqlite3.connect(db)  # back to what schema 3 wrote
    con.execute("DROP INDEX event_type_day")
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()
    store = Store(db)
    assert store.user_version() == SCHEMA_VERSION == 4
    assert "INDEX event_type_day (type=? AND day<?)" in plan(store, NOTES_SQL, "2999-01-01")
    assert list(tmp_path.rglob("before-migration-v3-*.db"))  # a copy was taken first
