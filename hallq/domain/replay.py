"""Replay a day's customers with a given number of counters per hour: who waits how long.

Services the hall's counters serve together share one first-come-first-served queue and
their counters (`pools`: service -> its pool; without it each service is its own pool, the
staffing formula's model): in local hour h, counters 0 .. n(h)-1 of the pool work, n(h)
the sum of its services' counters that hour; a customer
starts with the first working counter that is free, in arrival order, and keeps it for his
own counter time (a visit that runs past the hour ends; a counter does not start one
outside its hours). The customers and their counter times are the day's real ones, so a
replay of the hall's own counters gives back about the waits the day had.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

Visit = tuple[float, str, float]  # (arrival, minutes after local midnight; service; counter min)
Staffing = Mapping[int, Mapping[str, int]]  # local hour -> service -> counters


@dataclass
class HourResult:
    hour: int
    customers: int
    within: int
    mean_wait_min: float | None  # of those served
    served: int = 0


@dataclass
class ReplayResult:
    waits: list[float]  # per visit, in the order given
    hours: list[HourResult]
    within: int  # visits whose wait is at most their service's target
    unserved: int  # visits no counter took before the end of the day

    @property
    def share_within(self) -> float | None:
        return self.within / len(self.waits) if self.waits else None


END_OF_DAY = 24 * 60.0


def _start(free: float, at: float, k: int, service: str, staffing: Staffing) -> float | None:
    """The first time from max(free, at) that counter k of `service` works, or None."""
    t = max(free, at)
    while t < END_OF_DAY:
        hour = int(t // 60)
        if k < staffing.get(hour, {}).get(service, 0):
            return t
        t = (hour + 1) * 60.0
    return None


def pooled(staffing: Staffing, pools: Mapping[str, str]) -> dict[int, dict[str, int]]:
    """Counters per hour and pool: the sum over the pool's services."""
    out: dict[int, dict[str, int]] = {}
    for h, row in staffing.items():
        cell = out[h] = {}
        for service, n in row.items():
            pool = pools.get(service, service)
            cell[pool] = cell.get(pool, 0) + n
    return out


def replay(visits: Sequence[Visit], staffing: Staffing, targets: Mapping[str, float],
           pools: Mapping[str, str] | None = None) -> ReplayResult:
    """Waits of `visits` with `staffing` counters per hour and service (see the module)."""
    pools = pools or {}
    per_pool = pooled(staffing, pools)
    order = sorted(range(len(visits)), key=lambda i: visits[i][0])
    waits = [0.0] * len(visits)
    served = [True] * len(visits)
    # per service, a heap of (earliest time counter k could start, k): a lower bound that
    # is raised lazily when k turns out not to work then
    free: dict[str, list[tuple[float, int]]] = {}
    last_start: dict[str, float] = defaultdict(float)
    for i in order:
        at, service, minutes = visits[i]
        pool = pools.get(service, service)
        heap = free.get(pool)
        if heap is None:
            width = max((row.get(pool, 0) for row in per_pool.values()), default=0)
            heap = free[pool] = [(0.0, k) for k in range(width)]
        t0 = max(at, last_start[pool])
        while heap:
            f, k = heap[0]
            s = _start(f, t0, k, pool, per_pool)
            if s is None:
                heapq.heappop(heap)  # this counter does not work again today
            elif s > max(f, t0):
                heapq.heapreplace(heap, (s, k))  # off duty until s: look again
            else:
                heapq.heapreplace(heap, (s + minutes, k))
                last_start[pool] = s
                waits[i] = s - at
                break
        else:
            served[i] = False
            waits[i] = END_OF_DAY - at
    by_hour: dict[int, list[int]] = defaultdict(list)
    within = 0
    for i, (at, service, _) in enumerate(visits):
        by_hour[int(at // 60)].append(i)
        within += served[i] and waits[i] <= targets.get(service, 15.0)
    hours = []
    for h in sorted(by_hour):
        idx = by_hour[h]
        ok = sum(1 for i in idx if served[i] and waits[i] <= targets.get(visits[i][1], 15.0))
        done = [waits[i] for i in idx if served[i]]  # the unserved are counted, not timed
        hours.append(HourResult(h, len(idx), ok, sum(done) / len(done) if done else None,
                                len(done)))
    return ReplayResult(waits, hours, within, served.count(False))


def pools_of(counters: Iterable[Sequence[str]]) -> dict[str, str]:
    """Services that some counter serves together, joined: service -> its pool's name (the
    first of its services in alphabetical order)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for services in counters:
        for other in services[1:]:
            a, b = root(services[0]), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
        for x in services:
            root(x)
    return {x: root(x) for x in parent}


def split_counters(total: int, sizes: Mapping[str, int]) -> dict[str, int]:
    """`total` open counters shared among pools in proportion to how many counters each
    pool has in the hall (largest remainder, ties to the bigger pool; every pool gets one
    while there are enough)."""
    if total <= 0 or not sizes:
        return {p: 0 for p in sizes}
    total = min(total, sum(sizes.values()))
    out = {p: 1 if total >= len(sizes) else 0 for p in sizes}
    left = total - sum(out.values())
    whole = sum(sizes.values())
    shares = {p: left * n / whole for p, n in sizes.items()}
    for p in sizes:
        out[p] += min(int(shares[p]), sizes[p] - out[p])
    rest = total - sum(out.values())
    # Largest remainders first; a pool that is full passes its seat on, and the round
    # goes on until every open counter has a pool (total is at most the pools' room).
    order = sorted(sizes, key=lambda p: (-round(shares[p] % 1, 9), -sizes[p], p))
    while rest > 0 and any(out[p] < sizes[p] for p in order):
        for p in (p for p in order if out[p] < sizes[p]):
            if rest <= 0:
                break
            out[p] += 1
            rest -= 1
    return out


def visits_from_tickets(tickets: Iterable[Mapping[str, Any]], typical: Mapping[str, float],
                        timezone: str) -> list[Visit]:
    """A day's visits from its tickets as the wire carries them (every leg): each leg joins
    its queue at `queued_at`, for its own counter time (call to done) or, not yet done, the
    mean of its service's done ones (else the service's typical time)."""
    tz = ZoneInfo(timezone)
    legs = [t for t in tickets if t.get("queued_at") and t.get("state") != "cancelled"]
    spent: dict[str, list[float]] = defaultdict(list)
    own: dict[int, float] = {}
    for t in legs:
        if t.get("called_at") and t.get("finished_at"):
            m = (datetime.fromisoformat(t["finished_at"]) -
                 datetime.fromisoformat(t["called_at"])).total_seconds() / 60
            own[id(t)] = max(0.1, m)
            spent[t["service"]].append(max(0.1, m))
    out: list[Visit] = []
    for t in legs:
        at = datetime.fromisoformat(t["queued_at"]).astimezone(tz)
        xs = spent.get(t["service"])
        minutes = own.get(id(t)) or (sum(xs) / len(xs) if xs else
                                     typical.get(t["service"], 5.0))
        out.append((at.hour * 60 + at.minute + at.second / 60, t["service"], minutes))
    return out
