"""Tomorrow's staffing: the Erlang C formulas, the plan's rule, and its basis days."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hallq.domain import sample
from hallq.hall.clock import FixedClock
from hallq.report import staffing
from hallq.report.figures import hall_conf
from tests.conftest import make_hall

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def erlang_c_direct(c: int, a: float) -> float:
    """The textbook sum form, to check the recursion against."""
    top = a ** c / math.factorial(c) * c / (c - a)
    return top / (sum(a ** k / math.factorial(k) for k in range(c)) + top)


def test_known_values() -> None:
    assert staffing.erlang_c(1, 0.5) == pytest.approx(0.5)  # M/M/1: P(wait) = rho
    assert staffing.erlang_c(2, 1.0) == pytest.approx(1 / 3)
    # M/M/1 mean wait: rho * S / (1 - rho)
    assert staffing.mean_wait(1, 0.5, 4.0) == pytest.approx(4.0)
    assert staffing.erlang_c(3, 3.0) == 1.0 and staffing.mean_wait(3, 3.0, 5) == math.inf
    assert staffing.counters_needed(0, 3, 10) == 0
    # 60 arrivals an hour of 3 minutes: 3 Erlangs; 4 counters keep 80 % within 10 min
    assert staffing.counters_needed(60, 3, 10) == 4
    assert staffing.within_target(4, 3.0, 3, 10) >= 0.8


@settings(max_examples=200, deadline=None)
@given(c=st.integers(1, 40), load=st.floats(0.01, 0.99))
def test_recursion_matches_the_sum(c: int, load: float) -> None:
    a = c * load
    assert staffing.erlang_c(c, a) == pytest.approx(erlang_c_direct(c, a), rel=1e-9)


@settings(max_examples=200, deadline=None)
@given(lam=st.floats(0.5, 300), s=st.floats(0.5, 30), t=st.floats(1, 30),
       goal=st.sampled_from([0.7, 0.8, 0.9]))
def test_plan_is_the_smallest_enough(lam: float, s: float, t: float, goal: float) -> None:
    c = staffing.counters_needed(lam, s, t, goal)
    a = lam * s / 60
    assert c > a or c == staffing.MAX_COUNTERS  # a stable queue, unless past the cap
    if c < staffing.MAX_COUNTERS:
        assert staffing.within_target(c, a, s, t) >= goal
    if c - 1 > a:
        assert staffing.within_target(c - 1, a, s, t) < goal
    # more arrivals never need fewer counters
    assert staffing.counters_needed(lam * 1.5, s, t, goal) >= c


def test_plan_from_counts() -> None:
    services = {s.prefix: s for s in sample.SERVICES}
    d1, d2 = date(2025, 3, 4), date(2025, 3, 11)
    # 120 A arrivals at 9h over two days = 60 an hour; 3-minute visits; 10-minute target
    arrivals = {(9, "A"): 120, (10, "A"): 10, (10, "B"): 2}
    minutes = {"A": [3.0] * 20}
    plan = staffing.plan_from(arrivals, [d1, d2], minutes, services, date(2025, 3, 18),
                              "same_weekday")
    assert [r["hour"] for r in plan.rows] == [9, 10]
    assert plan.rows[0]["need"]["A"] == 4 and plan.rows[0]["total"] == 4
    assert plan.rows[1]["arrivals"]["A"] == 5
    assert plan.rows[1]["need"]["B"] == 1
    assert plan.mean_service_min["A"] == 3.0
    assert plan.mean_service_min["B"] == services["B"].typical_service_min  # too few visits
    assert plan.peak == 4


def test_basis_days_prefer_the_same_weekday(tmp_path) -> None:
    clock = FixedClock(datetime(2025, 3, 3, 8, tzinfo=TZ))  # a Monday
    hall = make_hall(tmp_path / "hall.db", clock)
    for day, n in ((date(2025, 3, 4), 4), (date(2025, 3, 10), 2), (date(2025, 3, 11), 6)):
        clock.set(datetime.combine(day, datetime.min.time(), tzinfo=TZ) + timedelta(hours=9))
        for _ in range(n):
            hall.issue("A")
    conf = hall_conf(hall.store)
    # after Monday 10th comes a Tuesday: the Tuesday of the week before is the basis
    plan = staffing.plan(hall.store, date(2025, 3, 10), conf.services, conf.timezone)
    assert plan.basis == "same_weekday" and plan.basis_days == [date(2025, 3, 4)]
    assert plan.day == date(2025, 3, 11)
    assert plan.rows[0]["hour"] == 9 and plan.rows[0]["arrivals"]["A"] == 4
    # after Tuesday 11th comes a Wednesday: none in the window, so the last seven days
    plan = staffing.plan(hall.store, date(2025, 3, 11), conf.services, conf.timezone)
    assert plan.basis == "recent"
    assert plan.basis_days == [date(2025, 3, 10), date(2025, 3, 11)]
    assert plan.rows[0]["arrivals"]["A"] == 4  # (2 + 6) / 2 days
    plan = staffing.plan(hall.store, date(2024, 1, 1), conf.services, conf.timezone)
    assert plan.basis == "none" and plan.rows == []
    hall.store.close()
