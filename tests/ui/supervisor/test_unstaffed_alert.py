"""The supervisor hears at once of customers waiting for a service no open counter serves."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402

from hallq.hall.clock import FixedClock  # noqa: E402

WAIT = 8000
VN = ZoneInfo("Asia/Ho_Chi_Minh")  # the sample hall's time zone


def test_a_ticket_for_a_service_no_open_counter_serves(qtbot, hub, signed_in):
    window = signed_in("vi")
    # 14:30 in the hall: after the day's last opening (13:30), so no "opens at" to show
    t0 = datetime.combine(datetime.now(VN).date(), time(14, 30), tzinfo=VN)
    hub.hall.clock = FixedClock(t0)
    window.now = window.live.now = lambda: t0
    hub.hall.login("NV01", "1111", 1)  # counter 1 serves A and E: the hall is working
    t, _ = hub.hall.issue("D")  # only counter 6 serves D, and it is closed
    alert_id = f"unstaffed:D:{t.day.isoformat()}:D001"
    qtbot.waitUntil(lambda: alert_id in window.alerts.rows, timeout=WAIT)
    assert window.alerts.rows[alert_id].text.text() == (
        "D Sự cố, khiếu nại: 1 người chờ nhưng không quầy nào đang mở phục vụ dịch vụ này")
    assert window.sound.played == ["chime"]
    table = window.live.services  # and its estimated wait says why there is none
    d_row = next(i for i in range(table.rowCount()) if table.item(i, 0).text().startswith("D"))
    qtbot.waitUntil(lambda: table.item(d_row, 3).text() == "không có quầy mở", timeout=WAIT)
    # The D clerk opens counter 6 and the supervisor clears the alert: it stays cleared.
    hub.hall.login("NV06", "6666", 6)
    qtbot.waitUntil(lambda: table.item(d_row, 3).text() != "không có quầy mở", timeout=WAIT)
    qtbot.mouseClick(window.alerts.rows[alert_id].button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: alert_id not in window.alerts.rows, timeout=WAIT)
    window.on_tick()
    assert alert_id not in window.alerts.rows
