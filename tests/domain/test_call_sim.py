"""The estimate's call simulation against the call rule itself, where they could part: a
ticket sent to one counter by name, a pick at the very minute a ticket becomes overdue, and
customers who arrive while the simulation runs."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from hallq.domain import Priority, call_sim, queue
from hallq.domain.queue_state import target_wait
from hallq.domain.values import overdue_at
from tests.domain.queue_helpers import T0, do, opened

ARRIVAL = st.tuples(st.sampled_from("ABCDE"), st.sampled_from(list(Priority)),
                    st.integers(0, 240), st.sampled_from([None, None, None, 1, 2, 5]))


def _deadline(s, t):
    return overdue_at(t.arrival, target_wait(s, t))


@settings(max_examples=150, deadline=None)
@given(arrivals=st.lists(ARRIVAL, min_size=1, max_size=30),
       counters=st.sets(st.integers(1, 6), min_size=1),
       first=st.integers(0, 30),
       steps=st.lists(st.tuples(st.booleans(), st.integers(0, 240)), min_size=1,
                      max_size=40))
def test_the_simulation_calls_what_the_rule_calls(arrivals, counters, first, steps):
    s = opened(*counters)
    now = T0
    tickets = []
    for prefix, prio, secs, named in arrivals:
        now += timedelta(seconds=secs)
        tickets.append(do(s, queue.issue, prefix, now=now, priority=prio,
                          target_counter=named))
    t = T0 + timedelta(seconds=first * 30)
    arrived = [x for x in tickets if x.arrival <= t]
    later = [x for x in tickets if x.arrival > t]
    sim = call_sim.CallSim(s, [s.counters[n] for n in counters], arrived)
    remaining = list(arrived)
    for i, (snap, secs) in enumerate(steps):
        # Either the exact moment the next waiting ticket becomes overdue, or a while later.
        due = sorted(d for d in (_deadline(s, x) for x in remaining) if d >= t)
        t = due[0] if snap and due else t + timedelta(seconds=secs)
        while later and later[0].arrival <= t:  # arrivals meanwhile, in their order
            sim.add(later[0])
            remaining.append(later.pop(0))
        n = sorted(counters)[i % len(counters)]
        expect = queue.call_order(s, n, t, remaining)
        got = sim.pick(n, t)
        assert (got.id if got else None) == (expect[0].id if expect else None), (
            n, t, [(x.id, x.service, x.target_counter, x.arrival) for x in tickets], counters)
        if got:
            remaining.remove(got)


def test_a_ticket_sent_to_a_counter_by_name_is_called_there_only():
    s = opened(1, 2)
    a1 = do(s, queue.issue, "A", now=T0)
    for_two = do(s, queue.issue, "A", now=T0 + timedelta(minutes=1), target_counter=2)
    sim = call_sim.CallSim(s, [s.counters[1], s.counters[2]], [a1, for_two])
    at = T0 + timedelta(minutes=2)
    assert sim.pick(1, at).id == a1.id  # counter 1 never gets counter 2's customer
    assert sim.pick(1, at) is None
    assert sim.pick(2, at).id == for_two.id


def test_at_the_minute_a_walk_in_becomes_overdue_it_goes_before_a_priority_customer():
    s = opened(1)
    walk_in = do(s, queue.issue, "A", now=T0)
    elderly = do(s, queue.issue, "A", now=T0 + timedelta(minutes=1), priority=Priority.ELDERLY)
    sim = call_sim.CallSim(s, [s.counters[1]], [walk_in, elderly])
    at = _deadline(s, walk_in)  # exactly the target wait after arrival
    assert queue.call_order(s, 1, at)[0].id == walk_in.id
    assert sim.pick(1, at).id == walk_in.id
