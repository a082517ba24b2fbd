"""The queue rules, with no database: numbering, the call rule, transitions."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hallq.domain import CounterState, DomainError, Priority, TicketState, queue, sample
from tests.domain.queue_helpers import HALL_TZ, T0, do, new_state, opened


def test_numbers_run_per_service_from_001():
    s = opened()
    nums = [do(s, queue.issue, p, now=T0).number for p in "AABAE"]
    assert nums == ["A001", "A002", "B001", "A003", "E001"]


def test_business_day_starts_at_the_configured_hour():
    hall = sample.HALL  # Asia/Ho_Chi_Minh, day starts 04:00
    before = datetime(2026, 11, 23, 3, 59, tzinfo=HALL_TZ)
    after = datetime(2026, 11, 23, 4, 1, tzinfo=HALL_TZ)
    assert queue.business_day(before, hall) == date(2026, 11, 22)
    assert queue.business_day(after, hall) == date(2026, 11, 23)
    with pytest.raises(ValueError):
        queue.business_day(datetime(2026, 11, 23, 5), hall)


def test_numbering_resets_on_a_new_business_day_and_old_tickets_are_cancelled():
    s = opened()
    day1 = datetime(2026, 11, 23, 23, 59, tzinfo=HALL_TZ)
    do(s, queue.issue, "A", now=day1)
    do(s, queue.issue, "A", now=day1)
    next_day = datetime(2026, 11, 24, 4, 1, tzinfo=HALL_TZ)
    roll = queue.roll_day(s, next_day)
    assert [e.type for e in roll.events] == ["ticket_cancelled", "ticket_cancelled"]
    queue.apply(s, roll)
    assert do(s, queue.issue, "A", now=next_day).number == "A001"
    assert queue.roll_day(s, next_day) is None


def test_priority_first_then_service_order_then_fifo():
    s = opened(1)
    e1 = do(s, queue.issue, "E", now=T0)
    a1 = do(s, queue.issue, "A", now=T0 + timedelta(minutes=1))
    a2 = do(s, queue.issue, "A", now=T0 + timedelta(minutes=2), priority=Priority.ELDERLY)
    order = queue.call_order(s, 1, T0 + timedelta(minutes=3))
    # the elderly customer first, then A (counter 1 serves A before E), then E
    assert [t.number for t in order] == [a2.number, a1.number, e1.number]


def test_an_overdue_ticket_goes_before_priority_and_service_order():
    s = opened(1)
    e1 = do(s, queue.issue, "E", now=T0)  # E's target is 15 minutes
    do(s, queue.issue, "A", now=T0 + timedelta(minutes=14), priority=Priority.PREGNANT)
    later = T0 + timedelta(minutes=16)
    assert queue.call_order(s, 1, later)[0].id == e1.id


def test_call_next_refuses_when_busy_closed_or_empty():
    s = opened(1)
    with pytest.raises(DomainError) as exc:
        do(s, queue.call_next, 1, now=T0)
    assert exc.value.code == "queue_empty"
    with pytest.raises(DomainError) as exc:
        do(s, queue.call_next, 2, now=T0)
    assert exc.value.code == "counter_closed"
    do(s, queue.issue, "A", now=T0)
    do(s, queue.issue, "A", now=T0)
    do(s, queue.call_next, 1, now=T0)
    with pytest.raises(DomainError) as exc:
        do(s, queue.call_next, 1, now=T0)
    assert exc.value.code == "ticket_at_counter"


def test_no_show_needs_recalls_and_a_returning_customer_can_be_requeued():
    s = opened(1)
    t = do(s, queue.issue, "A", now=T0)
    do(s, queue.call_next, 1, now=T0)
    with pytest.raises(DomainError) as exc:
        do(s, queue.no_show, 1, now=T0)
    assert exc.value.code == "recalls_needed"
    do(s, queue.recall, 1, now=T0 + timedelta(minutes=1))
    gone = do(s, queue.no_show, 1, now=T0 + timedelta(minutes=2))
    assert gone.state == TicketState.NO_SHOW
    back = do(s, queue.requeue, t.id, now=T0 + timedelta(minutes=10))
    assert (back.number, back.state, back.leg, back.parent_id) == ("A001", "waiting", 2, t.id)
    with pytest.raises(DomainError):
        do(s, queue.requeue, t.id, now=T0 + timedelta(minutes=11))


def test_transfer_keeps_the_original_arrival_and_can_name_a_counter():
    s = opened(6, 5)
    d = do(s, queue.issue, "D", now=T0)
    do(s, queue.issue, "C", now=T0 + timedelta(minutes=5))
    do(s, queue.call_next, 6, now=T0 + timedelta(minutes=6))
    leg = do(s, queue.transfer, 6, to_service="C", now=T0 + timedelta(minutes=9))
    assert leg.arrival == d.arrival and leg.service == "C" and leg.state == "waiting"
    assert s.tickets[d.id].state == TicketState.TRANSFERRED
    # he keeps his place by his original arrival: called before the younger C ticket
    assert queue.call_order(s, 5, T0 + timedelta(minutes=10))[0].id == leg.id
    named = do(s, queue.call_next, 5, now=T0 + timedelta(minutes=10))
    leg2 = do(s, queue.transfer, 5, to_counter=6, now=T0 + timedelta(minutes=12))
    assert named.id == leg.id and leg2.target_counter == 6
    assert [t.id for t in queue.call_order(s, 5, T0 + timedelta(minutes=13))] != [leg2.id]
    assert queue.call_order(s, 6, T0 + timedelta(minutes=13))[0].id == leg2.id


def test_illegal_transitions_have_codes():
    s = opened(1)
    t = do(s, queue.issue, "A", now=T0)
    do(s, queue.call_next, 1, now=T0)
    do(s, queue.start_serving, 1, now=T0)
    for fn, code in [(queue.recall, "already_serving"), (queue.no_show, "already_serving"),
                     (queue.start_serving, "already_serving")]:
        with pytest.raises(DomainError) as exc:
            do(s, fn, 1, now=T0)
        assert exc.value.code == code
    with pytest.raises(DomainError) as exc:
        do(s, queue.cancel, t.id, now=T0)
    assert exc.value.code == "not_waiting"
    with pytest.raises(DomainError) as exc:
        do(s, queue.close_counter, 1, now=T0)
    assert exc.value.code == "ticket_at_counter"
    do(s, queue.finish, 1, now=T0 + timedelta(minutes=3))
    assert do(s, queue.close_counter, 1, now=T0).state == CounterState.CLOSED


def test_a_clerk_works_at_one_counter_at_a_time():
    s = opened(1)
    with pytest.raises(DomainError) as exc:
        do(s, queue.open_counter, 2, "NV01", now=T0)
    assert exc.value.code == "staff_busy"
    with pytest.raises(DomainError) as exc:
        do(s, queue.open_counter, 1, "NV02", now=T0)
    assert exc.value.code == "counter_taken"


# ------------------------------------------------------------------ properties

commands = st.lists(st.tuples(
    st.sampled_from(["issue", "call", "recall", "serve", "finish", "no_show", "transfer",
                     "cancel", "pause", "resume", "open", "close", "requeue"]),
    st.sampled_from("ABCDE"), st.integers(1, 6), st.sampled_from(list(Priority)),
    st.integers(0, 240)), min_size=1, max_size=120)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(commands)
def test_random_days_keep_every_promise(cmds):
    s = new_state()
    now = T0
    called_ids: list[int] = []
    issued: dict[str, list[int]] = {}
    for kind, prefix, counter, prio, secs in cmds:
        now += timedelta(seconds=secs)
        before = dict(s.tickets)
        try:
            if kind == "issue":
                t = do(s, queue.issue, prefix, now=now, priority=prio)
                issued.setdefault(prefix, []).append(t.seq_no)
            elif kind == "call":
                order = queue.call_order(s, counter, now)
                t = do(s, queue.call_next, counter, now=now)
                assert t.id == order[0].id
                called_ids.append(t.id)
                _check_no_overdue_skipped(s, counter, before, t, now)
            elif kind == "recall":
                do(s, queue.recall, counter, now=now)
            elif kind == "serve":
                do(s, queue.start_serving, counter, now=now)
            elif kind == "finish":
                do(s, queue.finish, counter, now=now)
            elif kind == "no_show":
                do(s, queue.no_show, counter, now=now)
            elif kind == "transfer":
                do(s, queue.transfer, counter, now=now, to_service=prefix)
            elif kind == "cancel":
                waiting = s.waiting()
                if waiting:
                    do(s, queue.cancel, waiting[0].id, now=now)
            elif kind == "pause":
                do(s, queue.pause, counter, now=now)
            elif kind == "resume":
                do(s, queue.resume, counter, now=now)
            elif kind == "open":
                do(s, queue.open_counter, counter, f"NV0{counter}", now=now)
            elif kind == "close":
                do(s, queue.close_counter, counter, now=now)
            elif kind == "requeue":
                gone = [t for t in s.tickets.values() if t.state == TicketState.NO_SHOW]
                if gone:
                    do(s, queue.requeue, gone[0].id, now=now)
        except DomainError:
            assert s.tickets == before  # a refused command changes nothing
    # no ticket (leg) is ever called twice
    assert len(called_ids) == len(set(called_ids))
    # numbering is gapless per service from 001
    for prefix, nums in issued.items():
        assert nums == list(range(1, len(nums) + 1)), prefix
    # no lost ticket: every ticket issued is still there (ids 1..n, no gap); a transferred
    # leg goes on in exactly one new leg, a no-show in at most one (requeued), any other leg
    # in none; the waiting index holds exactly the waiting tickets; and each counter holds
    # at most one customer, who is at that counter
    assert sorted(s.tickets) == list(range(1, s.next_ticket_id))
    next_legs = Counter(t.parent_id for t in s.tickets.values() if t.parent_id is not None)
    for t in s.tickets.values():
        most = {TicketState.TRANSFERRED: 1, TicketState.NO_SHOW: 1}.get(t.state, 0)
        least = 1 if t.state == TicketState.TRANSFERRED else 0
        assert least <= next_legs[t.id] <= most, (t.number, t.state, next_legs[t.id])
    assert set(s.waiting_ids) == {t.id for t in s.tickets.values()
                                  if t.state == TicketState.WAITING}
    at_counter = [t for t in s.tickets.values() if t.state in ("called", "serving")]
    assert len({t.counter for t in at_counter}) == len(at_counter)
    for t in at_counter:
        assert s.counter_status(t.counter).ticket_id == t.id


def _check_no_overdue_skipped(s, counter, before, called, now):
    """No waiting ticket past its target is left while a younger one is called."""
    c = s.counters[counter]
    for t in before.values():
        if t.state != TicketState.WAITING or t.id == called.id or not queue.callable_by(c, t):
            continue
        target = timedelta(minutes=s.services[t.service].target_wait_min)
        if now - t.arrival >= target:
            assert called.arrival <= t.arrival, (called.number, t.number)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("AE"), st.sampled_from(list(Priority)),
                          st.integers(0, 400)), min_size=1, max_size=40))
def test_fifo_within_a_service_and_priority_class(arrivals):
    s = opened(1)
    now = T0
    for prefix, prio, secs in arrivals:
        now += timedelta(seconds=secs)
        do(s, queue.issue, prefix, now=now, priority=prio)
    order = queue.call_order(s, 1, now + timedelta(minutes=5))
    for a in order:
        for b in order[order.index(a) + 1:]:
            if a.service == b.service and bool(a.priority) == bool(b.priority):
                assert a.arrival <= b.arrival
