"""The counter shows the clerk's own open cases and complaints: the count on a button (with
how many are overdue), the list it opens with the overdue ones in red; a complaint noted at
the counter or given to the clerk shows up at once; another clerk's never."""

from __future__ import annotations

from datetime import timedelta

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from ui.aftercare_words import LATE  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.counter.window import create_window  # noqa: E402

WAIT = 8000


def served(hall, counter: int, staff: str) -> int:
    if hall.state.counter_status(counter).state.value != "open":
        hall.open_counter(counter, staff)
    t, _ = hall.issue("B")
    hall.call_next(counter)
    hall.finish(counter)
    return t.id


def items(w) -> list[str]:
    return [w.own.list.item(i).text() for i in range(w.own.list.count())]


def test_the_clerks_own_open_cases_and_complaints(qtbot, hub) -> None:
    hall = hub.hall
    hall.set_case_type({"service": "B", "name": {"en": "New connection"},
                        "due_working_days": 5})
    case = hall.open_case(served(hall, 5, "NV05"), "NV04")[0]  # NV04 owns it
    late = hall.open_complaint("note", "NV04", "billing", text="Hóa đơn sai")["number"]
    hall.m.Complaint.update(due=hall.today() - timedelta(days=1)).where(
        hall.m.Complaint.number == late).execute()
    hall.open_complaint("note", "NV05", text="Không phải của NV04")  # another clerk's
    client = HallClient(hub.url, hub.token("counter", 4))
    s = hsettings.defaults()
    s.values["device"]["language"] = "en"
    w = create_window(client, s, 4)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(client.stateReset, timeout=WAIT):
        client.start()
    qtbot.waitUntil(lambda: client.connected, timeout=WAIT)
    qtbot.keyClicks(w.login_page.code, "NV04")
    qtbot.keyClicks(w.login_page.pin, "4444")
    qtbot.mouseClick(w.login_page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.work, timeout=WAIT)
    qtbot.waitUntil(lambda: w.own.button.text() ==
                    "My open cases and complaints: 2 — 1 overdue", timeout=WAIT)
    assert not w.own.list.isVisible()
    qtbot.mouseClick(w.own.button, Qt.MouseButton.LeftButton)
    assert w.own.list.isVisible()
    due = hall.complaint(late).due
    case_due = hall.case(case["number"]).due
    assert items(w) == [
        f"Case {case['number']}: New connection, Received, due {case_due:%d/%m/%Y}",
        f"Complaint {late}: Counter note, due {due:%d/%m/%Y} — overdue"]
    assert w.own.list.item(1).foreground().color() == LATE
    assert w.own.list.item(0).foreground().color() != LATE
    # A complaint given to this clerk by the supervisor appears at once (its event).
    given = hall.open_complaint("note", "NV06", text="x")["number"]
    hall.assign_complaint(given, "NV04", by="GS01")
    qtbot.waitUntil(lambda: w.own.button.text() ==
                    "My open cases and complaints: 3 — 1 overdue", timeout=WAIT)
    # Closed: it leaves the list.
    hall.close_complaint(late, "resolved", "Đã điều chỉnh hóa đơn", by="NV04")
    qtbot.waitUntil(lambda: w.own.button.text() == "My open cases and complaints: 2",
                    timeout=WAIT)
    assert not any("overdue" in t for t in items(w))
    client.stop()
