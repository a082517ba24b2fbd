"""What the wait estimate learns from today's tickets: counter time, arrivals, no-shows, spread.

Everything is read from the tickets of the day in `QueueState.tickets` (every leg, every
state), so nothing new is stored and a restarted hall learns the same again.

- Counter time of a leg: from its call to the moment the counter is free again (finished,
  no-show or transferred). It is what a counter spends per customer it calls, walk-up and
  no-shows included, so the estimate needs no separate correction for either.
- Means are shrunk toward what is known above them where data are few: the hall's pace
  (counter time over typical time, every service together) toward 1 (SHRINK_HALL), the
  service's mean toward its typical time at the hall's pace (SHRINK_SERVICE pseudo-visits),
  a clerk's and an hour's factor toward 1 (SHRINK_FACTOR pseudo-visits). A clerk factor is
  the clerk's counter time over the service means of what he served, across services.
- The time a customer already at a counter still needs: the mean, over today's visits of
  the service that lasted longer than he has so far, of what remained (SHRINK_RESIDUAL
  pseudo-visits at mean - spent, at least a quarter of the mean).
- Arrivals: legs that joined each queue in the last RATE_WINDOW (at least RATE_WINDOW is
  assumed to have passed, so the first customers do not make a storm).
- The range: today's ratios of real wait to printed estimate, their 10th and 90th
  percentiles, shrunk toward DEFAULT_RANGE.
"""

from __future__ import annotations

import bisect
import itertools
import math
import weakref
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hallq.domain.history import SLOT
from hallq.domain.queue_state import QueueState
from hallq.domain.values import DEFAULT_SERVICE_MIN, Priority, Ticket, TicketState

SHRINK_SERVICE = 5.0  # pseudo-visits at the configured typical time (times the hall's pace)
SHRINK_HALL = 10.0  # pseudo-visits at the hall's pace 1 (counter time / typical time)
SHRINK_RESIDUAL = 5.0  # pseudo-visits at the simple residual, max(mean - spent, share)
SHRINK_FACTOR = 15.0  # pseudo-visits at factor 1 for a clerk or an hour
SHRINK_HISTORY = 15.0  # at most this many more pseudo-visits when the days before know it
RATE_WINDOW = timedelta(minutes=60)
LEVEL_WINDOW = timedelta(minutes=120)  # today's arrivals against the days' usual, over this
LEVEL_PRIOR = 5.0  # pseudo-customers at the usual level
SLOT_MIN = SLOT.total_seconds() / 60
DEFAULT_RANGE = (0.65, 1.4)  # wait / estimate: 10th and 90th percentile before any data
SHRINK_RANGE = 30.0  # pseudo-tickets at DEFAULT_RANGE
RANGE_MIN_ETA = 3.0  # estimates shorter than this say little about the ratio
FREED = frozenset({TicketState.DONE, TicketState.NO_SHOW, TicketState.TRANSFERRED})


def shrunk(total: float, n: int, prior: float, weight: float) -> float:
    """The mean of n values summing to `total`, pulled toward `prior` by `weight` pseudo-values."""
    return (total + prior * weight) / (n + weight)


def quantile(sorted_xs: list[float], q: float) -> float:
    """Nearest-rank quantile of sorted values (the smallest with at least q at or below)."""
    k = math.ceil(q * len(sorted_xs)) - 1
    return sorted_xs[max(0, min(len(sorted_xs) - 1, k))]


@dataclass
class Learned:
    """Today's learned rates; `counter_min` answers for any (service, clerk, hour)."""

    typical: dict[str, float]
    service_min: dict[str, float] = field(default_factory=dict)
    clerk_factor: dict[str, float] = field(default_factory=dict)
    hour_factor: dict[tuple[str, int], float] = field(default_factory=dict)
    rate_per_min: dict[str, float] = field(default_factory=dict)
    # customers a minute per slot of today (domain.history), where the days before know the
    # service: their profile at today's level; else the flat `rate_per_min`
    profile: dict[str, tuple[float, ...]] = field(default_factory=dict)
    priority_share: float = 0.0
    no_show_rate: dict[str, float] = field(default_factory=dict)
    transfer_rate: dict[str, float] = field(default_factory=dict)
    range_ratio: tuple[float, float] = DEFAULT_RANGE
    timezone: str = "UTC"
    pace: float = 1.0  # the hall's counter time over the typical time, every service
    times: dict[str, list[float]] = field(default_factory=dict)  # sorted counter times
    tails: dict[str, list[float]] = field(default_factory=dict)  # times[i:] summed

    def mean_min(self, service: str) -> float:
        return self.service_min.get(service) or self.typical.get(service, DEFAULT_SERVICE_MIN)

    def counter_min(self, service: str, staff: str | None = None,
                    at: datetime | None = None) -> float:
        """Minutes a counter spends on one called customer of `service`."""
        m = self.mean_min(service)
        if staff is not None:
            m *= self.clerk_factor.get(staff, 1.0)
        if at is not None:
            hour = at.astimezone(ZoneInfo(self.timezone)).hour
            m *= self.hour_factor.get((service, hour), 1.0)
        return m

    def remaining_min(self, service: str, spent: float, need: float,
                      share: float = 0.25) -> float:
        """Minutes a customer `spent` minutes into a visit of mean `need` still needs (see
        the module); `need` carries his clerk's and hour's factors, today's visits are
        scaled to it."""
        simple = max(need - spent, share * need)
        xs = self.times.get(service)
        if not xs:
            return simple
        scale = need / self.mean_min(service)
        i = bisect.bisect_right(xs, spent / scale)
        n = len(xs) - i
        if n == 0:
            return simple
        left = (self.tails[service][i] - n * spent / scale) * scale
        return shrunk(left, n, simple, SHRINK_RESIDUAL)


class Tally:
    """Running sums over one day's tickets: each ticket is read when it first appears and
    again only while it is still waiting or at a counter, so `learn` costs what changed."""

    def __init__(self, state: QueueState):
        self.tickets = state.tickets  # the dict it sums (a new day is a new dict)
        self.tz = ZoneInfo(state.hall.timezone)
        self.seen = -1  # highest ticket id read
        self.pending: set[int] = set()  # read, not yet freed or cancelled
        self.unrated: set[int] = set()  # first legs not yet called (for the range)
        self.legs: dict[str, list[float]] = defaultdict(list)  # sorted counter times
        self.clerk: dict[str, dict[str, list[float]]] = defaultdict(dict)  # [sum, n]
        self.hour: dict[tuple[str, int], list[float]] = {}  # [sum, n]
        self.called: dict[str, int] = defaultdict(int)
        self.no_shows: dict[str, int] = defaultdict(int)
        self.transfers: dict[str, int] = defaultdict(int)
        self.queued: dict[str, list[datetime]] = defaultdict(list)  # sorted
        self.firsts = self.prio = 0
        self.ratios: list[float] = []  # sorted
        for t in sorted(state.tickets.values(), key=lambda t: t.id):
            self._first_sight(t)

    def _first_sight(self, t: Ticket) -> None:
        self.seen = max(self.seen, t.id)
        bisect.insort(self.queued[t.service], t.queued_at)
        if t.leg == 1:
            self.firsts += 1
            self.prio += t.priority != Priority.NONE
            self.unrated.add(t.id)
        self.pending.add(t.id)
        self._look(t)

    def _look(self, t: Ticket) -> None:
        if t.id in self.unrated and t.called_at is not None:
            self.unrated.discard(t.id)
            if t.eta_min is not None and t.eta_min >= RANGE_MIN_ETA:
                bisect.insort(self.ratios,
                              (t.called_at - t.arrival).total_seconds() / 60 / t.eta_min)
        if t.state == TicketState.CANCELLED:
            self.pending.discard(t.id)
            self.unrated.discard(t.id)
        if t.called_at is None or t.finished_at is None or t.state not in FREED:
            return
        self.pending.discard(t.id)
        mins = max(0.0, (t.finished_at - t.called_at).total_seconds() / 60)
        self.called[t.service] += 1
        self.no_shows[t.service] += t.state == TicketState.NO_SHOW
        self.transfers[t.service] += t.state == TicketState.TRANSFERRED
        bisect.insort(self.legs[t.service], mins)
        if t.staff is not None:
            cell = self.clerk[t.staff].setdefault(t.service, [0.0, 0])
            cell[0] += mins
            cell[1] += 1
        cell = self.hour.setdefault((t.service, t.called_at.astimezone(self.tz).hour), [0.0, 0])
        cell[0] += mins
        cell[1] += 1

    def update(self, state: QueueState) -> None:
        for i in range(self.seen + 1, state.next_ticket_id):
            t = state.tickets.get(i)
            if t is not None:
                self._first_sight(t)
        for i in list(self.pending):
            t = state.tickets.get(i)
            if t is not None:
                self._look(t)

    def recent(self, service: str, since: datetime, now: datetime) -> int:
        xs = self.queued.get(service, [])
        return bisect.bisect_right(xs, now) - bisect.bisect_right(xs, since)


# Each state's tally, by the state's id; the weak reference tells a state that is gone
# (and so an id used again) from the one the tally was made for.
_TALLIES: dict[int, tuple[weakref.ref[QueueState], Tally]] = {}


def tally(state: QueueState) -> Tally:
    """The state's running sums, brought up to date (made anew for a new day's tickets)."""
    key = id(state)
    got = _TALLIES.get(key)
    if got is None or got[0]() is not state or got[1].tickets is not state.tickets:
        t = Tally(state)
        _TALLIES[key] = (weakref.ref(state, lambda _: _TALLIES.pop(key, None)), t)
        return t
    got[1].update(state)
    return got[1]


def learn(state: QueueState, now: datetime) -> Learned:
    """Today's rates from today's tickets (see the module's docstring)."""
    typical = {p: s.typical_service_min for p, s in state.services.items()}
    out = Learned(typical, timezone=state.hall.timezone)
    sums = tally(state)
    legs = sums.legs
    since = now - RATE_WINDOW
    past = state.history
    # what a visit took on the days before, else the configured typical time
    usual = {p: past.service_min[p][0] if p in past.service_min else typical[p]
             for p in state.services}
    ratio = sum(sum(xs) / (usual.get(p) or typical.get(p, DEFAULT_SERVICE_MIN))
                for p, xs in legs.items())
    out.pace = shrunk(ratio, sum(len(xs) for xs in legs.values()), 1.0, SHRINK_HALL)
    for p in state.services:
        xs = list(legs.get(p, []))
        weight = SHRINK_SERVICE + min(past.service_min.get(p, (0.0, 0))[1], SHRINK_HISTORY)
        out.service_min[p] = shrunk(sum(xs), len(xs), usual[p] * out.pace, weight)
        if xs:
            out.times[p] = xs
            out.tails[p] = list(itertools.accumulate(reversed(xs)))[::-1]
        n = sums.called.get(p, 0)
        out.no_show_rate[p] = sums.no_shows.get(p, 0) / n if n else 0.0
        out.transfer_rate[p] = sums.transfers.get(p, 0) / n if n else 0.0
        recent = sums.recent(p, since, now)
        out.rate_per_min[p] = recent / (RATE_WINDOW.total_seconds() / 60)
        if p in past.arrivals:
            expected = past.expected_arrivals(p, now - LEVEL_WINDOW, now, sums.tz)
            today = sums.recent(p, now - LEVEL_WINDOW, now)
            level = (today + LEVEL_PRIOR) / (expected + LEVEL_PRIOR)
            out.profile[p] = tuple(level * x / SLOT_MIN for x in past.arrivals[p])
    for staff, by_service in sums.clerk.items():
        ratio_sum = sum(total / out.mean_min(s) for s, (total, _) in by_service.items())
        n = int(sum(k for _, k in by_service.values()))
        # today's visits pulled toward what the days before say of him (and that toward 1)
        before, seen = past.clerk_factor.get(staff, (1.0, 0))
        prior = shrunk(before * seen, seen, 1.0, SHRINK_FACTOR)
        out.clerk_factor[staff] = shrunk(ratio_sum, n, prior, SHRINK_FACTOR)
    for (s, h), (total, k) in sums.hour.items():
        out.hour_factor[(s, h)] = shrunk(total / out.mean_min(s), int(k), 1.0, SHRINK_FACTOR)
    out.priority_share = sums.prio / sums.firsts if sums.firsts else 0.0
    ratios = sums.ratios
    if ratios:
        lo, hi = quantile(ratios, 0.1), quantile(ratios, 0.9)
        out.range_ratio = (shrunk(lo * len(ratios), len(ratios), DEFAULT_RANGE[0], SHRINK_RANGE),
                           shrunk(hi * len(ratios), len(ratios), DEFAULT_RANGE[1], SHRINK_RANGE))
    return out
