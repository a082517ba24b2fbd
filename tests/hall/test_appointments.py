"""Appointments in the hall: slots from the calendar, booking, moving, cancelling, check-in."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import make_hall

from hallq.domain import DomainError, InvalidInput, NotFound, Priority
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall
from hallq.store.database import Store

VN = ZoneInfo("Asia/Ho_Chi_Minh")
MONDAY = date(2026, 12, 7)


def at(hhmm: str, day: date = MONDAY) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=VN)


@pytest.fixture
def booked_hall(tmp_path: Path) -> Hall:
    """The sample hall on a Monday at 07:00, service B taking 2 customers a 30-minute slot."""
    h = make_hall(tmp_path / "hall.db")
    h.clock = FixedClock(at("07:00"))
    h.set_appointment_plan({"service": "B", "capacity": 2, "slot_min": 30})
    yield h
    h.store.close()


def test_slots_follow_opening_hours_and_lunch(booked_hall: Hall) -> None:
    starts = [s.start.strftime("%H:%M") for s in booked_hall.slots("B", MONDAY)]
    # 07:30-11:30 and 13:30-17:00 in 30-minute slots: 8 + 7, none over lunch.
    assert starts[:2] == ["07:30", "08:00"] and starts[7] == "11:00" and starts[8] == "13:30"
    assert starts[-1] == "16:30" and len(starts) == 15
    assert booked_hall.slots("B", MONDAY + timedelta(days=5)) == []  # Saturday: closed
    assert booked_hall.slots("A", MONDAY) == []  # A takes no appointments


def test_book_gives_a_code_and_counts_against_the_slot(booked_hall: Hall) -> None:
    reply, events = booked_hall.book("b", at("08:00"), phone="0901234567", name="Lan")
    assert len(reply["code"]) == 6 and reply["state"] == "booked"
    assert reply["start"] == "2026-12-07T08:00:00+07:00"
    assert "phone" not in reply and "name" not in reply
    # The event log (which goes to head office) holds neither phone nor name.
    assert events[0]["type"] == "appointment_booked"
    assert "0901234567" not in str(events) and "Lan" not in str(events)
    slot = next(s for s in booked_hall.slots("B", MONDAY) if s.start == at("08:00"))
    assert (slot.booked, slot.free) == (1, 1)
    stored = booked_hall.appointment(reply["code"].lower())  # codes are read in any case
    assert (stored.phone, stored.name) == ("0901234567", "Lan")


def test_a_full_slot_is_refused_with_the_next_free_ones(booked_hall: Hall) -> None:
    booked_hall.book("B", at("08:00"), phone="0901000001")
    booked_hall.book("B", at("08:00"), phone="0901000002")
    booked_hall.book("B", at("08:30"), phone="0901000003")
    booked_hall.book("B", at("08:30"), phone="0901000004")
    before = booked_hall.appointments_on(MONDAY)
    with pytest.raises(DomainError) as err:
        booked_hall.book("B", at("08:00"), phone="0901000005")
    assert err.value.code == "slot_full"
    assert err.value.details == {"next_free": ["2026-12-07T09:00:00+07:00",
                                               "2026-12-07T09:30:00+07:00",
                                               "2026-12-07T10:00:00+07:00"]}
    assert booked_hall.appointments_on(MONDAY) == before


@pytest.mark.parametrize(("when", "code"), [
    (at("08:10"), "not_a_slot"),  # not on the 30-minute grid
    (at("12:00"), "not_a_slot"),  # lunch
    (at("09:00", MONDAY + timedelta(days=6)), "not_a_slot"),  # Sunday
    (at("09:00", MONDAY + timedelta(days=91)), "too_far_ahead"),  # a Monday
    (at("06:30"), "slot_passed"),  # before now (07:00)
    (at("07:15"), "not_a_slot"),  # before opening
])
def test_a_time_that_is_no_slot_is_refused(booked_hall: Hall, when: datetime,
                                          code: str) -> None:
    with pytest.raises(DomainError) as err:
        booked_hall.book("B", when, phone="0901000001")
    assert err.value.code == code
    assert booked_hall.appointments_on(when.date()) == []


def test_bad_input_is_refused_and_changes_nothing(booked_hall: Hall) -> None:
    for kw, code in [({"phone": "12ab"}, "bad_phone"), ({"phone": ""}, "phone_required"),
                     ({"phone": "0901", "language": "fr"}, "bad_language"),
                     ({"phone": "0901", "source": "fax"}, "bad_source")]:
        with pytest.raises(InvalidInput) as err:
            booked_hall.book("B", at("08:00"), **kw)
        assert err.value.code == code
    with pytest.raises(NotFound):
        booked_hall.book("Q", at("08:00"), phone="0901")
    assert booked_hall.appointments_on(MONDAY) == []


def test_one_booking_per_phone_service_and_day(booked_hall: Hall) -> None:
    booked_hall.book("B", at("08:00"), phone="0901000001")
    with pytest.raises(DomainError) as err:
        booked_hall.book("B", at("09:00"), phone="0901000001")
    assert err.value.code == "already_booked"
    # A clerk may book for a customer without a phone.
    reply, _ = booked_hall.book("B", at("09:00"), source="counter")
    assert reply["source"] == "counter"


def test_move_and_cancel(booked_hall: Hall) -> None:
    code = booked_hall.book("B", at("08:00"), phone="0901000001")[0]["code"]
    booked_hall.book("B", at("09:00"), phone="0901000002")
    booked_hall.book("B", at("09:00"), phone="0901000003")
    with pytest.raises(DomainError) as err:
        booked_hall.move_appointment(code, at("09:00"))
    assert err.value.code == "slot_full"
    moved, events = booked_hall.move_appointment(code, at("10:00"))
    assert moved["start"] == "2026-12-07T10:00:00+07:00"
    assert events[0]["data"]["was"] == "2026-12-07T08:00:00+07:00"
    booked_hall.move_appointment(code, at("10:00"))  # to its own slot: allowed when full too
    cancelled, _ = booked_hall.cancel_appointment(code)
    assert cancelled["state"] == "cancelled"
    with pytest.raises(DomainError) as err:
        booked_hall.cancel_appointment(code)
    assert err.value.code == "appointment_cancelled"
    with pytest.raises(DomainError) as err:
        booked_hall.check_in(code)
    assert err.value.code == "appointment_cancelled"


def test_check_in_on_time_gives_an_appointment_ticket_once(booked_hall: Hall) -> None:
    code = booked_hall.book("B", at("08:00"), phone="0901000001", language="zh_CN")[0]["code"]
    booked_hall.clock.set(at("07:45"))  # 15 minutes before: on time
    reply, events = booked_hall.check_in(code)
    t = reply["ticket"]
    assert (t["number"], t["priority"], t["language"]) == ("B001", "appointment", "zh_CN")
    assert reply["arrival"] == "on_time" and reply["appointment"]["state"] == "checked_in"
    assert [e["type"] for e in events] == ["ticket_issued", "appointment_checked_in"]
    assert booked_hall.appointment(code).ticket_id == t["id"]
    before = len(booked_hall.state.tickets)
    with pytest.raises(DomainError) as err:
        booked_hall.check_in(code)
    assert err.value.code == "already_checked_in"
    assert len(booked_hall.state.tickets) == before


def test_too_early_says_when_to_come_back_and_changes_nothing(booked_hall: Hall) -> None:
    code = booked_hall.book("B", at("09:00"), phone="0901000001")[0]["code"]
    booked_hall.clock.set(at("08:44"))
    with pytest.raises(DomainError) as err:
        booked_hall.check_in(code)
    assert err.value.code == "too_early"
    assert err.value.details["come_back_at"] == "2026-12-07T08:45:00+07:00"
    assert booked_hall.state.tickets == {} and booked_hall.appointment(code).state == "booked"


def test_late_check_in_joins_the_walk_in_queue(booked_hall: Hall) -> None:
    code = booked_hall.book("B", at("08:00"), phone="0901000001")[0]["code"]
    booked_hall.clock.set(at("08:10"))  # 10 minutes after: still on time
    assert booked_hall.check_in(code)[0]["arrival"] == "on_time"
    late = booked_hall.book("B", at("08:30"), phone="0901000002")[0]["code"]
    booked_hall.clock.set(at("08:40") + timedelta(seconds=1))  # 10 min 1 s after: late
    reply, _ = booked_hall.check_in(late)
    assert reply["arrival"] == "late" and reply["ticket"]["priority"] == Priority.NONE


def test_check_in_only_on_its_day(booked_hall: Hall) -> None:
    code = booked_hall.book("B", at("08:00", MONDAY + timedelta(days=1)),
                            phone="0901000001")[0]["code"]
    with pytest.raises(DomainError) as err:
        booked_hall.check_in(code)
    assert err.value.code == "not_today"
    with pytest.raises(NotFound) as nf:
        booked_hall.check_in("ZZZZZZ")
    assert nf.value.code == "unknown_appointment"


def test_no_shows_are_counted_once_the_window_closes(booked_hall: Hall) -> None:
    booked_hall.book("B", at("08:00"), phone="0901000001")
    booked_hall.clock.set(at("08:10"))
    assert booked_hall.no_shows(MONDAY) == {}
    booked_hall.clock.set(at("08:11"))
    assert booked_hall.no_shows(MONDAY) == {"B": 1}


def test_the_plan_is_typed_set_up(booked_hall: Hall) -> None:
    with pytest.raises(InvalidInput) as err:
        booked_hall.set_appointment_plan({"service": "B", "capacity": -1})
    assert "capacity" in err.value.message
    assert booked_hall.appointment_plan("B").capacity == 2
    row, events = booked_hall.set_appointment_plan({"service": "B", "capacity": 3,
                                                    "slot_min": 20}, by="S01")
    assert events[0]["data"]["changes"] == {"capacity": [2, 3], "slot_min": [30, 20]}
    assert events[0]["data"]["by"] == "S01"


def test_appointments_survive_a_restart(booked_hall: Hall, tmp_path: Path) -> None:
    code = booked_hall.book("B", at("08:00"), phone="0901000001")[0]["code"]
    booked_hall.store.close()
    again = Hall(Store(tmp_path / "hall.db"), FixedClock(at("07:55")))
    assert again.check_in(code)[0]["ticket"]["priority"] == "appointment"
    again.store.close()
