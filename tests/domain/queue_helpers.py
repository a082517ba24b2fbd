"""A sample hall's queue state with no database, for the tests of the queue rules."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from hallq.domain import queue, sample

T0 = datetime(2026, 11, 23, 0, 30, tzinfo=UTC)  # 07:30 in Ho Chi Minh City
HALL_TZ = ZoneInfo(sample.HALL.timezone)


def new_state() -> queue.QueueState:
    return queue.QueueState(sample.HALL, {s.prefix: s for s in sample.SERVICES},
                            {c.number: c for c in sample.COUNTERS})


def do(state: queue.QueueState, fn: Callable[..., queue.Change], *args: Any, **kw: Any) -> Any:
    """Run a rule command and apply its change, as the hall does once it is stored."""
    change = fn(state, *args, **kw)
    queue.apply(state, change)
    return change.result


def opened(*counters: int) -> queue.QueueState:
    s = new_state()
    for n in counters:
        do(s, queue.open_counter, n, f"NV0{n}", now=T0)
    return s
