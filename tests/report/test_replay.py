"""Replaying a day with counters per hour, and staffing advice that holds under the replay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hallq.domain import replay as rp
from hallq.report import staffing

TARGETS = {"A": 10.0, "E": 25.0, "B": 15.0}


def test_one_counter_serves_in_arrival_order():
    visits = [(480.0, "A", 10.0), (480.0, "A", 10.0), (481.0, "A", 10.0)]
    got = rp.replay(visits, {8: {"A": 1}, 9: {"A": 1}}, TARGETS)
    assert got.waits == [0.0, 10.0, 19.0]
    assert (got.within, got.unserved) == (2, 0)
    assert got.share_within == pytest.approx(2 / 3)
    assert got.hours == [rp.HourResult(8, 3, 2, pytest.approx(29 / 3), 3)]


def test_a_counter_starts_only_in_its_hours_and_finishes_past_them():
    visits = [(480.0, "A", 70.0), (490.0, "A", 5.0)]
    got = rp.replay(visits, {9: {"A": 1}, 10: {"A": 1}}, TARGETS)
    assert got.waits == [60.0, 120.0]  # the first runs from 9:00 to 10:10


def test_nobody_to_serve_is_unserved_and_never_within():
    got = rp.replay([(600.0, "B", 5.0)], {10: {"A": 1}}, TARGETS)
    assert (got.waits, got.unserved, got.within) == ([rp.END_OF_DAY - 600.0], 1, 0)
    assert got.hours == [rp.HourResult(10, 1, 0, None, 0)]  # counted, not timed
    assert rp.replay([], {}, TARGETS).share_within is None


def test_services_of_one_pool_share_their_counters():
    visits = [(480.0, "A", 10.0), (480.5, "A", 10.0), (481.0, "E", 10.0)]
    alone = rp.replay(visits, {8: {"A": 1, "E": 1}}, TARGETS)
    shared = rp.replay(visits, {8: {"A": 1, "E": 1}}, TARGETS, {"A": "A", "E": "A"})
    assert alone.waits == [0.0, 9.5, 0.0]
    assert shared.waits == [0.0, 0.0, 9.0]  # first come, first served over the pool
    assert rp.pooled({8: {"A": 1, "E": 2, "B": 1}}, {"E": "A"}) == {8: {"A": 3, "B": 1}}


def test_pools_join_services_served_at_the_same_counters():
    got = rp.pools_of([["A", "E"], ["B", "C"], ["D", "E"], ["C", "B"]])
    assert got == {"A": "A", "E": "A", "D": "A", "B": "B", "C": "B"}


def _plan(rows):
    return staffing.StaffingPlan(None, "recent", [], 0.8, {"A": 10.0}, {"A": 10.0},
                                 [{"hour": h, "arrivals": {}, "need": {"A": n}, "total": n}
                                  for h, n in rows])


def test_advice_grows_until_the_replay_holds():
    # twelve 10-minute customers at 8:00: one counter keeps 1 of 12 within 10 minutes
    visits = [(480.0 + i * 0.1, "A", 10.0) for i in range(12)]
    plan = _plan([(8, 1)])
    staffing.hold(plan, [visits], hall_counters=0)
    row = plan.rows[0]
    assert plan.replay_within is not None and plan.replay_within >= staffing.HOLD_GOAL
    assert row["total"] == row["need"]["A"] and row["would_need"] == 0
    # one counter fewer would not hold: the advice is the smallest the rounds reached
    fewer = rp.replay(visits, {8: {"A": row["total"] - 1}}, {"A": 10.0})
    assert fewer.share_within < staffing.HOLD_GOAL
    assert row["replay_within"] == plan.replay_within


def test_advice_is_capped_at_the_hall_s_counters_and_says_what_it_would_need():
    visits = [(480.0 + i * 0.1, "A", 10.0) for i in range(12)]
    plan = _plan([(8, 1)])
    staffing.hold(plan, [visits], hall_counters=3)
    row = plan.rows[0]
    assert row["total"] == 3
    assert row["would_need"] > 3 and plan.would_need == row["would_need"]
    assert plan.replay_within == pytest.approx(rp.replay(visits, {8: {"A": 3}},
                                                         {"A": 10.0}).share_within)


def test_open_counters_are_shared_among_pools_by_their_size():
    sizes = {"A": 4, "B": 2}
    assert rp.split_counters(3, sizes) == {"A": 2, "B": 1}
    assert rp.split_counters(6, sizes) == {"A": 4, "B": 2}
    assert rp.split_counters(9, sizes) == {"A": 4, "B": 2}  # no more than the hall has
    assert rp.split_counters(1, sizes) == {"A": 1, "B": 0}
    assert rp.split_counters(0, sizes) == {"A": 0, "B": 0}
    assert rp.split_counters(2, {"A": 1, "B": 1, "C": 4}) == {"A": 0, "B": 0, "C": 2}
    # The pools with the largest remainders are full: the last open counter still goes to
    # the pool with room (it was left idle: 6 of 7 open counters used).
    assert rp.split_counters(7, {"A": 1, "B": 1, "C": 5}) == {"A": 1, "B": 1, "C": 5}


@settings(max_examples=200, deadline=None)
@given(st.integers(-2, 40), st.dictionaries(st.sampled_from("ABCDEF"), st.integers(1, 8),
                                            max_size=6))
def test_every_open_counter_serves_a_pool_with_room(total, sizes):
    out = rp.split_counters(total, sizes)
    assert sum(out.values()) == max(0, min(total, sum(sizes.values())))
    assert all(0 <= out[p] <= sizes[p] for p in sizes)


def test_visits_from_the_wire_s_tickets():
    tickets = [
        {"service": "A", "state": "done", "queued_at": "2026-11-23T08:10:30+07:00",
         "called_at": "2026-11-23T08:12:00+07:00", "finished_at": "2026-11-23T08:16:00+07:00"},
        {"service": "A", "state": "waiting", "queued_at": "2026-11-23T01:20:00+00:00"},
        {"service": "B", "state": "waiting", "queued_at": "2026-11-23T08:30:00+07:00"},
        {"service": "B", "state": "cancelled", "queued_at": "2026-11-23T08:31:00+07:00"},
    ]
    got = rp.visits_from_tickets(tickets, {"A": 3.0, "B": 15.0}, "Asia/Ho_Chi_Minh")
    assert got == [(490.5, "A", 4.0), (500.0, "A", 4.0), (510.0, "B", 15.0)]


def test_a_full_hour_passes_its_extra_counter_to_an_hour_before_only_if_that_helps():
    # customers from 7:50: an extra counter from 7:00 takes the first ones before 8:00
    early = [(470.0 + i, "A", 10.0) for i in range(10)] + [(480.0 + i, "A", 10.0)
                                                           for i in range(10)]
    plan = staffing.StaffingPlan(None, "recent", [], 0.8, {"A": 10.0}, {"A": 10.0}, [
        {"hour": 7, "arrivals": {}, "need": {"A": 1}, "total": 1},
        {"hour": 8, "arrivals": {}, "need": {"A": 1}, "total": 1}])
    staffing.hold(plan, [early], hall_counters=3)
    assert [r["total"] for r in plan.rows] == [3, 3]
    assert plan.rows[1]["would_need"] > 3
    # customers only from 8:00: counters at 7:00 would serve nobody, so none is added
    late = [(480.0 + i * 0.5, "A", 10.0) for i in range(20)]
    plan = staffing.StaffingPlan(None, "recent", [], 0.8, {"A": 10.0}, {"A": 10.0}, [
        {"hour": 7, "arrivals": {}, "need": {"A": 0}, "total": 0},
        {"hour": 8, "arrivals": {}, "need": {"A": 1}, "total": 1}])
    staffing.hold(plan, [late], hall_counters=3)
    assert [r["total"] for r in plan.rows] == [0, 3]
