"""The days before teach the estimate: service and clerk times, and the day's shape of arrivals."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from hallq.domain import estimate, learn, queue
from hallq.domain.history import (
    SLOTS,
    ArrivalCount,
    History,
    LegSums,
    history_of,
    slot_of,
    smooth,
)
from tests.domain.queue_helpers import HALL_TZ, T0, do, opened

DAY = date(2026, 11, 22)


def at(hh: int, mm: int = 0) -> datetime:
    """Today (T0's day) at hh:mm in the hall's zone."""
    return datetime.combine(T0.astimezone(HALL_TZ).date(), datetime.min.time(),
                            tzinfo=HALL_TZ).replace(hour=hh, minute=mm)


def test_service_means_and_clerk_factors_are_summed_over_services_and_days():
    got = history_of([LegSums("D", "NV06", 150.0, 10), LegSums("D", "NV02", 90.0, 10),
                      LegSums("A", "NV06", 40.0, 10), LegSums("A", None, 20.0, 10)], [])
    assert got.service_min == {"D": (12.0, 20), "A": (3.0, 20)}
    # NV06: 150 minutes of D where 10 visits take 120 on average, 40 of A where 30: 10/9 and
    # 4/3 summed over his 20 visits
    assert got.clerk_factor["NV06"] == (pytest.approx((150 / 12 + 40 / 3) / 20), 20)
    assert got.clerk_factor["NV02"] == (pytest.approx(0.75), 10)
    assert got.days == 0 and got.arrivals == {}


def test_arrivals_are_an_average_day_per_slot_read_with_two_slots_either_side():
    rows = [ArrivalCount(DAY, "A", 36, 10), ArrivalCount(DAY - timedelta(days=1), "A", 36, 20),
            ArrivalCount(DAY - timedelta(days=1), "B", 40, 4)]
    got = history_of([], rows)
    assert got.days == 2
    a = got.arrivals["A"]
    assert len(a) == SLOTS
    # 15 a day at 09:00-09:15, spread over the five slots 08:30 ... 09:45
    assert a[34:39] == pytest.approx((3.0,) * 5)
    assert a[33] == 0.0 and a[39] == 0.0
    assert sum(got.arrivals["B"]) == pytest.approx(2.0)
    assert smooth([0.0, 5.0, 0.0, 0.0]) == pytest.approx((5 / 3, 5 / 4, 5 / 4, 5 / 3))
    assert slot_of(at(9, 14), HALL_TZ) == 36 and slot_of(at(9, 15), HALL_TZ) == 37


def test_a_new_day_starts_from_what_the_days_before_took_not_the_typical_time():
    s = opened(6)
    fresh = learn.learn(s, T0)
    assert fresh.service_min["D"] == pytest.approx(10.0)  # the configured typical time
    s.history = History(service_min={"D": (16.0, 40)}, clerk_factor={"NV06": (1.25, 60)})
    got = learn.learn(s, T0)
    assert got.service_min["D"] == pytest.approx(16.0)
    # his 60 visits say 1.25, pulled toward 1 by fifteen pseudo-visits
    assert got.clerk_factor == {}  # nothing of him today yet: the factor is learned on a visit
    assert got.counter_min("D", "NV06") == pytest.approx(16.0)
    # three customers of D ahead at counter 6, which calls D first: 3 x 16 minutes
    for _ in range(3):
        do(s, queue.issue, "D", now=T0)
    assert estimate.estimate_range(s, "D", T0).eta_min == pytest.approx(48.0)


def test_today_is_measured_against_the_days_before_and_a_clerk_keeps_his_pace():
    s = opened(6)
    s.history = History(service_min={"D": (16.0, 40), "E": (5.0, 40)},
                        clerk_factor={"NV06": (1.25, 60)})
    t = do(s, queue.issue, "D", now=T0)
    do(s, queue.call_next, 6, now=T0)
    do(s, queue.finish, 6, now=T0 + timedelta(minutes=20))
    got = learn.learn(s, T0 + timedelta(minutes=20))
    assert t.service == "D"
    # the hall's pace: 20 minutes where the days before took 16, ten pseudo-visits at 1
    pace = (20 / 16 + 10) / 11
    assert got.pace == pytest.approx(pace)
    # D: one visit of 20, five pseudo-visits plus up to fifteen for the 40 of the days before
    assert got.service_min["D"] == pytest.approx((20 + 20 * 16 * pace) / 21)
    assert got.service_min["E"] == pytest.approx(5.0 * pace)
    prior = (1.25 * 60 + 15) / 75
    assert got.clerk_factor["NV06"] == pytest.approx(
        (20 / got.service_min["D"] + 15 * prior) / 16)


def test_arrivals_follow_the_days_shape_at_todays_level():
    """No one came before 9:00 on the days before, then 1 a minute (15 a slot): a customer
    at 8:00 sees the rush at 9:00 coming, where the last hour's rate would say none."""
    s = opened(1)
    profile = [0.0] * SLOTS
    for slot in range(36, 40):  # 09:00-10:00
        profile[slot] = 15.0
    s.history = History(arrivals={"A": tuple(profile)}, days=3)
    got = learn.learn(s, at(8))
    assert got.rate_per_min["A"] == 0.0
    coming = estimate.arrivals(s, at(8), got)
    first = [next(coming) for _ in range(3)]
    # nobody today nor on the days before in the last two hours: the usual level (5 / 5)
    assert [(t.arrival - at(9)).total_seconds() for t in first] == [30.0, 90.0, 150.0]
    rest = list(coming)
    assert len(rest) == 57 and rest[-1].arrival == at(9, 59, ) + timedelta(seconds=30)


def test_a_busier_day_than_usual_scales_the_shape_and_nothing_comes_after_midnight():
    s = opened(1)
    s.history = History(arrivals={"A": (1.5,) * SLOTS}, days=5)  # 0.1 a minute all day
    for m in range(2, 120, 4):  # 30 customers in the last two hours where 12 are usual
        t = do(s, queue.issue, "A", now=at(21) + timedelta(minutes=m))
        do(s, queue.cancel, t.id, now=at(21) + timedelta(minutes=m))
    got = learn.learn(s, at(23))
    assert got.profile["A"][0] == pytest.approx(0.1 * (30 + 5) / (12 + 5))
    coming = list(estimate.arrivals(s, at(23), got))
    # an hour of 0.1 x 35/17 a minute, up to midnight and not after
    assert len(coming) == round(60 * 0.1 * 35 / 17)
    assert all(c.arrival < at(23) + timedelta(hours=1) for c in coming)


def test_expected_arrivals_read_the_slots_in_the_halls_zone_and_their_parts():
    profile = [0.0] * SLOTS
    profile[36] = 6.0  # 09:00-09:15 in the hall (02:00-02:15 UTC)
    profile[37] = 2.0
    h = History(arrivals={"A": tuple(profile)}, days=1)
    nine = at(9)
    assert h.expected_arrivals("A", nine, nine + timedelta(minutes=15), HALL_TZ) == 6.0
    # a third of 09:10-09:15 and all of 09:15-09:30 ... given in UTC, read in the hall's zone
    start = (nine + timedelta(minutes=10)).astimezone(UTC)
    assert h.expected_arrivals("A", start, start + timedelta(minutes=20), HALL_TZ) == \
        pytest.approx(6.0 / 3 + 2.0)
    assert h.expected_arrivals("B", nine, nine + timedelta(hours=1), HALL_TZ) == 0.0
    assert h.expected_arrivals("A", nine, nine, HALL_TZ) == 0.0


def test_slots_outside_the_day_are_left_out_and_a_clerk_of_instant_visits_is_read():
    first, last = ArrivalCount(DAY, "A", 0, 5), ArrivalCount(DAY, "A", SLOTS - 1, 5)
    got = history_of([], [first, last, ArrivalCount(DAY, "A", SLOTS, 50),
                          ArrivalCount(DAY, "A", -1, 50)])
    assert got.arrivals["A"][:3] == pytest.approx((5 / 3, 5 / 4, 1.0))
    assert got.arrivals["A"][-1] == pytest.approx(5 / 3)
    assert sum(got.arrivals["A"][3:-3]) == 0.0
    # A's visits took no time at all (no-shows at once): they say nothing of his pace
    legs = [LegSums("A", "NV01", 0.0, 2), LegSums("E", "NV01", 1.0, 2)]
    got = history_of(legs, [])
    assert got.service_min == {"A": (0.0, 2), "E": (0.5, 2)}
    assert got.clerk_factor["NV01"] == (pytest.approx(2.0 / 4), 4)
