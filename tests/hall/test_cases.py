"""Cases in the hall: opened from a visit with the service's due time, status changes and
reassignment as events, numbering per year, refusals that change nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import make_hall

from hallq.domain import DomainError, InvalidInput, NotFound
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall
from hallq.store.database import Store

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def case_hall(tmp_path: Path) -> Hall:
    h = make_hall(tmp_path / "hall.db")
    h.clock = FixedClock(datetime(2026, 12, 4, 9, 0, tzinfo=VN))  # a Friday
    h.set_case_type({"service": "B", "name": {"vi": "Cấp điện mới", "en": "New connection"},
                     "due_working_days": 5, "bring": {"vi": "CCCD, giấy tờ nhà"}})
    yield h
    h.store.close()


def visit(h: Hall, service: str = "B") -> int:
    t, _ = h.issue(service)
    return t.id


def test_a_visit_becomes_a_case_due_in_working_days(case_hall: Hall) -> None:
    out, events = case_hall.open_case(visit(case_hall), "NV04", phone="0901234567", by="NV04")
    assert (out["number"], out["status"], out["owner"], out["due"], out["overdue"]) == (
        "HS-2026-000001", "received", "NV04", "2026-12-11", False)
    assert events[0]["type"] == "case_opened" and events[0]["staff"] == "NV04"
    assert "0901234567" not in str(events)
    second, _ = case_hall.open_case(visit(case_hall, "A"), "NV01")
    assert second["number"] == "HS-2026-000002"
    assert second["due"] == "2026-12-11"  # A has no case type: 5 working days too


def test_status_changes_and_reassignment_are_events(case_hall: Hall) -> None:
    number = case_hall.open_case(visit(case_hall), "NV04")[0]["number"]
    out, events = case_hall.set_case_status(number, "waiting_customer", by="NV04")
    assert out["status"] == "waiting_customer"
    assert events[0]["data"]["was"] == "received"
    out, events = case_hall.reassign_case(number, "NV05", by="GS01")
    assert (out["owner"], events[0]["data"]["was"], events[0]["staff"]) == ("NV05", "NV04",
                                                                          "GS01")
    with pytest.raises(InvalidInput):
        case_hall.set_case_status(number, "refused", "")
    case_hall.set_case_status(number, "refused", "Thiếu giấy tờ sở hữu nhà")
    with pytest.raises(DomainError) as err:
        case_hall.reassign_case(number, "NV01")
    assert err.value.code == "case_closed"
    assert case_hall.case(number.lower()).reason == "Thiếu giấy tờ sở hữu nhà"
    assert [c.number for c in case_hall.cases()] == []
    assert [c.number for c in case_hall.cases(open_only=False)] == [number]


def test_refusals_change_nothing(case_hall: Hall) -> None:
    tid = visit(case_hall)
    for kw, code in [({"owner": "XX99"}, "unknown_staff"),
                     ({"owner": "NV04", "phone": "12ab"}, "bad_phone")]:
        with pytest.raises(DomainError) as err:
            case_hall.open_case(tid, **kw)
        assert err.value.code == code
    with pytest.raises(NotFound):
        case_hall.open_case(99999, "NV04")
    case_hall.open_case(tid, "NV04")
    with pytest.raises(DomainError) as err:
        case_hall.open_case(tid, "NV04")
    assert err.value.code == "case_exists"
    assert len(case_hall.cases()) == 1
    with pytest.raises(InvalidInput):
        case_hall.set_case_type({"service": "B", "name": {"vi": "x"}, "due_working_days": -1})


def test_cases_survive_a_restart_and_are_found_by_phone(case_hall: Hall, tmp_path: Path) -> None:
    case_hall.open_case(visit(case_hall), "NV04", phone="0901234567")
    case_hall.store.close()
    again = Hall(Store(tmp_path / "hall.db"), FixedClock(datetime(2026, 12, 14, 9, tzinfo=VN)))
    [c] = again.cases(phone="0901234567")
    assert c.due.isoformat() == "2026-12-11"
    again.store.close()
