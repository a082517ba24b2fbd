"""Complaints: each has a cause, an owner and a due time; overdue ones escalate (no I/O).

A complaint comes from a counter note, an "unsatisfied" rating with its reasons, or the
customer on the ticket or case page. It is open until closed with an outcome and a closing
text. Escalation: past its due time it goes to the supervisor (level 1), and
ESCALATE_TO_HEAD_OFFICE working days later to head office through the sync (level 2).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from hallq.domain.cases import add_working_days
from hallq.domain.errors import DomainError, InvalidInput
from hallq.domain.values import HallInfo

DEFAULT_CAUSES = ("waiting_time", "staff_attitude", "wrong_information", "billing",
                  "procedure", "facilities", "outage", "other")
DUE_WORKING_DAYS = 2  # a complaint is answered within this many working days
ESCALATE_TO_HEAD_OFFICE = 2  # working days after it reached the supervisor


class ComplaintSource(enum.StrEnum):
    NOTE = "note"
    RATING = "rating"
    CUSTOMER = "customer"


class Outcome(enum.StrEnum):
    RESOLVED = "resolved"
    PARTLY = "partly_resolved"
    UNFOUNDED = "unfounded"


@dataclass(frozen=True)
class Complaint:
    number: str
    source: ComplaintSource
    cause: str
    owner: str
    opened_at: datetime
    due: date
    ticket_id: int | None = None
    case: str | None = None
    level: int = 0  # 0: with its owner, 1: the supervisor's, 2: head office's
    closed_at: datetime | None = None
    outcome: Outcome | None = None
    closing_text: str = ""

    def with_(self, **changes: Any) -> Complaint:
        return replace(self, **changes)

    @property
    def open(self) -> bool:
        return self.closed_at is None


def complaint_number(year: int, n: int) -> str:
    return f"KN-{year}-{n:06d}"


def check_cause(cause: str, causes: tuple[str, ...]) -> None:
    if cause not in causes:
        raise InvalidInput("bad_cause", f"Unknown cause {cause!r}; choose one of the list.")


def check_close(c: Complaint, outcome: str, text: str) -> Outcome:
    """Closing needs an outcome and a closing text, once."""
    if not c.open:
        raise DomainError("complaint_closed", f"Complaint {c.number} is already closed.")
    try:
        out = Outcome(outcome)
    except ValueError:
        raise InvalidInput("bad_outcome", f"Unknown outcome {outcome!r}.") from None
    if not text.strip():
        raise InvalidInput("closing_text_required", "Write how the complaint was answered.")
    return out


def moved_up_on(hall: HallInfo, c: Complaint) -> date | None:
    """The day an open complaint reached the level it is at, by `escalation_level`'s rule:
    the day after its due date for the supervisor's, the day after ESCALATE_TO_HEAD_OFFICE
    more working days for head office's; None while it is its owner's or once closed."""
    if not c.open or c.level == 0:
        return None
    last_day = c.due if c.level == 1 else add_working_days(hall, c.due, ESCALATE_TO_HEAD_OFFICE)
    return last_day + timedelta(days=1)


def escalation_level(hall: HallInfo, c: Complaint, today: date) -> int:
    """Where an open complaint belongs today: its owner's until due, then the supervisor's,
    then head office's."""
    if not c.open or today <= c.due:
        return c.level if not c.open else 0
    if today <= add_working_days(hall, c.due, ESCALATE_TO_HEAD_OFFICE):
        return 1
    return 2
