"""A customer back about a case: found by number (with the QR's key) or phone, the ticket
called by the owner's counter when the owner is signed in, else by the service's queue;
unknown or closed cases change nothing; the case's page history and receipt data."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import make_hall

from hallq.domain import DomainError, InvalidInput, NotFound, queue
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def hall(tmp_path: Path) -> Hall:
    h = make_hall(tmp_path / "hall.db")
    h.clock = FixedClock(datetime(2026, 12, 4, 9, 0, tzinfo=VN))
    h.set_case_type({"service": "B", "name": {"vi": "Cấp điện mới"}, "due_working_days": 5,
                     "bring": {"vi": "CCCD"}})
    yield h
    h.store.close()


def new_case(h: Hall, phone: str = "0901234567", owner: str = "NV04") -> str:
    t, _ = h.issue("B", language="zh_CN")
    number = h.open_case(t.id, owner, phone=phone, by=owner)[0]["number"]
    h.cancel(t.id)  # that visit is over; the customer comes back another time
    return number


def test_the_owner_signed_in_calls_the_returning_customer_first(hall: Hall) -> None:
    number = new_case(hall)
    key = hall.case(number).key
    hall.open_counter(4, "NV04")
    hall.open_counter(5, "NV05")  # serves C and B too
    other, _ = hall.issue("B")  # arrived earlier
    out, events = hall.case_check_in(number, key, language="vi", by="kiosk")
    t = hall.state.tickets[out["ticket"]["id"]]
    assert (out["to_counter"], t.target_counter, t.service) == (4, 4, "B")
    assert out["case"]["number"] == number and "phone" not in out["case"]
    assert [e["type"] for e in events] == ["ticket_issued", "case_checked_in"]
    assert {k: events[1]["data"][k] for k in ("case", "to_counter", "found_by")} == {
        "case": number, "to_counter": 4, "found_by": "number"}
    assert "0901234567" not in str(events) and key not in str(events)
    # Counter 5 never calls it; counter 4 calls it before the customer who came earlier.
    assert [x.id for x in queue.call_order(hall.state, 5, hall.now())] == [other.id]
    assert [x.id for x in queue.call_order(hall.state, 4, hall.now())][0] == t.id
    called, _ = hall.call_next(4)
    assert called.id == t.id
    assert hall.case_of_ticket(t.id).number == number


def test_owner_away_the_service_queue_calls_it(hall: Hall) -> None:
    number = new_case(hall)
    out, _ = hall.case_check_in(number)  # typed at the kiosk: no key
    t = hall.state.tickets[out["ticket"]["id"]]
    assert (out["to_counter"], t.target_counter, t.service) == (None, None, "B")
    hall.open_counter(5, "NV05")
    assert hall.call_next(5)[0].id == t.id


def test_by_phone_the_most_recent_open_case(hall: Hall) -> None:
    first = new_case(hall)
    hall.clock = FixedClock(datetime(2026, 12, 4, 10, 0, tzinfo=VN))
    second = new_case(hall)
    out, events = hall.case_check_in(phone="0901234567")
    assert out["case"]["number"] == second and events[1]["data"]["found_by"] == "phone"
    hall.set_case_status(second, "done")
    assert hall.case_check_in(phone="0901234567")[0]["case"]["number"] == first


def test_unknown_closed_or_wrong_key_changes_nothing(hall: Hall) -> None:
    number = new_case(hall)
    tickets, seq = len(hall.state.tickets), hall.last_seq()
    with pytest.raises(NotFound) as err:
        hall.case_check_in("HS-2026-000099")
    assert err.value.code == "unknown_case"
    with pytest.raises(NotFound) as err:
        hall.case_check_in(number, "not-the-key")
    assert err.value.code == "unknown_case"
    with pytest.raises(NotFound) as err:
        hall.case_check_in(phone="0909999999")
    assert err.value.code == "no_open_case"
    with pytest.raises(InvalidInput) as err:
        hall.case_check_in(phone="12")
    assert err.value.code == "bad_phone"
    with pytest.raises(InvalidInput) as err:
        hall.case_check_in()
    assert err.value.code == "case_or_phone"
    hall.set_case_status(number, "refused", "Thiếu giấy tờ")
    seq = hall.last_seq()
    with pytest.raises(DomainError) as err:
        hall.case_check_in(number)
    assert err.value.code == "case_closed"
    assert (len(hall.state.tickets), hall.last_seq()) == (tickets, seq)


def test_history_and_receipt_data(hall: Hall) -> None:
    number = new_case(hall)
    hall.clock = FixedClock(datetime(2026, 12, 7, 14, 30, tzinfo=VN))
    hall.set_case_status(number, "in_progress", by="NV04")
    hall.reassign_case(number, "NV05")  # not a status change: not in the history
    steps = hall.case_history(number)
    assert [(s["status"], s["at"].astimezone(VN)) for s in steps] == [
        ("received", datetime(2026, 12, 4, 9, 0, tzinfo=VN)),
        ("in_progress", datetime(2026, 12, 7, 14, 30, tzinfo=VN))]
    c = hall.case(number)
    data = hall.case_receipt(number)
    assert data == {"hall": hall.info.name, "number": number, "kind": {"vi": "Cấp điện mới"},
                    "bring": {"vi": "CCCD"}, "due": "2026-12-11", "language": "zh_CN",
                    "path": f"/c/{number}/{c.key}"}
    assert len(c.key) == 12 and c.key != hall.case(new_case(hall)).key
    assert c.opened_at + timedelta(0) == datetime(2026, 12, 4, 9, 0, tzinfo=VN)
