"""Each refusal of the case and complaint rules, word for word: its code (the windows say it
in the user's language) and its message (what the hub answers an integrator), and the
limits exactly where they stand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from hallq.domain import DomainError, InvalidInput, sample
from hallq.domain.cases import (
    MAX_WORKING_DAYS,
    Case,
    CaseStatus,
    add_working_days,
    case_number,
    check_transition,
)
from hallq.domain.complaints import (
    Complaint,
    ComplaintSource,
    Outcome,
    check_cause,
    check_close,
    complaint_number,
    escalation_level,
)

VN = ZoneInfo("Asia/Ho_Chi_Minh")
MONDAY = date(2026, 12, 7)


def refusal(exc_type, fn, *args) -> tuple[str, str]:
    with pytest.raises(exc_type) as err:
        fn(*args)
    assert type(err.value) is exc_type
    return err.value.code, err.value.message


def case(status: CaseStatus) -> Case:
    return Case(case_number(2026, 7), "B", "NV02", status, datetime(2026, 12, 7, 9, tzinfo=VN),
                MONDAY)


def complaint(**kw) -> Complaint:
    return replace(Complaint(complaint_number(2026, 3), ComplaintSource.RATING, "billing",
                             "NV01", datetime(2026, 12, 3, 9, tzinfo=VN), MONDAY), **kw)


def test_a_due_time_from_0_to_the_limit_of_working_days():
    assert add_working_days(sample.HALL, MONDAY, 0) == MONDAY
    assert add_working_days(sample.HALL, MONDAY, MAX_WORKING_DAYS) > MONDAY
    for days in (-1, MAX_WORKING_DAYS + 1):
        assert refusal(InvalidInput, add_working_days, sample.HALL, MONDAY, days) == (
            "bad_due_days", f"A due time is 0 to {MAX_WORKING_DAYS} working days.")


def test_a_calendar_without_working_days_is_refused_not_looped_on():
    closed = replace(sample.HALL, open_weekdays=())
    assert refusal(DomainError, add_working_days, closed, MONDAY, 1) == (
        "no_working_days",
        "The hall's calendar has no working day ahead; check its working days and holidays.")


def test_a_case_s_refusals():
    assert refusal(DomainError, check_transition, case(CaseStatus.DONE),
                   CaseStatus.IN_PROGRESS, "") == (
        "bad_case_status", "Case HS-2026-000007 cannot go from done to in_progress.")
    assert refusal(InvalidInput, check_transition, case(CaseStatus.RECEIVED),
                   CaseStatus.REFUSED, "  ") == (
        "reason_required", "Give the reason for refusing the case.")


def test_a_complaint_s_refusals():
    assert refusal(InvalidInput, check_cause, "weather", ("billing", "other")) == (
        "bad_cause", "Unknown cause 'weather'; choose one of the list.")
    assert refusal(InvalidInput, check_close, complaint(), "maybe", "done") == (
        "bad_outcome", "Unknown outcome 'maybe'.")
    assert refusal(InvalidInput, check_close, complaint(), "resolved", " \n") == (
        "closing_text_required", "Write how the complaint was answered.")
    closed = complaint(closed_at=datetime(2026, 12, 4, 9, tzinfo=VN), outcome=Outcome.RESOLVED)
    assert refusal(DomainError, check_close, closed, "resolved", "again") == (
        "complaint_closed", "Complaint KN-2026-000003 is already closed.")


def test_a_closed_complaint_stays_where_it_was_closed():
    closed = complaint(level=1, closed_at=datetime(2026, 12, 9, 9, tzinfo=VN),
                       outcome=Outcome.RESOLVED)
    assert escalation_level(sample.HALL, closed, date(2026, 12, 31)) == 1
    assert escalation_level(sample.HALL, complaint(), MONDAY) == 0  # open, not yet due
    # open and not yet due (its due date moved on): back with its owner, whatever it was
    assert escalation_level(sample.HALL, complaint(level=1), MONDAY) == 0
