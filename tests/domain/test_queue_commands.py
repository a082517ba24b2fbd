"""Each ticket command of the queue rules, with the exact change it makes (the tickets, the
counter, the event and its data) and the exact refusal (code and sentence) of each
command the rules turn down."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from hallq.domain import (
    CounterState,
    DomainError,
    Event,
    NotFound,
    Priority,
    Ticket,
    TicketState,
    jsonable,
    queue,
)
from tests.domain.queue_helpers import T0, do, opened

DAY = date(2026, 11, 23)
M = timedelta(minutes=1)


def refused(state: queue.QueueState, fn, *args, **kw) -> tuple[str, str, str]:
    """(kind, code, sentence) of a refused command; the state is left as it was."""
    before = (dict(state.tickets), dict(state.status), dict(state.last_number))
    with pytest.raises(DomainError) as exc:
        do(state, fn, *args, **kw)
    assert (dict(state.tickets), dict(state.status), dict(state.last_number)) == before
    return type(exc.value).__name__, exc.value.code, exc.value.message


def ev(kind: str, at, ticket_id, counter, staff, **data) -> Event:
    return Event(kind, at, DAY, ticket_id, counter, staff, data)


def called_at_1(**issue_kw) -> tuple[queue.QueueState, Ticket]:
    """Counter 1 open (NV01) with one A ticket called to it at T0 + 1 min."""
    s = opened(1)
    do(s, queue.issue, "A", now=T0, **issue_kw)
    return s, do(s, queue.call_next, 1, now=T0 + M)


# ---------------------------------------------------------------- issue
def test_a_ticket_with_no_counter_open_has_no_estimate_and_says_who_is_ahead():
    s = opened()
    do(s, queue.issue, "A", now=T0)
    change = queue.issue(s, "A", T0 + M, priority="elderly", customer_code="PE0123",
                         language="zh_TW")
    t = Ticket(2, DAY, "A002", "A", T0 + M, T0 + M, Priority.ELDERLY, "PE0123", "zh_TW")
    assert change.result == t and change.tickets == [t]
    assert change.numbers == {(DAY, "A"): 2}
    assert change.events == [ev("ticket_issued", T0 + M, 2, None, None, ahead=1, eta_min=None,
                                eta_low_min=None, eta_high_min=None, opens_at=None)]
    assert (change.counters, change.service_minutes, change.day) == ([], {}, None)


def test_a_ticket_with_a_counter_open_carries_its_estimate_and_range():
    s = opened(1)
    t = do(s, queue.issue, "E", now=T0)
    e = s.tickets[t.id]
    [issued] = queue.issue(s, "E", T0, language="en").events
    assert e.eta_min is not None and e.eta_min >= 0
    data = issued.data
    assert data["ahead"] == 1 and data["eta_min"] > e.eta_min
    assert data["eta_low_min"] <= data["eta_min"] <= data["eta_high_min"]
    assert data["opens_at"] is None


def test_with_every_counter_closed_a_ticket_says_when_the_plan_opens_one():
    s = opened()
    s.plan = {2: ((T0 - timedelta(hours=4), T0 + 15 * M),)}  # counter 2 opens at 07:45
    change = queue.issue(s, "A", T0)
    assert change.result.customer_code == "" and change.result.language == "vi"
    assert change.events[0].data == {"ahead": 0, "eta_min": None, "eta_low_min": None,
                                     "eta_high_min": None, "opens_at": "07:45"}


def test_a_priority_ticket_is_estimated_as_one():
    s = opened(1)
    do(s, queue.issue, "A", now=T0)
    do(s, queue.issue, "A", now=T0)
    assert queue.issue(s, "A", T0 + M).events[0].data["ahead"] == 2
    elderly = queue.issue(s, "A", T0 + M, priority=Priority.ELDERLY)
    assert elderly.events[0].data["ahead"] == 0


@pytest.mark.parametrize("prefix", ["Z", ""])
def test_a_ticket_of_an_unknown_service_is_refused(prefix):
    assert refused(opened(), queue.issue, prefix, now=T0) == (
        "NotFound", "unknown_service", f"There is no active service {prefix!r}.")


def test_a_ticket_of_a_retired_service_is_refused():
    s = opened()
    s.services["B"] = dataclasses.replace(s.services["B"], active=False)
    assert refused(s, queue.issue, "B", now=T0) == (
        "NotFound", "unknown_service", "There is no active service 'B'.")


# ---------------------------------------------------------------- call
def test_call_next_calls_the_first_in_call_order_to_this_counter():
    s = opened(1)
    do(s, queue.issue, "A", now=T0, priority=Priority.APPOINTMENT)
    change = queue.call_next(s, 1, T0 + 3 * M)
    t = s.tickets[1].with_(state=TicketState.CALLED, counter=1, staff="NV01",
                           called_at=T0 + 3 * M)
    assert change.result == t and change.tickets == [t]
    assert change.counters == [s.status[1].with_(ticket_id=1, since=T0 + 3 * M)]
    assert change.events == [ev("ticket_called", T0 + 3 * M, 1, 1, "NV01")]


def test_call_next_refusals():
    s = opened(1, 2)
    assert refused(s, queue.call_next, 1, now=T0) == (
        "DomainError", "queue_empty", "Nobody is waiting for this counter.")
    assert refused(s, queue.call_next, 3, now=T0) == (
        "DomainError", "counter_closed", "The counter is closed.")
    assert refused(s, queue.call_next, 9, now=T0) == (
        "NotFound", "unknown_counter", "There is no counter 9.")
    do(s, queue.pause, 2, now=T0)
    do(s, queue.issue, "A", now=T0)
    assert refused(s, queue.call_next, 2, now=T0) == (
        "DomainError", "counter_paused", "The counter is on a break.")


def test_call_ticket_calls_out_of_turn_with_its_reason():
    s = opened(1)
    do(s, queue.issue, "A", now=T0)
    do(s, queue.issue, "A", now=T0 + M)
    change = queue.call_ticket(s, 1, 2, T0 + 2 * M, reason="  asked by the supervisor ")
    assert change.result == s.tickets[2].with_(state=TicketState.CALLED, counter=1,
                                               staff="NV01", called_at=T0 + 2 * M)
    assert change.counters == [s.status[1].with_(ticket_id=2, since=T0 + 2 * M)]
    assert change.events == [ev("ticket_called", T0 + 2 * M, 2, 1, "NV01", out_of_turn=True,
                                reason="asked by the supervisor")]


def test_call_ticket_refusals():
    s = opened(1, 4)
    do(s, queue.issue, "A", now=T0)
    do(s, queue.issue, "B", now=T0)
    assert refused(s, queue.call_ticket, 1, 2, now=T0, reason="x") == (
        "DomainError", "not_for_counter", "Ticket B001 is not for this counter.")
    assert refused(s, queue.call_ticket, 1, 1, now=T0, reason=" \t") == (
        "InvalidInput", "reason_required", "Say why this ticket is called out of turn.")
    assert refused(s, queue.call_ticket, 1, 1, now=T0) == (
        "InvalidInput", "reason_required", "Say why this ticket is called out of turn.")
    assert refused(s, queue.call_ticket, 1, 7, now=T0, reason="x") == (
        "NotFound", "unknown_ticket", "There is no ticket 7 today.")
    assert refused(s, queue.call_ticket, 2, 1, now=T0, reason="x") == (
        "DomainError", "counter_closed", "The counter is closed.")
    do(s, queue.call_ticket, 4, 2, now=T0, reason="x")
    assert refused(s, queue.call_ticket, 4, 1, now=T0, reason="x") == (
        "DomainError", "ticket_at_counter", "Finish the current customer first.")
    assert refused(s, queue.call_ticket, 1, 2, now=T0, reason="x") == (
        "DomainError", "not_waiting", "Ticket B001 is not waiting.")


def test_the_ticket_at_a_counter():
    s, t = called_at_1()
    assert queue.ticket_at(s, 1) == t
    assert queue.ticket_at(s, 2) is None
    do(s, queue.start_serving, 1, now=T0 + 2 * M)
    assert queue.ticket_at(s, 1) == s.tickets[t.id]
    do(s, queue.finish, 1, now=T0 + 3 * M)
    assert queue.ticket_at(s, 1) is None
    s.status[1] = s.status[1].with_(ticket_id=t.id)  # points at a finished ticket
    assert queue.ticket_at(s, 1) is None
    with pytest.raises(NotFound):
        queue.ticket_at(s, 9)


# ---------------------------------------------------------------- at the counter
def test_recall_counts_the_recalls_and_changes_nothing_else():
    s, t = called_at_1()
    change = queue.recall(s, 1, T0 + 2 * M)
    assert change.result == t.with_(recalls=1) and change.tickets == [t.with_(recalls=1)]
    assert change.events == [ev("ticket_recalled", T0 + 2 * M, t.id, 1, "NV01", recalls=1)]
    assert change.counters == []
    queue.apply(s, change)
    assert queue.recall(s, 1, T0 + 3 * M).result.recalls == 2


def test_start_serving():
    s, t = called_at_1()
    change = queue.start_serving(s, 1, T0 + 2 * M)
    served = t.with_(state=TicketState.SERVING, serving_at=T0 + 2 * M)
    assert (change.result, change.tickets, change.counters) == (served, [served], [])
    assert change.events == [ev("ticket_serving", T0 + 2 * M, t.id, 1, "NV01")]


def test_nobody_at_the_counter_refusals():
    s = opened(1)
    for fn in (queue.recall, queue.start_serving, queue.finish, queue.no_show):
        assert refused(s, fn, 1, now=T0) == (
            "DomainError", "no_ticket_at_counter", "No customer is at this counter.")
    assert refused(s, queue.transfer, 1, now=T0, to_service="E") == (
        "DomainError", "no_ticket_at_counter", "No customer is at this counter.")
    assert refused(s, queue.recall, 8, now=T0) == (
        "NotFound", "unknown_counter", "There is no counter 8.")
    s, t = called_at_1()
    do(s, queue.start_serving, 1, now=T0 + M)
    for fn in (queue.recall, queue.start_serving, queue.no_show):
        assert refused(s, fn, 1, now=T0) == (
            "DomainError", "already_serving", "The customer is already being served.")


def test_finish_times_the_service_from_its_start_and_learns_the_mean():
    s, t = called_at_1()
    do(s, queue.start_serving, 1, now=T0 + 2 * M)
    change = queue.finish(s, 1, T0 + 7 * M)  # 5 minutes served
    done = s.tickets[t.id].with_(state=TicketState.DONE, finished_at=T0 + 7 * M)
    assert (change.result, change.tickets) == (done, [done])
    assert change.counters == [s.status[1].with_(ticket_id=None, since=T0 + 7 * M)]
    assert change.service_minutes == {"A": pytest.approx(0.8 * 3.0 + 0.2 * 5.0)}
    assert change.events == [ev("ticket_finished", T0 + 7 * M, t.id, 1, "NV01",
                                service_min=5.0)]
    queue.apply(s, change)
    change = queue.finish(*called_again(s, T0 + 8 * M), T0 + 9 * M + timedelta(seconds=20))
    assert change.service_minutes == {"A": pytest.approx(0.8 * 3.4 + 0.2 * (80 / 60))}
    assert change.events[0].data == {"service_min": 1.33}


def called_again(s: queue.QueueState, at) -> tuple[queue.QueueState, int]:
    do(s, queue.issue, "A", now=at)
    do(s, queue.call_next, 1, now=at)
    return s, 1


def test_finish_without_serving_times_from_the_call():
    s, t = called_at_1()
    change = queue.finish(s, 1, T0 + 4 * M)
    assert change.result == t.with_(state=TicketState.DONE, finished_at=T0 + 4 * M,
                                    serving_at=T0 + M)
    assert change.events[0].data == {"service_min": 3.0}


def test_finish_before_the_call_counts_no_time():
    s, t = called_at_1()
    assert queue.finish(s, 1, T0).events[0].data == {"service_min": 0.0}
    s.tickets[t.id] = t.with_(called_at=None)  # a row from before calls were timed
    change = queue.finish(s, 1, T0 + 9 * M)
    assert change.events[0].data == {"service_min": 0.0}
    assert change.result.serving_at is None


def test_no_show_after_the_recalls_the_hall_asks_for():
    s, t = called_at_1()
    assert refused(s, queue.no_show, 1, now=T0 + 2 * M) == (
        "DomainError", "recalls_needed", "Recall the customer 1 time(s) first.")
    do(s, queue.recall, 1, now=T0 + 2 * M)
    change = queue.no_show(s, 1, T0 + 3 * M)
    gone = s.tickets[t.id].with_(state=TicketState.NO_SHOW, finished_at=T0 + 3 * M)
    assert (change.result, change.tickets) == (gone, [gone])
    assert change.counters == [s.status[1].with_(ticket_id=None, since=T0 + 3 * M)]
    assert change.events == [ev("ticket_no_show", T0 + 3 * M, t.id, 1, "NV01")]


@pytest.mark.parametrize(("need", "recalls", "ok"), [(0, 0, True), (2, 1, False),
                                                     (2, 2, True), (2, 3, True)])
def test_no_show_needs_exactly_the_halls_number_of_recalls(need, recalls, ok):
    s, t = called_at_1()
    s.hall = dataclasses.replace(s.hall, recalls_before_no_show=need)
    for _ in range(recalls):
        do(s, queue.recall, 1, now=T0 + 2 * M)
    if ok:
        assert do(s, queue.no_show, 1, now=T0 + 3 * M).state == TicketState.NO_SHOW
    else:
        assert refused(s, queue.no_show, 1, now=T0 + 3 * M) == (
            "DomainError", "recalls_needed", "Recall the customer 2 time(s) first.")


def gone_ticket() -> tuple[queue.QueueState, Ticket]:
    """A ticket (elderly, with a customer code, in Chinese) that was a no-show at 1."""
    s, t = called_at_1(priority=Priority.ELDERLY, customer_code="PE0123", language="zh_CN")
    do(s, queue.recall, 1, now=T0 + 2 * M)
    do(s, queue.no_show, 1, now=T0 + 3 * M)
    return s, s.tickets[t.id]


def test_requeue_starts_a_fresh_leg_at_the_back_that_keeps_who_the_customer_is():
    s, gone = gone_ticket()
    s.status[1] = s.status[1].with_(state=CounterState.CLOSED)  # no counter open: no estimate
    change = queue.requeue(s, gone.id, T0 + 9 * M)
    leg = Ticket(2, DAY, "A001", "A", T0 + 9 * M, T0 + 9 * M, Priority.ELDERLY, "PE0123",
                 "zh_CN", TicketState.WAITING, leg=2, parent_id=gone.id)
    assert (change.result, change.tickets, change.counters) == (leg, [leg], [])
    assert change.events == [ev("ticket_requeued", T0 + 9 * M, 2, None, None, from_id=1)]


def test_a_requeued_leg_of_a_named_transfer_waits_for_any_counter_with_its_estimate():
    s = opened(1, 2)
    do(s, queue.issue, "A", now=T0)
    do(s, queue.issue, "A", now=T0)
    do(s, queue.issue, "A", now=T0)
    do(s, queue.call_next, 1, now=T0 + M)
    named = do(s, queue.transfer, 1, now=T0 + 2 * M, to_counter=2)
    assert do(s, queue.call_next, 2, now=T0 + 3 * M).id == named.id
    do(s, queue.recall, 2, now=T0 + 4 * M)
    do(s, queue.no_show, 2, now=T0 + 5 * M)
    do(s, queue.call_next, 1, now=T0 + 6 * M)
    back = T0 + 7 * M  # an estimate of 1.14 minutes: 1.1 to a tenth, not 1 or 1.14
    leg = do(s, queue.requeue, named.id, now=back)
    assert (leg.target_counter, leg.leg, leg.parent_id) == (None, 3, named.id)
    _, eta = queue.estimate(s, "A", back, probe=leg)
    assert eta is not None and eta > 0
    assert leg.eta_min == round(eta, 1) != eta  # to a tenth of a minute, as printed
    assert queue.call_order(s, 2, back) == [s.tickets[3], leg]  # at the back, any counter


def test_requeue_refusals():
    s, t = called_at_1()
    assert refused(s, queue.requeue, t.id, now=T0) == (
        "DomainError", "not_no_show", "Ticket A001 was not a no-show.")
    assert refused(s, queue.requeue, 5, now=T0) == (
        "NotFound", "unknown_ticket", "There is no ticket 5 today.")
    s, gone = gone_ticket()
    do(s, queue.issue, "A", now=T0 + 4 * M)  # another ticket: not a leg of this one
    do(s, queue.requeue, gone.id, now=T0 + 5 * M)
    assert refused(s, queue.requeue, gone.id, now=T0 + 6 * M) == (
        "DomainError", "already_requeued", "Ticket A001 is already back in line.")


# ---------------------------------------------------------------- transfer and cancel
def test_transfer_to_a_service_ends_this_leg_and_starts_one_with_the_same_arrival():
    s, t = called_at_1(priority=Priority.DISABLED, customer_code="0901234567")
    do(s, queue.start_serving, 1, now=T0 + 2 * M)
    change = queue.transfer(s, 1, T0 + 6 * M, to_service="B", note="new meter")
    ended = s.tickets[t.id].with_(state=TicketState.TRANSFERRED, finished_at=T0 + 6 * M)
    leg = Ticket(2, DAY, "A001", "B", T0, T0 + 6 * M, Priority.DISABLED, "0901234567",
                 leg=2, parent_id=1, eta_min=None)  # no counter serving B is open
    assert change.result == leg and change.tickets == [ended, leg]
    assert change.counters == [s.status[1].with_(ticket_id=None, since=T0 + 6 * M)]
    assert change.events == [ev("ticket_transferred", T0 + 6 * M, 1, 1, "NV01", to_id=2,
                                to_service="B", to_counter=None, note="new meter",
                                to_ticket=jsonable(leg))]


def test_transfer_to_a_named_counter_keeps_the_service_and_the_call_time_as_start():
    s, t = called_at_1()
    change = queue.transfer(s, 1, T0 + 4 * M, to_counter=3)
    ended, leg = change.tickets
    assert ended == t.with_(state=TicketState.TRANSFERRED, finished_at=T0 + 4 * M,
                            serving_at=T0 + M)
    assert (leg.service, leg.target_counter, leg.arrival, leg.queued_at) == ("A", 3, T0,
                                                                               T0 + 4 * M)
    assert (leg.counter, leg.staff, leg.called_at, leg.recalls) == (None, None, None, 0)
    assert change.events[0].data["to_counter"] == 3 and change.events[0].data["note"] == ""
    assert leg.eta_min is None  # counter 3 is closed
    queue.apply(s, change)
    do(s, queue.open_counter, 3, "NV03", now=T0 + 5 * M)
    assert queue.call_order(s, 3, T0 + 5 * M) == [leg]
    assert queue.call_order(s, 1, T0 + 5 * M) == []


def test_transfer_refusals():
    s, t = called_at_1()
    s.services["C"] = dataclasses.replace(s.services["C"], active=False)
    for kw, answer in [
        ({}, ("InvalidInput", "transfer_target", "Choose a service or a counter.")),
        ({"to_service": "A"}, ("InvalidInput", "transfer_target", "Choose another service.")),
        ({"to_counter": 1}, ("InvalidInput", "transfer_target", "Choose another counter.")),
        ({"to_counter": 12}, ("NotFound", "unknown_counter", "There is no counter 12.")),
        ({"to_service": "Q"}, ("NotFound", "unknown_service",
                               "There is no active service 'Q'.")),
        ({"to_service": "C", "to_counter": 4}, ("NotFound", "unknown_service",
                                                "There is no active service 'C'.")),
    ]:
        assert refused(s, queue.transfer, 1, now=T0 + 2 * M, **kw) == answer, kw
    # the same service to a named counter is a transfer
    assert do(s, queue.transfer, 1, now=T0 + 2 * M, to_service="A", to_counter=2).service == "A"


def test_cancel_a_waiting_ticket_with_its_reason():
    s = opened()
    t = do(s, queue.issue, "D", now=T0)
    change = queue.cancel(s, t.id, T0 + 5 * M, reason="left")
    gone = t.with_(state=TicketState.CANCELLED, finished_at=T0 + 5 * M)
    assert (change.result, change.tickets, change.counters) == (gone, [gone], [])
    assert change.events == [ev("ticket_cancelled", T0 + 5 * M, t.id, None, None,
                                reason="left")]
    assert queue.cancel(s, t.id, T0).events[0].data == {"reason": ""}
    s, called = called_at_1()
    assert refused(s, queue.cancel, called.id, now=T0) == (
        "DomainError", "not_waiting", "Ticket A001 is not waiting.")
    assert refused(s, queue.cancel, 99, now=T0) == (
        "NotFound", "unknown_ticket", "There is no ticket 99 today.")


def test_an_event_is_dated_by_the_business_day_of_its_time():
    s = opened()
    late = T0 + timedelta(hours=20, minutes=29)  # 03:59 the next morning, local time
    assert queue.issue(s, "A", late).events[0].day == DAY
    assert queue.issue(s, "A", late + M).events[0].day == DAY + timedelta(days=1)
    assert queue.issue(s, "A", late + M).result.number == "A001"
