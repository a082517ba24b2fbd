"""The supervisor lifts a clerk's PIN lock-out from the staff set-up, against a real hub."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402

WAIT = 5000


@pytest.fixture(params=["en"])
def staff_page(request, signed_in):
    """The supervisor window in the parameter's language, GS01 logged in, on the staff set-up page."""
    w = signed_in(request.param, size=(1280, 800))
    w.tabs.setCurrentWidget(w.setup)
    w.setup.setCurrentWidget(w.setup.staff)
    return w, w.setup.staff


def _counter_login(hub, pin: str) -> httpx.Response:
    return httpx.post(f"{hub.url}/api/staff/login",
                      headers={"Authorization": f"Bearer {hub.token('counter', 1)}"},
                      json={"code": "NV01", "pin": pin, "counter": 1})


def _choose(qtbot, page, code: str) -> None:
    """Click the staff member's row in the list, as the supervisor does."""
    table = page.table
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=WAIT)
    row = next(i for i in range(table.rowCount()) if table.item(i, 0).text() == code)
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.code.text() == code, timeout=WAIT)


@pytest.mark.parametrize("staff_page", ["vi"], indirect=True)
def test_a_locked_out_clerk_is_let_in_again_from_the_staff_page(qtbot, hub, tmp_path,
                                                               staff_page):
    w, page = staff_page
    for _ in range(hub.hall.info.pin_max_failures):
        r = _counter_login(hub, "0000")
    assert (r.status_code, r.json()["error"]["code"]) == (423, "staff_locked")
    r = _counter_login(hub, "1111")  # the right PIN: still locked out
    assert (r.status_code, r.json()["error"]["code"]) == (423, "staff_locked")

    assert not page.unlock_button.isEnabled()  # a blank form: nobody chosen yet
    assert page.unlock_button.text() == "Gỡ khóa đăng nhập"
    _choose(qtbot, page, "NV01")
    assert page.unlock_button.isEnabled()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() == "Đã gỡ khóa đăng nhập cho NV01.",
                    timeout=WAIT)
    assert page.status.objectName() == "okText"
    assert page.status.textFormat() == Qt.TextFormat.PlainText

    r = _counter_login(hub, "1111")
    assert r.status_code == 200, r.text
    assert r.json()["staff"]["code"] == "NV01"
    lifted = [e for e in hub.hall.events_since(0, 5000) if e["type"] == "staff_unlocked"]
    assert len(lifted) == 1
    counter_device = next(d["id"] for d in hub.hall.list_devices()
                          if d["role"] == "counter" and d["counter"] == 1)
    assert lifted[0]["data"] == {"code": "NV01", "by": "GS01", "devices": [counter_device]}

    out = Path(os.environ.get("HALLQ_SHOTS") or tmp_path)
    path = out / "lift.png"
    assert w.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_a_staff_member_who_is_not_locked_out_is_said_so(qtbot, hub, staff_page):
    _, page = staff_page
    _choose(qtbot, page, "NV02")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() == "NV02 was not locked out.", timeout=WAIT)
    assert [e["data"]["code"] for e in hub.hall.events_since(0, 5000)
            if e["type"] == "staff_unlocked"] == ["NV02"]

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)  # a new member: no one
    assert not page.unlock_button.isEnabled()
    page.on_unlock()  # even if asked: nothing is sent
    assert page.status.text() == "Choose a staff member in the list first."
    assert page.status.objectName() == "errorText"


def test_a_refused_lift_shows_the_hubs_reason(qtbot, hub, staff_page):
    _, page = staff_page
    _choose(qtbot, page, "NV01")
    page.client.stop()  # the hub away: the error, translated, and nothing changes
    qtbot.waitUntil(lambda: not page.client.connected, timeout=WAIT)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() ==
                    "Cannot reach the hall server. Please wait or call staff.", timeout=WAIT)
    assert page.status.objectName() == "errorText"
    assert not any(e["type"] == "staff_unlocked" for e in hub.hall.events_since(0, 5000))
