"""Tomorrow's staffing: counters needed per hour and service, by the Erlang C (M/M/c) model.

For each local hour h and service s, with λ = the mean number of arrivals in hour h on
the basis days (the same weekday as tomorrow in the last four weeks, or else the last
seven days with tickets) and S = the mean service time of s on those days, the offered
load is a = λ·S/60 Erlangs. With c counters, Erlang C gives the probability that a
customer waits at all, P(wait) = C(c, a), and the share served within the target T:

    SL(c) = 1 − C(c, a) · exp(−(c − a) · T / S)

The plan is the smallest c with SL(c) >= the goal (80 % by default, the call-centre
"80/20" convention, here "80 % within the service's target wait").

Assumptions (printed in the report's footnote): arrivals are Poisson with a constant
rate within each hour; service times are exponential with the observed mean; one
first-come-first-served queue per service with its own counters (a counter serving two
services pools them, so the hour's total is an upper bound); nobody leaves the queue;
each hour reaches steady state on its own (no backlog carried over from the hour before).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

MODEL = "Erlang C (M/M/c)"
DEFAULT_GOAL = 0.8
MIN_SAMPLES = 10  # fewer finished visits than this: use the configured typical time
MAX_COUNTERS = 99


def erlang_c(c: int, a: float) -> float:
    """Probability that an arrival has to wait, for c servers and offered load a."""
    if a <= 0:
        return 0.0
    if c <= a:
        return 1.0
    b = 1.0  # Erlang B by its stable recursion, then C from B
    for k in range(1, c + 1):
        b = a * b / (k + a * b)
    return c * b / (c - a * (1 - b))


def within_target(c: int, a: float, mean_service_min: float, target_min: float) -> float:
    """Share of customers whose wait is at most target_min (M/M/c, FCFS)."""
    if a <= 0:
        return 1.0
    if c <= a:
        return 0.0
    return 1 - erlang_c(c, a) * math.exp(-(c - a) * target_min / mean_service_min)


def mean_wait(c: int, a: float, mean_service_min: float) -> float:
    """Mean wait in minutes (infinite when the counters cannot keep up)."""
    if a <= 0:
        return 0.0
    if c <= a:
        return math.inf
    return erlang_c(c, a) * mean_service_min / (c - a)


def counters_needed(arrivals_per_hour: float, mean_service_min: float, target_min: float,
                    goal: float = DEFAULT_GOAL) -> int:
    """Smallest number of counters that serves `goal` of the customers within target."""
    if arrivals_per_hour <= 0 or mean_service_min <= 0:
        return 0
    a = arrivals_per_hour * mean_service_min / 60
    c = max(1, math.floor(a) + 1)
    while c < MAX_COUNTERS and within_target(c, a, mean_service_min, target_min) < goal:
        c += 1
    return c


@dataclass
class StaffingPlan:
    day: date  # the day planned for
    basis: str  # "same_weekday" | "recent" | "none"
    basis_days: list[date]
    goal: float
    mean_service_min: dict[str, float]
    targets: dict[str, float]
    rows: list[dict[str, Any]] = field(default_factory=list)  # per hour

    @property
    def peak(self) -> int:
        return max((r["total"] for r in self.rows), default=0)


def plan_from(arrivals: dict[tuple[int, str], int], days: list[date],
              service_minutes: dict[str, list[float]], services: dict[str, Any],
              tomorrow: date, basis: str, goal: float = DEFAULT_GOAL) -> StaffingPlan:
    """The plan from arrival counts per (local hour, service) summed over `days`."""
    n = max(1, len(days))
    means: dict[str, float] = {}
    targets: dict[str, float] = {}
    for p, s in services.items():
        xs = service_minutes.get(p, [])
        means[p] = sum(xs) / len(xs) if len(xs) >= MIN_SAMPLES else s.typical_service_min
        targets[p] = s.target_wait_min
    plan = StaffingPlan(tomorrow, basis, sorted(days), goal, means, targets)
    hours = sorted({h for h, _ in arrivals})
    for h in range(hours[0], hours[-1] + 1) if hours else ():
        rate = {p: arrivals.get((h, p), 0) / n for p in services}
        need = {p: counters_needed(rate[p], means[p], targets[p], goal) for p in services}
        plan.rows.append({"hour": h, "arrivals": rate, "need": need,
                          "total": sum(need.values())})
    return plan


def _basis_days(store: Any, day: date) -> tuple[str, list[date]]:
    """Same weekday as tomorrow in the last four weeks, else the last seven days with tickets."""
    first = day - timedelta(days=27)
    rows = store.db.execute_sql(
        "SELECT day FROM event WHERE day BETWEEN ? AND ? AND type = 'ticket_issued' "
        "GROUP BY day", (first.isoformat(), day.isoformat())).fetchall()
    have = sorted(date.fromisoformat(r[0]) for r in rows)
    tomorrow = day + timedelta(days=1)
    same = [d for d in have if d.weekday() == tomorrow.weekday()]
    if same:
        return "same_weekday", same
    recent = [d for d in have if d > day - timedelta(days=7)]
    return ("recent", recent) if recent else ("none", [])


def plan(store: Any, day: date, services: dict[str, Any], timezone: str,
         goal: float = DEFAULT_GOAL) -> StaffingPlan:
    """Staffing for the day after `day`, from the event log up to `day`."""
    basis, days = _basis_days(store, day)
    tz = ZoneInfo(timezone)
    arrivals: dict[tuple[int, str], int] = defaultdict(int)
    minutes: dict[str, list[float]] = defaultdict(list)
    if days:
        marks = ",".join("?" * len(days))
        keys = [d.isoformat() for d in days]
        # transfers in are arrivals too: the customer joins the other service's queue
        sql = (f"SELECT ts, json_extract(data, '$.ticket.service') FROM event "
               f"WHERE day IN ({marks}) AND type = 'ticket_issued' UNION ALL "
               f"SELECT ts, json_extract(data, '$.to_service') FROM event "
               f"WHERE day IN ({marks}) AND type = 'ticket_transferred'")
        hour_of: dict[str, int] = {}
        for ts, service in store.db.execute_sql(sql, keys + keys).fetchall():
            key = ts[:16] + ts[-6:]  # same minute and offset -> same local hour
            hr = hour_of.get(key)
            if hr is None:
                hr = hour_of[key] = datetime.fromisoformat(ts).astimezone(tz).hour
            arrivals[(hr, service)] += 1
        sql = (f"SELECT json_extract(data, '$.ticket.service'), "
               f"json_extract(data, '$.service_min') FROM event "
               f"WHERE day IN ({marks}) AND type = 'ticket_finished'")
        for service, mins in store.db.execute_sql(sql, keys).fetchall():
            if mins is not None:
                minutes[service].append(float(mins))
    return plan_from(arrivals, days, minutes, services, day + timedelta(days=1), basis, goal)
