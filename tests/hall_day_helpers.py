"""Helpers for test_hall_day: the hall's clock, a port-9100 printer, and every role's window."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from hallq import settings as hsettings
from hallq.domain import DomainError
from hallq.hall.clock import FixedClock

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
DAY = date(2026, 11, 23)  # a Monday
WAIT = 10_000  # ms: a generous wait on a loaded machine; never a timing assertion
LEFT = Qt.MouseButton.LeftButton


def at(hh: int, mm: int = 0, ss: int = 0, day: date = DAY) -> datetime:
    """A local time of the hall's day (the FixedClock is set to these)."""
    return datetime.combine(day, time(hh, mm, ss), tzinfo=TZ)


def make_clock() -> FixedClock:
    return FixedClock(at(7, 25))


def role_settings(lang: str = "vi", printer: dict | None = None) -> hsettings.Settings:
    """A window's settings: windowed, the hall's language, timers long enough for a test
    that plays a whole day in about a minute (nothing times out behind the test's back)."""
    s = hsettings.defaults()
    s.values["device"]["fullscreen"] = False
    s.values["device"]["language"] = lang
    s.values["kiosk"]["idle_timeout_s"] = 3600
    s.values["kiosk"]["result_s"] = 120
    s.values["keypad"]["rating_timeout_s"] = 600
    s.values["keypad"]["thanks_s"] = 1
    s.values["printer"].update(printer or {"kind": "none"})
    return s


def tap(qtbot, button: QAbstractButton) -> None:
    """A finger on a button a person can see and use."""
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def choose(qtbot, radio: QAbstractButton) -> None:
    """A click on a radio button's circle (a radio button ignores clicks past its label)."""
    assert radio.isVisible() and radio.isEnabled(), radio.text()
    qtbot.mouseClick(radio, LEFT, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked(), radio.text()


def button_reading(buttons: Any, text: str) -> QAbstractButton:
    """The button whose visible text is `text` (what a customer looks for)."""
    items = buttons.values() if isinstance(buttons, dict) else buttons
    found = [b for b in items if b.text() == text]
    assert len(found) == 1, (text, [b.text() for b in items])
    return found[0]


def press(qtbot, w: QWidget, key: Qt.Key) -> None:
    """A function key on the clerk's keyboard (the window must have the focus)."""
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(w, key)


def pdf_text(data: bytes) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


# ---------------------------------------------------------------- the rest of the hall
# What the test does not drive through a window (other counters' clerks, other customers)
# goes straight to the hub's Hall, at the hall clock's time: one command, one transaction,
# events to every window, exactly as the hub's REST routes do it.

def at_counter(hall, n: int):
    st = hall.state.counter_status(n)
    t = hall.state.tickets.get(st.ticket_id) if st.ticket_id else None
    return t if t is not None and t.state in ("called", "serving") else None


def serve_round(hall, counters: list[int]) -> list[str]:
    """Each counter finishes its customer (if any) and calls and starts the next one."""
    called = []
    for n in counters:
        if at_counter(hall, n) is not None:
            hall.finish(n)
        try:
            t, _ = hall.call_next(n)
        except DomainError as exc:
            if exc.code != "queue_empty":
                raise
            continue
        hall.start_serving(n)
        called.append(t.number)
    return called


def waiting(hall, service: str | None = None) -> list:
    return [t for t in hall.state.tickets.values() if t.state == "waiting"
            and (service is None or t.service == service)]


@dataclass
class Windows:
    """Every window and client the test opened, closed in a safe order at the end."""

    made: list[tuple[QWidget, Any]] = field(default_factory=list)
    players: list[Any] = field(default_factory=list)

    def add(self, window: QWidget, client: Any) -> QWidget:
        self.made.append((window, client))
        return window

    def close_all(self, qtbot) -> None:
        qtbot.wait(200)  # replies in flight land before their windows go
        for p in self.players:
            p.stop()  # mid-clip too: QtMultimedia is stopped from the event loop (no deadlock)
        for _, client in self.made:
            client.stop()
        qtbot.wait(50)
        for w, client in self.made:
            if hasattr(w, "allow_close"):
                w.allow_close = True
            w.close()
            w.deleteLater()
            client.deleteLater()
        qtbot.wait(10)


def minutes(a: datetime, b: datetime) -> float:
    return (b - a) / timedelta(minutes=1)
