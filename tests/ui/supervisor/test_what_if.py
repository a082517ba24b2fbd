"""The supervisor's "what if": today's customers replayed with other counters per hour."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.supervisor.alerts import AlertSound  # noqa: E402
from ui.supervisor.window import SupervisorWindow  # noqa: E402


@pytest.fixture
def page(qtbot, hub):
    hub.hall.login("NV01", "1111", 1)
    for _ in range(3):
        hub.hall.issue("A")
    hub.hall.call_next(1)
    hub.hall.finish(1)
    s = hsettings.defaults()
    s.values["device"].update(fullscreen=False, language="en")
    client = HallClient(hub.url, hub.token("supervisor"))
    w = SupervisorWindow(client, s, sound=AlertSound(enabled=False))
    qtbot.addWidget(w)
    with qtbot.waitSignal(client.connectedChanged, timeout=5000):
        client.start()
    w.show()
    qtbot.keyClicks(w.login_page.code, "GS01")
    qtbot.keyClicks(w.login_page.pin, "9999")
    qtbot.mouseClick(w.login_page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.main_page, timeout=5000)
    qtbot.waitUntil(lambda: len(client.tickets) == 3, timeout=5000)
    assert w.tabs.tabText(2) == "What if"
    w.tabs.setCurrentWidget(w.what_if)
    yield w.what_if
    client.stop()


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
