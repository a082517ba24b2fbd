"""Typed path and query parameters: ids, counter numbers, staff codes and days with ranges.

A value out of range is refused by FastAPI's validation (422 "malformed", naming the
parameter) before any route runs, never reaching SQLite (integers ≤ 2^63-1) or a date
parser that would answer 500.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from fastapi import Path, Query
from pydantic import BeforeValidator

SQLITE_MAX = 2**63 - 1  # the largest integer SQLite keeps
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: object) -> date:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        raise ValueError("a day is written YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value} is not a day of the calendar") from None


Day = Annotated[date, BeforeValidator(_iso_day)]
TicketId = Annotated[int, Path(ge=1, le=SQLITE_MAX)]
NoteId = Annotated[int, Path(ge=1, le=SQLITE_MAX)]
DeviceId = Annotated[int, Path(ge=1, le=SQLITE_MAX)]
CounterNo = Annotated[int, Path(ge=1, le=99)]  # counters are numbered 1 to 99 (set-up)
StaffCode = Annotated[str, Path(min_length=1, max_length=20)]
OptionalDay = Annotated[Day | None, Query()]
