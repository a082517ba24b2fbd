"""The counters' plan for a day, learned from the days before: opening, lunch, closing.

A hall keeps its habits: a counter opens about the same time each morning, its clerk
takes lunch about the same time, it closes about the same time. From the counter events
of recent days (opened, paused, resumed, closed) each counter's habit is the median, over
the days it worked, of its first opening, its last closing and its longest absence in the
day (a break or a closure of at least LONG_ABSENCE), kept only if it happened on at least
half of those days. Short breaks are not planned: the estimate guesses them as they come.

`DayPlan` holds, per counter, the spans of today it is planned to be away, in time order:
before its opening, its lunch, after its closing (to the end of the day).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from hallq.domain.values import HallInfo

LONG_ABSENCE = timedelta(minutes=20)
DAY_MIN = 24 * 60
Span = tuple[datetime, datetime]
DayPlan = dict[int, tuple[Span, ...]]


class CounterEvent(NamedTuple):
    """One counter event of the log: what the plan is learned from."""

    ts: datetime
    type: str  # counter_opened | counter_paused | counter_resumed | counter_closed
    counter: int


class Habit(NamedTuple):
    """A counter's usual day, in minutes after local midnight."""

    opens: int
    closes: int
    away: tuple[int, int] | None  # its usual long absence (lunch), if it has one


def _minutes(ts: datetime, tz: ZoneInfo) -> int:
    local = ts.astimezone(tz)
    return local.hour * 60 + local.minute


def _one_day(events: list[CounterEvent], tz: ZoneInfo) -> tuple[int, int, tuple[int, int] | None]:
    """First opening, last closing and the longest absence of one counter on one day."""
    first: int | None = None
    last: int | None = None
    gone_since: int | None = None
    longest: tuple[int, int] | None = None
    for ev in sorted(events):
        m = _minutes(ev.ts, tz)
        if ev.type in ("counter_paused", "counter_closed"):
            gone_since = m
            if ev.type == "counter_closed":
                last = m
            continue
        if ev.type == "counter_opened" and first is None:
            first = m
        elif gone_since is not None and m - gone_since >= LONG_ABSENCE.total_seconds() / 60 \
                and (longest is None or m - gone_since > longest[1] - longest[0]):
            longest = (gone_since, m)
        gone_since = None
    if first is None:
        first = _minutes(min(events).ts, tz)
    if last is None or gone_since is None:
        last = DAY_MIN  # still open at the end of the log: not known to close
    return first, last, longest


def learn_habits(events: Iterable[CounterEvent], day_of: dict[datetime, date] | None,
                 timezone: str) -> dict[int, Habit]:
    """Each counter's habit from its events, grouped by local calendar day."""
    tz = ZoneInfo(timezone)
    by: dict[int, dict[date, list[CounterEvent]]] = defaultdict(lambda: defaultdict(list))
    for ev in events:
        d = day_of[ev.ts] if day_of and ev.ts in day_of else ev.ts.astimezone(tz).date()
        by[ev.counter][d].append(ev)
    out: dict[int, Habit] = {}
    for counter, days in by.items():
        seen = [_one_day(evs, tz) for evs in days.values() if evs]
        lunches = [a for _, _, a in seen if a is not None]
        away = None
        if lunches and 2 * len(lunches) >= len(seen):
            away = (round(statistics.median(a[0] for a in lunches)),
                    round(statistics.median(a[1] for a in lunches)))
        out[counter] = Habit(round(statistics.median(o for o, _, _ in seen)),
                             round(statistics.median(c for _, c, _ in seen)), away)
    return out


def day_plan(habits: dict[int, Habit], day: date, timezone: str) -> DayPlan:
    """The habits laid on `day`: per counter, the spans it is planned to be away."""
    tz = ZoneInfo(timezone)
    start = datetime.combine(day, time(0), tzinfo=tz)
    end = start + timedelta(days=1)

    def at(m: int) -> datetime:
        return start + timedelta(minutes=m)

    out: DayPlan = {}
    for counter, h in habits.items():
        spans = [(start, at(h.opens))]
        if h.away is not None and h.opens < h.away[0] < h.away[1] < h.closes:
            spans.append((at(h.away[0]), at(h.away[1])))
        spans.append((at(h.closes), end))
        out[counter] = tuple(spans)
    return out


def back_at(plan: DayPlan, counter: int, at: datetime) -> datetime | None:
    """When `counter` can work at `at` or later: `at` itself, or the end of the planned
    absence `at` falls in; None when that absence is its closing (its last span, after
    its morning): closed for the rest of the day."""
    spans = plan.get(counter, ())
    for i, (start, end) in enumerate(spans):
        if start <= at < end:
            return None if 0 < i == len(spans) - 1 else end
    return at


def next_opening(plan: DayPlan, counter: int, now: datetime) -> datetime | None:
    """The planned time after `now` the counter opens (after its morning or its lunch)."""
    for start, end in plan.get(counter, ()):
        if start <= now < end:
            return back_at(plan, counter, now)
    return None


def hours_opening(hall: HallInfo, now: datetime) -> datetime | None:
    """The next start of the hall's opening hours later today (local), if today is a day it
    opens; None while it is within its hours (a counter may open any moment), past its
    last opening, or on a day it is closed."""
    tz = ZoneInfo(hall.timezone)
    local = now.astimezone(tz)
    if local.isoweekday() not in hall.open_weekdays or \
            local.date().isoformat() in hall.holidays:
        return None
    spans = sorted((datetime.combine(local.date(), time.fromisoformat(a), tzinfo=tz),
                    datetime.combine(local.date(), time.fromisoformat(b), tzinfo=tz))
                   for a, b in hall.opening_hours)
    if any(a <= now < b for a, b in spans):
        return None  # open now, yet no counter is: when one opens is not known
    return next((a for a, _ in spans if a > now), None)
