"""Today's counters' plan for the wait estimate, learned from the event log of recent days."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from hallq.domain.plan import CounterEvent, DayPlan, day_plan, learn_habits

PLAN_DAYS = 28  # the habits of the last four weeks
COUNTER_EVENTS = ("counter_opened", "counter_paused", "counter_resumed", "counter_closed")


def load_plan(store: Any, day: date, timezone: str) -> DayPlan:
    """The plan of `day` from the counter events of the PLAN_DAYS days before it."""
    marks = ",".join("?" * len(COUNTER_EVENTS))
    rows = store.db.execute_sql(
        f"SELECT ts, type, counter, day FROM event WHERE day >= ? AND day < ? "
        f"AND type IN ({marks}) AND counter IS NOT NULL",
        [(day - timedelta(days=PLAN_DAYS)).isoformat(), day.isoformat(), *COUNTER_EVENTS],
    ).fetchall()
    events, day_of = [], {}
    for ts, kind, counter, d in rows:
        at = datetime.fromisoformat(ts)
        events.append(CounterEvent(at, kind, int(counter)))
        day_of[at] = date.fromisoformat(d)
    return day_plan(learn_habits(events, day_of, timezone), day, timezone)
