"""The counter window against a real hub: real buttons, real shortcuts, what the hub recorded."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from hallq.domain import queue  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.counter.logic import CounterView, allowed, clock_text  # noqa: E402
from ui.counter.window import CounterWindow, create_window  # noqa: E402
from ui.errors import error_text  # noqa: E402

WAIT = 5000


def open_window(qtbot, hub, counter: int, lang: str = "en") -> CounterWindow:
    client = HallClient(hub.url, hub.token("counter", counter))
    s = hsettings.defaults()
    s.values["device"]["language"] = lang
    w = create_window(client, s, counter)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(client.stateReset, timeout=WAIT):
        client.start()
    qtbot.waitUntil(lambda: client.connected, timeout=WAIT)
    w._test_client = client
    return w


@pytest.fixture
def windows(qtbot, hub):
    made: list[CounterWindow] = []

    def make(counter: int, lang: str = "en") -> CounterWindow:
        w = open_window(qtbot, hub, counter, lang)
        made.append(w)
        return w
    yield make
    for w in made:
        w.client.stop()


def login(qtbot, w: CounterWindow, code: str, pin: str) -> None:
    w.login_page.code.clear()
    qtbot.keyClicks(w.login_page.code, code)
    qtbot.keyClicks(w.login_page.pin, pin)
    qtbot.mouseClick(w.login_page.button, Qt.MouseButton.LeftButton)


def logged_in(qtbot, w: CounterWindow, code: str = "NV01", pin: str = "1111") -> None:
    login(qtbot, w, code, pin)
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.work and w.pending is None,
                    timeout=WAIT)


def click(qtbot, w: CounterWindow, name: str) -> None:
    b = w.work.buttons[name]
    assert b.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)


def press(qtbot, w: CounterWindow, key: Qt.Key) -> None:
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(w, key)


def settled(qtbot, w: CounterWindow) -> None:
    """The command's reply and the hub's own event have both reached the window."""
    qtbot.waitUntil(lambda: w.pending is None, timeout=WAIT)


def hub_ticket(hub, number: str, leg: int = 1):
    return next(t for t in hub.hall.state.tickets.values()
                if t.number == number and t.leg == leg)


def accept(qtbot, w: CounterWindow) -> None:
    qtbot.waitUntil(lambda: w.dialog is not None, timeout=WAIT)
    d = w.dialog
    assert d.ok_button.isEnabled()
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)


# ---------------------------------------------------------------------- login


def test_wrong_pin_then_locked_then_nothing_opened(qtbot, hub, windows):
    w = windows(1)
    assert w.pages.currentWidget() is w.login_page
    login(qtbot, w, "NV01", "0000")
    qtbot.waitUntil(lambda: w.login_page.error.text() == "Wrong staff code or PIN.",
                    timeout=WAIT)
    for _ in range(hub.hall.info.pin_max_failures - 1):
        qtbot.waitUntil(lambda: w.pending is None and w.login_page.button.isEnabled() is False,
                        timeout=WAIT)  # the PIN field was cleared for the next try
        login(qtbot, w, "NV01", "0000")
    qtbot.waitUntil(lambda: "Too many wrong PINs" in w.login_page.error.text(), timeout=WAIT)
    login(qtbot, w, "NV01", "1111")  # the right PIN, but locked for a while
    qtbot.waitUntil(lambda: w.pending is None, timeout=WAIT)
    qtbot.wait(100)
    assert "Too many wrong PINs" in w.login_page.error.text()
    assert w.pages.currentWidget() is w.login_page
    assert hub.hall.state.counter_status(1).state == "closed"
    assert hub.hall.m.Staff.get(code="NV01").locked_until is not None


# ---------------------------------------------------------------------- a visit by buttons


def test_a_visit_by_clicking_the_buttons(qtbot, hub, windows):
    hub.hall.issue("A", customer_code="PE0123456")
    hub.hall.issue("A")
    w = windows(1)
    logged_in(qtbot, w)
    assert hub.hall.state.counter_status(1).staff == "NV01"
    assert "Nguyễn Văn Hùng" in w.who.text() and w.counter_state.text() == "Open"
    qtbot.waitUntil(lambda: w.work.day.text().startswith("Today: 0 served"), timeout=WAIT)
    assert not w.work.buttons["recall"].isEnabled()
    click(qtbot, w, "call_next")
    qtbot.waitUntil(lambda: w.work.number.text() == "A001", timeout=WAIT)
    settled(qtbot, w)
    assert "Called" in w.work.state.text()
    assert w.work.service.text() == "A · Pay a bill"
    assert w.work.customer.text() == "Customer code: PE0123456"
    assert hub_ticket(hub, "A001").state == "called"
    # A customer at the counter: no early no-show, no break or closing over her head; "Next"
    # and "Finish" are there at once (her service started when she was called).
    for name in ("no_show", "pause", "close"):
        assert not w.work.buttons[name].isEnabled(), name
    for name in ("call_next", "finish", "transfer"):
        assert w.work.buttons[name].isEnabled(), name
    click(qtbot, w, "recall")
    settled(qtbot, w)
    assert hub_ticket(hub, "A001").recalls == 1
    assert "recalled 1×" in w.work.state.text()
    click(qtbot, w, "start")
    settled(qtbot, w)
    assert w.work.state.text() == "Serving"
    assert hub_ticket(hub, "A001").state == "serving"
    click(qtbot, w, "note")
    qtbot.waitUntil(lambda: w.dialog is not None, timeout=WAIT)
    d = w.dialog
    assert not d.ok_button.isEnabled()  # nothing written yet
    d.complaint_radio.setChecked(True)
    d.category.setCurrentIndex(d.category.findData("billing"))
    qtbot.keyClicks(d.text, "Bill doubled since the new meter")
    d.follow_up_radio.setChecked(True)
    accept(qtbot, w)
    settled(qtbot, w)
    (k,) = hub.hall.complaints(owner="NV01")  # a complaint note opens the clerk's complaint
    assert w.work.message.text() == \
        f"Complaint {k['number']} opened, due by {date.fromisoformat(k['due']):%d %b %Y}."
    note = hub.hall.m.Note.get()
    assert (note.kind, note.category, note.staff, note.follow_up, note.counter) == \
        ("complaint", "billing", "NV01", True, 1)
    assert note.ticket_id == hub_ticket(hub, "A001").id
    click(qtbot, w, "finish")
    settled(qtbot, w)
    assert hub_ticket(hub, "A001").state == "done"
    assert w.work.number.text() == "—"
    qtbot.waitUntil(lambda: w.work.day.text().startswith("Today: 1 served"), timeout=WAIT)
    assert w.work.buttons["call_next"].isEnabled()  # A002 still waits
    click(qtbot, w, "close")  # closing the counter logs the clerk out
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.login_page, timeout=WAIT)
    assert hub.hall.state.counter_status(1).state == "closed"
    assert "closed" in w.login_page.error.text()


# ---------------------------------------------------------------------- by the keyboard


def test_the_shortcuts_call_recall_no_show_transfer_pause_close(qtbot, hub, windows):
    for _ in range(3):
        hub.hall.issue("A")
    w = windows(1)
    logged_in(qtbot, w)
    press(qtbot, w, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: w.work.number.text() == "A001", timeout=WAIT)
    settled(qtbot, w)
    press(qtbot, w, Qt.Key.Key_F5)  # no-show before a recall: does nothing
    qtbot.wait(100)
    assert hub_ticket(hub, "A001").state == "called"
    press(qtbot, w, Qt.Key.Key_F2)
    settled(qtbot, w)
    assert hub_ticket(hub, "A001").recalls == 1
    press(qtbot, w, Qt.Key.Key_F5)
    settled(qtbot, w)
    assert hub_ticket(hub, "A001").state == "no_show"
    assert w.work.number.text() == "—"

    press(qtbot, w, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: w.work.number.text() == "A002", timeout=WAIT)
    settled(qtbot, w)
    press(qtbot, w, Qt.Key.Key_F3)
    settled(qtbot, w)
    assert hub_ticket(hub, "A002").state == "serving"
    press(qtbot, w, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: w.dialog is not None, timeout=WAIT)
    d = w.dialog
    d.to_counter_radio.setChecked(True)
    d.counter.setCurrentIndex(d.counter.findData(4))
    qtbot.keyClicks(d.note, "meter paperwork")
    accept(qtbot, w)
    settled(qtbot, w)
    assert hub_ticket(hub, "A002").state == "transferred"
    leg = hub_ticket(hub, "A002", leg=2)
    assert (leg.state, leg.target_counter) == ("waiting", 4)
    ev = hub.hall.m.Event.get(type="ticket_transferred")
    assert ev.data["note"] == "meter paperwork" and ev.data["to_counter"] == 4

    press(qtbot, w, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: w.dialog is not None, timeout=WAIT)
    w.dialog.reason.setEditText("Lunch")
    accept(qtbot, w)
    settled(qtbot, w)
    st = hub.hall.state.counter_status(1)
    assert (st.state, st.pause_reason) == ("paused", "Lunch")
    assert w.counter_state.text() == "On a break"
    assert w.work.buttons["pause"].text().startswith("Resume")
    assert not w.work.buttons["call_next"].isEnabled()
    press(qtbot, w, Qt.Key.Key_F7)
    settled(qtbot, w)
    assert hub.hall.state.counter_status(1).state == "open"
    press(qtbot, w, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.login_page, timeout=WAIT)
    assert hub.hall.state.counter_status(1).state == "closed"


def test_transfer_to_a_service_keeps_the_arrival(qtbot, hub, windows):
    hub.hall.issue("A")
    w = windows(1)
    logged_in(qtbot, w)
    press(qtbot, w, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: w.work.number.text() == "A001", timeout=WAIT)
    settled(qtbot, w)
    press(qtbot, w, Qt.Key.Key_F3)
    settled(qtbot, w)
    click(qtbot, w, "transfer")
    qtbot.waitUntil(lambda: w.dialog is not None, timeout=WAIT)
    d = w.dialog
    assert d.service.findData("A") == -1  # its own service is not offered
    d.service.setCurrentIndex(d.service.findData("C"))
    accept(qtbot, w)
    settled(qtbot, w)
    leg = hub_ticket(hub, "A001", leg=2)
    assert leg.service == "C" and leg.arrival == hub_ticket(hub, "A001").arrival


# ---------------------------------------------------------------------- the queue


def test_the_queue_is_in_the_hubs_call_order_and_calls_out_of_turn(qtbot, hub, windows):
    for service, prio in (("E", ""), ("A", ""), ("A", "elderly"), ("B", ""), ("E", "")):
        hub.hall.issue(service, prio)
    w = windows(1)
    logged_in(qtbot, w)
    now = datetime.now(UTC)
    expected = [t.number for t in queue.call_order(hub.hall.state, 1, now)]
    shown = [w.queue_model.ticket_at(r).number for r in range(w.queue_model.rowCount())]
    assert shown == expected == ["A002", "A001", "E001", "E002"]  # no B at counter 1
    assert w.work.queue_title.text() == "Waiting for this counter: 4"
    assert w.queue_model.data(w.queue_model.index(0, 3)) == "Elderly"
    assert not w.work.call_selected.isEnabled()
    w.work.queue.selectRow(2)
    assert w.work.call_selected.isEnabled()
    qtbot.mouseClick(w.work.call_selected, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.dialog is not None, timeout=WAIT)
    w.dialog.reason.setEditText("")
    assert not w.dialog.ok_button.isEnabled()  # a reason is required
    qtbot.keyClicks(w.dialog.reason.lineEdit(), "Appointment at 9:00")
    accept(qtbot, w)
    qtbot.waitUntil(lambda: w.work.number.text() == "E001", timeout=WAIT)
    settled(qtbot, w)
    ev = hub.hall.m.Event.get(type="ticket_called")
    assert ev.data["out_of_turn"] is True and ev.data["reason"] == "Appointment at 9:00"
    assert w.queue_model.rowCount() == 3


def test_tickets_past_their_target_are_highlighted(qtbot, hub, windows):
    from datetime import timedelta
    hub.hall.issue("A")
    hub.hall.issue("E")
    w = windows(1)
    logged_in(qtbot, w)
    w.skew = timedelta(minutes=12)  # 12 minutes later: A (10 min target) is late, E (15) not
    w.refresh()
    rows = {w.queue_model.ticket_at(r).number: r for r in range(w.queue_model.rowCount())}
    late = Qt.ItemDataRole.BackgroundRole
    assert w.queue_model.data(w.queue_model.index(rows["A001"], 1), late) is not None
    assert w.queue_model.data(w.queue_model.index(rows["E001"], 1), late) is None
    assert w.queue_model.data(w.queue_model.index(rows["A001"], 4)).startswith("12:")


# ---------------------------------------------------------------------- several windows


def test_two_windows_calling_at_once_get_different_tickets(qtbot, hub, windows):
    for _ in range(3):
        hub.hall.issue("A")
    a, b = windows(1), windows(2, "zh_CN")
    logged_in(qtbot, a, "NV01", "1111")
    login(qtbot, b, "NV01", "1111")  # one clerk cannot work at two counters
    busy = error_text({"code": "staff_busy"})  # b speaks zh_CN: compare the same sentence
    qtbot.waitUntil(lambda: b.login_page.error.text() == busy, timeout=WAIT)
    assert b.pages.currentWidget() is b.login_page
    logged_in(qtbot, b, "NV02", "2222")
    qtbot.mouseClick(a.work.buttons["call_next"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(b.work.buttons["call_next"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: a.work.number.text() != "—" and b.work.number.text() != "—",
                    timeout=WAIT)
    settled(qtbot, a)
    settled(qtbot, b)
    assert {a.work.number.text(), b.work.number.text()} == {"A001", "A002"}
    assert a.work.service.text() == "A · Pay a bill"
    assert b.work.service.text() == "A · 缴纳电费"  # hall data in the window's language
    assert hub_ticket(hub, a.work.number.text()).counter == 1
    assert hub_ticket(hub, b.work.number.text()).counter == 2
    # Each window's queue shows what is left, and the other's customer is not there.
    qtbot.waitUntil(lambda: a.queue_model.rowCount() == b.queue_model.rowCount() == 1,
                    timeout=WAIT)


def test_a_transfer_to_a_named_counter_reaches_that_counters_queue(qtbot, hub, windows):
    hub.hall.issue("A")
    a, b = windows(1), windows(4)
    logged_in(qtbot, a, "NV01", "1111")
    logged_in(qtbot, b, "NV04", "4444")
    assert b.queue_model.rowCount() == 0  # counter 4 serves B and C, not A
    press(qtbot, a, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: a.work.number.text() == "A001", timeout=WAIT)
    settled(qtbot, a)
    press(qtbot, a, Qt.Key.Key_F3)
    settled(qtbot, a)
    press(qtbot, a, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: a.dialog is not None, timeout=WAIT)
    a.dialog.to_counter_radio.setChecked(True)
    a.dialog.counter.setCurrentIndex(a.dialog.counter.findData(4))
    accept(qtbot, a)
    settled(qtbot, a)
    qtbot.waitUntil(lambda: b.queue_model.rowCount() == 1, timeout=WAIT)
    assert b.queue_model.ticket_at(0).number == "A001"
    click(qtbot, b, "call_next")
    qtbot.waitUntil(lambda: b.work.number.text() == "A001", timeout=WAIT)
    settled(qtbot, b)
    assert hub_ticket(hub, "A001", leg=2).counter == 4


# ---------------------------------------------------------------------- the hub goes away


def test_hub_stopped_and_restarted_shows_offline_then_the_true_state(qtbot, hub, windows):
    hub.hall.issue("A")
    hub.hall.issue("A")
    w = windows(1)
    logged_in(qtbot, w)
    click(qtbot, w, "call_next")
    qtbot.waitUntil(lambda: w.work.number.text() == "A001", timeout=WAIT)
    settled(qtbot, w)
    assert w.banner.isHidden()
    with qtbot.waitSignal(w.client.connectedChanged, timeout=10000):
        hub.server.stop()
    assert w.banner.isVisible()
    assert w.banner.text() == "Cannot reach the hall server. Please wait or call staff."
    assert not any(b.isEnabled() for b in w.work.buttons.values())
    press(qtbot, w, Qt.Key.Key_F3)  # a shortcut while offline does nothing
    qtbot.wait(100)
    # Meanwhile the hall moved on (e.g. the supervisor's PC took the hub over).
    hub.hall.start_serving(1)
    hub.hall.issue("E")
    with qtbot.waitSignal(w.client.connectedChanged, timeout=15000):
        hub.restart()
    qtbot.waitUntil(lambda: w.work.state.text() == "Serving", timeout=WAIT)
    assert w.banner.isHidden()
    assert w.work.number.text() == "A001"
    assert w.pages.currentWidget() is w.work  # the session survived the restart
    assert w.work.buttons["finish"].isEnabled()
    qtbot.waitUntil(lambda: w.queue_model.rowCount() == 2, timeout=WAIT)
    click(qtbot, w, "finish")
    settled(qtbot, w)
    assert hub_ticket(hub, "A001").state == "done"


def test_counter_closed_elsewhere_returns_to_login(qtbot, hub, windows):
    w = windows(3)
    logged_in(qtbot, w, "NV03", "3333")
    hub.hall.close_counter(3)  # e.g. the supervisor closed it
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.login_page, timeout=WAIT)
    assert "closed" in w.login_page.error.text()


# ---------------------------------------------------------------------- Qt-free rules


def test_allowed_actions_follow_the_ticket_state():
    called = {"state": "called", "recalls": 0}
    v = CounterView(connected=True, logged_in=True, counter_state="open", ticket=called,
                    recalls_needed=1, waiting=3)
    can = allowed(v)
    # Called: her service has started; "Next" (finish + call) and "Finish" at once.
    assert can["recall"] and can["start"] and can["finish"] and not can["no_show"]
    assert can["call_next"] and not can["pause"] and not can["close"]
    v.ticket = {"state": "called", "recalls": 1}
    assert allowed(v)["no_show"]
    v.ticket = {"state": "serving", "recalls": 1}
    can = allowed(v)
    assert can["finish"] and can["transfer"] and not can["recall"] and not can["no_show"]
    v.ticket, v.waiting = None, 0
    assert not allowed(v)["call_next"] and allowed(v)["pause"]
    v.connected = False
    assert not any(allowed(v).values())
    assert clock_text(59) == "0:59" and clock_text(3725) == "1:02:05"


def test_screenshot_mid_service(qtbot, hub, windows, tmp_path: Path):
    """A picture of the window mid-service (HALLQ_SHOTS=folder keeps it, for the docs)."""
    for service, prio, code in (("A", "", ""), ("A", "elderly", "PE0123456"), ("E", "", ""),
                                ("A", "", ""), ("A", "", "")):
        hub.hall.issue(service, prio, code)
    w = windows(2)
    w.resize(1280, 800)
    logged_in(qtbot, w, "NV02", "2222")
    press(qtbot, w, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: w.work.number.text() == "A002", timeout=WAIT)
    settled(qtbot, w)
    press(qtbot, w, Qt.Key.Key_F3)
    settled(qtbot, w)
    out = Path(os.environ.get("HALLQ_SHOTS") or tmp_path)
    path = out / "counter-serving.png"
    assert w.grab().save(str(path))
    assert path.stat().st_size > 10_000
