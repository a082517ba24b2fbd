"""What the estimate learns from today's tickets, the counters' plan, and how both move it."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from hallq.domain import Priority, estimate, learn, plan, queue
from tests.domain.queue_helpers import HALL_TZ, T0, do, opened


def serve(s, counter, service, at, minutes, end="finish"):
    """Issue a ticket of `service` at `at`, call it at `counter`, free the counter after
    `minutes` (finish, no-show after a recall, or transfer to E)."""
    t = do(s, queue.issue, service, now=at)
    do(s, queue.call_next, counter, now=at)
    done = at + timedelta(minutes=minutes)
    if end == "no_show":
        do(s, queue.recall, counter, now=at)
        do(s, queue.no_show, counter, now=done)
    elif end == "transfer":
        do(s, queue.transfer, counter, now=done, to_service="E")
    else:
        do(s, queue.finish, counter, now=done)
    return t


def test_shrunk_mean_and_nearest_rank_quantile():
    assert learn.shrunk(30.0, 3, 5.0, 5.0) == pytest.approx(55 / 8)
    assert learn.shrunk(0.0, 0, 5.0, 5.0) == 5.0
    xs = [float(x) for x in range(1, 11)]
    assert (learn.quantile(xs, 0.1), learn.quantile(xs, 0.9)) == (1.0, 9.0)
    assert learn.quantile([4.0], 0.9) == 4.0


def test_counter_time_from_call_to_free_is_shrunk_toward_the_typical_time():
    s = opened(1)
    serve(s, 1, "A", T0, 5)
    serve(s, 1, "A", T0 + timedelta(minutes=5), 5)
    got = learn.learn(s, T0 + timedelta(minutes=10))
    # the hall's pace: 10 minutes where 6 were typical, ten pseudo-visits at 1
    pace = (10 / 3 + 10) / 12
    assert got.pace == pytest.approx(pace)
    # two visits of 5 minutes, five pseudo-visits at A's typical 3 minutes at that pace
    mean_a = (10 + 5 * 3 * pace) / 7
    assert got.service_min["A"] == pytest.approx(mean_a)
    assert got.service_min["B"] == pytest.approx(15.0 * pace)  # nothing seen of B
    # the clerk's factor: 5 / mean_a per visit, fifteen pseudo-visits at 1
    factor = (2 * 5 / mean_a + 15) / 17
    assert got.clerk_factor["NV01"] == pytest.approx(factor)
    assert got.hour_factor[("A", 7)] == pytest.approx(factor)
    assert got.counter_min("A", "NV01", T0) == pytest.approx(mean_a * factor ** 2)
    assert got.counter_min("A", "NV09") == pytest.approx(mean_a)
    assert got.counter_min("A", None, T0 + timedelta(hours=3)) == pytest.approx(mean_a)
    assert got.times["A"] == [5.0, 5.0] and got.tails["A"] == [10.0, 5.0]


def test_what_a_customer_at_the_counter_still_needs_is_learned_from_longer_visits():
    got = learn.Learned({"A": 4.0}, service_min={"A": 4.0}, times={"A": [2.0, 4.0, 6.0]},
                        tails={"A": [12.0, 10.0, 6.0]})
    # 3 minutes in: the visits longer than 3 left 1 and 3 minutes; five pseudo at max(1, 1)
    assert got.remaining_min("A", 3.0, 4.0) == pytest.approx((1 + 3 + 5 * 1.0) / 7)
    # a slower clerk (need 8 = twice the mean): today's visits count twice as long
    assert got.remaining_min("A", 6.0, 8.0) == pytest.approx((2 + 6 + 5 * 2.0) / 7)
    # past every visit of today, or nothing seen: mean - spent, at least a quarter
    assert got.remaining_min("A", 7.0, 4.0) == 1.0
    assert got.remaining_min("B", 1.0, 4.0) == 3.0


def test_no_shows_and_transfers_are_counted_per_service():
    s = opened(1)
    serve(s, 1, "A", T0, 2, end="no_show")
    serve(s, 1, "A", T0 + timedelta(minutes=2), 3, end="transfer")
    serve(s, 1, "A", T0 + timedelta(minutes=5), 3)
    serve(s, 1, "A", T0 + timedelta(minutes=8), 4)
    got = learn.learn(s, T0 + timedelta(minutes=12))
    assert (got.no_show_rate["A"], got.transfer_rate["A"]) == (0.25, 0.25)
    assert got.no_show_rate["C"] == 0.0
    assert got.service_min["A"] == pytest.approx((12 + 5 * 3) / 9)


def test_arrival_rate_counts_the_last_hour_and_priority_share_every_first_leg():
    s = opened(1)
    do(s, queue.issue, "A", now=T0, priority=Priority.ELDERLY)  # outside the window
    for i in range(6):
        do(s, queue.issue, "A", now=T0 + timedelta(minutes=61 + i))
    do(s, queue.issue, "C", now=T0 + timedelta(minutes=70))
    got = learn.learn(s, T0 + timedelta(minutes=75))
    assert learn.RATE_WINDOW == timedelta(hours=1)
    assert got.rate_per_min["A"] == pytest.approx(6 / 60)
    assert got.rate_per_min["C"] == pytest.approx(1 / 60)
    assert got.rate_per_min["B"] == 0.0
    assert got.priority_share == pytest.approx(1 / 8)


def test_the_range_is_learned_from_today_s_estimates_against_real_waits():
    s = opened(1)
    fresh = learn.learn(s, T0)
    assert fresh.range_ratio == learn.DEFAULT_RANGE
    for i in range(10):  # each printed 10 minutes, called after i + 5 minutes
        t = do(s, queue.issue, "A", now=T0)
        s.tickets[t.id] = t.with_(eta_min=10.0, called_at=T0 + timedelta(minutes=i + 5))
    got = learn.learn(s, T0 + timedelta(minutes=20))
    lo, hi = 0.5, 1.3  # 10th and 90th percentile of 0.5 ... 1.4
    assert got.range_ratio == pytest.approx(((lo * 10 + 0.65 * 30) / 40, (hi * 10 + 1.4 * 30) / 40))


def test_future_arrivals_are_evenly_spaced_with_their_priority_share():
    s = opened(1)
    got = learn.Learned({"A": 3.0}, rate_per_min={"A": 0.2}, priority_share=0.5)
    coming = estimate.arrivals(s, T0, got)
    first = [next(coming) for _ in range(4)]
    assert [(t.arrival - T0).total_seconds() / 60 for t in first] == [2.5, 7.5, 12.5, 17.5]
    assert [t.priority for t in first] == [Priority.NONE, Priority.ELDERLY] * 2
    assert len({t.id for t in first}) == 4 and all(t.id < -1 for t in first)


def test_a_service_ranked_first_at_a_shared_counter_overtakes_a_later_customer():
    """Counter 1 calls A before E: A customers arriving meanwhile are called first."""
    s = opened(1)
    serve(s, 1, "A", T0, 3)  # a customer at the counter for the next 3 minutes
    now = T0 + timedelta(minutes=3)
    do(s, queue.issue, "A", now=now)
    do(s, queue.call_next, 1, now=now)
    quiet = estimate.estimate_range(s, "E", now).eta_min
    for _ in range(9):  # nine more A customers in the last half hour: 0.3 a minute
        t = do(s, queue.issue, "A", now=now)
        do(s, queue.cancel, t.id, now=now)
    busy = estimate.estimate_range(s, "E", now).eta_min
    assert quiet is not None and busy is not None and busy > quiet


def _two_days(lunch_days=(0, 1), short=False):
    evs = []
    for i, d in enumerate((date(2026, 11, 20), date(2026, 11, 21))):
        def at(h, m, d=d):
            return datetime(d.year, d.month, d.day, h, m, tzinfo=HALL_TZ)
        evs.append(plan.CounterEvent(at(7, 30 + 2 * i), "counter_opened", 1))
        if i in lunch_days:
            evs += [plan.CounterEvent(at(11, 30), "counter_paused", 1),
                    plan.CounterEvent(at(12, 0 if not short else 11) if not short
                                      else at(11, 40), "counter_resumed", 1)]
        evs.append(plan.CounterEvent(at(17, 10 * i), "counter_closed", 1))
    return evs


def test_a_counter_s_habit_is_the_median_of_its_days():
    habits = plan.learn_habits(_two_days(), None, "Asia/Ho_Chi_Minh")
    assert habits == {1: plan.Habit(451, 1025, (690, 720))}


def test_a_lunch_on_fewer_than_half_of_the_days_or_a_short_break_is_not_planned():
    three = _two_days() + [plan.CounterEvent(datetime(2026, 11, 22, 7, 30, tzinfo=HALL_TZ),
                                             "counter_opened", 1)]
    assert plan.learn_habits(three, None, "Asia/Ho_Chi_Minh")[1].away == (690, 720)
    one = _two_days(lunch_days=(0,))
    assert plan.learn_habits(one + three[-1:], None, "Asia/Ho_Chi_Minh")[1].away is None
    assert plan.learn_habits(_two_days(short=True), None, "Asia/Ho_Chi_Minh")[1].away is None


def test_a_day_plan_says_when_a_counter_is_back_and_when_it_opens():
    day = date(2026, 11, 23)
    p = plan.day_plan({1: plan.Habit(450, 1020, (690, 720))}, day, "Asia/Ho_Chi_Minh")

    def at(h, m):
        return datetime(2026, 11, 23, h, m, tzinfo=HALL_TZ)
    assert p[1] == ((at(0, 0), at(7, 30)), (at(11, 30), at(12, 0)),
                    (at(17, 0), at(0, 0) + timedelta(days=1)))
    assert plan.back_at(p, 1, at(6, 0)) == at(7, 30)
    assert plan.back_at(p, 1, at(9, 0)) == at(9, 0)
    assert plan.back_at(p, 1, at(11, 45)) == at(12, 0)
    assert plan.back_at(p, 1, at(17, 0)) is None
    assert plan.back_at(p, 2, at(17, 0)) == at(17, 0)  # no habit: always there
    assert plan.next_opening(p, 1, at(11, 40)) == at(12, 0)
    assert plan.next_opening(p, 1, at(10, 0)) is None
    assert plan.next_opening(p, 1, at(18, 0)) is None


def test_the_plan_moves_the_estimate_and_says_when_a_closed_service_opens():
    s = opened(1)
    s.plan = {1: ((T0 + timedelta(minutes=4), T0 + timedelta(minutes=34)),)}
    do(s, queue.issue, "A", now=T0)
    do(s, queue.issue, "A", now=T0)
    # A1 at 0, A2 at 3, then lunch from 4 (the counter is free at 6) to 34
    assert estimate.estimate(s, "A", T0) == (2, pytest.approx(34.0))
    closed = queue.QueueState(s.hall, s.services, s.counters)
    closed.plan = {1: ((T0 - timedelta(hours=7), T0 + timedelta(minutes=15)),)}
    e = estimate.estimate_range(closed, "A", T0)
    assert (e.eta_min, e.opens_at) == (None, "07:45")
    t = do(closed, queue.issue, "A", now=T0)
    assert t.eta_min is None


def test_a_paused_counter_is_back_after_a_lunch_or_a_short_break():
    s = opened(1)
    do(s, queue.pause, 1, now=T0, reason="Lunch")
    assert estimate.estimate(s, "A", T0 + timedelta(minutes=10)) == (0, pytest.approx(20.0))
    s2 = opened(1)
    do(s2, queue.pause, 1, now=T0, reason="Short break")
    # past its guess: back within a minute
    assert estimate.estimate(s2, "A", T0 + timedelta(minutes=9)) == (0, pytest.approx(1.0))


def test_a_waiting_ticket_s_estimate_follows_the_queue():
    s = opened(1)
    first = do(s, queue.issue, "A", now=T0)
    second = do(s, queue.issue, "A", now=T0)
    before = estimate.ticket_estimate(s, second.id, T0)
    do(s, queue.call_next, 1, now=T0)
    after = estimate.ticket_estimate(s, second.id, T0 + timedelta(minutes=1))
    assert (before.eta_min, after.eta_min) == (3.0, 2.0)
    assert (after.low_min, after.high_min) == (1.3, 3.0)
    assert estimate.ticket_estimate(s, first.id, T0) is None  # called: no longer waiting


def test_the_range_is_at_least_a_minute_wide_above():
    e = estimate._with_range(estimate.Estimate(0, 0.0), learn.Learned({}))
    assert (e.low_min, e.high_min) == (0.0, 1.0)
    assert estimate.rounded(estimate.Estimate(1, 2.345, 1.04, 3.36)) == \
        estimate.Estimate(1, 2.3, 1.0, 3.4)


def test_utc_times_are_read_in_the_hall_s_hours():
    got = learn.Learned({"A": 2.0}, hour_factor={("A", 7): 1.5}, timezone="Asia/Ho_Chi_Minh")
    assert got.counter_min("A", at=datetime(2026, 11, 23, 0, 10, tzinfo=UTC)) == 3.0


def test_the_hall_s_opening_hours_say_when_it_opens_when_no_plan_does():
    hall = queue.QueueState(opened().hall, {}, {}).hall  # 07:30-11:30, 13:30-17:00, Mon-Fri

    def local(day, h, m):
        return datetime(2026, 11, day, h, m, tzinfo=HALL_TZ)
    assert plan.hours_opening(hall, local(23, 6, 0)) == local(23, 7, 30)  # a Monday
    assert plan.hours_opening(hall, local(23, 12, 0)) == local(23, 13, 30)  # lunch closure
    assert plan.hours_opening(hall, local(23, 9, 0)) is None  # open: not known when
    assert plan.hours_opening(hall, local(23, 17, 30)) is None  # closed until tomorrow
    assert plan.hours_opening(hall, local(28, 6, 0)) is None  # a Saturday
    holiday = dataclasses.replace(hall, holidays=("2026-11-23",))
    assert plan.hours_opening(holiday, local(23, 6, 0)) is None


def test_before_opening_a_ticket_is_told_the_hall_s_opening_time():
    s = queue.QueueState(opened().hall, opened().services, opened().counters)
    early = datetime(2026, 11, 23, 6, 40, tzinfo=HALL_TZ)
    t = do(s, queue.issue, "A", now=early)
    assert t.eta_min is None
    e = estimate.estimate_range(s, "A", early)
    assert (e.eta_min, e.opens_at) == (None, "07:30")
    s.plan = {1: ((early - timedelta(hours=2), early + timedelta(minutes=62)),)}
    assert estimate.estimate_range(s, "A", early).opens_at == "07:42"  # the plan's own
    s.plan = {1: ((early - timedelta(hours=2), early - timedelta(hours=1)),
                  (early, early + timedelta(hours=12)))}  # planned shut all day
    assert estimate.estimate_range(s, "A", early).opens_at is None


def _same(a, b) -> bool:
    """Equal, floats to 1e-9 (sums taken in another order differ in the last digit)."""
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float):
        return a == pytest.approx(b, rel=1e-9, abs=1e-12)
    return a == b


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_running_sums_learn_what_a_fresh_read_of_the_day_learns(seed):
    """The tally kept across calls equals one made from scratch, all day long."""
    import random

    s = opened(1, 2, 4, 6)
    rng = random.Random(seed)
    now = T0
    for step in range(240):
        now += timedelta(seconds=rng.randint(5, 90))
        r = rng.random()
        try:
            if r < 0.45:
                do(s, queue.issue, rng.choice("ABCDE"), now=now,
                   priority=rng.choice([Priority.NONE] * 5 + [Priority.ELDERLY]))
            elif r < 0.7:
                do(s, queue.call_next, rng.choice([1, 2, 4, 6]), now=now)
            elif r < 0.85:
                do(s, queue.finish, rng.choice([1, 2, 4, 6]), now=now)
            elif r < 0.9:
                n = rng.choice([1, 2, 4, 6])
                do(s, queue.recall, n, now=now)
                do(s, queue.no_show, n, now=now)
            elif r < 0.95:
                do(s, queue.transfer, rng.choice([1, 2, 4, 6]), now=now, to_service="C")
            else:
                waiting = s.waiting()
                if waiting:
                    do(s, queue.cancel, rng.choice(waiting).id, now=now)
        except queue.DomainError:
            pass
        if step % 20 == 0:
            fresh = queue.QueueState(s.hall, s.services, s.counters, tickets=dict(s.tickets),
                                     next_ticket_id=s.next_ticket_id)
            assert _same(vars(learn.learn(s, now)), vars(learn.learn(fresh, now)))
    assert learn.tally(s).called  # the day did serve people
