"""The estimated wait: a short run of the call rule over the live queue.

Every open counter takes each ticket for its service's recent mean service time (an
exponentially weighted mean of finished visits, seeded by the configured typical time);
the run follows the same sort key as "call next" (`queue_state.call_key`). Past
SIM_MAX_WAITING waiting tickets a closed form is used instead.
"""

from __future__ import annotations

import heapq
from datetime import datetime, timedelta
from typing import NamedTuple, TypedDict

from hallq.domain.queue_state import (
    CallKey,
    QueueState,
    business_day,
    call_key,
    callable_by,
    target_wait,
)
from hallq.domain.values import (
    AT_COUNTER_STATES,
    Counter,
    CounterState,
    Priority,
    Ticket,
    overdue_at,
)

SIM_MAX_WAITING = 150  # past this many waiting tickets the estimate uses a closed form
PAUSE_GUESS = timedelta(minutes=5)  # a counter on a break: assume a short one


class ServiceSummary(TypedDict):
    """One service's line in `summary`: what the displays and the supervisor show."""

    waiting: int
    longest_min: float
    eta_min: float | None
    target_min: int


def estimate(state: QueueState, service: str, now: datetime, priority: Priority = Priority.NONE,
             probe: Ticket | None = None) -> tuple[int, float | None]:
    """(people ahead, estimated minutes) for `probe`, or for a new ticket of `service`."""
    if probe is None:
        probe = Ticket(id=-1, day=business_day(now, state.hall), number=f"{service}999",
                       service=service, arrival=now, queued_at=now, priority=priority)
    waiting = [t for t in state.waiting() if t.id != probe.id] + [probe]
    serving = [c for c in state.counters.values() if callable_by(c, probe)]
    live = [c for c in serving if state.counter_status(c.number).state != CounterState.CLOSED]
    counters = live or serving  # nobody open yet: assume the counters for it will open
    if not counters:
        return (sum(1 for t in waiting if t.service == service) - 1, None)
    if len(waiting) > SIM_MAX_WAITING:
        return _closed_form(state, probe, waiting, counters)
    free: list[tuple[datetime, int]] = []
    for c in counters:
        st = state.counter_status(c.number)
        at = now
        cur = state.tickets.get(st.ticket_id) if st.ticket_id else None
        if cur is not None and cur.state in AT_COUNTER_STATES:
            began = cur.serving_at or cur.called_at or now
            left = timedelta(minutes=state.mean_minutes(cur.service)) - (now - began)
            at = now + max(left, timedelta(0))
        elif st.state == CounterState.PAUSED:
            at = now + PAUSE_GUESS
        heapq.heappush(free, (at, c.number))
    sim = _CallSim(state, counters, waiting)
    ahead = 0
    while free:
        at, num = heapq.heappop(free)
        pick = sim.pick(num, at)
        if pick is None:
            continue  # this counter has nothing more it could take
        if pick.id == probe.id:
            return ahead, max(0.0, (at - now).total_seconds() / 60)
        if pick.service == probe.service:
            ahead += 1
        done = at + timedelta(minutes=state.mean_minutes(pick.service))
        heapq.heappush(free, (done, num))
    return ahead, None


# Counters with the same services in the same order (and no ticket sent to them by name).
_LaneKey = tuple[tuple[str, ...], int | None]


class _Lane(NamedTuple):
    normal: list[tuple[CallKey, Ticket]]  # not yet overdue, by the rule's key
    deadlines: list[tuple[datetime, int, Ticket]]  # by when each becomes overdue
    overdue: list[tuple[CallKey, Ticket]]  # past its deadline, by (arrival, id)
    moved: set[int]  # ids moved from `normal` to `overdue`


class _CallSim:
    """The call rule over a fixed pool, with heaps: O(n log n) for a whole run.

    Counters that serve the same services in the same order (and have no tickets sent to
    them by name) would call in the same order, so they share one lane of heaps. Per lane:
    tickets not yet overdue sit in `normal` (by the rule's key) and in `deadlines` (by when
    they become overdue); at time t those past their deadline move to `overdue` (by
    arrival). Taken tickets are skipped lazily.
    """

    def __init__(self, state: QueueState, counters: list[Counter], pool: list[Ticket]):
        self.taken: set[int] = set()
        self.lanes: dict[_LaneKey, _Lane] = {}
        self.lane_of: dict[int, _LaneKey] = {}
        named = {t.target_counter for t in pool if t.target_counter is not None}
        for c in counters:
            key: _LaneKey = (c.services, c.number if c.number in named else None)
            self.lane_of[c.number] = key
            if key in self.lanes:
                continue
            normal: list[tuple[CallKey, Ticket]] = []
            deadlines: list[tuple[datetime, int, Ticket]] = []
            for t in pool:
                if not callable_by(c, t):
                    continue
                deadline = overdue_at(t.arrival, target_wait(state, t))
                key_t = call_key(state, c, t, t.arrival)  # the not-yet-overdue key
                normal.append((key_t, t))
                deadlines.append((deadline, t.id, t))
            heapq.heapify(normal)
            heapq.heapify(deadlines)
            self.lanes[key] = _Lane(normal, deadlines, [], set())

    def pick(self, counter: int, at: datetime) -> Ticket | None:
        normal, deadlines, overdue, moved = self.lanes[self.lane_of[counter]]
        while deadlines and deadlines[0][0] <= at:
            _, _, t = heapq.heappop(deadlines)
            if t.id not in self.taken:
                moved.add(t.id)
                heapq.heappush(overdue, ((t.arrival, t.id), t))
        for heap in (overdue, normal):
            while heap:
                t = heap[0][1]
                heapq.heappop(heap)
                if t.id in self.taken or (heap is normal and t.id in moved):
                    continue
                self.taken.add(t.id)
                return t
        return None


def _closed_form(state: QueueState, probe: Ticket, waiting: list[Ticket],
                 counters: list[Counter]) -> tuple[int, float]:
    ahead = sum(1 for t in waiting if t.service == probe.service and t.id != probe.id
                and (t.arrival, t.id) < (probe.arrival, probe.id))
    return ahead, ahead * state.mean_minutes(probe.service) / len(counters)


def summary(state: QueueState, now: datetime) -> dict[str, ServiceSummary]:
    """Per service: people waiting, longest wait and the estimate for a new ticket."""
    out: dict[str, ServiceSummary] = {}
    for prefix, svc in state.services.items():
        waiting = [t for t in state.waiting() if t.service == prefix]
        longest = max(((now - t.arrival).total_seconds() / 60 for t in waiting), default=0.0)
        _, eta = estimate(state, prefix, now) if svc.active else (0, None)
        out[prefix] = {"waiting": len(waiting), "longest_min": round(longest, 1),
                       "eta_min": None if eta is None else round(eta, 1),
                       "target_min": svc.target_wait_min}
    return out
