"""Cases: a request that cannot be finished at the counter, followed to its end (no I/O).

A case has a number (the hall's, per year: HS-2026-000123), the service's case type with
its due time in working days on the hall's calendar, an owner (a staff code) and a status:

    received -> in_progress -> waiting_customer -> in_progress -> done
    any open status -> refused (with a reason)

Every change is an event (who, when, what); done and refused are final.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from hallq.domain.appointments import is_working_day
from hallq.domain.errors import DomainError, InvalidInput
from hallq.domain.values import HallInfo


class CaseStatus(enum.StrEnum):
    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    WAITING_CUSTOMER = "waiting_customer"
    DONE = "done"
    REFUSED = "refused"


FINAL = frozenset({CaseStatus.DONE, CaseStatus.REFUSED})
# Where each status may go next (refused: from any open status, with a reason).
NEXT: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.RECEIVED: frozenset({CaseStatus.IN_PROGRESS, CaseStatus.WAITING_CUSTOMER,
                                    CaseStatus.DONE, CaseStatus.REFUSED}),
    CaseStatus.IN_PROGRESS: frozenset({CaseStatus.WAITING_CUSTOMER, CaseStatus.DONE,
                                       CaseStatus.REFUSED}),
    CaseStatus.WAITING_CUSTOMER: frozenset({CaseStatus.IN_PROGRESS, CaseStatus.DONE,
                                            CaseStatus.REFUSED}),
    CaseStatus.DONE: frozenset(),
    CaseStatus.REFUSED: frozenset(),
}
MAX_WORKING_DAYS = 120
MAX_SEARCH_DAYS = 400  # a calendar with no working day ahead is refused, not looped on


@dataclass(frozen=True)
class CaseType:
    """A service's kind of case: its due time in working days and what the customer brings."""

    service: str
    name: dict[str, str]
    due_working_days: int = 5
    bring: dict[str, str] | None = None  # language -> what to bring, printed on the receipt


@dataclass(frozen=True)
class Case:
    number: str
    service: str
    owner: str
    status: CaseStatus
    opened_at: datetime
    due: date
    ticket_id: int | None = None
    reason: str = ""  # why refused
    phone: str = ""  # erased after closing + the retention days, like every phone here
    key: str = ""  # the case page's secret (/c/<number>/<key>): numbers can be guessed

    def with_(self, **changes: Any) -> Case:
        return replace(self, **changes)

    @property
    def open(self) -> bool:
        return self.status not in FINAL


def add_working_days(hall: HallInfo, start: date, days: int) -> date:
    """The date `days` working days after `start` (start itself never counts): a case
    opened on Friday with 1 day is due Monday (Tuesday if Monday is a holiday)."""
    if not 0 <= days <= MAX_WORKING_DAYS:
        raise InvalidInput("bad_due_days", f"A due time is 0 to {MAX_WORKING_DAYS} working "
                           "days.")
    d, left = start, days
    for _ in range(MAX_SEARCH_DAYS):
        if left == 0:
            return d
        d += timedelta(days=1)
        if is_working_day(hall, d):
            left -= 1
    raise DomainError("no_working_days", "The hall's calendar has no working day ahead; "
                      "check its working days and holidays.")


def case_number(year: int, n: int) -> str:
    return f"HS-{year}-{n:06d}"


def check_transition(case: Case, to: CaseStatus, reason: str) -> None:
    if to not in NEXT[case.status]:
        raise DomainError("bad_case_status", f"Case {case.number} cannot go from "
                          f"{case.status.value} to {to.value}.")
    if to == CaseStatus.REFUSED and not reason.strip():
        raise InvalidInput("reason_required", "Give the reason for refusing the case.")


def is_overdue(case: Case, today: date) -> bool:
    return case.open and today > case.due
