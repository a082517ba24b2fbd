"""HallClient against a real hub: snapshot, live events, fail-fast offline, resume."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from ui.client import HallClient  # noqa: E402


def _client(qtbot, hub, role="display", counter=None) -> HallClient:
    c = HallClient(hub.url, hub.token(role, counter))
    with qtbot.waitSignal(c.connectedChanged, timeout=5000):
        c.start()
    _ALIVE.append(c)  # deleted by Qt at teardown, never by Python's collector mid-event
    return c


_ALIVE: list[HallClient] = []


@pytest.fixture(autouse=True)
def _delete_clients(qtbot):
    yield
    while _ALIVE:
        c = _ALIVE.pop()
        c.stop()
        c.deleteLater()
    qtbot.wait(50)


def test_events_arrive_and_update_the_model(qtbot, hub):
    c = _client(qtbot, hub)
    assert c.snapshot["hall"]["code"] == "HCM-Q3"
    with qtbot.waitSignal(c.eventReceived, timeout=3000,
                          check_params_cb=lambda ev: ev["type"] == "ticket_issued"):
        hub.hall.issue("A", language="zh_CN")
    assert [t["number"] for t in c.waiting()] == ["A001"]
    # the per-service summary follows the events within a quarter of a second
    qtbot.waitUntil(lambda: c.summary["A"]["waiting"] == 1, timeout=3000)
    c.stop()


def test_commands_fail_fast_while_the_hub_is_away(qtbot, hub):
    c = _client(qtbot, hub, "kiosk")
    got = []
    with qtbot.waitSignal(c.connectedChanged, timeout=5000):
        hub.server.stop()
    assert c.connected is False
    c.issue("A", callback=lambda ok, data: got.append((ok, data)))
    qtbot.waitUntil(lambda: bool(got), timeout=1000)
    assert got[0][0] is False and got[0][1]["code"] == "hub_unreachable"
    assert hub.hall.state.tickets == {}
    c.stop()


def test_reconnects_and_resumes_after_a_restart(qtbot, hub):
    c = _client(qtbot, hub)
    hub.hall.issue("A")
    qtbot.waitUntil(lambda: len(c.waiting()) == 1, timeout=3000)
    with qtbot.waitSignal(c.connectedChanged, timeout=5000):
        hub.server.stop()
    # While the window was cut off the hall went on (another process could write the file).
    hub.hall.issue("B")
    hub.hall.issue("A")
    seen = []
    c.eventReceived.connect(lambda ev: seen.append(ev["seq"]))
    with qtbot.waitSignal(c.connectedChanged, timeout=10000):
        hub.restart()
    qtbot.waitUntil(lambda: len(c.waiting()) == 3 and len(seen) == 2, timeout=5000)
    assert sorted(t["number"] for t in c.waiting()) == ["A001", "A002", "B001"]
    assert seen == sorted(seen) and len(seen) == len(set(seen)) == 2
    c.stop()


def test_a_command_round_trip_with_a_logged_in_clerk(qtbot, hub):
    c = _client(qtbot, hub, "counter", 2)
    hub.hall.issue("A")
    replies = []
    c.login("NV01", "1111", 2, lambda ok, d: replies.append((ok, d)))
    qtbot.waitUntil(lambda: bool(replies), timeout=3000)
    assert replies[0][0], replies
    c.counter_action(2, "call-next", callback=lambda ok, d: replies.append((ok, d)))
    qtbot.waitUntil(lambda: len(replies) == 2, timeout=3000)
    assert replies[1][1]["result"]["number"] == "A001"
    c.login("NV01", "0000", 2, lambda ok, d: replies.append((ok, d)))
    qtbot.waitUntil(lambda: len(replies) == 3, timeout=3000)
    assert replies[2] == (False, {"code": "bad_login", "message": "Wrong staff code or PIN."})
    c.stop()


def test_a_transfer_shows_the_new_waiting_leg(qtbot, hub):
    c = _client(qtbot, hub)
    hub.hall.login("NV06", "6666", 6)
    d, _ = hub.hall.issue("D")
    hub.hall.call_next(6)
    hub.hall.start_serving(6)
    leg, _ = hub.hall.transfer(6, to_service="C")
    qtbot.waitUntil(lambda: leg.id in c.tickets, timeout=3000)
    assert c.tickets[leg.id]["state"] == "waiting" and c.tickets[leg.id]["service"] == "C"
    assert c.tickets[d.id]["state"] == "transferred"
    c.stop()
