"""The appointment rule, property-tested over random days: a checked-in appointment is called
before the walk-ins its counter could call who are not past their target wait (so before
every walk-in of its service who came after it), and a walk-in is never passed once past
its target wait, so appointments can delay a walk-in at most to that target (then first
come, first served among the overdue)."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from queue_helpers import T0, do, opened

from hallq.domain import DomainError, Priority, TicketState, queue
from hallq.domain.appointments import Appointment, Arrival, arrival_of

APPT = Priority.APPOINTMENT
# A day of events: ("walk_in" | "appointment", service, seconds later) or ("call", counter,
# seconds later) or ("finish", counter, seconds later).
steps = st.lists(st.one_of(
    st.tuples(st.sampled_from(["walk_in", "appointment"]), st.sampled_from("BC"),
              st.integers(0, 300)),
    st.tuples(st.sampled_from(["call", "finish"]), st.sampled_from([4, 5]),
              st.integers(0, 600)),
), min_size=1, max_size=80)


def run_day(plan: list[tuple[str, object, int]]):
    """Play the day; yield (the ticket called, the tickets waiting just before, now)."""
    s = opened(4, 5)  # counters 4 and 5 serve B and C (in different orders)
    now = T0
    for kind, what, secs in plan:
        now += timedelta(seconds=secs)
        if kind in ("walk_in", "appointment"):
            do(s, queue.issue, what, now=now, priority=APPT if kind == "appointment" else "")
            continue
        st_ = s.counter_status(what)
        current = s.tickets.get(st_.ticket_id) if st_.ticket_id is not None else None
        if kind == "finish" and current is not None and current.state == TicketState.CALLED:
            do(s, queue.finish, what, now=now)
        elif kind == "call" and (current is None or current.state == TicketState.DONE):
            waiting = {t.id: t for t in s.tickets.values() if t.state == TicketState.WAITING}
            try:
                called = do(s, queue.call_next, what, now=now)
            except DomainError:
                continue
            yield s, called, waiting, now


@settings(max_examples=150, deadline=None)
@given(steps)
def test_an_appointment_goes_ahead_of_walk_ins_not_past_their_target(plan):
    for s, called, waiting, now in run_day(plan):
        target = timedelta(minutes=s.services[called.service].target_wait_min)
        if called.priority == APPT or now - called.arrival >= target:
            continue
        counter = s.counters[called.counter]
        assert not [t.number for t in waiting.values()
                    if t.priority == APPT and queue.callable_by(counter, t)]


@settings(max_examples=150, deadline=None)
@given(steps)
def test_no_appointment_waits_while_a_later_walk_in_of_its_service_is_called(plan):
    for _, called, waiting, _ in run_day(plan):
        if called.priority == APPT:
            continue
        for t in waiting.values():
            if t.priority == APPT and t.service == called.service:
                # An appointment still waiting: the walk-in called came before it.
                assert called.arrival <= t.arrival, (called.number, t.number)


@settings(max_examples=150, deadline=None)
@given(steps)
def test_a_walk_in_past_its_target_is_passed_by_no_later_arrival(plan):
    for s, called, waiting, now in run_day(plan):
        counter = s.counters[called.counter]
        for t in waiting.values():
            if t.priority or not queue.callable_by(counter, t) or t.id == called.id:
                continue
            target = timedelta(minutes=s.services[t.service].target_wait_min)
            if now - t.arrival >= target:
                assert called.arrival <= t.arrival, (called.number, t.number)


def slot(minute: int) -> Appointment:
    return Appointment("ABCDEF", "B", T0 + timedelta(minutes=minute))


@given(st.integers(-60, 60))
def test_the_check_in_window_is_15_minutes_before_to_10_after(offset: int) -> None:
    a = slot(30)
    at: datetime = a.start + timedelta(minutes=offset)
    want = (Arrival.EARLY if offset < -15 else Arrival.ON_TIME if offset <= 10
            else Arrival.LATE)
    assert arrival_of(a, at) == want
