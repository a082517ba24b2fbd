"""One press per customer: "Next" finishes the customer at the counter and calls the next;
the buttons stay where they are whatever the counter shows."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402
from test_counter import (  # noqa: E402
    WAIT,
    hub_ticket,
    logged_in,
    press,
    settled,
    windows,  # noqa: F401 - the fixture
)

from hallq.domain import DomainError  # noqa: E402


def test_a_morning_of_customers_takes_one_press_each(qtbot, hub, windows):  # noqa: F811
    numbers = [hub.hall.issue("A")[0].number for _ in range(5)]
    w = windows(1)
    logged_in(qtbot, w)
    presses = 0
    for number in numbers:
        press(qtbot, w, Qt.Key.Key_F1)
        presses += 1
        qtbot.waitUntil(lambda n=number: w.work.number.text() == n, timeout=WAIT)
        settled(qtbot, w)
        assert hub_ticket(hub, number).state == "called"
    press(qtbot, w, Qt.Key.Key_F1)  # the last one done; nobody else waits
    presses += 1
    settled(qtbot, w)
    assert w.work.number.text() == "—"
    assert w.work.message.text() == f"{numbers[-1]} finished."
    done = [hub_ticket(hub, n) for n in numbers]
    assert [t.state for t in done] == ["done"] * 5
    # Each visit was served from its call to the press that called the next one.
    assert all(t.serving_at == t.called_at and t.finished_at >= t.called_at for t in done)
    finished = hub.hall.m.Event.select().where(hub.hall.m.Event.type == "ticket_finished")
    assert finished.count() == 5
    assert presses / len(numbers) == pytest.approx(1.2)  # 5 customers + the last "done"
    assert not w.work.buttons["call_next"].isEnabled()  # nobody at the counter, nobody waits


def test_next_through_the_hub_is_all_or_nothing(hub):
    hub.hall.login("NV01", "1111", 1)
    first, _ = hub.hall.issue("A")
    called, _ = hub.hall.next_customer(1)
    assert called.id == first.id and called.state == "called"
    second, _ = hub.hall.issue("A")
    called, events = hub.hall.next_customer(1)
    assert called.id == second.id
    assert [e["type"] for e in events] == ["ticket_finished", "ticket_called"]
    done, events = hub.hall.next_customer(1)
    assert (done.id, done.state) == (second.id, "done")
    # the first visit's rating was still open: closed as "not rated" with this finish
    assert [e["type"] for e in events] == ["ticket_not_rated", "ticket_finished"]
    before = hub.hall.last_seq()
    with pytest.raises(DomainError) as err:
        hub.hall.next_customer(1)  # nobody at the counter, nobody waiting: nothing happens
    assert err.value.code == "queue_empty" and hub.hall.last_seq() == before


def test_the_buttons_keep_their_places_in_every_state(qtbot, hub, windows):  # noqa: F811
    hub.hall.issue("A", priority="elderly", customer_code="PE0123456")
    hub.hall.issue("A")
    w = windows(1)
    w.resize(1366, 768)
    logged_in(qtbot, w)

    def places() -> dict[str, tuple[int, int, int, int]]:
        qtbot.wait(50)  # let the layout run
        return {n: b.geometry().getRect() for n, b in w.work.buttons.items()}

    free = places()
    press(qtbot, w, Qt.Key.Key_F1)  # an elderly customer with a code: the badge shows
    qtbot.waitUntil(lambda: w.work.priority.isVisible(), timeout=WAIT)
    settled(qtbot, w)
    assert places() == free
    press(qtbot, w, Qt.Key.Key_F2)  # recalled: a longer state line
    settled(qtbot, w)
    assert places() == free
    press(qtbot, w, Qt.Key.Key_F3)
    settled(qtbot, w)
    assert places() == free
    press(qtbot, w, Qt.Key.Key_F1)
    settled(qtbot, w)
    assert not w.work.priority.isVisible()
    assert places() == free
