"""A counter's habit learned from its events (hallq.domain.plan): first opening, last
closing and longest absence of each day, then the medians over the days; exact minutes."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from hallq.domain.plan import DAY_MIN, CounterEvent, Habit, learn_habits

TZ = "Asia/Ho_Chi_Minh"
VN = ZoneInfo(TZ)


def ev(hh: int, mm: int, kind: str, day: int = 23, counter: int = 1) -> CounterEvent:
    return CounterEvent(datetime(2026, 11, day, hh, mm, tzinfo=VN), f"counter_{kind}", counter)


def habit(*events: CounterEvent) -> Habit:
    return learn_habits(events, None, TZ)[1]


def test_a_day_with_a_lunch_and_a_short_break():
    assert habit(ev(7, 30, "opened"), ev(11, 30, "paused"), ev(12, 30, "resumed"),
                 ev(14, 0, "paused"), ev(14, 10, "resumed"), ev(17, 0, "closed")) == \
        Habit(450, 1020, (690, 750))


def test_the_longest_absence_is_kept_and_a_closing_reopened_is_one():
    assert habit(ev(7, 0, "opened"), ev(10, 0, "paused"), ev(10, 25, "resumed"),
                 ev(11, 30, "closed"), ev(13, 0, "opened"), ev(16, 0, "closed")) == \
        Habit(420, 960, (690, 780))


def test_of_two_absences_as_long_the_first_is_kept():
    assert habit(ev(7, 0, "opened"), ev(9, 0, "paused"), ev(9, 30, "resumed"),
                 ev(13, 0, "paused"), ev(13, 30, "resumed"), ev(16, 0, "closed")).away == \
        (540, 570)


def test_an_absence_counts_from_exactly_twenty_minutes():
    assert habit(ev(7, 0, "opened"), ev(9, 0, "paused"), ev(9, 20, "resumed"),
                 ev(16, 0, "closed")).away == (540, 560)
    assert habit(ev(7, 0, "opened"), ev(9, 0, "paused"), ev(9, 19, "resumed"),
                 ev(16, 0, "closed")).away is None


def test_events_are_read_in_time_order():
    assert habit(ev(17, 0, "closed"), ev(12, 30, "resumed"), ev(7, 30, "opened"),
                 ev(11, 30, "paused")) == Habit(450, 1020, (690, 750))


def test_a_log_that_starts_after_the_opening_takes_its_first_event():
    assert habit(ev(8, 0, "resumed"), ev(16, 0, "closed")) == Habit(480, 960, None)


def test_a_counter_not_closed_at_the_end_of_the_log_is_not_known_to_close():
    assert habit(ev(7, 0, "opened")).closes == DAY_MIN
    # closed at noon, opened again and never closed: open at the end
    assert habit(ev(7, 0, "opened"), ev(12, 0, "closed"), ev(13, 0, "opened")) == \
        Habit(420, DAY_MIN, (720, 780))
    # on a break at the end of the log: not a closing either
    assert habit(ev(7, 0, "opened"), ev(16, 0, "paused")).closes == DAY_MIN


def test_the_habit_is_the_median_of_the_days_and_a_lunch_on_half_of_them():
    days = [
        [ev(7, 30, "opened", 20), ev(11, 0, "paused", 20), ev(12, 0, "resumed", 20),
         ev(17, 0, "closed", 20)],
        [ev(7, 40, "opened", 21), ev(11, 30, "paused", 21), ev(12, 30, "resumed", 21),
         ev(17, 10, "closed", 21)],
        [ev(7, 50, "opened", 22), ev(16, 50, "closed", 22)],
        [ev(7, 45, "opened", 23), ev(16, 0, "closed", 23)],
    ]
    got = learn_habits([e for d in days for e in d], None, TZ)
    # opens: median(450, 460, 470, 465) = 462.5 -> 462; closes: median(1020, 1030, 1010, 960)
    assert got == {1: Habit(462, 1015, (675, 735))}
    got = learn_habits([e for d in days[1:] for e in d], None, TZ)
    assert got[1].away is None  # one lunch in three days


def test_each_counter_learns_its_own_habit():
    got = learn_habits([ev(7, 0, "opened", counter=1), ev(8, 0, "opened", counter=2),
                        ev(15, 0, "closed", counter=2), ev(16, 0, "closed", counter=1)],
                       None, TZ)
    assert got == {1: Habit(420, 960, None), 2: Habit(480, 900, None)}


def test_events_are_grouped_by_the_business_day_given_for_them():
    late = ev(1, 30, "closed", 24)  # 01:30 after midnight, still the 23rd's business day
    day_of = {late.ts: date(2026, 11, 23)}
    got = learn_habits([ev(16, 0, "opened"), late], day_of, TZ)
    assert got == {1: Habit(960, 90, None)}
    apart = learn_habits([ev(16, 0, "opened"), late], None, TZ)
    assert apart == {1: Habit(round((960 + 90) / 2), round((DAY_MIN + 90) / 2), None)}


def test_a_break_before_the_first_opening_is_not_an_absence():
    assert habit(ev(7, 0, "paused"), ev(8, 0, "opened"), ev(16, 0, "closed")) == \
        Habit(480, 960, None)
