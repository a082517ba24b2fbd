"""Tickets from phones: the same numbering, only where the service allows it and up to its
daily limit, one at a time per number, its live status, and "I'm not coming"."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import make_hall

from hallq.domain import DomainError, InvalidInput, NotFound
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall
from hallq.report.online import online_figures

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def phone_hall(tmp_path: Path) -> Hall:
    h = make_hall(tmp_path / "hall.db")
    h.clock = FixedClock(datetime(2026, 12, 7, 8, 0, tzinfo=VN))
    h.set_appointment_plan({"service": "A", "capacity": 0, "phone_daily_limit": 2})
    yield h
    h.store.close()


def test_a_phone_ticket_takes_the_next_number_and_shows_its_place(phone_hall: Hall) -> None:
    phone_hall.issue("A")
    out, events = phone_hall.take_phone_ticket("a", "0901234567", "zh_TW")
    assert out["ticket"].number == "A002" and len(out["token"]) >= 16
    assert events[0]["type"] == "ticket_issued" and "0901234567" not in str(events)
    status = phone_hall.phone_status(out["token"])
    assert (status["number"], status["state"], status["ahead"], status["language"]) == (
        "A002", "waiting", 1, "zh_TW")
    assert status["eta_min"] is None and status["counter"] is None  # no counter open yet
    phone_hall.open_counter(1, "NV01")
    phone_hall.call_next(1), phone_hall.finish(1), phone_hall.call_next(1)
    status = phone_hall.phone_status(out["token"])
    assert (status["state"], status["counter"]) == ("called", 1)


def test_refusals_change_nothing(phone_hall: Hall) -> None:
    with pytest.raises(DomainError) as err:
        phone_hall.take_phone_ticket("B", "0901234567", "vi")
    assert err.value.code == "no_phone_queue"
    with pytest.raises(InvalidInput):
        phone_hall.take_phone_ticket("A", "call me", "vi")
    phone_hall.take_phone_ticket("A", "0901000001", "vi")
    with pytest.raises(DomainError) as err:
        phone_hall.take_phone_ticket("A", "0901000001", "vi")
    assert err.value.code == "already_in_queue"
    phone_hall.take_phone_ticket("A", "0901000002", "vi")
    with pytest.raises(DomainError) as err:
        phone_hall.take_phone_ticket("A", "0901000003", "vi")
    assert err.value.code == "phone_queue_full"
    assert sorted(t.number for t in phone_hall.state.tickets.values()) == ["A001", "A002"]
    with pytest.raises(NotFound):
        phone_hall.phone_status("no-such-token")


def test_not_coming_cancels_the_ticket_and_frees_the_number(phone_hall: Hall) -> None:
    token = phone_hall.take_phone_ticket("A", "0901000001", "vi")[0]["token"]
    out, events = phone_hall.cancel_phone_ticket(token)
    assert out["ticket"].state == "cancelled"
    assert events[0]["data"]["reason"] == "customer_not_coming"
    assert phone_hall.phone_status(token)["state"] == "cancelled"
    phone_hall.take_phone_ticket("A", "0901000001", "vi")  # the same number may queue again
    with pytest.raises(DomainError) as err:
        phone_hall.cancel_phone_ticket(token)
    assert err.value.code == "not_waiting"


def test_the_days_online_figures(phone_hall: Hall) -> None:
    phone_hall.set_appointment_plan({"service": "B", "capacity": 2, "slot_min": 30})
    phone_hall.issue("A")
    phone_hall.take_phone_ticket("A", "0901000001", "vi")
    code = phone_hall.book("B", datetime(2026, 12, 7, 9, 0, tzinfo=VN),
                           phone="0901000002")[0]["code"]
    phone_hall.book("B", datetime(2026, 12, 7, 8, 30, tzinfo=VN), phone="0901000003")
    gone = phone_hall.book("B", datetime(2026, 12, 7, 10, 0, tzinfo=VN), phone="0901000004")
    phone_hall.cancel_appointment(gone[0]["code"])
    phone_hall.clock.set(datetime(2026, 12, 7, 8, 50, tzinfo=VN))
    phone_hall.check_in(code)
    figures = online_figures(phone_hall.store, datetime(2026, 12, 7).date(), phone_hall.now(),
                             "Asia/Ho_Chi_Minh")
    assert figures["services"] == {
        "A": {"booked": 0, "checked_in": 0, "cancelled": 0, "no_shows": 0, "phone_tickets": 1},
        "B": {"booked": 2, "checked_in": 1, "cancelled": 1, "no_shows": 1, "phone_tickets": 0}}
    assert figures["visits"] == 3 and figures["messages"] == {}
