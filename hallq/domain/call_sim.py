"""The call rule over a pool of tickets that grows as customers arrive, for the wait estimate.

Counters that serve the same services in the same order (and have no tickets sent to them
by name) would call in the same order, so they share one lane of heaps. Per lane: tickets
not yet overdue sit in `normal` (by the rule's key) and in `deadlines` (by when they
become overdue); at time t those past their deadline move to `overdue` (by arrival).
Taken tickets are skipped lazily, so a whole run is O(n log n).
"""

from __future__ import annotations

import heapq
from datetime import datetime
from typing import NamedTuple

from hallq.domain.queue_state import CallKey, QueueState, call_key, callable_by, target_wait
from hallq.domain.values import Counter, Ticket, overdue_at

# Counters with the same services in the same order (and no ticket sent to them by name).
LaneKey = tuple[tuple[str, ...], int | None]


class Lane(NamedTuple):
    counter: Counter  # one counter of the lane: the rule's key is the same for all of them
    normal: list[tuple[CallKey, Ticket]]  # not yet overdue, by the rule's key
    deadlines: list[tuple[datetime, int, Ticket]]  # by when each becomes overdue
    overdue: list[tuple[CallKey, Ticket]]  # past its deadline, by (arrival, id)
    moved: set[int]  # ids moved from `normal` to `overdue`


class CallSim:
    """Who each counter would call next, at a given time; `add` brings a new arrival."""

    def __init__(self, state: QueueState, counters: list[Counter], pool: list[Ticket]):
        self.state = state
        self.taken: set[int] = set()
        self.lanes: dict[LaneKey, Lane] = {}
        self.lane_of: dict[int, LaneKey] = {}
        self.counters = {c.number: c for c in counters}
        named = {t.target_counter for t in pool if t.target_counter is not None}
        for c in counters:
            key: LaneKey = (c.services, c.number if c.number in named else None)
            self.lane_of[c.number] = key
            if key not in self.lanes:
                self.lanes[key] = Lane(c, [], [], [], set())
        for t in pool:
            self.add(t, heap=False)
        for lane in self.lanes.values():
            heapq.heapify(lane.normal)
            heapq.heapify(lane.deadlines)

    def _own_lane(self, number: int) -> None:
        """A counter that gets a ticket by name after the start leaves its shared lane for a
        copy of it: until now it would have called exactly what its lane holds."""
        key = self.lane_of.get(number)
        if key is None or key[1] is not None:
            return
        shared = self.lanes[key]
        own: LaneKey = (key[0], number)
        self.lanes[own] = Lane(self.counters[number], list(shared.normal),
                               list(shared.deadlines), list(shared.overdue), set(shared.moved))
        self.lane_of[number] = own
        # The shared lane is known by one of the counters still in it (or goes).
        rest = [n for n, k in self.lane_of.items() if k == key]
        if rest:
            self.lanes[key] = shared._replace(counter=self.counters[rest[0]])
        else:
            del self.lanes[key]

    def add(self, t: Ticket, heap: bool = True) -> None:
        """Put `t` in the lanes of every counter that could call it."""
        if t.target_counter is not None:
            self._own_lane(t.target_counter)
        deadline = overdue_at(t.arrival, target_wait(self.state, t))
        for lane in self.lanes.values():
            if not callable_by(lane.counter, t):
                continue
            entry = (call_key(self.state, lane.counter, t, t.arrival), t)  # not-yet-overdue key
            if heap:
                heapq.heappush(lane.normal, entry)
                heapq.heappush(lane.deadlines, (deadline, t.id, t))
            else:
                lane.normal.append(entry)
                lane.deadlines.append((deadline, t.id, t))

    def pick(self, counter: int, at: datetime) -> Ticket | None:
        lane = self.lanes[self.lane_of[counter]]
        while lane.deadlines and lane.deadlines[0][0] <= at:
            _, _, t = heapq.heappop(lane.deadlines)
            if t.id not in self.taken:
                lane.moved.add(t.id)
                heapq.heappush(lane.overdue, ((t.arrival, t.id), t))
        for heap in (lane.overdue, lane.normal):
            while heap:
                t = heapq.heappop(heap)[1]
                if t.id in self.taken or (heap is lane.normal and t.id in lane.moved):
                    continue
                self.taken.add(t.id)
                return t
        return None
