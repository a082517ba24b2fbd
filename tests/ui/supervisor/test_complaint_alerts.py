"""The supervisor's alerts list every complaint that is overdue and moved up to the supervisor
or head office, also those moved up on earlier days or while the window was away: each once,
beside the live ones, and not one acknowledged today."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402

from hallq.domain.cases import add_working_days  # noqa: E402

WAIT = 8000
NAMES = {"NV04": "Phạm Thị Hoa", "NV05": "Hoàng Văn Minh", "NV06": "Võ Thị Lan"}


def complaint(hall, owner: str, days_late: int) -> str:
    """An open complaint due `days_late` days ago (negative: not due yet)."""
    number = hall.open_complaint("note", owner, text="Hóa đơn sai")["number"]
    hall.m.Complaint.update(due=hall.today() - timedelta(days=days_late)).where(
        hall.m.Complaint.number == number).execute()
    return number


def moved_back(hall, days: int) -> None:
    """Every escalation so far happened `days` days ago (the hub moved them up then)."""
    m = hall.m
    for e in m.Event.select().where(m.Event.type == "complaint_escalated"):
        m.Event.update(day=e.day - timedelta(days=days), ts=e.ts - timedelta(days=days)).where(
            m.Event.seq == e.seq).execute()


def overdue_text(hall, number: str) -> str:
    k = hall.complaint(number)
    return (f"Complaint {number} ({NAMES[k.owner]}) is overdue: it was due "
            f"{k.due:%d/%m/%Y}")


def head_office_text(hall, number: str) -> str:
    k = hall.complaint(number)
    return f"Complaint {number} ({NAMES[k.owner]}) is still unanswered: it went to head office"


def alert_texts(w) -> list[str]:
    return sorted(r.text.text() for r in w.alerts.rows.values())


def test_complaints_moved_up_on_earlier_days_are_listed_at_start(qtbot, hub, signed_in):
    hall = hub.hall
    old = complaint(hall, "NV05", 3)  # the supervisor's since three days ago
    far = complaint(hall, "NV04", 20)  # head office's
    acked = complaint(hall, "NV06", 4)  # seen and acknowledged this morning
    closed = complaint(hall, "NV06", 5)  # answered since
    hall.escalate_complaints(hall.today())
    moved_back(hall, 2)
    hall.close_complaint(closed, "resolved", "Đã điều chỉnh hóa đơn", by="NV06")
    level = hall.complaint(acked).level
    hall.acknowledge_alert(f"complaint:{acked}:{level}", "complaint_overdue", "x", "GS01")
    today = complaint(hall, "NV04", 1)  # moved up today: in today's record too
    complaint(hall, "NV05", -1)  # not due yet
    hall.escalate_complaints(hall.today())
    assert hall.complaint(far).level == 2
    w = signed_in()
    want = sorted([overdue_text(hall, old), head_office_text(hall, far),
                   overdue_text(hall, today)])
    qtbot.waitUntil(lambda: alert_texts(w) == want, timeout=WAIT)
    assert w.tabs.tabText(0) == "Live view — 3 alerts"
    # Today's on top, as it would be had the window been open; the older ones under it,
    # each with the day it moved up (not the time of this listing).
    assert w.alerts.list_layout.itemAt(0).widget().text.text() == overdue_text(hall, today)
    rows = w.alerts.rows
    assert rows[f"complaint:{old}:1"].time.text() == f"{hall.today() - timedelta(days=2):%d/%m}"
    k = hall.complaint(far)  # due 20 days ago: head office's 2 working days later
    assert rows[f"complaint:{far}:2"].time.text() == (
        f"{add_working_days(hall.info, k.due, 2) + timedelta(days=1):%d/%m}")
    assert re.fullmatch(r"\d\d:\d\d", rows[f"complaint:{today}:1"].time.text())
    # A restart lists them again, once each; what is acknowledged stays away.
    qtbot.mouseClick(w.alerts.rows[f"complaint:{old}:1"].button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(w.alerts.rows) == 2, timeout=WAIT)
    w.client.stop()
    again = signed_in()
    want.remove(overdue_text(hall, old))
    qtbot.waitUntil(lambda: alert_texts(again) == want, timeout=WAIT)
    qtbot.wait(300)  # the day's record and the list have both answered by now
    assert alert_texts(again) == want


def test_a_reconnect_lists_what_moved_up_meanwhile_once(qtbot, hub, signed_in):
    hall = hub.hall
    old = complaint(hall, "NV05", 3)
    hall.escalate_complaints(hall.today())
    moved_back(hall, 1)
    w = signed_in()
    qtbot.waitUntil(lambda: alert_texts(w) == [overdue_text(hall, old)], timeout=WAIT)
    with qtbot.waitSignal(w.client.connectedChanged, timeout=10000):
        hub.server.stop()
    # While the window was away the hall's database came back from head office with a
    # complaint already moved up (no event of it reaches the window).
    meanwhile = complaint(hall, "NV04", 2)
    hall.m.Complaint.update(level=1).where(hall.m.Complaint.number == meanwhile).execute()
    with qtbot.waitSignal(w.client.connectedChanged, timeout=15000):
        hub.restart()
    want = sorted([overdue_text(hall, old), overdue_text(hub.hall, meanwhile)])
    qtbot.waitUntil(lambda: alert_texts(w) == want, timeout=WAIT)
    qtbot.wait(300)
    assert alert_texts(w) == want and len(w.alerts.rows) == 2
