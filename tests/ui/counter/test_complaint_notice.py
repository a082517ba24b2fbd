"""The counter says when a complaint is opened there (a complaint note, an unsatisfied rating):
its number and due date in the clerk's message line, and the clerk's own count goes up."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402

from hallq.tickets.case_receipt import day_text  # noqa: E402
from tests.ui.counter.test_counter import (  # noqa: E402
    accept,
    click,
    hub_ticket,
    logged_in,
    open_window,
    settled,
)

WAIT = 8000


def own_count(w, n: int) -> str:
    return f"My open cases and complaints: {n}"


@pytest.fixture
def windows(qtbot, hub):
    made = []

    def make(counter: int):
        made.append(open_window(qtbot, hub, counter))
        return made[-1]
    yield make
    for w in made:
        w.client.stop()


def test_a_complaint_note_says_its_number_and_due_date(qtbot, hub, windows) -> None:
    hub.hall.issue("B")
    w = windows(4)
    logged_in(qtbot, w, "NV04", "4444")
    qtbot.waitUntil(lambda: w.own.button.text() == own_count(w, 0), timeout=WAIT)
    click(qtbot, w, "call_next")
    settled(qtbot, w)
    click(qtbot, w, "note")  # a request: saved, no complaint
    qtbot.waitUntil(lambda: w.dialog is not None, timeout=WAIT)
    qtbot.keyClicks(w.dialog.text, "New meter please")
    accept(qtbot, w)
    settled(qtbot, w)
    assert w.work.message.text() == "Note saved."
    assert hub.hall.complaints(owner="NV04") == []
    click(qtbot, w, "note")
    qtbot.waitUntil(lambda: w.dialog is not None, timeout=WAIT)
    d = w.dialog
    d.complaint_radio.setChecked(True)
    d.category.setCurrentIndex(d.category.findData("billing"))
    qtbot.keyClicks(d.text, "Bill doubled in November")
    accept(qtbot, w)
    settled(qtbot, w)
    (k,) = hub.hall.complaints(owner="NV04")
    assert k["ticket_id"] == hub_ticket(hub, "B001").id and k["source"] == "note"
    due = day_text(date.fromisoformat(k["due"]), "en")
    assert w.work.message.text() == f"Complaint {k['number']} opened, due by {due}."
    assert "#b3261e" not in w.work.message.styleSheet()  # said as done, not as an error
    qtbot.waitUntil(lambda: w.own.button.text() == own_count(w, 1), timeout=WAIT)
    # A second complaint note on the same visit opens nothing: the first one is named.
    click(qtbot, w, "note")
    qtbot.waitUntil(lambda: w.dialog is not None, timeout=WAIT)
    d = w.dialog
    d.complaint_radio.setChecked(True)
    qtbot.keyClicks(d.text, "Also: the meter reads wrong")
    accept(qtbot, w)
    settled(qtbot, w)
    assert w.work.message.text() == \
        f"Note saved. This visit already has complaint {k['number']}, due by {due}."
    assert len(hub.hall.complaints(owner="NV04")) == 1
    assert w.own.button.text() == own_count(w, 1)


def test_an_unsatisfied_rating_at_the_counter_says_the_complaint(qtbot, hub, windows) -> None:
    hub.hall.issue("B")
    w = windows(4)
    logged_in(qtbot, w, "NV04", "4444")
    click(qtbot, w, "call_next")
    settled(qtbot, w)
    click(qtbot, w, "finish")
    settled(qtbot, w)
    qtbot.waitUntil(lambda: w.own.button.text() == own_count(w, 0), timeout=WAIT)
    hub.hall.rate(hub_ticket(hub, "B001").id, "unsatisfied", ["waited_too_long"], 4)
    (k,) = hub.hall.complaints(owner="NV04")
    due = day_text(date.fromisoformat(k["due"]), "en")
    want = (f"The customer was not satisfied: complaint {k['number']} opened, due by "
            f"{due}.")
    qtbot.waitUntil(lambda: w.work.message.text() == want, timeout=WAIT)
    qtbot.waitUntil(lambda: w.own.button.text() == own_count(w, 1), timeout=WAIT)


def test_another_counters_complaint_is_not_said_here(qtbot, hub, windows) -> None:
    hall = hub.hall
    hall.issue("B")
    w = windows(4)
    logged_in(qtbot, w, "NV04", "4444")
    hall.open_counter(5, "NV05")
    hall.call_next(5)
    hall.finish(5)
    hall.rate(hub_ticket(hub, "B001").id, "unsatisfied", [], 5)
    hall.open_complaint("note", "NV04", text="Khách gọi điện")  # given by hand, not here
    qtbot.waitUntil(lambda: w.own.button.text() == own_count(w, 1), timeout=WAIT)
    assert w.work.message.text() == ""
    qtbot.mouseClick(w.own.button, Qt.MouseButton.LeftButton)
    assert w.own.list.count() == 1
