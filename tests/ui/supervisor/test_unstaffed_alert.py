"""The supervisor hears at once of customers waiting for a service no open counter serves."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402

WAIT = 8000


def test_a_ticket_for_a_service_no_open_counter_serves(qtbot, hub, signed_in):
    window = signed_in("vi")
    hub.hall.login("NV01", "1111", 1)  # counter 1 serves A and E: the hall is working
    t, _ = hub.hall.issue("D")  # only counter 6 serves D, and it is closed
    alert_id = f"unstaffed:D:{t.day.isoformat()}:D001"
    qtbot.waitUntil(lambda: alert_id in window.alerts.rows, timeout=WAIT)
    assert window.alerts.rows[alert_id].text.text() == (
        "D Sự cố, khiếu nại: 1 người chờ nhưng không quầy nào đang mở phục vụ dịch vụ này")
    assert window.sound.played == ["chime"]
    # The D clerk opens counter 6 and the supervisor clears the alert: it stays cleared.
    hub.hall.login("NV06", "6666", 6)
    qtbot.mouseClick(window.alerts.rows[alert_id].button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: alert_id not in window.alerts.rows, timeout=WAIT)
    window.on_tick()
    assert alert_id not in window.alerts.rows
