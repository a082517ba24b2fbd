"""Logins: lock-out per staff member and device, the audit trail of failed logins, a
supervisor lifting a lock-out, sessions bound to their device, and the schema-2 migration."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hallq.domain import HallInfo, Locked, Unauthenticated
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall
from hallq.store.database import SCHEMA_VERSION, Store
from tests.conftest import make_hall


def clocked(path: Path) -> tuple[Hall, FixedClock]:
    """A copy of the sample hall on a clock that moves only when told to."""
    make_hall(path).store.close()
    clock = FixedClock(datetime.now(UTC))
    return Hall(Store(path), clock), clock


def failed_events(hall: Hall) -> list[dict]:
    return [e for e in hall.events_since(0, 5000) if e["type"] == "staff_login_failed"]


def test_defaults_are_ten_wrong_pins_then_thirty_minutes() -> None:
    info = HallInfo("X", "X")
    assert (info.pin_max_failures, info.pin_lock_minutes) == (10, 30)


def test_a_kiosk_guessing_pins_never_locks_the_supervisor_out_at_their_desk(tmp_path: Path):
    hall, clock = clocked(tmp_path / "hall.db")
    kiosk = hall.add_device("kiosk")[0]["id"]
    desk = hall.add_device("supervisor")[0]["id"]
    for _ in range(hall.info.pin_max_failures - 1):
        with pytest.raises(Unauthenticated):
            hall.login("GS01", "0000", None, kiosk)
    with pytest.raises(Locked):
        hall.login("GS01", "0000", None, kiosk)
    with pytest.raises(Locked):  # locked at the kiosk, even with the right PIN
        hall.login("GS01", "9999", None, kiosk)
    # ... and not at their own desk
    out, _ = hall.login("GS01", "9999", None, desk)
    assert out["staff"]["code"] == "GS01"
    clock.advance(minutes=hall.info.pin_lock_minutes - 1)
    with pytest.raises(Locked):
        hall.login("GS01", "9999", None, kiosk)
    clock.advance(minutes=2)
    assert hall.login("GS01", "9999", None, kiosk)[0]["staff"]["code"] == "GS01"


def test_every_failed_login_is_an_event_with_device_counter_code_and_count(tmp_path: Path):
    hall, _ = clocked(tmp_path / "hall.db")
    counter = hall.add_device("counter", 1)[0]["id"]
    with pytest.raises(Unauthenticated):
        hall.login("NV01", "0000", 1, counter)
    with pytest.raises(Unauthenticated):
        hall.login("NOBODY", "0000", 1, counter)
    first, unknown = failed_events(hall)
    assert first["data"] == {"device": counter, "counter": 1, "code": "NV01",
                             "reason": "wrong_pin", "failures": 1, "locked": False}
    assert first["staff"] == "NV01" and first["counter"] == 1
    assert unknown["data"]["reason"] == "unknown_code" and unknown["staff"] is None
    for _ in range(hall.info.pin_max_failures - 1):
        with pytest.raises((Unauthenticated, Locked)):
            hall.login("NV01", "0000", 1, counter)
    last = failed_events(hall)[-1]
    assert last["data"]["failures"] == hall.info.pin_max_failures and last["data"]["locked"]


def test_a_supervisor_lifts_a_lock_out_and_it_is_recorded(tmp_path: Path):
    hall, _ = clocked(tmp_path / "hall.db")
    counter = hall.add_device("counter", 1)[0]["id"]
    for _ in range(hall.info.pin_max_failures):
        with pytest.raises((Unauthenticated, Locked)):
            hall.login("NV01", "0000", 1, counter)
    with pytest.raises(Locked):
        hall.login("NV01", "1111", 1, counter)
    out, events = hall.unlock_staff("NV01", "GS01")
    assert out == {"staff": "NV01", "unlocked": 1}
    assert events[0]["type"] == "staff_unlocked"
    assert events[0]["data"] == {"code": "NV01", "by": "GS01", "devices": [counter]}
    assert hall.login("NV01", "1111", 1, counter)[0]["staff"]["code"] == "NV01"


def test_a_session_counts_only_on_the_device_that_opened_it(hall: Hall):
    c1 = hall.add_device("counter", 1)[0]["id"]
    c2 = hall.add_device("counter", 2)[0]["id"]
    token = hall.login("NV01", "1111", 1, c1)[0]["session"]
    assert hall.session_at(token, c1) == ("NV01", 1)
    assert hall.session_at(token, c2) is None
    # ... after the hall is loaded again from its file, too
    again = Hall(Store(hall.store.path))
    assert again.session_at(token, c1) == ("NV01", 1)
    assert again.session_at(token, c2) is None
    again.store.close()


def test_a_schema_1_file_migrates_and_its_open_sessions_work_nowhere(tmp_path: Path):
    db = tmp_path / "hall.db"
    hall = make_hall(db)
    device = hall.add_device("supervisor")[0]["id"]
    token = hall.login("GS01", "9999", None, device)[0]["session"]
    hall.store.close()
    con = sqlite3.connect(db)  # back to what schema 1 wrote
    con.execute('ALTER TABLE "session" DROP COLUMN "device_id"')
    con.execute('DROP TABLE "login_lock"')
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    old = Hall(Store(db))
    assert old.store.user_version() == SCHEMA_VERSION
    assert "device_id" in {c.name for c in old.store.db.get_columns("session")}
    assert old.session(token) == ("GS01", None)  # still open ...
    assert old.session_at(token, device) is None  # ... but bound to no device
    out, _ = old.login("GS01", "9999", None, device)  # a fresh login works
    assert old.session_at(out["session"], device) == ("GS01", None)
    with pytest.raises(Unauthenticated):  # and wrong PINs are counted again
        old.login("GS01", "0000", None, device)
    assert old.m.LoginLock.get().failed == 1
    old.store.close()
