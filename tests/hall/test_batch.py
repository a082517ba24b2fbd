"""Group commit at the hall: each command of a batch is all or nothing, on its own."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hallq.domain import DomainError
from hallq.hall.clock import FixedClock
from tests.conftest import make_hall

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def clocked(tmp_path):
    clock = FixedClock(datetime(2026, 11, 23, 7, 30, tzinfo=TZ))
    return make_hall(tmp_path / "h.db", clock), clock


def test_a_refused_finish_records_no_not_rated(clocked):
    hall, clock = clocked
    hall.login("NV01", "1111", 1)
    t, _ = hall.issue("A")
    hall.call_next(1)
    clock.advance(minutes=3)
    hall.finish(1)  # the keypad now offers the rating of t
    seq = hall.last_seq()
    with pytest.raises(DomainError) as exc:
        hall.finish(1)  # nobody at the counter: refused (409)
    assert exc.value.code == "no_ticket_at_counter"
    assert hall.last_seq() == seq
    assert hall.m.Rating.select().count() == 0
    assert hall.pending_rating(1).id == t.id
    row, _ = hall.rate(t.id, "satisfied", [], counter=1)  # the customer can still rate
    assert row["rated"] and row["choice"] == "satisfied"


def test_in_a_batch_a_failed_command_is_undone_and_the_others_are_kept(clocked):
    hall, _ = clocked
    published: list[int] = []
    hall.listeners.append(lambda evs: published.extend(e["seq"] for e in evs))
    seq = hall.last_seq()
    with hall.batch():
        with hall.command():
            hall.issue("A")
        with pytest.raises(RuntimeError), hall.command():
            hall.issue("A")
            hall.issue("B")
            raise RuntimeError("unexpected")
        with hall.command():
            t, _ = hall.issue("B")
    assert t.number == "B001"
    assert [e["data"]["ticket"]["number"] for e in hall.events_since(seq)] == ["A001", "B001"]
    assert published == [seq + 1, seq + 2]
    assert sorted(x.number for x in hall.state.tickets.values()) == ["A001", "B001"]
    # the numbering goes on from what was kept
    assert hall.issue("A")[0].number == "A002"


def test_a_failed_command_outside_a_batch_changes_nothing(clocked):
    hall, _ = clocked
    seq = hall.last_seq()
    with pytest.raises(RuntimeError), hall.command():
        hall.issue("C")
        raise RuntimeError("unexpected")
    assert hall.last_seq() == seq and hall.state.tickets == {}
    assert hall.issue("C")[0].number == "C001"
