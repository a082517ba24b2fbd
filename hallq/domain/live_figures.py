"""Today's headline figures from a client's model of the hall (tickets and ratings as JSON)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hallq.domain.values import local_business_day, parse_time

# Definitions (the same words as the daily report):
# - a *visit* is one ticket number of the day; a transfer or a requeue adds legs to it;
# - a visit's *wait* is from the customer's arrival to the first call of its first leg;
# - *within target* compares that wait with the target of the visit's first service;
# - *served* counts visits finished (a leg in state done); *no-shows* counts visits whose
#   last leg is a no-show; *response rate* is rated visits over served visits.


@dataclass(frozen=True)
class Figures:
    issued: int = 0
    served: int = 0
    no_shows: int = 0
    waiting: int = 0
    mean_wait_min: float | None = None
    p90_wait_min: float | None = None
    within_target_pct: float | None = None
    mean_rating: float | None = None
    response_rate_pct: float | None = None
    open_follow_ups: int = 0


def percentile(values: Iterable[float], p: float) -> float | None:
    """Nearest-rank percentile (p in 0..100): the smallest value with p% at or below it."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


Leg = Mapping[str, Any]  # one ticket leg as JSON


def visits(tickets: Iterable[Leg]) -> dict[tuple[str, str], list[Leg]]:
    """Legs grouped by (day, number), each list in leg order."""
    out: dict[tuple[str, str], list[Leg]] = {}
    for t in tickets:
        out.setdefault((t["day"], t["number"]), []).append(t)
    for legs in out.values():
        legs.sort(key=lambda t: (t.get("leg", 1), t["id"]))
    return out


def visit_wait_min(legs: list[Leg]) -> float | None:
    """Minutes from arrival to the first call of the visit's first leg (None: not called)."""
    first = legs[0]
    called = parse_time(first.get("called_at"))
    if called is None:
        return None
    return max(0.0, (called - datetime.fromisoformat(first["arrival"])).total_seconds() / 60)


def compute(tickets: Iterable[Mapping[str, Any]], ratings: Mapping[int, Mapping[str, Any]],
            targets: Mapping[str, float], day: str, open_follow_ups: int = 0) -> Figures:
    """Figures for business day `day` (ISO date); `targets` maps service prefix to minutes."""
    today = [t for t in tickets if t.get("day") == day]
    by_visit = visits(today)
    waits: list[float] = []
    within = 0
    served = no_shows = 0
    for legs in by_visit.values():
        w = visit_wait_min(legs)
        if w is not None:
            waits.append(w)
            target = targets.get(legs[0]["service"])
            if target is None or w <= target:
                within += 1
        if any(leg["state"] == "done" for leg in legs):
            served += 1
        if legs[-1]["state"] == "no_show":
            no_shows += 1
    ids = {t["id"] for t in today}
    p90 = percentile(waits, 90)
    scores = [r["score"] for tid, r in ratings.items()
              if int(tid) in ids and r.get("rated") and r.get("score") is not None]
    return Figures(
        issued=len(by_visit),
        served=served,
        no_shows=no_shows,
        waiting=sum(1 for t in today if t["state"] == "waiting"),
        mean_wait_min=round(sum(waits) / len(waits), 1) if waits else None,
        p90_wait_min=None if p90 is None else round(p90, 1),
        within_target_pct=round(100 * within / len(waits)) if waits else None,
        mean_rating=round(sum(scores) / len(scores), 2) if scores else None,
        response_rate_pct=round(100 * len(scores) / served) if served else None,
        open_follow_ups=open_follow_ups,
    )


def served_by_service(tickets: Iterable[Mapping[str, Any]], day: str) -> dict[str, int]:
    """Legs finished today per service (a transferred visit counts for the service that ended it)."""
    out: dict[str, int] = {}
    for t in tickets:
        if t.get("day") == day and t["state"] == "done":
            out[t["service"]] = out.get(t["service"], 0) + 1
    return out


def business_day(now: datetime, hall: Mapping[str, Any]) -> str:
    """The hall's business day (ISO date) at `now`: it starts at day_start_hour, local time."""
    return local_business_day(now, hall.get("timezone") or "UTC",
                              int(hall.get("day_start_hour") or 0)).isoformat()
