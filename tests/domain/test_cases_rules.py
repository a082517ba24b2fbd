"""The case rules: due dates in working days on the hall's calendar, and the status flow."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hallq.domain import DomainError, InvalidInput, sample
from hallq.domain.cases import (
    Case,
    CaseStatus,
    add_working_days,
    case_number,
    check_transition,
    is_overdue,
)

HALL = replace(sample.HALL, holidays=("2026-12-08",))
FRI = date(2026, 12, 4)


@pytest.mark.parametrize(("start", "days", "due"), [
    (FRI, 0, FRI),
    (FRI, 1, date(2026, 12, 7)),  # Friday + 1: Monday
    (FRI, 2, date(2026, 12, 9)),  # Tuesday the 8th is a holiday
    (FRI, 5, date(2026, 12, 14)),
    (date(2026, 12, 5), 1, date(2026, 12, 7)),  # opened on a Saturday
])
def test_due_dates_count_working_days_only(start: date, days: int, due: date) -> None:
    assert add_working_days(HALL, start, days) == due


@given(st.dates(date(2026, 1, 1), date(2027, 12, 31)), st.integers(0, 30))
def test_a_due_date_is_a_working_day_with_exactly_n_working_days_after_the_start(
        start: date, n: int) -> None:
    due = add_working_days(HALL, start, n)
    between = [start.fromordinal(o) for o in range(start.toordinal() + 1, due.toordinal() + 1)]
    working = [d for d in between if d.isoweekday() in HALL.open_weekdays
               and d.isoformat() not in HALL.holidays]
    assert len(working) == n
    assert n == 0 or due in working


def test_a_calendar_without_working_days_is_refused() -> None:
    with pytest.raises(DomainError) as err:
        add_working_days(replace(HALL, open_weekdays=()), FRI, 1)
    assert err.value.code == "no_working_days"
    with pytest.raises(InvalidInput):
        add_working_days(HALL, FRI, 121)


def test_the_status_flow() -> None:
    c = Case(case_number(2026, 7), "B", "NV04", CaseStatus.RECEIVED,
             datetime(2026, 12, 4, 9, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")), date(2026, 12, 14))
    assert c.number == "HS-2026-000007"
    check_transition(c, CaseStatus.WAITING_CUSTOMER, "")
    with pytest.raises(InvalidInput) as err:
        check_transition(c, CaseStatus.REFUSED, "  ")
    assert err.value.code == "reason_required"
    done = c.with_(status=CaseStatus.DONE)
    for to in CaseStatus:
        with pytest.raises(DomainError):
            check_transition(done, to, "x")
    assert not is_overdue(c, date(2026, 12, 14)) and is_overdue(c, date(2026, 12, 15))
    assert not is_overdue(done, date(2027, 1, 1))
