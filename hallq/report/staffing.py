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

Advice that holds: the formula's plan is then replayed (`hallq.domain.replay`) with the
basis days' real customers and counter times (the most recent REPLAY_DAYS of them), the
services the hall's counters serve together sharing their counters (`replay.pools_of`);
while
fewer than HOLD_GOAL of them are within target, every (hour, service) where more than
1 − HOLD_GOAL of the customers waited too long gets one more counter. No hour is then
advised more counters than the hall has; the rounds go on within that cap, an hour that
is full passing its extra counter to one of the EARLIER hours before it (less backlog
reaches it), and that advice is what is replayed for the result shown beside it; where an
hour would need more, `would_need` says how many.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hallq.domain.replay import ReplayResult, Visit, pools_of, replay

MODEL = "Erlang C (M/M/c)"
HOLD_GOAL = 0.9  # the replayed day keeps this share within target
REPLAY_DAYS = 2  # the most recent basis days replayed
MAX_ROUNDS = 12
EARLIER = 2  # hours before a full hour that may take its extra counter
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
    hall_counters: int = 0  # the cap: no hour is advised more (0: no cap known)
    replayed_days: list[date] = field(default_factory=list)
    replay_within: float | None = None  # share within target, replaying the advice
    hold_goal: float = HOLD_GOAL

    @property
    def peak(self) -> int:
        return max((r["total"] for r in self.rows), default=0)

    @property
    def would_need(self) -> int:
        """The most counters an hour needs where that is more than the hall has (else 0)."""
        return max((r["would_need"] for r in self.rows), default=0)


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


def hold(plan: StaffingPlan, days: list[list[Visit]], hall_counters: int,
         pools: dict[str, str] | None = None) -> None:
    """Raise the plan until replaying `days` keeps HOLD_GOAL within target (see the module),
    capped at `hall_counters` an hour; fills each row's replayed figures."""
    plan.hall_counters = hall_counters
    staffing = {r["hour"]: dict(r["need"]) for r in plan.rows}

    def run() -> list[ReplayResult]:
        return [replay(v, staffing, plan.targets, pools) for v in days]

    def share(results: list[ReplayResult]) -> float:
        total = sum(len(r.waits) for r in results)
        return sum(r.within for r in results) / total if total else 1.0

    def grow(results: list[ReplayResult], cap: int) -> bool:
        """One round: a counter more where too many waited too long (an hour at `cap`
        gets none); False when it holds or nothing could be added."""
        if share(results) >= HOLD_GOAL:
            return False
        late: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0, 0])
        for visits, r in zip(days, results, strict=True):
            for (at, service, _), wait in zip(visits, r.waits, strict=True):
                cell = late[(int(at // 60), service)]
                cell[0] += wait > plan.targets.get(service, 15.0)
                cell[1] += 1
        added = False
        for (h, p), (n_late, n) in sorted(late.items()):
            if n_late <= (1 - HOLD_GOAL) * n:
                continue
            # an hour at the cap: the counter opens up to EARLIER hours before, so less
            # backlog reaches it
            for hour in range(h, h - EARLIER - 1 if cap else h - 1, -1):
                row = staffing.setdefault(hour, {})
                if not (cap and sum(row.values()) >= cap):
                    row[p] = row.get(p, 0) + 1
                    added = True
                    break
        return added

    results = run()
    for _ in range(MAX_ROUNDS):
        if not grow(results, 0):
            break
        results = run()
    # what the day needs; then no hour is advised more than the hall has (the services
    # with the most counters give one up first), and the hours with room left take up the
    # backlog the capped hours leave, as long as that helps
    wanted = {h: sum(n.values()) for h, n in staffing.items()}
    if hall_counters and any(n > hall_counters for n in wanted.values()):
        for need in staffing.values():
            while sum(need.values()) > hall_counters:
                biggest = max(sorted(need), key=need.__getitem__)
                need[biggest] -= 1
        results = run()
        for _ in range(MAX_ROUNDS):
            before = {h: dict(n) for h, n in staffing.items()}
            if not grow(results, hall_counters):
                break
            tried = run()
            if share(tried) <= share(results):  # it did not help: keep the advice before
                staffing.clear()
                staffing.update(before)
                break
            results = tried
    total = sum(len(r.waits) for r in results)
    plan.replay_within = sum(r.within for r in results) / total if total else None
    by_hour: dict[int, tuple[int, int, int, float]] = {}
    for r in results:
        for hr in r.hours:
            n0, ok0, done0, sum0 = by_hour.get(hr.hour, (0, 0, 0, 0.0))
            by_hour[hr.hour] = (n0 + hr.customers, ok0 + hr.within, done0 + hr.served,
                                sum0 + (hr.mean_wait_min or 0.0) * hr.served)
    for row in plan.rows:
        h = row["hour"]
        row["need"] = staffing.get(h, row["need"])
        row["total"] = sum(row["need"].values())
        row["would_need"] = wanted.get(h, 0) if wanted.get(h, 0) > row["total"] else 0
        n, ok, done, wait_sum = by_hour.get(h, (0, 0, 0, 0.0))
        row["replay_within"] = ok / n if n else None
        row["replay_wait_min"] = wait_sum / done if done else None


def _visits(store: Any, days: list[date], tz: ZoneInfo) -> list[list[Visit]]:
    """Each day's customers: (arrival in local minutes, service, counter minutes), the
    counter minutes of a service's visits dealt out in turn to its arrivals."""
    out = []
    for d in days:
        key = d.isoformat()
        sql = ("SELECT ts, json_extract(data, '$.ticket.service') FROM event "
               "WHERE day = ? AND type = 'ticket_issued' UNION ALL "
               "SELECT ts, json_extract(data, '$.to_service') FROM event "
               "WHERE day = ? AND type = 'ticket_transferred' AND "
               "json_extract(data, '$.to_service') IS NOT NULL")
        arrivals = store.db.execute_sql(sql, (key, key)).fetchall()
        sql = ("SELECT json_extract(data, '$.ticket.service'), ts, "
               "json_extract(data, '$.ticket.called_at') FROM event WHERE day = ? AND type IN "
               "('ticket_finished', 'ticket_no_show', 'ticket_transferred') ORDER BY seq")
        minutes: dict[str, list[float]] = defaultdict(list)
        for service, ts, called in store.db.execute_sql(sql, (key,)).fetchall():
            if called:
                minutes[service].append(max(0.1, (datetime.fromisoformat(ts) -
                                                  datetime.fromisoformat(called))
                                            .total_seconds() / 60))
        dealt: dict[str, int] = defaultdict(int)
        visits: list[Visit] = []
        local_min: dict[str, float] = {}
        for ts, service in sorted(arrivals):
            key_m = ts[:16] + ts[-6:]
            m = local_min.get(key_m)
            if m is None:
                loc = datetime.fromisoformat(ts).astimezone(tz)
                m = local_min[key_m] = loc.hour * 60 + loc.minute
            xs = minutes.get(service)
            if not xs:
                continue  # nobody of this service was served that day: no time to replay
            visits.append((m + 0.5, service, xs[dealt[service] % len(xs)]))
            dealt[service] += 1
        out.append(visits)
    return out


def plan(store: Any, day: date, services: dict[str, Any], timezone: str,
         goal: float = DEFAULT_GOAL, hall_counters: int | None = None) -> StaffingPlan:
    """Staffing for the day after `day`, from the event log up to `day`, replayed to hold."""
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
    out = plan_from(arrivals, days, minutes, services, day + timedelta(days=1), basis, goal)
    counters = [json.loads(r[0]) for r in
                store.db.execute_sql("SELECT services FROM counter").fetchall()]
    if hall_counters is None:
        hall_counters = len(counters)
    recent = sorted(days)[-REPLAY_DAYS:]
    out.replayed_days = recent
    hold(out, _visits(store, recent, tz) if recent else [], hall_counters or 0,
         pools_of(counters))
    return out
