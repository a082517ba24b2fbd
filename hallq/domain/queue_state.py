"""The state the queue rules work on, the business day, and the call rule's sort key.

Below both the commands (`hallq.domain.queue`) and the wait estimate
(`hallq.domain.estimate`), which use the same key; the call rule itself is documented in
`hallq.domain.queue`, next to `call_order`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from hallq.domain.history import History
from hallq.domain.plan import DayPlan
from hallq.domain.values import (
    DEFAULT_SERVICE_MIN,
    Counter,
    CounterStatus,
    HallInfo,
    Service,
    Ticket,
    TicketState,
    is_overdue,
    local_business_day,
)

# The call rule's key: (0, arrival, id) for an overdue ticket, else
# (1, priority, named, rank, arrival, id); the smallest is called first.
CallKey = tuple[int | datetime, ...]


@dataclass
class QueueState:
    """What the rules need to know about the hall right now."""

    hall: HallInfo
    services: dict[str, Service]
    counters: dict[int, Counter]
    status: dict[int, CounterStatus] = field(default_factory=dict)
    tickets: dict[int, Ticket] = field(default_factory=dict)  # today's tickets, every state
    last_number: dict[tuple[date, str], int] = field(default_factory=dict)
    mean_service_min: dict[str, float] = field(default_factory=dict)
    next_ticket_id: int = 1
    day: date | None = None
    # Indexes kept by apply(), so no command scans the whole day's tickets.
    waiting_ids: dict[int, None] = field(default_factory=dict)
    last_done: dict[int, int] = field(default_factory=dict)  # counter -> last finished ticket
    plan: DayPlan = field(default_factory=dict)  # counters' planned absences today (domain.plan)
    history: History = field(default_factory=History)  # the days before (domain.history)

    def reindex(self) -> None:
        self.waiting_ids = {}
        self.last_done = {}
        for t in sorted(self.tickets.values(), key=lambda t: t.id):
            self._index(t)

    def _index(self, t: Ticket) -> None:
        if t.state == TicketState.WAITING:
            self.waiting_ids[t.id] = None
        else:
            self.waiting_ids.pop(t.id, None)
        if t.state == TicketState.DONE and t.counter is not None:
            prev = self.tickets.get(self.last_done.get(t.counter, -1))
            if prev is None or (prev.finished_at, prev.id) <= (t.finished_at, t.id):
                self.last_done[t.counter] = t.id

    def counter_status(self, number: int) -> CounterStatus:
        return self.status.get(number) or CounterStatus(number)

    def mean_minutes(self, prefix: str) -> float:
        if prefix in self.mean_service_min:
            return self.mean_service_min[prefix]
        svc = self.services.get(prefix)
        return svc.typical_service_min if svc else DEFAULT_SERVICE_MIN

    def waiting(self) -> list[Ticket]:
        return [self.tickets[i] for i in self.waiting_ids]


def business_day(now: datetime, hall: HallInfo) -> date:
    """The business day `now` falls in: days start at the hall's day-start hour, local time."""
    if now.tzinfo is None:
        raise ValueError("time must be timezone-aware")
    return local_business_day(now, hall.timezone, hall.day_start_hour)


def target_wait(state: QueueState, t: Ticket) -> int | None:
    svc = state.services.get(t.service)
    return svc.target_wait_min if svc else None


def callable_by(counter: Counter, t: Ticket) -> bool:
    if t.target_counter is not None:
        return t.target_counter == counter.number
    return t.service in counter.services


def call_key(state: QueueState, counter: Counter, t: Ticket, now: datetime) -> CallKey:
    """Sort key of the call rule (documented in hallq.domain.queue); smallest is called first."""
    if is_overdue(t.arrival, target_wait(state, t), now):
        return (0, t.arrival, t.id)
    prio = 0 if t.priority else 1
    named = 0 if t.target_counter == counter.number else 1
    rank = counter.services.index(t.service) if t.service in counter.services else 0
    return (1, prio, named, rank, t.arrival, t.id)
