"""The estimated wait and its range: a short run of the call rule over the live queue.

Every counter of the hall that is open (or on a break, or planned to open) takes the
waiting tickets in the order "call next" would (`call_sim.CallSim`, the same sort key),
each for the counter time learned today for that service, clerk and hour
(`learn.Learned`): the counters that cannot serve the ticket still take the tickets they
share with the counters that can.
Customers who will arrive meanwhile join at today's recent rate, a share of them with
priority, so a later priority customer or a service ranked first at a shared counter
overtakes as it will in the hall. A counter on a break comes back after a short break
(PAUSE_GUESS) or a lunch (LUNCH_GUESS, when the reason says lunch), unless the counters'
plan (`QueueState.plan`, learned from the days before by `hallq.domain.plan`) says when
it is back; the plan also takes counters away at their lunch and closing times and brings
closed ones in at their opening.

When no counter serving the service is open, there is no estimate (None, never 0): the
answer says when the service opens if the plan knows (or, with no plan for its counters,
the hall's opening hours). Past SIM_MAX_WAITING waiting
tickets a closed form is used instead.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from typing import NamedTuple, TypedDict
from zoneinfo import ZoneInfo

from hallq.domain.call_sim import CallSim
from hallq.domain.history import slot_end, slot_of
from hallq.domain.learn import Learned, learn
from hallq.domain.plan import back_at, hours_opening, next_opening
from hallq.domain.queue_state import QueueState, business_day, callable_by
from hallq.domain.values import (
    AT_COUNTER_STATES,
    Counter,
    CounterState,
    CounterStatus,
    Priority,
    Ticket,
)

SIM_MAX_WAITING = 1000  # past this many waiting tickets the estimate uses a closed form
PAUSE_GUESS = timedelta(minutes=5)  # a counter on a break: assume a short one
LUNCH_GUESS = timedelta(minutes=30)  # ... or a lunch, when its reason says so
LUNCH_WORDS = ("lunch", "trưa", "午")  # in a reason, in any of the hall's languages
RESIDUAL_SHARE = 0.25  # a customer past the mean still needs this share of it
HORIZON = timedelta(hours=12)  # an idle counter waits for arrivals no further ahead
RANGE_PAD_MIN = 1.0  # the range's top is at least this far above the estimate


class Estimate(NamedTuple):
    """The answer for one ticket: people ahead, the estimate, its range, when it opens."""

    ahead: int
    eta_min: float | None
    low_min: float | None = None
    high_min: float | None = None
    opens_at: str | None = None  # "HH:MM" hall-local, when eta is None and it is known


class ServiceSummary(TypedDict):
    """One service's line in `summary`: what the displays and the supervisor show."""

    waiting: int
    longest_min: float
    eta_min: float | None
    eta_low_min: float | None
    eta_high_min: float | None
    opens_at: str | None
    target_min: int
    # what a screen shows, so no page needs the rules: the estimate in whole minutes
    # (Python's rounding) and `shown_range`, as [low, high]
    eta_round_min: int | None
    eta_shown_range: list[int] | None


def estimate(state: QueueState, service: str, now: datetime, priority: Priority = Priority.NONE,
             probe: Ticket | None = None) -> tuple[int, float | None]:
    """(people ahead, estimated minutes) for `probe`, or for a new ticket of `service`."""
    e = estimate_range(state, service, now, priority, probe)
    return e.ahead, e.eta_min


def new_ticket(state: QueueState, service: str, now: datetime,
               priority: Priority = Priority.NONE) -> Ticket:
    """The ticket a customer would get now: what the estimate runs for."""
    # the id the hall would give it: after everyone already waiting, at the same instant too
    return Ticket(id=state.next_ticket_id, day=business_day(now, state.hall),
                  number=f"{service}999",
                  service=service, arrival=now, queued_at=now, priority=priority)


def estimate_range(state: QueueState, service: str, now: datetime,
                   priority: Priority = Priority.NONE, probe: Ticket | None = None,
                   learned: Learned | None = None) -> Estimate:
    """The estimate, its range and the opening time for `probe` (or a new ticket)."""
    probe = probe or new_ticket(state, service, now, priority)
    learned = learned or learn(state, now)
    waiting = [t for t in state.waiting() if t.id != probe.id] + [probe]
    serving = [c for c in state.counters.values() if callable_by(c, probe)]
    live = [c for c in serving if state.counter_status(c.number).state != CounterState.CLOSED]
    if not live:
        ahead = sum(1 for t in waiting if t.service == probe.service) - 1
        return Estimate(ahead, None, opens_at=opens_at(state, serving, now))
    if len(waiting) > SIM_MAX_WAITING:
        return _with_range(_closed_form(probe, waiting, live, learned), learned)
    return _with_range(_run(state, probe, waiting, serving, now, learned), learned)


def opens_at(state: QueueState, serving: list[Counter], now: datetime) -> str | None:
    """The earliest planned opening, after now, of a counter that serves the ticket; without
    a plan for them, the next start of the hall's opening hours today; else None."""
    times = [t for c in serving if (t := next_opening(state.plan, c.number, now)) is not None]
    if not times and not any(c.number in state.plan for c in serving):
        times = [t] if serving and (t := hours_opening(state.hall, now)) is not None else []
    if not times:
        return None
    return min(times).astimezone(ZoneInfo(state.hall.timezone)).strftime("%H:%M")


def free_at(state: QueueState, st: CounterStatus, now: datetime,
            learned: Learned) -> datetime | None:
    """When a counter can next call: after its customer, back from its break, at its
    planned opening; None if it is closed and not planned to open again today."""
    if st.state == CounterState.CLOSED:
        return next_opening(state.plan, st.number, now)
    return _free_at(state, st, now, learned)


def _free_at(state: QueueState, st: CounterStatus, now: datetime, learned: Learned) -> datetime:
    cur = state.tickets.get(st.ticket_id) if st.ticket_id else None
    if cur is not None and cur.state in AT_COUNTER_STATES:
        began = cur.called_at or cur.serving_at or now
        need = learned.counter_min(cur.service, st.staff, began)
        spent = (now - began).total_seconds() / 60
        return now + timedelta(minutes=learned.remaining_min(cur.service, spent, need,
                                                             RESIDUAL_SHARE))
    if st.state == CounterState.PAUSED:
        reason = st.pause_reason.lower()
        guess = LUNCH_GUESS if any(w in reason for w in LUNCH_WORDS) else PAUSE_GUESS
        planned = back_at(state.plan, st.number, now)
        if planned is not None and planned > now:
            return planned
        back = (st.since or now) + guess
        return max(back, now + timedelta(minutes=1))
    return now


def arrivals(state: QueueState, now: datetime, learned: Learned) -> Iterator[Ticket]:
    """Customers expected to join the queues after `now`, in time order: each service as the
    days before had them at this time of day (scaled to today's level), else at its recent
    rate, evenly spaced; every 1/share-th of them with priority."""
    tz = ZoneInfo(state.hall.timezone)
    midnight = datetime.combine(now.astimezone(tz).date() + timedelta(days=1), time(),
                                tzinfo=tz)
    streams = []
    for service, rate in sorted(learned.rate_per_min.items()):
        if service not in state.services or not state.services[service].active:
            continue
        if service in learned.profile:
            times = _profiled(now, learned.profile[service], tz, min(now + HORIZON, midnight))
        elif rate > 0:
            times = _flat(now, rate)
        else:
            continue
        streams.append(zip(times, itertools.repeat(service)))
    day = business_day(now, state.hall)
    share = learned.priority_share
    for n, (at, service) in enumerate(heapq.merge(*streams)):
        prio = Priority.ELDERLY if int((n + 1) * share) > int(n * share) else Priority.NONE
        yield Ticket(id=-2 - n, day=day, number=f"{service}999", service=service,
                     arrival=at, queued_at=at, priority=prio)


def _flat(now: datetime, rate: float) -> Iterator[datetime]:
    """One customer every 1/rate minutes, the first half of that after now."""
    for k in itertools.count():
        yield now + timedelta(minutes=(k + 0.5) / rate)


def _profiled(now: datetime, profile: tuple[float, ...], tz: ZoneInfo,
              end: datetime) -> Iterator[datetime]:
    """Arrivals at `profile`'s rate of each slot: the k-th when k + 1/2 are expected."""
    target, expected, at = 0.5, 0.0, now
    while at < end:
        upto = min(slot_end(at, tz), end)
        rate = profile[slot_of(at, tz)]
        gain = rate * (upto - at).total_seconds() / 60
        while rate > 0 and expected + gain >= target:
            yield at + timedelta(minutes=(target - expected) / rate)
            target += 1
        expected += gain
        at = upto


def _run(state: QueueState, probe: Ticket, waiting: list[Ticket], serving: list[Counter],
         now: datetime, learned: Learned) -> Estimate:
    """Every counter of the hall calls as it would (those that cannot serve the probe still
    take the tickets they share with it), until one calls the probe."""
    free: list[tuple[datetime, int]] = []
    staff: dict[int, str | None] = {}
    can = {c.number for c in serving}
    counters = list(state.counters.values())
    for c in counters:
        st = state.counter_status(c.number)
        staff[c.number] = st.staff
        at = free_at(state, st, now, learned)
        if at is not None and (at := back_at(state.plan, c.number, at)) is not None:
            heapq.heappush(free, (at, c.number))
    left = sum(1 for _, n in free if n in can)  # counters still able to call the probe
    sim = CallSim(state, counters, waiting)
    coming = arrivals(state, now, learned)
    nxt = next(coming, None)
    ahead = 0
    end = now + HORIZON
    while left:
        at, num = heapq.heappop(free)
        while nxt is not None and nxt.arrival <= at:
            sim.add(nxt)
            nxt = next(coming, None)
        pick = sim.pick(num, at)
        if pick is not None and pick.id == probe.id:
            return Estimate(ahead, max(0.0, (at - now).total_seconds() / 60))
        if pick is None:  # nothing this counter may call (never one that can call the probe)
            back = (back_at(state.plan, num, nxt.arrival) if nxt is not None
                    and nxt.arrival < end else None)  # idle until the next arrival
        else:
            ahead += pick.service == probe.service
            done = at + timedelta(minutes=learned.counter_min(pick.service, staff[num], at))
            back = back_at(state.plan, num, done)  # its lunch or its closing may come first
        if back is not None:
            heapq.heappush(free, (back, num))
        else:
            left -= num in can
    return Estimate(ahead, None)


def _closed_form(probe: Ticket, waiting: list[Ticket], counters: list[Counter],
                 learned: Learned) -> Estimate:
    ahead = sum(1 for t in waiting if t.service == probe.service and t.id != probe.id
                and (t.arrival, t.id) < (probe.arrival, probe.id))
    return Estimate(ahead, ahead * learned.mean_min(probe.service) / len(counters))


def _with_range(e: Estimate, learned: Learned) -> Estimate:
    if e.eta_min is None:
        return e
    lo, hi = learned.range_ratio
    return e._replace(low_min=e.eta_min * min(lo, 1.0),
                      high_min=max(e.eta_min * max(hi, 1.0), e.eta_min + RANGE_PAD_MIN))


def ticket_estimate(state: QueueState, ticket_id: int, now: datetime,
                    learned: Learned | None = None) -> Estimate | None:
    """The estimate of a waiting ticket now, as the queue has moved (None if not waiting)."""
    t = state.tickets.get(ticket_id)
    if t is None or t.id not in state.waiting_ids:
        return None
    e = estimate_range(state, t.service, now, t.priority, t, learned)
    return rounded(e)


def rounded(e: Estimate) -> Estimate:
    """To a tenth of a minute, as printed and sent."""
    def r(x: float | None) -> float | None:
        return None if x is None else round(x, 1)
    return e._replace(eta_min=r(e.eta_min), low_min=r(e.low_min), high_min=r(e.high_min))


def shown_range(eta_min: float | None, low_min: float | None,
                high_min: float | None) -> tuple[int, int] | None:
    """The range a customer is shown beside the estimate, in whole minutes ("4–9"): None
    when there is no estimate or range, when the turn is under a minute away, or when the
    range rounds to one number (then the estimate says it all)."""
    if eta_min is None or low_min is None or high_min is None or round(eta_min) < 1:
        return None
    lo, hi = min(round(low_min), round(eta_min)), max(round(high_min), round(eta_min))
    return (lo, hi) if hi > lo else None


def summary(state: QueueState, now: datetime) -> dict[str, ServiceSummary]:
    """Per service: people waiting, longest wait and the estimate for a new ticket."""
    out: dict[str, ServiceSummary] = {}
    learned = learn(state, now)
    waiting_all = state.waiting()
    for prefix, svc in state.services.items():
        waiting = [t for t in waiting_all if t.service == prefix]
        longest = max(((now - t.arrival).total_seconds() / 60 for t in waiting), default=0.0)
        e = (rounded(estimate_range(state, prefix, now, learned=learned))
             if svc.active else Estimate(0, None))
        out[prefix] = {"waiting": len(waiting), "longest_min": round(longest, 1),
                       "eta_min": e.eta_min, "eta_low_min": e.low_min,
                       "eta_high_min": e.high_min, "opens_at": e.opens_at,
                       "target_min": svc.target_wait_min,
                       "eta_round_min": None if e.eta_min is None else round(e.eta_min),
                       "eta_shown_range": (list(span) if (span := shown_range(
                           e.eta_min, e.low_min, e.high_min)) else None)}
    return out
