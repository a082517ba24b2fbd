"""The History of the days before today (service times, clerks, arrivals) from the ticket table."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hallq.domain.history import (
    HISTORY_DAYS,
    SLOT,
    SLOTS,
    ArrivalCount,
    History,
    LegSums,
    history_of,
)
from hallq.domain.values import TicketState

FREED = (TicketState.DONE.value, TicketState.NO_SHOW.value, TicketState.TRANSFERRED.value)

# Counter time of a leg as `learn` measures it: from its call until the counter is free.
# julianday() reads the stored offset, so the difference is right whatever zone wrote it.
LEGS_SQL = (
    "SELECT service, staff, SUM(MAX(0.0, julianday(finished_at) - julianday(called_at))) "
    "* 1440.0, COUNT(*) FROM ticket WHERE day >= ? AND day < ? AND called_at IS NOT NULL "
    "AND finished_at IS NOT NULL AND state IN (?, ?, ?) GROUP BY service, staff")
# Arrivals per day, service and slot since the UTC midnight of the day's date (floored:
# a leg queued before it, as a business day starting before midnight UTC has, counts too).
ARRIVALS_SQL = (
    f"SELECT day, service, CAST((julianday(queued_at) - julianday(day)) * {SLOTS} + {SLOTS} "
    f"AS INTEGER) - {SLOTS} AS slot, COUNT(*) FROM ticket WHERE day >= ? AND day < ? "
    "GROUP BY day, service, slot")


def load_history(store: Any, day: date, timezone: str) -> History:
    """The History of the HISTORY_DAYS days before `day` (see `hallq.domain.history`)."""
    span = [(day - timedelta(days=HISTORY_DAYS)).isoformat(), day.isoformat()]
    legs = [LegSums(service, staff, float(minutes or 0.0), int(n)) for service, staff, minutes, n
            in store.db.execute_sql(LEGS_SQL, [*span, *FREED]).fetchall()]
    tz = ZoneInfo(timezone)
    counts = []
    for d, service, slot, n in store.db.execute_sql(ARRIVALS_SQL, span).fetchall():
        on = date.fromisoformat(d)
        # from slots after UTC midnight to slots after local midnight, on that day's offset
        offset = datetime.combine(on, time(), tzinfo=tz).utcoffset() or timedelta()
        counts.append(ArrivalCount(on, service, int(slot) + int(offset / SLOT), int(n)))
    return history_of(legs, counts)
