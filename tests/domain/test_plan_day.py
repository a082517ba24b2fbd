"""A day's plan laid from the counters' habits, and when a counter or the hall opens next
(hallq.domain.plan), at the exact minutes of each boundary."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hallq.domain import HallInfo
from hallq.domain.plan import Habit, back_at, day_plan, hours_opening, next_opening

TZ = "Asia/Ho_Chi_Minh"
VN = ZoneInfo(TZ)
DAY = date(2026, 11, 23)  # a Monday
MIDNIGHT = datetime(2026, 11, 23, tzinfo=VN)
END = MIDNIGHT + timedelta(days=1)


def at(hh: int, mm: int = 0) -> datetime:
    return datetime(2026, 11, 23, hh, mm, tzinfo=VN)


def test_a_day_with_a_lunch():
    assert day_plan({1: Habit(450, 1020, (690, 750))}, DAY, TZ) == {
        1: ((MIDNIGHT, at(7, 30)), (at(11, 30), at(12, 30)), (at(17), END))}


@pytest.mark.parametrize("away", [None, (450, 500), (690, 690), (700, 1020), (400, 500)])
def test_a_lunch_outside_the_open_hours_is_not_planned(away):
    assert day_plan({2: Habit(450, 1020, away)}, DAY, TZ) == {
        2: ((MIDNIGHT, at(7, 30)), (at(17), END))}


PLAN = day_plan({1: Habit(450, 1020, (690, 750))}, DAY, TZ)


@pytest.mark.parametrize(("now", "opens"), [
    (at(6), at(7, 30)), (at(7, 29), at(7, 30)), (at(7, 30), None), (at(9), None),
    (at(11, 30), at(12, 30)), (at(12, 29), at(12, 30)), (at(12, 30), None),
    (at(17), None), (at(23), None)])
def test_when_a_counter_opens_next(now, opens):
    assert next_opening(PLAN, 1, now) == opens
    assert next_opening(PLAN, 2, now) is None  # no habit: no plan


def test_when_a_counter_can_work():
    assert back_at(PLAN, 1, at(9)) == at(9)
    assert back_at(PLAN, 1, at(7)) == at(7, 30)
    assert back_at(PLAN, 1, at(12)) == at(12, 30)
    assert back_at(PLAN, 1, at(17)) is None  # its closing: not back today
    assert back_at(PLAN, 3, at(17)) == at(17)
    only_morning = {1: ((MIDNIGHT, at(8)),)}
    assert back_at(only_morning, 1, at(7)) == at(8)


HALL = HallInfo("H", "Hall", opening_hours=(("07:30", "11:30"), ("13:30", "17:00")),
                open_weekdays=(1, 2, 3, 4, 5), holidays=("2026-11-24",))


@pytest.mark.parametrize(("now", "opens"), [
    (at(6), at(7, 30)), (at(7, 30), None), (at(11, 29), None), (at(11, 30), at(13, 30)),
    (at(13, 30), None), (at(16, 59), None), (at(17), None), (at(20), None),
    (at(6) + timedelta(days=1), None),  # a holiday
    (at(6) + timedelta(days=5), None),  # a Saturday
    (at(6) + timedelta(days=2), at(7, 30) + timedelta(days=2))])
def test_when_the_hall_opens_next_today(now, opens):
    assert hours_opening(HALL, now) == opens
