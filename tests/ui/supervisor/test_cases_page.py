"""The supervisor's "Cases and complaints" page against a real hub: both lists with overdue
ones in red; the real buttons reassign a case and a complaint, move a case's status (refusing
needs a reason, said in words), set a complaint's cause and close it (outcome and text)."""

from __future__ import annotations

from datetime import timedelta

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402

from ui.aftercare_words import LATE  # noqa: E402

WAIT = 8000
CLICK = Qt.MouseButton.LeftButton


def served(hall, counter: int, staff: str) -> int:
    if hall.state.counter_status(counter).state.value != "open":
        hall.open_counter(counter, staff)
    t, _ = hall.issue("B")
    hall.call_next(counter)
    hall.finish(counter)
    return t.id


@pytest.fixture
def page(qtbot, hub, signed_in):
    hall = hub.hall
    case = hall.open_case(served(hall, 4, "NV04"), "NV04")[0]["number"]
    late = hall.customer_complaint("Chờ 40 phút không ai hướng dẫn",
                                   ticket_id=served(hall, 5, "NV05"))["number"]
    fresh = hall.open_complaint("note", "NV04", "billing", text="Hóa đơn tháng 11 sai")
    hall.m.Complaint.update(due=hall.today() - timedelta(days=1)).where(
        hall.m.Complaint.number == late).execute()
    w = signed_in()
    assert w.tabs.tabText(w.tabs.indexOf(w.cases_page)) == "Cases and complaints"
    w.tabs.setCurrentWidget(w.cases_page)
    p = w.cases_page
    qtbot.waitUntil(lambda: len(rows(p.complaints)) == 2 and len(rows(p.cases)) == 1,
                    timeout=WAIT)
    p.numbers = {"case": case, "late": late, "fresh": fresh["number"]}
    return p


def rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]


def pick(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_lists_with_overdue_in_red_and_the_customers_words(qtbot, hub, page) -> None:
    n = page.numbers
    due = hub.hall.complaint(n["fresh"]).due
    late_due = hub.hall.complaint(n["late"]).due
    assert rows(page.complaints) == [
        [n["late"], "Customer's page", "Not set", "Hoàng Văn Minh", "Owner",
         f"{late_due:%d/%m/%Y} — overdue"],
        [n["fresh"], "Counter note", "Bill and price", "Phạm Thị Hoa", "Owner",
         f"{due:%d/%m/%Y}"]]
    assert page.complaints.item(0, 5).foreground().color() == LATE
    assert page.complaints.item(1, 5).foreground().color() != LATE
    c = rows(page.cases)[0]
    assert (c[0], c[2], c[3]) == (n["case"], "Phạm Thị Hoa", "Received")
    page.complaints.selectRow(0)
    assert page.words.text() == "Customer's words: Chờ 40 phút không ai hướng dẫn"
    assert not page.kn_close.isEnabled()  # no closing text yet
    # One owner's only
    pick(page.owner_filter, "NV04")
    page.owner_filter.activated.emit(page.owner_filter.currentIndex())
    qtbot.waitUntil(lambda: [r[0] for r in rows(page.complaints)] == [n["fresh"]],
                    timeout=WAIT)


def test_the_real_buttons_assign_set_cause_close_and_move_a_case(qtbot, hub, page) -> None:
    n, hall = page.numbers, hub.hall
    page.complaints.selectRow(0)  # the overdue one
    pick(page.kn_owner, "NV06")
    qtbot.mouseClick(page.kn_assign, CLICK)
    qtbot.waitUntil(lambda: hall.complaint(n["late"]).owner == "NV06", timeout=WAIT)
    qtbot.waitUntil(lambda: page.status.text() ==
                    f"Complaint {n['late']} now belongs to Võ Thị Lan.", timeout=WAIT)
    qtbot.waitUntil(lambda: rows(page.complaints)[0][3] == "Võ Thị Lan", timeout=WAIT)
    page.complaints.selectRow(0)
    pick(page.kn_cause, "waiting_time")
    qtbot.mouseClick(page.kn_set_cause, CLICK)
    qtbot.waitUntil(lambda: hall.complaint(n["late"]).cause == "waiting_time", timeout=WAIT)
    qtbot.waitUntil(lambda: rows(page.complaints)[0][2] == "Waiting time", timeout=WAIT)
    page.complaints.selectRow(0)
    pick(page.kn_outcome, "partly_resolved")
    page.kn_text.setText("Đã gọi điện xin lỗi, hướng dẫn lại thủ tục")
    assert page.kn_close.isEnabled()
    qtbot.mouseClick(page.kn_close, CLICK)
    qtbot.waitUntil(lambda: not hall.complaint(n["late"]).open, timeout=WAIT)
    closed = hall.complaint(n["late"])
    assert (closed.outcome.value, closed.closing_text) == (
        "partly_resolved", "Đã gọi điện xin lỗi, hướng dẫn lại thủ tục")
    qtbot.waitUntil(lambda: [r[0] for r in rows(page.complaints)] == [n["fresh"]],
                    timeout=WAIT)  # open only: the closed one leaves the list
    # Cases: reassign, then refusing without a reason is said in words and changes nothing.
    page.cases.selectRow(0)
    pick(page.case_owner, "NV05")
    qtbot.mouseClick(page.case_assign, CLICK)
    qtbot.waitUntil(lambda: hall.case(n["case"]).owner == "NV05", timeout=WAIT)
    qtbot.waitUntil(lambda: rows(page.cases)[0][2] == "Hoàng Văn Minh", timeout=WAIT)
    page.cases.selectRow(0)
    pick(page.case_status, "refused")
    qtbot.mouseClick(page.case_set, CLICK)
    qtbot.waitUntil(lambda: page.status.text() != "" and "now belongs" not in
                    page.status.text(), timeout=WAIT)
    assert "reason" in page.status.text().lower()
    assert hall.case(n["case"]).status.value == "received"
    pick(page.case_status, "in_progress")
    qtbot.mouseClick(page.case_set, CLICK)
    qtbot.waitUntil(lambda: hall.case(n["case"]).status.value == "in_progress", timeout=WAIT)
    qtbot.waitUntil(lambda: rows(page.cases)[0][3] == "In progress", timeout=WAIT)


def test_an_overdue_complaint_raises_the_supervisors_alert(qtbot, hub, page) -> None:
    n, hall = page.numbers, hub.hall
    window = page.window()
    (moved,) = hall.escalate_complaints(hall.today())  # what the hub does every 5 minutes
    assert moved["number"] == n["late"]
    due = hall.complaint(n["late"]).due
    want = f"Complaint {n['late']} (Hoàng Văn Minh) is overdue: it was due {due:%d/%m/%Y}"
    qtbot.waitUntil(lambda: any(r.text.text() == want for r in window.alerts.rows.values()),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: rows(page.complaints)[0][4] == "Supervisor", timeout=WAIT)
