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


def _answer(qtbot, call):
    """Run `call(callback)` and wait for the one answer it gets."""
    got = []
    call(lambda *answer: got.append(answer))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    return got[0]


def test_typed_commands_of_a_clerk_and_a_supervisor(qtbot, hub):
    clerk = _client(qtbot, hub, "counter", 2)
    hub.hall.issue("A")
    assert _answer(qtbot, lambda cb: clerk.login("NV01", "1111", 2, cb))[0]
    ok, called = _answer(qtbot, lambda cb: clerk.call_next(2, cb))
    assert ok and called["result"]["number"] == "A001"
    assert _answer(qtbot, lambda cb: clerk.start_serving(2, cb))[1]["result"]["state"] \
        == "serving"
    ok, note = _answer(qtbot, lambda cb: clerk.add_note(
        called["result"]["id"], kind="complaint", category="billing", text="bill too high",
        follow_up=True, callback=cb))
    assert ok and note["note"]["follow_up"]
    assert _answer(qtbot, lambda cb: clerk.finish(2, cb))[1]["result"]["state"] == "done"
    ok, day = _answer(qtbot, lambda cb: clerk.staff_day("NV01", cb))
    assert ok and day["served"] == 1
    assert _answer(qtbot, lambda cb: clerk.pause(2, "Lunch", cb))[1]["result"]["state"] \
        == "paused"
    assert _answer(qtbot, lambda cb: clerk.resume(2, cb))[1]["result"]["state"] == "open"

    boss = _client(qtbot, hub, "supervisor")
    assert _answer(qtbot, lambda cb: boss.login("GS01", "9999", None, cb))[0]
    ok, notes = _answer(qtbot, lambda cb: boss.notes(cb))
    assert ok and [n["text"] for n in notes["notes"]] == ["bill too high"]
    assert _answer(qtbot, lambda cb: boss.resolve_note(notes["notes"][0]["id"], cb))[0]
    assert _answer(qtbot, lambda cb: boss.notes(cb))[1]["notes"] == []
    ok, paired = _answer(qtbot, lambda cb: boss.add_device("display", None, "TV 2", cb))
    assert ok and paired["token"]
    ok, listed = _answer(qtbot, boss.devices)
    tv = next(d for d in listed["devices"] if d["name"] == "TV 2")
    assert _answer(qtbot, lambda cb: boss.revoke_device(tv["id"], cb))[0]
    ok, error = _answer(qtbot, lambda cb: boss.put_counter({"number": 3, "name": "Quầy 3",
                                                            "services": []}, cb))
    assert not ok and error["code"] == "no_service"  # the hub's code, for error_text
    ok, pdf = _answer(qtbot, lambda cb: boss.report_pdf("2026-11-23", cb))
    assert ok and pdf.startswith(b"%PDF")


def test_check_device_names_a_refused_token(qtbot, hub):
    good = HallClient(hub.url, hub.token("display"))
    revoked = HallClient(hub.url, "not-a-token")
    _ALIVE.extend([good, revoked])
    assert _answer(qtbot, good.check_device) == (None,)
    assert _answer(qtbot, revoked.check_device) == ("unauthorized",)


def test_the_report_fails_at_once_while_the_hub_is_away(qtbot, hub):
    c = HallClient(hub.url, hub.token("supervisor"))
    _ALIVE.append(c)
    got = []
    c.report_pdf("2026-11-23", lambda ok, data: got.append((ok, data)))
    assert got == [(False, {"code": "hub_unreachable", "message": "hub unreachable"})]


def test_a_body_the_wire_model_refuses_is_never_sent(qtbot, hub):
    """The client encodes bodies through hallq.wire's models, the ones the hub validates
    with: a two-letter service fails at once with the hub's own code, and no ticket exists."""
    c = _client(qtbot, hub, "kiosk")
    seq = hub.hall.last_seq()
    ok, data = _answer(qtbot, lambda cb: c.issue("AB", callback=cb))
    assert (ok, data["code"]) == (False, "malformed")
    assert data["message"].startswith("Malformed request: service:")
    assert hub.hall.last_seq() == seq  # nothing happened at the hub
    ok, data = _answer(qtbot, lambda cb: c.issue("A", callback=cb))
    assert ok and data["ticket"]["number"].startswith("A")
