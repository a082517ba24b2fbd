"""The queue rules: numbering, who a counter calls next, transitions.

Plain Python over plain data: no Qt, no database, no clock reads (`now` is passed in).
Every command is a pure function ``f(state, ..., now) -> Change``; the caller
(hallq.hall.service) persists the change and only then applies it to the state with ``apply``.

The call rule ("call next" at counter C, at time `now`)
-------------------------------------------------------
Candidates are the waiting tickets of the services C serves, plus tickets transferred to
C by name. A ticket is *overdue* when it has waited (since the customer first arrived,
kept across transfers) at least its service's target wait.

1. If any candidate is overdue, C calls the overdue candidate that arrived first.
   So no ticket is ever left past its target while a ticket that arrived after it is
   called by a counter that could have served it.
2. Otherwise C calls, in this order: priority customers (elderly, disabled, pregnant,
   appointment) before others; then tickets transferred to C by name; then by the
   position of the ticket's service in C's ordered list; then by arrival (FIFO).

Priority customers go first "within reason": they never overtake an overdue ticket.
Within one service and one priority class, order is always FIFO by arrival (an older
ticket is overdue no later than a younger one). Ties break on ticket id, so the rule is
deterministic. The rule's sort key is `call_key` (in hallq.domain.queue_state, so the
wait estimate in hallq.domain.estimate runs the very same rule).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from hallq.domain.errors import DomainError, InvalidInput, NotFound

# Re-exported (`X as X`): callers know these as queue.estimate, queue.QueueState, ...
from hallq.domain.estimate import estimate as estimate
from hallq.domain.estimate import estimate_range, rounded
from hallq.domain.estimate import summary as summary
from hallq.domain.queue_state import QueueState as QueueState
from hallq.domain.queue_state import business_day as business_day
from hallq.domain.queue_state import call_key
from hallq.domain.queue_state import callable_by as callable_by
from hallq.domain.values import (
    ACTIVE_STATES,
    AT_COUNTER_STATES,
    LANGUAGES,
    Counter,
    CounterState,
    CounterStatus,
    Event,
    Priority,
    Ticket,
    TicketState,
    jsonable,
)

EWMA_ALPHA = 0.2


@dataclass
class Change:
    """What a command changes; `result` is the ticket or counter the command is about."""

    events: list[Event] = field(default_factory=list)
    tickets: list[Ticket] = field(default_factory=list)
    counters: list[CounterStatus] = field(default_factory=list)
    numbers: dict[tuple[date, str], int] = field(default_factory=dict)
    service_minutes: dict[str, float] = field(default_factory=dict)
    result: Ticket | CounterStatus | None = None
    day: date | None = None
    drop_days_before: date | None = None


def apply(state: QueueState, change: Change) -> None:
    """Apply a persisted change to the in-memory state."""
    if change.day is not None:
        state.day = change.day
    for t in change.tickets:
        state.tickets[t.id] = t
        state._index(t)
        state.next_ticket_id = max(state.next_ticket_id, t.id + 1)
    # After the tickets: a new day's change carries yesterday's tickets it cancelled, which
    # are stored but leave the state with the rest of yesterday.
    if change.drop_days_before is not None:
        state.tickets = {
            k: t for k, t in state.tickets.items() if t.day >= change.drop_days_before
        }
        state.reindex()
    for c in change.counters:
        state.status[c.number] = c
    state.last_number.update(change.numbers)
    state.mean_service_min.update(change.service_minutes)


def _event(kind: str, now: datetime, state: QueueState, ticket: Ticket | None = None,
           counter: int | None = None, staff: str | None = None, **data: Any) -> Event:
    return Event(
        type=kind, ts=now, day=business_day(now, state.hall),
        ticket_id=ticket.id if ticket else None,
        counter=counter if counter is not None else (ticket.counter if ticket else None),
        staff=staff if staff is not None else (ticket.staff if ticket else None),
        data=data,
    )


# ---------------------------------------------------------------- day rollover

def roll_day(state: QueueState, now: datetime) -> Change | None:
    """At the first command of a new business day: cancel yesterday's unfinished tickets."""
    day = business_day(now, state.hall)
    if state.day == day:
        return None
    change = Change(day=day, drop_days_before=day)
    for t in sorted(state.tickets.values(), key=lambda t: t.id):
        if t.day < day and t.state in ACTIVE_STATES:
            done = t.with_(state=TicketState.CANCELLED, finished_at=now)
            change.tickets.append(done)
            change.events.append(_event("ticket_cancelled", now, state, done, reason="day_end"))
    for st in state.status.values():
        if st.ticket_id is not None:
            freed = st.with_(ticket_id=None)
            change.counters.append(freed)
    return change


# ---------------------------------------------------------------- ordering

def call_order(state: QueueState, counter_no: int, now: datetime,
               tickets: list[Ticket] | None = None) -> list[Ticket]:
    """The waiting tickets counter `counter_no` would call, in the order it would call them."""
    counter = _counter(state, counter_no)
    pool = state.waiting() if tickets is None else tickets
    cands = [t for t in pool if callable_by(counter, t)]
    return sorted(cands, key=lambda t: call_key(state, counter, t, now))


# ---------------------------------------------------------------- commands

def _counter(state: QueueState, number: int) -> Counter:
    c = state.counters.get(number)
    if c is None:
        raise NotFound("unknown_counter", f"There is no counter {number}.")
    return c


def _ticket(state: QueueState, ticket_id: int) -> Ticket:
    t = state.tickets.get(ticket_id)
    if t is None:
        raise NotFound("unknown_ticket", f"There is no ticket {ticket_id} today.")
    return t


def _at_counter(state: QueueState, number: int) -> tuple[CounterStatus, Ticket]:
    st = state.counter_status(_counter(state, number).number)
    t = state.tickets.get(st.ticket_id) if st.ticket_id else None
    if t is None or t.state not in AT_COUNTER_STATES:
        raise DomainError("no_ticket_at_counter", "No customer is at this counter.")
    return st, t


def _ensure_free(state: QueueState, st: CounterStatus) -> None:
    cur = state.tickets.get(st.ticket_id) if st.ticket_id is not None else None
    if cur is not None and cur.state in AT_COUNTER_STATES:
        raise DomainError("ticket_at_counter", "Finish the current customer first.")


def _open_status(state: QueueState, number: int) -> CounterStatus:
    st = state.counter_status(_counter(state, number).number)
    if st.state == CounterState.CLOSED:
        raise DomainError("counter_closed", "The counter is closed.")
    if st.state == CounterState.PAUSED:
        raise DomainError("counter_paused", "The counter is on a break.")
    return st


def issue(state: QueueState, service: str, now: datetime, priority: Priority = Priority.NONE,
          customer_code: str = "", language: str = LANGUAGES[0],
          target_counter: int | None = None) -> Change:
    """A new ticket; `target_counter` names the counter that calls it (a returning case's
    owner), the same rule as a transfer to a named counter."""
    svc = state.services.get(service)
    if svc is None or not svc.active:
        raise NotFound("unknown_service", f"There is no active service {service!r}.")
    if target_counter is not None:
        _counter(state, target_counter)
    day = business_day(now, state.hall)
    n = state.last_number.get((day, service), 0) + 1
    t = Ticket(id=state.next_ticket_id, day=day, number=f"{service}{n:03d}", service=service,
               arrival=now, queued_at=now, priority=Priority(priority),
               customer_code=customer_code, language=language, target_counter=target_counter)
    e = rounded(estimate_range(state, service, now, probe=t))
    t = t.with_(eta_min=e.eta_min)
    # null, never 0, when no counter of the service is open; opens_at says when it opens
    ev = _event("ticket_issued", now, state, t, ahead=e.ahead, eta_min=e.eta_min,
                eta_low_min=e.low_min, eta_high_min=e.high_min, opens_at=e.opens_at)
    return Change(events=[ev], tickets=[t], numbers={(day, service): n}, result=t)


def _call(state: QueueState, st: CounterStatus, t: Ticket, now: datetime,
          **data: Any) -> Change:
    called = t.with_(state=TicketState.CALLED, counter=st.number, staff=st.staff,
                     called_at=now, recalls=0)
    st2 = st.with_(ticket_id=called.id, since=now)
    ev = _event("ticket_called", now, state, called, counter=st.number, staff=st.staff, **data)
    return Change(events=[ev], tickets=[called], counters=[st2], result=called)


def ticket_at(state: QueueState, counter: int) -> Ticket | None:
    """The ticket called to or served at `counter` now, if any (for "next": finish it first)."""
    st = state.counter_status(_counter(state, counter).number)
    t = state.tickets.get(st.ticket_id) if st.ticket_id is not None else None
    return t if t is not None and t.state in AT_COUNTER_STATES else None


def call_next(state: QueueState, counter: int, now: datetime) -> Change:
    st = _open_status(state, counter)
    _ensure_free(state, st)
    order = call_order(state, counter, now)
    if not order:
        raise DomainError("queue_empty", "Nobody is waiting for this counter.")
    return _call(state, st, order[0], now)


def call_ticket(state: QueueState, counter: int, ticket_id: int, now: datetime,
                reason: str = "") -> Change:
    st = _open_status(state, counter)
    _ensure_free(state, st)
    t = _ticket(state, ticket_id)
    if t.state != TicketState.WAITING:
        raise DomainError("not_waiting", f"Ticket {t.number} is not waiting.")
    if not callable_by(_counter(state, counter), t):
        raise DomainError("not_for_counter", f"Ticket {t.number} is not for this counter.")
    if not reason.strip():
        raise InvalidInput("reason_required", "Say why this ticket is called out of turn.")
    return _call(state, st, t, now, out_of_turn=True, reason=reason.strip())


def recall(state: QueueState, counter: int, now: datetime) -> Change:
    st, t = _at_counter(state, counter)
    if t.state != TicketState.CALLED:
        raise DomainError("already_serving", "The customer is already being served.")
    t2 = t.with_(recalls=t.recalls + 1)
    ev = _event("ticket_recalled", now, state, t2, recalls=t2.recalls)
    return Change(events=[ev], tickets=[t2], result=t2)


def start_serving(state: QueueState, counter: int, now: datetime) -> Change:
    st, t = _at_counter(state, counter)
    if t.state != TicketState.CALLED:
        raise DomainError("already_serving", "The customer is already being served.")
    t2 = t.with_(state=TicketState.SERVING, serving_at=now)
    return Change(events=[_event("ticket_serving", now, state, t2)], tickets=[t2], result=t2)


def finish(state: QueueState, counter: int, now: datetime) -> Change:
    st, t = _at_counter(state, counter)
    began = t.serving_at or t.called_at or now
    minutes = max(0.0, (now - began).total_seconds() / 60)
    t2 = t.with_(state=TicketState.DONE, finished_at=now,
                 serving_at=t.serving_at or t.called_at)
    mean = state.mean_minutes(t.service)
    new_mean = (1 - EWMA_ALPHA) * mean + EWMA_ALPHA * minutes
    ev = _event("ticket_finished", now, state, t2, service_min=round(minutes, 2))
    return Change(events=[ev], tickets=[t2], counters=[st.with_(ticket_id=None, since=now)],
                  service_minutes={t.service: new_mean}, result=t2)


def no_show(state: QueueState, counter: int, now: datetime) -> Change:
    st, t = _at_counter(state, counter)
    if t.state != TicketState.CALLED:
        raise DomainError("already_serving", "The customer is already being served.")
    need = state.hall.recalls_before_no_show
    if t.recalls < need:
        raise DomainError("recalls_needed", f"Recall the customer {need} time(s) first.")
    t2 = t.with_(state=TicketState.NO_SHOW, finished_at=now)
    ev = _event("ticket_no_show", now, state, t2)
    return Change(events=[ev], tickets=[t2], counters=[st.with_(ticket_id=None, since=now)],
                  result=t2)


def _new_leg(state: QueueState, t: Ticket, now: datetime, **changes: Any) -> Ticket:
    fresh = dict(id=state.next_ticket_id, state=TicketState.WAITING, leg=t.leg + 1,
                 parent_id=t.id, queued_at=now, counter=None, staff=None, called_at=None,
                 recalls=0, serving_at=None, finished_at=None, target_counter=None)
    fresh.update(changes)
    leg = t.with_(**fresh)
    _, eta = estimate(state, leg.service, now, probe=leg)
    return leg.with_(eta_min=None if eta is None else round(eta, 1))


def requeue(state: QueueState, ticket_id: int, now: datetime) -> Change:
    """A no-show customer came back: a new waiting leg, at the back of its class."""
    t = _ticket(state, ticket_id)
    if t.state != TicketState.NO_SHOW:
        raise DomainError("not_no_show", f"Ticket {t.number} was not a no-show.")
    if any(o.parent_id == t.id for o in state.tickets.values()):
        raise DomainError("already_requeued", f"Ticket {t.number} is already back in line.")
    leg = _new_leg(state, t, now, arrival=now)
    ev = _event("ticket_requeued", now, state, leg, counter=None, staff=None, from_id=t.id)
    return Change(events=[ev], tickets=[leg], result=leg)


def transfer(state: QueueState, counter: int, now: datetime, to_service: str | None = None,
             to_counter: int | None = None, note: str = "") -> Change:
    """End the leg at this counter; a new leg waits for another service or a named counter,
    keeping the customer's original arrival."""
    st, t = _at_counter(state, counter)
    if to_service is None and to_counter is None:
        raise InvalidInput("transfer_target", "Choose a service or a counter.")
    service = to_service or t.service
    svc = state.services.get(service)
    if svc is None or not svc.active:
        raise NotFound("unknown_service", f"There is no active service {service!r}.")
    if to_counter is not None:
        _counter(state, to_counter)
        if to_counter == counter:
            raise InvalidInput("transfer_target", "Choose another counter.")
    elif service == t.service:
        raise InvalidInput("transfer_target", "Choose another service.")
    ended = t.with_(state=TicketState.TRANSFERRED, finished_at=now,
                    serving_at=t.serving_at or t.called_at)
    leg = _new_leg(state, t, now, service=service, target_counter=to_counter)
    # The event carries both legs: clients learn of the new waiting leg from it.
    ev = _event("ticket_transferred", now, state, ended, to_id=leg.id, to_service=service,
                to_counter=to_counter, note=note, to_ticket=jsonable(leg))
    return Change(events=[ev], tickets=[ended, leg],
                  counters=[st.with_(ticket_id=None, since=now)], result=leg)


def cancel(state: QueueState, ticket_id: int, now: datetime, reason: str = "") -> Change:
    t = _ticket(state, ticket_id)
    if t.state != TicketState.WAITING:
        raise DomainError("not_waiting", f"Ticket {t.number} is not waiting.")
    t2 = t.with_(state=TicketState.CANCELLED, finished_at=now)
    ev = _event("ticket_cancelled", now, state, t2, reason=reason)
    return Change(events=[ev], tickets=[t2], result=t2)


# ---------------------------------------------------------------- counters

def open_counter(state: QueueState, counter: int, staff: str, now: datetime) -> Change:
    st = state.counter_status(_counter(state, counter).number)
    if st.state != CounterState.CLOSED and st.staff != staff:
        raise DomainError("counter_taken", f"Counter {counter} is open for {st.staff}.")
    for other in state.status.values():
        if other.number != counter and other.staff == staff and \
                other.state != CounterState.CLOSED:
            raise DomainError("staff_busy", f"{staff} is working at counter {other.number}.")
    if st.state != CounterState.CLOSED:
        return Change(result=st)  # the same clerk logging in again: nothing changes
    st2 = st.with_(state=CounterState.OPEN, staff=staff, since=now, pause_reason="",
                   ticket_id=None)
    ev = _event("counter_opened", now, state, counter=counter, staff=staff)
    return Change(events=[ev], counters=[st2], result=st2)


def pause(state: QueueState, counter: int, now: datetime, reason: str = "") -> Change:
    st = _open_status(state, counter)
    _ensure_free(state, st)
    st2 = st.with_(state=CounterState.PAUSED, since=now, pause_reason=reason)
    ev = _event("counter_paused", now, state, counter=counter, staff=st.staff, reason=reason)
    return Change(events=[ev], counters=[st2], result=st2)


def resume(state: QueueState, counter: int, now: datetime) -> Change:
    st = state.counter_status(_counter(state, counter).number)
    if st.state != CounterState.PAUSED:
        raise DomainError("not_paused", "The counter is not on a break.")
    st2 = st.with_(state=CounterState.OPEN, since=now, pause_reason="")
    ev = _event("counter_resumed", now, state, counter=counter, staff=st.staff)
    return Change(events=[ev], counters=[st2], result=st2)


def close_counter(state: QueueState, counter: int, now: datetime) -> Change:
    st = state.counter_status(_counter(state, counter).number)
    if st.state == CounterState.CLOSED:
        raise DomainError("counter_closed", "The counter is closed.")
    _ensure_free(state, st)
    st2 = CounterStatus(counter, CounterState.CLOSED, since=now)
    ev = _event("counter_closed", now, state, counter=counter, staff=st.staff)
    return Change(events=[ev], counters=[st2], result=st2)
