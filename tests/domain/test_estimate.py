"""The estimated wait: a run of the call rule over the live queue, and the per-service summary."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hallq.domain import Counter, Priority, call_sim, estimate, queue, sample
from tests.domain.queue_helpers import T0, do, opened


def test_the_queue_module_still_offers_the_estimate():
    """Callers know them as queue.estimate and queue.summary."""
    assert queue.estimate is estimate.estimate
    assert queue.summary is estimate.summary


def test_estimate_grows_with_the_queue_and_falls_with_more_counters():
    s = opened(1)
    for i in range(10):
        do(s, queue.issue, "A", now=T0 + timedelta(seconds=i))
    _, one = queue.estimate(s, "A", T0 + timedelta(seconds=20))
    do(s, queue.open_counter, 2, "NV02", now=T0)
    do(s, queue.open_counter, 3, "NV03", now=T0)
    ahead, three = queue.estimate(s, "A", T0 + timedelta(seconds=20))
    assert ahead == 10
    assert one == pytest.approx(30, abs=0.5)  # 10 ahead x 3 min, one counter
    assert three < one / 2


def test_a_counter_on_a_break_is_assumed_back_in_five_minutes():
    s = opened(1)
    do(s, queue.pause, 1, now=T0)
    assert estimate.estimate(s, "A", T0) == (0, 5.0)


def test_the_customer_at_the_counter_finishes_first():
    s = opened(1)
    do(s, queue.issue, "A", now=T0)
    do(s, queue.call_next, 1, now=T0)  # A's mean is 3 minutes
    ahead, eta = estimate.estimate(s, "A", T0 + timedelta(minutes=1))
    assert (ahead, eta) == (0, pytest.approx(2.0))


def test_no_counter_serves_the_service_no_estimate():
    s = queue.QueueState(sample.HALL, {v.prefix: v for v in sample.SERVICES},
                         {1: Counter(1, "Quầy 1", ("A",))})
    do(s, queue.issue, "B", now=T0)
    do(s, queue.issue, "B", now=T0)
    assert estimate.estimate(s, "B", T0) == (2, None)


def test_no_estimate_while_every_counter_of_the_service_is_closed():
    """Issue 19.2: before opening (or at a lunch closure) the first tickets get no
    estimate, never 0 minutes; without a plan nobody knows when it opens."""
    s = queue.QueueState(sample.HALL, {v.prefix: v for v in sample.SERVICES},
                         {1: Counter(1, "Quầy 1", ("A",))})
    do(s, queue.issue, "A", now=T0)
    t = do(s, queue.issue, "A", now=T0)
    assert t.eta_min is None
    assert estimate.estimate_range(s, "A", T0 + timedelta(seconds=1)) == \
        estimate.Estimate(2, None, None, None, None)
    assert estimate.summary(s, T0)["A"]["eta_min"] is None


def test_past_the_simulation_limit_a_closed_form(monkeypatch):
    monkeypatch.setattr(estimate, "SIM_MAX_WAITING", 40)  # the same rule, a shorter test
    s = opened(1, 2, 3)
    n = estimate.SIM_MAX_WAITING + 10
    for i in range(n):
        do(s, queue.issue, "A", now=T0 + timedelta(seconds=i))
    later = T0 + timedelta(seconds=n)
    # everyone ahead in the same service, each 3 minutes, shared by 3 counters
    assert estimate.estimate(s, "A", later) == (n, pytest.approx(n * 3.0 / 3))


def test_a_priority_customer_is_estimated_ahead_of_the_others():
    s = opened(1)
    for i in range(4):
        do(s, queue.issue, "A", now=T0 + timedelta(seconds=i))
    ahead, eta = estimate.estimate(s, "A", T0 + timedelta(seconds=10),
                                   priority=Priority.ELDERLY)
    assert (ahead, eta) == (0, 0.0)


def test_summary_per_service():
    s = opened(1)
    do(s, queue.issue, "A", now=T0)
    do(s, queue.issue, "A", now=T0 + timedelta(minutes=1))
    s.services["B"] = dataclasses.replace(s.services["B"], active=False)
    out = estimate.summary(s, T0 + timedelta(minutes=4))
    assert set(out) == {v.prefix for v in sample.SERVICES}
    # the range: DEFAULT_RANGE (0.65, 1.4) around 6 minutes, before any wait is known
    assert out["A"] == {"waiting": 2, "longest_min": 4.0, "eta_min": 6.0, "eta_low_min": 3.9,
                        "eta_high_min": 8.4, "opens_at": None, "target_min": 10,
                        "eta_round_min": 6, "eta_shown_range": [4, 8]}
    assert out["B"]["eta_min"] is None  # an inactive service has no estimate
    assert out["E"]["waiting"] == 0 and out["E"]["longest_min"] == 0.0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("ABCDE"), st.sampled_from(list(Priority)),
                          st.integers(0, 300)), min_size=1, max_size=40),
       st.sets(st.integers(1, 6), min_size=1))
def test_the_fast_estimate_follows_the_call_rule(arrivals, counters):
    """The estimate's heap simulation picks exactly what call_order would pick."""
    s = opened(*counters)
    now = T0
    for prefix, prio, secs in arrivals:
        now += timedelta(seconds=secs)
        do(s, queue.issue, prefix, now=now, priority=prio)
    pool = s.waiting()
    sim = call_sim.CallSim(s, [s.counters[n] for n in counters], pool)
    remaining = list(pool)
    t = now
    for step in range(len(pool) + 2):
        n = sorted(counters)[step % len(counters)]
        t += timedelta(minutes=3)
        expect = queue.call_order(s, n, t, remaining)
        got = sim.pick(n, t)
        assert (got.id if got else None) == (expect[0].id if expect else None)
        if got:
            remaining.remove(got)
