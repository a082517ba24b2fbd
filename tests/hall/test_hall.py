"""The hall service: sessions and PIN lockout, ratings, notes, restart, day rollover."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hallq.domain import DomainError
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall
from hallq.store.database import Store
from tests.conftest import make_hall

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def clocked(tmp_path):
    clock = FixedClock(datetime(2026, 11, 23, 7, 30, tzinfo=TZ))
    h = make_hall(tmp_path / "h.db", clock)
    return h, clock


def test_wrong_pins_lock_the_staff_code_for_a_while(clocked):
    hall, clock = clocked
    for _ in range(hall.info.pin_max_failures - 1):
        with pytest.raises(DomainError) as exc:
            hall.login("NV01", "0000", 1)
        assert exc.value.code == "bad_login"
    with pytest.raises(DomainError) as exc:
        hall.login("NV01", "0000", 1)
    assert exc.value.code == "staff_locked"
    with pytest.raises(DomainError) as exc:
        hall.login("NV01", "1111", 1)  # even the right PIN, while locked
    assert exc.value.code == "staff_locked"
    assert hall.state.counter_status(1).state == "closed"
    clock.advance(minutes=hall.info.pin_lock_minutes + 1)
    out, _ = hall.login("NV01", "1111", 1)
    assert out["status"]["state"] == "open"


def test_a_visit_is_rated_once_by_its_staff_member(clocked):
    hall, clock = clocked
    hall.login("NV01", "1111", 2)
    t, _ = hall.issue("A", language="zh_CN")
    hall.call_next(2)
    clock.advance(minutes=4)
    hall.finish(2)
    row, events = hall.rate(t.id, "unsatisfied", ["staff_attitude", "other"], counter=2)
    assert (row["staff"], row["score"], row["reasons"]) == ("NV01", 1, ["staff_attitude", "other"])
    assert events[0]["type"] == "ticket_rated"
    with pytest.raises(DomainError) as exc:
        hall.rate(t.id, "satisfied", [])
    assert exc.value.code == "already_rated"
    assert hall.m.Rating.select().count() == 1
    assert hall.staff_day("NV01") == {"served": 1, "mean_service_min": 4.0,
                                      "mean_rating": 1.0, "ratings": 1}


def test_finishing_the_next_visit_closes_an_unrated_one(clocked):
    hall, clock = clocked
    hall.login("NV01", "1111", 1)
    first, _ = hall.issue("A")
    second, _ = hall.issue("A")
    hall.call_next(1)
    hall.finish(1)
    hall.call_next(1)
    _, events = hall.finish(1)
    assert [e["type"] for e in events] == ["ticket_not_rated", "ticket_finished"]
    assert hall.ratings[first.id].rated is False
    assert hall.pending_rating(1).id == second.id


def test_a_restarted_hall_continues_where_it_was(clocked, tmp_path):
    hall, clock = clocked
    hall.login("NV01", "1111", 1)
    for _ in range(3):
        hall.issue("A")
    hall.call_next(1)
    hall.store.close()
    again = Hall(Store(tmp_path / "h.db"), clock)
    assert again.state.counter_status(1).ticket_id is not None
    assert again.issue("A")[0].number == "A004"
    assert len(again.sessions) == 1  # the clerk stays logged in across a restart


def test_numbering_restarts_each_business_day(clocked):
    hall, clock = clocked
    clock.set(datetime(2026, 11, 23, 23, 59, tzinfo=TZ))
    assert hall.issue("A")[0].number == "A001"
    clock.set(datetime(2026, 11, 24, 0, 1, tzinfo=TZ))  # before the 04:00 day start
    assert hall.issue("A")[0].number == "A002"
    clock.set(datetime(2026, 11, 24, 7, 0, tzinfo=TZ))
    t, events = hall.issue("A")
    assert t.number == "A001"
    assert [e["type"] for e in events] == ["ticket_cancelled", "ticket_cancelled",
                                           "ticket_issued"]


def test_notes_and_follow_ups(clocked):
    hall, _ = clocked
    hall.login("NV06", "6666", 6)
    t, _ = hall.issue("D", language="zh_CN")
    hall.call_next(6)
    note, _ = hall.add_note(t.id, "NV06", "complaint", "billing", "Sai hóa đơn", True)
    with pytest.raises(DomainError):
        hall.add_note(t.id, "NV06", "praise", "", "x", False)
    hall.resolve_note(note["id"], "GS01")
    with pytest.raises(DomainError) as exc:
        hall.resolve_note(note["id"], "GS01")
    assert exc.value.code == "already_resolved"


def test_setup_validation_changes_nothing(clocked):
    hall, _ = clocked
    before = hall.last_seq()
    for call, code in [
        (lambda: hall.upsert_service({"prefix": "A", "new": True, "names": {"vi": "X"}}),
         "duplicate_prefix"),
        (lambda: hall.upsert_counter({"number": 7, "services": []}), "no_service"),
        (lambda: hall.upsert_staff({"code": "NV99", "name": "X", "pin": "12"}), "bad_pin"),
        (lambda: hall.update_hall({"timezone": "Mars/Base"}), "bad_setting"),
    ]:
        with pytest.raises(DomainError) as exc:
            call()
        assert exc.value.code == code
    assert hall.last_seq() == before
    hall.upsert_counter({"number": 7, "name": "Quầy 7", "services": ["A"]})
    assert hall.m.Event.select().order_by(hall.m.Event.seq.desc()).first().type == \
        "config_changed"
    assert hall.state.counters[7].services == ("A",)
