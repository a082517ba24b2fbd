"""The complaint rules: a cause from the list, closing with an outcome and a text, and the
escalation from the owner to the supervisor to head office in working days."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hallq.domain import DomainError, InvalidInput, sample
from hallq.domain.complaints import (
    DEFAULT_CAUSES,
    Complaint,
    ComplaintSource,
    Outcome,
    check_cause,
    check_close,
    complaint_number,
    escalation_level,
    moved_up_on,
)

HALL = replace(sample.HALL, holidays=("2026-12-08",))
VN = ZoneInfo("Asia/Ho_Chi_Minh")


def complaint(**kw) -> Complaint:
    base = Complaint(complaint_number(2026, 3), ComplaintSource.RATING, "waiting_time", "NV01",
                     datetime(2026, 12, 3, 9, tzinfo=VN), date(2026, 12, 7))
    return base.with_(**kw)


def test_numbers_and_causes() -> None:
    assert complaint().number == "KN-2026-000003"
    check_cause("staff_attitude", DEFAULT_CAUSES)
    with pytest.raises(InvalidInput) as err:
        check_cause("rude", DEFAULT_CAUSES)
    assert err.value.code == "bad_cause"


def test_closing_needs_an_outcome_and_a_text_once() -> None:
    c = complaint()
    assert check_close(c, "resolved", "Đã giải thích và xin lỗi khách.") == Outcome.RESOLVED
    with pytest.raises(InvalidInput) as err:
        check_close(c, "resolved", "  ")
    assert err.value.code == "closing_text_required"
    with pytest.raises(InvalidInput):
        check_close(c, "fixed", "x")
    closed = c.with_(closed_at=datetime(2026, 12, 4, tzinfo=VN), outcome=Outcome.RESOLVED)
    with pytest.raises(DomainError) as err:
        check_close(closed, "resolved", "again")
    assert err.value.code == "complaint_closed"


@pytest.mark.parametrize(("today", "level"), [
    (date(2026, 12, 7), 0),  # due today: still its owner's
    (date(2026, 12, 8), 1),  # overdue: the supervisor's (a holiday, still counts as late)
    (date(2026, 12, 10), 1),  # due + 2 working days (the 8th is a holiday): the 10th
    (date(2026, 12, 11), 2),  # then head office's
])
def test_an_overdue_complaint_escalates(today: date, level: int) -> None:
    assert escalation_level(HALL, complaint(), today) == level


def test_a_closed_complaint_stays_where_it_was_closed() -> None:
    closed = complaint(level=1, closed_at=datetime(2026, 12, 9, tzinfo=VN),
                       outcome=Outcome.PARTLY)
    assert escalation_level(HALL, closed, date(2027, 1, 1)) == 1


def test_the_day_it_moved_up_is_the_first_day_of_its_level() -> None:
    """Due Monday the 7th: the supervisor's from the 8th; two working days later (the 8th is
    a holiday: the 9th, the 10th) head office's from the 11th; the alert says those days."""
    assert moved_up_on(HALL, complaint()) is None  # its owner's
    assert moved_up_on(HALL, complaint(level=1)) == date(2026, 12, 8)
    assert moved_up_on(HALL, complaint(level=2)) == date(2026, 12, 11)
    for day in (date(2026, 12, 8), date(2026, 12, 11)):  # the rule it follows
        level = escalation_level(HALL, complaint(), day)
        assert escalation_level(HALL, complaint(), day - timedelta(days=1)) == level - 1
    closed = complaint(level=1, closed_at=datetime(2026, 12, 9, tzinfo=VN),
                       outcome=Outcome.PARTLY)
    assert moved_up_on(HALL, closed) is None
