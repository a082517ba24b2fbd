"""What the hall's recent days teach the wait estimate: counter time per service and clerk, arrivals by time of day.

Today's tickets say little in the first hour: a service seen three times today has a
mean of three visits, and the last hour's arrivals say nothing of the rush that starts at
nine. The days before say more. `History` holds, from the HISTORY_DAYS days before today:

- each service's mean counter time (from call to free again, as `learn` measures it) and
  how many visits it is the mean of;
- each clerk's factor (his counter time over the services' means, across services);
- each service's arrivals per SLOT of the day (local time), averaged over the days the
  hall issued tickets.

`learn` pulls today's figures toward these instead of toward the configured typical times,
and the estimate's expected arrivals follow the days' profile, scaled to today's level.
A hall with no days behind it has an empty History and behaves as before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

HISTORY_DAYS = 28  # the last four weeks, as the counters' plan
SLOT = timedelta(minutes=15)
SLOTS = 96  # a day of SLOT
SMOOTH_HALF = 2  # the arrivals of a slot are read with two slots either side


class LegSums(NamedTuple):
    """Counter time of the freed legs of one service (and one clerk) over the days."""

    service: str
    staff: str | None
    minutes: float
    visits: int


class ArrivalCount(NamedTuple):
    """Legs that joined a service's queue on one day in one slot (local time of day)."""

    day: date
    service: str
    slot: int
    legs: int


@dataclass(frozen=True)
class History:
    """The days before today, summed (see the module); empty for a new hall."""

    service_min: dict[str, tuple[float, int]] = field(default_factory=dict)  # mean, visits
    clerk_factor: dict[str, tuple[float, int]] = field(default_factory=dict)  # factor, visits
    arrivals: dict[str, tuple[float, ...]] = field(default_factory=dict)  # per slot, per day
    days: int = 0

    def expected_arrivals(self, service: str, start: datetime, end: datetime,
                          tz: ZoneInfo) -> float:
        """Customers of `service` the days before had between start and end (local time of
        day), on an average day."""
        profile = self.arrivals.get(service)
        if not profile or end <= start:
            return 0.0
        return sum(profile[slot] * share for slot, share in _slots(start, end, tz))


def slot_of(at: datetime, tz: ZoneInfo) -> int:
    local = at.astimezone(tz)
    return (local.hour * 60 + local.minute) // int(SLOT.total_seconds() // 60)


def slot_end(at: datetime, tz: ZoneInfo) -> datetime:
    """The end of the slot `at` is in (the next midnight for the day's last slot)."""
    local = at.astimezone(tz)
    start = datetime.combine(local.date(), time(), tzinfo=tz) + SLOT * slot_of(at, tz)
    return start + SLOT


def _slots(start: datetime, end: datetime, tz: ZoneInfo) -> Iterable[tuple[int, float]]:
    """(slot, share of it) covered by [start, end)."""
    at = start
    while at < end:
        nxt = min(slot_end(at, tz), end)
        yield slot_of(at, tz), (nxt - at) / SLOT
        at = nxt


def history_of(legs: Iterable[LegSums], arrivals: Iterable[ArrivalCount]) -> History:
    """The History of the days summed in `legs` (per service and clerk) and `arrivals`."""
    per_service: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    per_clerk: dict[str, list[tuple[str, float, int]]] = defaultdict(list)
    for row in legs:
        cell = per_service[row.service]
        cell[0] += row.minutes
        cell[1] += row.visits
        if row.staff is not None:
            per_clerk[row.staff].append((row.service, row.minutes, row.visits))
    service_min = {s: (total / n, int(n)) for s, (total, n) in per_service.items() if n}
    clerk_factor = {}
    for staff, cells in per_clerk.items():
        ratio = sum(m / service_min[s][0] for s, m, n in cells if service_min[s][0] > 0)
        n = sum(n for _, _, n in cells)
        if n:
            clerk_factor[staff] = (ratio / n, n)
    days: set[date] = set()
    counts: dict[str, list[float]] = defaultdict(lambda: [0.0] * SLOTS)
    for a in arrivals:
        days.add(a.day)
        if 0 <= a.slot < SLOTS:
            counts[a.service][a.slot] += a.legs
    profile = {s: smooth([c / len(days) for c in xs]) for s, xs in counts.items()}
    return History(service_min, clerk_factor, profile, len(days))


def smooth(xs: list[float], half: int = SMOOTH_HALF) -> tuple[float, ...]:
    """Each slot the mean of itself and `half` slots either side (within the day): a few
    days' 15 minutes are too few customers to say more than the shape of the day."""
    out = []
    for i in range(len(xs)):
        window = xs[max(0, i - half):i + half + 1]
        out.append(sum(window) / len(window))
    return tuple(out)
