"""The counters' commands (open, pause, resume, close), the day roll-over, applying a
change to the state, and the state's own rules (indexes, means, the call key), each with
the exact result."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from hallq.domain import (
    CounterState,
    CounterStatus,
    DomainError,
    Event,
    Priority,
    TicketState,
    queue,
    sample,
)
from hallq.domain.queue_state import call_key, target_wait
from tests.domain.queue_helpers import HALL_TZ, T0, do, new_state, opened

DAY = date(2026, 11, 23)
M = timedelta(minutes=1)


def refused(state: queue.QueueState, fn, *args, **kw) -> tuple[str, str]:
    before = dict(state.status)
    with pytest.raises(DomainError) as exc:
        do(state, fn, *args, **kw)
    assert dict(state.status) == before
    return exc.value.code, exc.value.message


def ev(kind: str, at, counter, staff, **data) -> Event:
    return Event(kind, at, DAY, None, counter, staff, data)


# ---------------------------------------------------------------- open, pause, resume, close
def test_open_a_counter():
    s = new_state()
    change = queue.open_counter(s, 2, "NV02", T0)
    st = CounterStatus(2, CounterState.OPEN, "NV02", None, T0, "")
    assert (change.result, change.counters) == (st, [st])
    assert change.events == [ev("counter_opened", T0, 2, "NV02")]


def test_the_same_clerk_opening_again_changes_nothing():
    s = opened(2)
    do(s, queue.pause, 2, now=T0 + M, reason="lunch")
    change = queue.open_counter(s, 2, "NV02", T0 + 2 * M)
    assert change.result == s.status[2] and change.result.state == CounterState.PAUSED
    assert (change.events, change.counters) == ([], [])


def test_open_refusals_and_a_clerk_moving_to_another_counter():
    s = opened(1)
    assert refused(s, queue.open_counter, 1, "NV02", now=T0) == (
        "counter_taken", "Counter 1 is open for NV01.")
    assert refused(s, queue.open_counter, 3, "NV01", now=T0) == (
        "staff_busy", "NV01 is working at counter 1.")
    do(s, queue.pause, 1, now=T0)
    assert refused(s, queue.open_counter, 3, "NV01", now=T0) == (
        "staff_busy", "NV01 is working at counter 1.")
    do(s, queue.resume, 1, now=T0)
    do(s, queue.close_counter, 1, now=T0 + M)
    assert do(s, queue.open_counter, 3, "NV01", now=T0 + 2 * M).staff == "NV01"
    with pytest.raises(DomainError) as exc:
        do(s, queue.open_counter, 0, "NV05", now=T0)
    assert (exc.value.code, exc.value.message) == ("unknown_counter", "There is no counter 0.")


def test_reopening_clears_the_break_and_the_customer():
    s = new_state()
    s.status[1] = CounterStatus(1, CounterState.CLOSED, None, 17, T0, "lunch")
    st = do(s, queue.open_counter, 1, "NV01", now=T0 + M)
    assert st == CounterStatus(1, CounterState.OPEN, "NV01", None, T0 + M, "")


def test_pause_and_resume():
    s = opened(3)
    change = queue.pause(s, 3, T0 + M, reason="lunch")
    paused = CounterStatus(3, CounterState.PAUSED, "NV03", None, T0 + M, "lunch")
    assert (change.result, change.counters) == (paused, [paused])
    assert change.events == [ev("counter_paused", T0 + M, 3, "NV03", reason="lunch")]
    assert queue.pause(s, 3, T0).events[0].data == {"reason": ""}
    queue.apply(s, change)
    assert refused(s, queue.pause, 3, now=T0 + M) == ("counter_paused",
                                                     "The counter is on a break.")
    change = queue.resume(s, 3, T0 + 9 * M)
    back = CounterStatus(3, CounterState.OPEN, "NV03", None, T0 + 9 * M, "")
    assert (change.result, change.counters) == (back, [back])
    assert change.events == [ev("counter_resumed", T0 + 9 * M, 3, "NV03")]
    queue.apply(s, change)
    assert refused(s, queue.resume, 3, now=T0) == ("not_paused", "The counter is not on a break.")
    assert refused(s, queue.resume, 4, now=T0) == ("not_paused", "The counter is not on a break.")
    assert refused(s, queue.pause, 4, now=T0) == ("counter_closed", "The counter is closed.")


def test_no_break_and_no_closing_with_a_customer_at_the_counter():
    s = opened(1)
    do(s, queue.issue, "A", now=T0)
    do(s, queue.call_next, 1, now=T0)
    assert refused(s, queue.pause, 1, now=T0) == ("ticket_at_counter",
                                                 "Finish the current customer first.")
    assert refused(s, queue.close_counter, 1, now=T0) == ("ticket_at_counter",
                                                         "Finish the current customer first.")


def test_close_a_counter():
    s = opened(5)
    do(s, queue.pause, 5, now=T0, reason="meeting")
    change = queue.close_counter(s, 5, T0 + 3 * M)
    st = CounterStatus(5, CounterState.CLOSED, None, None, T0 + 3 * M, "")
    assert (change.result, change.counters) == (st, [st])
    assert change.events == [ev("counter_closed", T0 + 3 * M, 5, "NV05")]
    queue.apply(s, change)
    assert refused(s, queue.close_counter, 5, now=T0) == ("counter_closed",
                                                         "The counter is closed.")


# ---------------------------------------------------------------- the day roll-over
def test_the_first_command_of_a_hall_sets_its_day_and_cancels_nothing():
    s = opened()
    change = queue.roll_day(s, T0)
    assert change is not None
    assert (change.day, change.drop_days_before, change.events, change.tickets,
            change.counters) == (DAY, DAY, [], [], [])


def test_a_new_day_cancels_yesterdays_unfinished_tickets_and_frees_the_counters():
    s = opened(1, 2, 3)
    queue.apply(s, queue.roll_day(s, T0))
    waiting = do(s, queue.issue, "A", now=T0)
    do(s, queue.issue, "A", now=T0)
    do(s, queue.issue, "E", now=T0)
    do(s, queue.issue, "E", now=T0)
    do(s, queue.call_next, 1, now=T0)  # ticket 1 called at 1 ... then served
    do(s, queue.start_serving, 1, now=T0)
    do(s, queue.call_next, 2, now=T0)  # ticket 2 called at 2
    do(s, queue.call_next, 3, now=T0)  # ticket 3 called at 3, then finished
    do(s, queue.finish, 3, now=T0 + M)
    assert waiting.id == 1
    morning = datetime(2026, 11, 24, 4, 0, tzinfo=HALL_TZ)
    early = do(s, queue.issue, "B", now=morning)  # already today's (the hall was down)
    change = queue.roll_day(s, morning)
    nxt = DAY + timedelta(days=1)
    assert (change.day, change.drop_days_before) == (nxt, nxt)
    cancelled = [s.tickets[i].with_(state=TicketState.CANCELLED, finished_at=morning)
                 for i in (1, 2, 4)]
    assert change.tickets == cancelled
    assert change.events == [
        Event("ticket_cancelled", morning, nxt, t.id, t.counter, t.staff, {"reason": "day_end"})
        for t in cancelled]
    assert change.counters == [s.status[1].with_(ticket_id=None),
                               s.status[2].with_(ticket_id=None)]
    queue.apply(s, change)
    assert s.day == nxt and s.waiting() == [early]
    # yesterday's tickets, the cancelled ones too, are gone from today's state (a number
    # used again today is never mistaken for yesterday's; the day's figures are today's)
    assert list(s.tickets) == [early.id]
    assert s.last_done == {}
    assert queue.roll_day(s, morning + timedelta(hours=23, minutes=59)) is None
    assert do(s, queue.issue, "A", now=morning).number == "A001"
    assert do(s, queue.issue, "B", now=morning).number == "B002"


# ---------------------------------------------------------------- apply and the state
def test_apply_keeps_the_indexes():
    s = opened(1)
    t1 = do(s, queue.issue, "A", now=T0)
    t2 = do(s, queue.issue, "A", now=T0)
    assert (s.next_ticket_id, list(s.waiting_ids)) == (3, [1, 2])
    do(s, queue.call_next, 1, now=T0)
    assert list(s.waiting_ids) == [2]
    do(s, queue.finish, 1, now=T0 + 2 * M)
    assert s.last_done == {1: t1.id}
    assert s.last_number == {(DAY, "A"): 2}
    assert s.mean_service_min == {"A": pytest.approx(0.8 * 3.0 + 0.2 * 2.0)}
    do(s, queue.call_next, 1, now=T0 + 3 * M)
    do(s, queue.finish, 1, now=T0 + 3 * M)
    assert s.last_done == {1: t2.id}
    queue.apply(s, queue.Change(tickets=[t1.with_(id=1)]))  # an older ticket again
    assert s.next_ticket_id == 3


def test_the_last_finished_ticket_of_a_counter_is_the_latest_to_finish():
    s = opened(1)
    for _ in range(3):
        do(s, queue.issue, "A", now=T0)
    a, b, c = (s.tickets[i] for i in (1, 2, 3))
    done = TicketState.DONE
    s.tickets = {t.id: t for t in (
        a.with_(state=done, counter=1, finished_at=T0 + 5 * M),
        b.with_(state=done, counter=1, finished_at=T0 + 2 * M),
        c.with_(state=done, counter=None, finished_at=T0 + 9 * M))}
    s.reindex()
    assert (s.last_done, s.waiting_ids) == ({1: a.id}, {})
    s.tickets[b.id] = b.with_(state=done, counter=1, finished_at=T0 + 5 * M)
    s.reindex()  # the same time: the later id
    assert s.last_done == {1: b.id}


def test_the_mean_counter_time_learned_else_the_services_typical_else_five_minutes():
    s = new_state()
    assert (s.mean_minutes("B"), s.mean_minutes("Z")) == (15.0, 5.0)
    s.mean_service_min["B"] = 11.5
    assert s.mean_minutes("B") == 11.5
    assert s.counter_status(4) == CounterStatus(4)


def test_business_day_needs_a_zone():
    with pytest.raises(ValueError, match="^time must be timezone-aware$"):
        queue.business_day(datetime(2026, 11, 23, 5), sample.HALL)


def test_the_call_key():
    s = opened(4)
    b = do(s, queue.issue, "B", now=T0)
    c = do(s, queue.issue, "C", now=T0 + M, priority=Priority.ELDERLY)
    counter4, counter5 = s.counters[4], s.counters[5]
    now = T0 + 2 * M
    assert call_key(s, counter4, b, now) == (1, 1, 1, 0, T0, b.id)
    assert call_key(s, counter4, c, now) == (1, 0, 1, 1, T0 + M, c.id)
    assert call_key(s, counter5, b, now) == (1, 1, 1, 1, T0, b.id)
    named = c.with_(target_counter=4, service="A")
    assert call_key(s, counter4, named, now) == (1, 0, 0, 0, T0 + M, c.id)
    assert call_key(s, counter4, b, T0 + 20 * M) == (0, T0, b.id)  # B's target: 20 minutes
    assert call_key(s, counter4, b, T0 + 20 * M - timedelta(seconds=1))[0] == 1
    gone = b.with_(service="Q")  # a service the hall no longer knows: 15 minutes
    assert (target_wait(s, b), target_wait(s, gone)) == (20, None)
    assert call_key(s, counter4, gone, T0 + 15 * M) == (0, T0, b.id)
    assert call_key(s, counter4, gone, T0 + 14 * M)[0] == 1


def test_who_a_counter_may_call():
    s = opened()
    c1 = s.counters[1]
    t = do(s, queue.issue, "A", now=T0)
    assert queue.callable_by(c1, t) and not queue.callable_by(s.counters[4], t)
    assert queue.callable_by(s.counters[4], t.with_(target_counter=4))
    assert not queue.callable_by(c1, t.with_(target_counter=2))


def test_call_order_over_given_tickets():
    s = opened(1)
    a = do(s, queue.issue, "A", now=T0)
    e = do(s, queue.issue, "E", now=T0)
    b = do(s, queue.issue, "B", now=T0)
    assert queue.call_order(s, 1, T0, tickets=[e, b, a]) == [a, e]
    assert queue.call_order(s, 1, T0, tickets=[e]) == [e]
    assert queue.call_order(s, 1, T0, tickets=[]) == []
