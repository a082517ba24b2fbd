"""Complaints in the hall: from a counter note, an unsatisfied rating or the customer's page,
once per visit; an owner, a cause from the set-up list and a due date in working days;
closing needs an outcome and a text; escalation by working days; no words in events; the
words erased after the retention."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import make_hall

from hallq.domain import DomainError, InvalidInput, NotFound
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall

VN = ZoneInfo("Asia/Ho_Chi_Minh")
WORDS = "Nhân viên quầy 4 nói chuyện điện thoại, bắt tôi chờ 20 phút"


@pytest.fixture
def kn_hall(tmp_path: Path) -> Hall:
    h = make_hall(tmp_path / "hall.db")
    h.clock = FixedClock(datetime(2026, 12, 4, 9, 0, tzinfo=VN))  # a Friday
    yield h
    h.store.close()


def served(h: Hall, counter: int = 4, staff: str = "NV04", service: str = "B") -> int:
    """A finished visit at this counter by this clerk."""
    if h.state.status.get(counter) is None or h.state.status[counter].staff != staff:
        h.open_counter(counter, staff)
    t, _ = h.issue(service)
    h.call_next(counter)
    h.finish(counter)
    return t.id


def events_of(h: Hall, prefix: str = "complaint_") -> list:
    return [e for e in h.m.Event.select().order_by(h.m.Event.seq) if e.type.startswith(prefix)]


def test_a_complaint_note_opens_a_complaint_owned_by_the_clerk(kn_hall: Hall) -> None:
    tid = served(kn_hall)
    out, _ = kn_hall.add_note(tid, "NV04", "complaint", "waiting", WORDS, True, 4)
    assert out["complaint"] == "KN-2026-000001"
    (c,) = kn_hall.complaints()
    assert (c["number"], c["source"], c["owner"], c["cause"], c["ticket_id"], c["due"],
            c["level"], c["overdue"]) == ("KN-2026-000001", "note", "NV04", "waiting_time",
                                          tid, "2026-12-08", 0, False)  # Fri + 2 working days
    assert kn_hall.complaint_detail("kn-2026-000001")["text"] == WORDS
    # a request note opens none; a second complaint note on the same visit keeps the first
    assert kn_hall.add_note(tid, "NV04", "request", "billing", "Xin hóa đơn", False, 4)[0] \
        .get("complaint") is None
    assert kn_hall.add_note(tid, "NV04", "complaint", "staff", "lần nữa", True, 4)[0][
        "complaint"] is None
    assert len(kn_hall.complaints()) == 1


def test_an_unsatisfied_rating_opens_one_with_the_cause_of_its_reason(kn_hall: Hall) -> None:
    tid = served(kn_hall, 5, "NV05")
    kn_hall.rate(tid, "unsatisfied", ["staff_attitude", "waited_too_long"], 5)
    (c,) = kn_hall.complaints()
    assert (c["source"], c["owner"], c["cause"], c["ticket_id"]) == (
        "rating", "NV05", "staff_attitude", tid)
    other = served(kn_hall, 5, "NV05")
    kn_hall.rate(other, "acceptable", ["waited_too_long"], 5)  # score 2: no complaint
    assert len(kn_hall.complaints()) == 1


def test_the_customer_complains_once_per_ticket_after_the_visit(kn_hall: Hall) -> None:
    t, _ = kn_hall.issue("B")
    with pytest.raises(DomainError) as err:
        kn_hall.customer_complaint(WORDS, ticket_id=t.id)
    assert err.value.code == "visit_not_finished"
    kn_hall.open_counter(4, "NV04")
    kn_hall.call_next(4)
    kn_hall.finish(4)
    with pytest.raises(InvalidInput) as bad:
        kn_hall.customer_complaint("   ", ticket_id=t.id)
    assert bad.value.code == "complaint_text_required"
    with pytest.raises(InvalidInput) as long:
        kn_hall.customer_complaint("x" * 1001, ticket_id=t.id)
    assert long.value.code == "complaint_too_long"
    out = kn_hall.customer_complaint(WORDS, ticket_id=t.id)
    assert (out["source"], out["owner"], out["cause"]) == ("customer", "NV04", "")
    before = kn_hall.m.Event.select().count()
    with pytest.raises(DomainError) as again:
        kn_hall.customer_complaint("Lại nữa", ticket_id=t.id)
    assert again.value.code == "complaint_exists"
    assert kn_hall.m.Event.select().count() == before  # nothing changed
    assert len(kn_hall.complaints()) == 1


def test_a_case_complaint_goes_to_the_case_owner(kn_hall: Hall) -> None:
    tid = served(kn_hall)
    case = kn_hall.open_case(tid, "NV05", by="NV04")[0]["number"]
    out = kn_hall.customer_complaint("Hồ sơ chậm quá", case=case)
    assert (out["owner"], out["case"], out["ticket_id"]) == ("NV05", case, None)
    with pytest.raises(DomainError):
        kn_hall.customer_complaint("Lần hai", case=case)


def test_owner_cause_and_closing_are_events_without_the_words(kn_hall: Hall) -> None:
    tid = served(kn_hall)
    n = kn_hall.customer_complaint(WORDS, ticket_id=tid)["number"]
    with pytest.raises(InvalidInput) as bad:
        kn_hall.set_complaint_cause(n, "weather", by="GS01")
    assert bad.value.code == "bad_cause"
    with pytest.raises(NotFound):
        kn_hall.assign_complaint(n, "XX99", by="GS01")
    assert kn_hall.set_complaint_cause(n, "staff_attitude", by="GS01")["cause"] == \
        "staff_attitude"
    assert kn_hall.assign_complaint(n, "NV06", by="GS01")["owner"] == "NV06"
    with pytest.raises(InvalidInput) as no_text:
        kn_hall.close_complaint(n, "resolved", "  ", by="NV06")
    assert no_text.value.code == "closing_text_required"
    with pytest.raises(InvalidInput) as no_outcome:
        kn_hall.close_complaint(n, "", "Đã xin lỗi khách", by="NV06")
    assert no_outcome.value.code == "bad_outcome"
    assert kn_hall.complaint(n).open  # refused closings changed nothing
    out = kn_hall.close_complaint(n, "resolved", "Đã gọi điện xin lỗi khách hàng", by="NV06")
    assert (out["open"], out["outcome"]) == (False, "resolved")
    with pytest.raises(DomainError) as closed:
        kn_hall.close_complaint(n, "resolved", "lại", by="NV06")
    assert closed.value.code == "complaint_closed"
    evs = events_of(kn_hall)
    assert [(e.type, e.staff) for e in evs] == [
        ("complaint_opened", "system"), ("complaint_cause_set", "GS01"),
        ("complaint_assigned", "GS01"), ("complaint_closed", "NV06")]
    assert evs[2].data["was"] == "NV04" and evs[3].data["complaint"]["outcome"] == "resolved"
    for e in evs:
        assert WORDS not in str(e.data) and "xin lỗi" not in str(e.data)
    assert kn_hall.complaints() == [] and len(kn_hall.complaints(open_only=False)) == 1
    assert kn_hall.complaints(open_only=False, owner="NV04") == []


def test_escalation_follows_working_days(kn_hall: Hall) -> None:
    tid = served(kn_hall)
    n = kn_hall.customer_complaint(WORDS, ticket_id=tid)["number"]  # Fri 4, due Tue 8
    day = datetime(2026, 12, 8).date()
    assert kn_hall.escalate_complaints(day) == []  # due today: still its owner's
    (up,) = kn_hall.escalate_complaints(day + timedelta(days=1))  # Wed 9: overdue
    assert (up["number"], up["level"], up["overdue"]) == (n, 1, True)
    assert kn_hall.escalate_complaints(day + timedelta(days=1)) == []  # once
    assert kn_hall.escalate_complaints(day + timedelta(days=2)) == []  # Thu 10 = due + 2
    (top,) = kn_hall.escalate_complaints(day + timedelta(days=3))  # Fri 11: head office
    assert top["level"] == 2
    evs = events_of(kn_hall, "complaint_escalated")
    assert [(e.data["complaint"]["level"], e.data["was"]) for e in evs] == [(1, 0), (2, 1)]
    kn_hall.close_complaint(n, "partly_resolved", "Đã trả lời bằng văn bản", by="GS01")
    assert kn_hall.escalate_complaints(day + timedelta(days=30)) == []


def test_the_escalated_list_holds_the_open_ones_moved_up_whatever_day(kn_hall: Hall) -> None:
    h = kn_hall
    early = h.open_complaint("note", "NV04", text="a")["number"]  # Fri 4, due Tue 8
    closed = h.open_complaint("note", "NV06", text="c")["number"]
    assert len(h.escalate_complaints(datetime(2026, 12, 9).date())) == 2  # Wed 9
    h.close_complaint(closed, "resolved", "Đã trả lời", by="GS01")
    later = h.open_complaint("note", "NV05", text="b")["number"]  # still its owner's
    assert [k["number"] for k in h.complaints(escalated=True)] == [early]
    assert [k["number"] for k in h.complaints(open_only=False, escalated=True)] == \
        [early, closed]
    assert [k["number"] for k in h.complaints()] == [early, later]


def test_the_causes_are_set_up(kn_hall: Hall) -> None:
    causes = kn_hall.complaint_causes()
    assert [c["key"] for c in causes][:3] == ["waiting_time", "staff_attitude",
                                              "wrong_information"]
    assert causes[0]["name"]["zh_CN"] == "等候时间"
    with pytest.raises(InvalidInput):
        kn_hall.set_complaint_causes({"causes": [{"key": "a", "name": {"vi": "A"}},
                                                 {"key": "a", "name": {"vi": "B"}}]})
    kn_hall.set_complaint_causes({"causes": [{"key": "noise", "name": {"vi": "Ồn ào"}}]},
                                 by="GS01")
    assert kn_hall.complaint_causes() == [{"key": "noise", "name": {"vi": "Ồn ào"}}]
    tid = served(kn_hall, 5, "NV05")
    kn_hall.rate(tid, "unsatisfied", ["staff_attitude"], 5)  # its cause is not listed now
    assert kn_hall.complaints()[0]["cause"] == ""


def test_the_words_are_erased_after_closing_and_the_retention(kn_hall: Hall) -> None:
    kn_hall.set_messaging({"retention_days": 2})
    a = kn_hall.customer_complaint(WORDS, ticket_id=served(kn_hall))["number"]
    b = kn_hall.customer_complaint("Còn mở", ticket_id=served(kn_hall))["number"]
    kn_hall.close_complaint(a, "resolved", "Đã giải thích cho khách", by="GS01")
    kn_hall.clock = FixedClock(datetime(2026, 12, 6, 8, 59, tzinfo=VN))
    assert kn_hall.erase_personal_data()["complaints"] == 0  # not yet two days
    kn_hall.clock = FixedClock(datetime(2026, 12, 6, 9, 1, tzinfo=VN))
    assert kn_hall.erase_personal_data()["complaints"] == 1
    gone = kn_hall.complaint_detail(a)
    assert (gone["text"], gone["closing_text"], gone["outcome"], gone["owner"]) == (
        "", "", "resolved", "NV04")
    assert kn_hall.complaint_detail(b)["text"] == "Còn mở"  # open: kept
