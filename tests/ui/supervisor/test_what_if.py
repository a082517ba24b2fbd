"""The supervisor's "what if": today's customers replayed with other counters per hour."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402


@pytest.fixture
def page(qtbot, hub, signed_in):
    hub.hall.login("NV01", "1111", 1)
    for _ in range(3):
        hub.hall.issue("A")
    hub.hall.call_next(1)
    hub.hall.finish(1)
    w = signed_in()
    qtbot.waitUntil(lambda: len(w.client.tickets) == 3, timeout=5000)
    assert w.tabs.tabText(2) == "What if"
    w.tabs.setCurrentWidget(w.what_if)
    return w.what_if


def _row(page, hour: int) -> list[str]:
    r = list(page.spins).index(hour)
    return [page.table.item(r, c).text() for c in (0, 2, 3, 4)]


def test_it_starts_from_today_s_counters_and_replays_them(qtbot, page):
    hour = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).hour
    assert page.spins[hour].value() == 1  # counter 1 called a customer this hour
    assert sum(s.value() for s in page.spins.values()) == 1
    qtbot.mouseClick(page.replay_button, Qt.MouseButton.LeftButton)
    row = _row(page, hour)
    assert row[0] == f"{hour:02d}:00" and row[1] == "3" and row[3] == "100%"
    assert page.summary.text() == ("Replayed: 100% of 3 customers within their target wait, "
                                   "0 not served before the end of the day.")


def test_with_no_counter_open_nobody_is_served(qtbot, page):
    for spin in page.spins.values():
        spin.setValue(0)
    qtbot.mouseClick(page.replay_button, Qt.MouseButton.LeftButton)
    assert page.summary.text() == ("Replayed: 0% of 3 customers within their target wait, "
                                   "3 not served before the end of the day.")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert sum(s.value() for s in page.spins.values()) == 1 and page.summary.text() == ""
