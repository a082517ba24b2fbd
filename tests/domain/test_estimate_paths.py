"""The estimate's paths one by one, each with the exact minutes a customer would be told."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hallq.domain import estimate, learn, queue
from tests.domain.queue_helpers import T0, do, opened


def _min(m: float):
    return T0 + timedelta(minutes=m)


@pytest.mark.parametrize(("reason", "back"), [
    ("Lunch", 30.0), ("ăn TRƯA", 30.0), ("午休", 30.0), ("Short break", 5.0), ("", 5.0)])
def test_a_break_s_reason_says_how_long(reason, back):
    s = opened(1)
    do(s, queue.pause, 1, now=T0, reason=reason)
    assert estimate.estimate(s, "A", T0) == (0, pytest.approx(back))


def test_the_plan_says_when_a_paused_counter_is_back():
    s = opened(1)
    do(s, queue.pause, 1, now=T0, reason="Short break")
    s.plan = {1: ((T0, _min(12)),)}
    assert estimate.estimate(s, "A", _min(2)) == (0, pytest.approx(10.0))


def test_a_closed_counter_joins_at_its_planned_opening():
    s = opened(1)
    serve_until = do(s, queue.issue, "A", now=T0)
    do(s, queue.call_next, 1, now=T0)  # counter 1 busy for 3 minutes
    assert serve_until.number == "A001"
    s.plan = {1: ((_min(3), _min(60)),), 2: ((T0 - timedelta(hours=8), _min(2)),)}
    # counter 1 goes to lunch when free at 3; counter 2 opens at 2 and calls the newcomer
    assert estimate.estimate(s, "A", T0) == (0, pytest.approx(2.0))
    s.plan = {1: ((_min(3), _min(60)),)}  # counter 2 not planned: it does not come
    assert estimate.estimate(s, "A", T0) == (0, pytest.approx(60.0))


def test_no_estimate_when_the_counters_close_before_the_customer_s_turn():
    s = opened(1)
    for _ in range(3):
        do(s, queue.issue, "A", now=T0)
    s.plan = {1: ((T0 - timedelta(hours=8), T0), (_min(5), _min(600)))}  # closes at 5
    e = estimate.estimate_range(s, "A", T0)
    assert (e.ahead, e.eta_min, e.low_min, e.high_min, e.opens_at) == (2, None, None, None, None)


def test_an_arrival_ranked_first_at_the_counter_is_called_before_the_customer():
    """Counter 1 serves A before E: an A customer expected at 5 min goes first."""
    s = opened(1)
    learned = learn.learn(s, T0)
    learned.rate_per_min = {"A": 0.1}  # at 5, 15, 25 ...
    do(s, queue.issue, "E", now=T0)
    do(s, queue.call_next, 1, now=T0)  # E001 at the counter, 5 minutes
    e = estimate.estimate_range(s, "E", T0, learned=learned)
    # free at 5: the A who came at 5 first (3 minutes), then this E at 8
    assert (e.ahead, e.eta_min) == (0, pytest.approx(8.0))
    learned.rate_per_min = {"A": 0.2}  # at 2.5, 7.5: the second is there at 8 too
    assert estimate.estimate_range(s, "E", T0, learned=learned).eta_min == pytest.approx(11.0)


def test_the_closed_form_past_the_simulation_limit_uses_the_learned_mean(monkeypatch):
    assert estimate.SIM_MAX_WAITING == 1000
    monkeypatch.setattr(estimate, "SIM_MAX_WAITING", 40)  # the same rule, a shorter test
    s = opened(1, 2)
    n = estimate.SIM_MAX_WAITING + 1
    for i in range(n):
        do(s, queue.issue, "A", now=T0 + timedelta(seconds=i))
    learned = learn.learn(s, _min(5))
    learned.service_min["A"] = 4.0
    e = estimate.estimate_range(s, "A", _min(5), learned=learned)
    assert (e.ahead, e.eta_min) == (n, pytest.approx(n * 4.0 / 2))
    assert e.low_min == pytest.approx(n * 2.0 * 0.65)


def test_the_range_never_narrows_past_the_estimate():
    wide = learn.Learned({}, range_ratio=(1.2, 0.8))  # a day of odd ratios
    e = estimate._with_range(estimate.Estimate(1, 10.0), wide)
    assert (e.low_min, e.high_min) == (10.0, 11.0)
    e = estimate._with_range(estimate.Estimate(1, 10.0), learn.Learned({}))
    assert (e.low_min, e.high_min) == (pytest.approx(6.5), pytest.approx(14.0))
    assert estimate._with_range(estimate.Estimate(2, None), wide) == estimate.Estimate(2, None)


def test_the_summary_has_the_contract_s_fields_per_service():
    s = opened(1)
    s.plan = {6: ((T0 - timedelta(hours=8), _min(30)),)}
    out = estimate.summary(s, T0)
    assert set(out["A"]) == {"waiting", "longest_min", "eta_min", "eta_low_min",
                             "eta_high_min", "opens_at", "target_min", "eta_round_min",
                             "eta_shown_range"}
    # D is served only at counter 6, closed now and planned to open at 08:00
    assert (out["D"]["eta_min"], out["D"]["opens_at"]) == (None, "08:00")
    assert out["A"]["eta_min"] == 0.0 and out["A"]["eta_high_min"] == 1.0
    # what screens show: "very soon", no range; D nothing, it opens later
    assert (out["A"]["eta_round_min"], out["A"]["eta_shown_range"]) == (0, None)
    assert (out["D"]["eta_round_min"], out["D"]["eta_shown_range"]) == (None, None)


def test_counters_that_cannot_serve_the_ticket_still_take_what_they_share():
    """D is served at counter 6 only (D before E); an E overdue since 07:30 would go first
    there, but counter 1 (A, E) takes it."""
    s = opened(1, 6)
    do(s, queue.issue, "E", now=T0)
    assert estimate.estimate(s, "D", _min(30)) == (0, 0.0)
    alone = opened(6)
    do(alone, queue.issue, "E", now=T0)
    assert estimate.estimate(alone, "D", _min(30)) == (0, pytest.approx(5.0))


def test_an_idle_counter_waits_for_arrivals_and_the_run_ends_with_the_last_able_counter():
    s = opened(1, 6)
    do(s, queue.issue, "D", now=T0)
    do(s, queue.call_next, 6, now=T0)  # D001 at counter 6 for 10 minutes
    learned = learn.learn(s, T0)
    learned.rate_per_min = {"E": 0.2}  # counter 1 has nothing now: it waits for them
    assert estimate.estimate_range(s, "D", T0, learned=learned).eta_min == pytest.approx(10.0)
    # counter 6 closes at 5: counter 1 goes on taking E customers, but nobody can call D
    s.plan = {6: ((T0 - timedelta(hours=8), T0), (_min(5), _min(600)))}
    e = estimate.estimate_range(s, "D", T0, learned=learned)
    assert (e.ahead, e.eta_min) == (0, None)
