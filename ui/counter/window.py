"""The counter staff window: log in at counter N, call, serve, transfer, pause, note, log out."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from hallq.domain import name_in
from hallq.settings import Settings
from ui.app import show, start_role
from ui.base import Retranslating, RoleWindow
from ui.client import HallClient
from ui.counter.cases import CasePanel
from ui.counter.commands import CounterCommands
from ui.counter.complaint_notice import rated_complaint, rating_text
from ui.counter.logic import KEEP, CounterView, QueueView, allowed, current_ticket, utc_now
from ui.counter.login import LoginPage
from ui.counter.own_list import OwnList
from ui.counter.queue import QueueModel
from ui.counter.work import BUTTONS, HeaderBar, OfflineBanner, WorkPage, add_shortcuts
from ui.errors import error_text

DAY_EVENTS = ("ticket_finished", "ticket_rated", "ticket_not_rated")


class CounterWindow(CounterCommands, Retranslating, RoleWindow, QWidget):
    """One counter's window over a HallClient; every state it shows comes from the hub."""

    def __init__(self, client: HallClient, settings: Settings, counter: int | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.counter = counter or None
        self.lang = settings.device.language
        self.staff_code: str | None = None
        self.queue_view = QueueView({})
        self.skew = timedelta(0)  # hub clock minus this PC's clock, from the last snapshot
        self.view = CounterView()
        self.can: dict[str, bool] = {}
        self.pending: tuple[Callable[[], bool], float] | None = None  # waiting for the hub
        self.pending_ticket: dict | None | object = KEEP  # the reply's view until confirmed
        self.shown: dict | None = None  # the ticket drawn on the card
        self.last_ticket: dict | None = None  # the visit a note may still be about
        self.dialog = None  # the open dialog, if any (tests reach it here)
        self.priority_names: dict[str, str] = {}
        # Events come in bursts (a reconnect replays many): one redraw per burst.
        self.redraw = QTimer(self, singleShot=True, interval=0)
        self.redraw.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = HeaderBar(self)
        self.title, self.who = self.header.title, self.header.who
        self.counter_state, self.clock = self.header.counter_state, self.header.clock
        self.banner = OfflineBanner(self)
        self.queue_model = QueueModel(self.service_name, self.priority_name, self)
        self.login_page = LoginPage(self)
        self.work = WorkPage(self.queue_model, self)
        # Cases: under the ticket card (which case the ticket is about, open / find a case)
        self.cases = CasePanel(client, settings, self.lang, self.say, self.work)
        self.work.layout().itemAt(0).layout().insertWidget(1, self.cases)
        # The clerk's own open cases and complaints: a count on a button, above the day
        self.own = OwnList(client, self.lang, self.work)
        right = self.work.layout().itemAt(1).layout()
        right.insertWidget(right.indexOf(self.work.day), self.own)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.login_page)
        self.pages.addWidget(self.work)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.setStyleSheet("CounterWindow { background: #fafbfc; }")

        self.actions_by_name = add_shortcuts(
            self, (*BUTTONS, ("call_ticket", "F9"), ("book", "F11")), self.on_action)
        self.ticker = QTimer(self, interval=1000)
        self.ticker.timeout.connect(self.on_tick)
        self.ticker.start()
        self._connect_signals()
        self.retranslate_ui()
        self.resize(1280, 800)
        self.refresh()

    def _connect_signals(self) -> None:
        self.client.connectedChanged.connect(self.on_connected)
        self.client.stateReset.connect(self.on_state_reset)
        self.client.eventReceived.connect(self.on_event)
        self.login_page.loginRequested.connect(self.on_login_requested)
        for name, b in self.work.buttons.items():
            b.clicked.connect(lambda _=False, n=name: self.on_action(n))
        self.work.call_selected.clicked.connect(lambda: self.on_action("call_ticket"))
        self.work.book.clicked.connect(lambda: self.on_action("book"))
        self.work.queue.doubleClicked.connect(lambda _: self.on_action("call_ticket"))
        self.work.queue.selectionModel().selectionChanged.connect(lambda *_: self.refresh())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("hallq — counter %1").replace("%1", str(self.counter or "?")))
        self.priority_names = {"elderly": self.tr("Elderly"), "disabled": self.tr("Disability"),
                               "pregnant": self.tr("Pregnant"),
                               "appointment": self.tr("Appointment")}
        self.login_page.set_counter_name(self.counter_title())
        self.refresh()

    # ------------------------------------------------------------------ reading the model
    def counter_title(self) -> str:
        if self.counter is None:
            return self.tr("This device has no counter number (start it with --counter N).")
        c = self.client.counters.get(self.counter)
        name = c["name"] if c else ""
        base = self.tr("Counter %1").replace("%1", str(self.counter))
        return f"{base} · {name}" if name and name != base else base

    def service_name(self, prefix: str) -> str:
        svc = self.client.service(prefix)
        return prefix if svc is None else name_in(svc.get("names") or {}, self.lang, prefix)

    def priority_name(self, key: str) -> str:
        return self.priority_names.get(key, "")

    def now(self) -> datetime:
        """The hub's time (as of the last snapshot), so waits match what the hub computes."""
        return utc_now() + self.skew

    def status(self) -> dict:
        return (self.client.counters.get(self.counter) or {}).get("status") or {}

    def ticket(self) -> dict | None:
        return current_ticket(self.client.tickets, self.client.counters, self.counter)

    # ------------------------------------------------------------------ drawing
    def refresh(self) -> None:
        """Redraw everything from the client model (cheap: a few hundred tickets at most)."""
        if self.pending and (self.pending[0]() or time.monotonic() > self.pending[1]):
            self.idle()
        st = self.status()
        logged_in = self.staff_code is not None
        if logged_in and self.pending is None and self.client.counters and \
                (st.get("state", "closed") == "closed" or st.get("staff") != self.staff_code):
            self.to_login(self.tr("The counter was closed. Log in to open it again."))
            return
        t = self.ticket()
        if self.pending is not None and self.pending_ticket is not KEEP:
            t = self.pending_ticket  # the hub said so; its event is on the way
        if t is not None:
            self.last_ticket = t
        self.shown = t
        now = self.now()
        order = self.queue_view.order(self.client.tickets, self.counter, now) \
            if self.counter else []
        sel = self.work.queue.selectionModel().selectedRows()
        selected = self.queue_model.ticket_at(sel[0].row()) if sel else None
        recalls = (self.client.snapshot.get("hall") or {}).get("recalls_before_no_show", 1)
        self.view = CounterView(
            connected=self.client.connected, logged_in=logged_in,
            busy=self.pending is not None, counter_state=st.get("state", "closed"),
            ticket=t, recalls_needed=recalls, waiting=len(order),
            note_ticket=(self.last_ticket or {}).get("id"),
            selected=selected.id if selected else None)
        self.can = allowed(self.view)
        for name, act in self.actions_by_name.items():
            act.setEnabled(self.can.get(name, False))
        for name, b in self.work.buttons.items():
            b.setEnabled(self.can.get(name, False))
        self.work.call_selected.setEnabled(self.can["call_ticket"])
        self.work.book.setEnabled(self.can["book"])
        self.cases.show_for(t if logged_in else None, logged_in, self.client.connected)
        self.banner.setVisible(not self.client.connected)
        self.login_page.set_available(self.client.connected and self.counter is not None
                                      and self.pending is None)
        paused = st.get("state") == "paused"
        self.work.set_paused(paused)
        self.counter_state.setText({"open": self.tr("Open"), "paused": self.tr("On a break"),
                                    }.get(st.get("state", ""), self.tr("Closed"))
                                   if logged_in else "")
        free_text = self.tr("On a break: %1").replace("%1", st.get("pause_reason") or "—") \
            if paused else (self.tr("Ready: press F1 to call the next customer")
                            if order else self.tr("Nobody is waiting"))
        self.work.show_ticket(t, self.service_name(t["service"]) if t else "",
                              self.priority_name(t.get("priority", "")) if t else "",
                              now, free_text)
        self.queue_model.set_rows(order, {x.id for x in order
                                          if self.queue_view.overdue(x, now)}, now)
        row = self.queue_model.row_of(selected.id) if selected else -1
        if row >= 0 and not self.work.queue.selectionModel().isRowSelected(row):
            self.work.queue.selectRow(row)  # a new ticket must not steal the clerk's pick
        self.work.queue_title.setText(self.tr("Waiting for this counter: %1")
                                      .replace("%1", str(len(order))))
        self.title.setText(self.counter_title())
        self.login_page.set_counter_name(self.title.text())
        self.draw_times(now)

    def draw_times(self, now: datetime) -> None:
        tz = (self.client.snapshot.get("hall") or {}).get("timezone") or "Asia/Ho_Chi_Minh"
        self.clock.setText(now.astimezone(ZoneInfo(tz)).strftime("%H:%M:%S"))
        self.work.tick(self.shown, now)
        self.queue_model.tick(now)

    def on_tick(self) -> None:
        """Every second: the clock and the running times."""
        now = self.now()
        self.draw_times(now)
        late = self.queue_model.overdue
        crossed = any(t.id not in late and self.queue_view.overdue(t, now)
                      for t in self.queue_model.rows)
        if crossed or self.pending and time.monotonic() > self.pending[1]:
            # A ticket just passed its target: it turns red and moves up the call order.
            self.refresh()

    def say(self, text: str, error: bool = False) -> None:
        self.work.message.setText(text)
        self.work.message.setStyleSheet("font-size: 18px; font-weight: bold; color: %s;"
                                        % ("#b3261e" if error else "#146b2d"))

    # ------------------------------------------------------------------ hub signals
    def on_connected(self, ok: bool) -> None:
        self.refresh()

    def on_state_reset(self, snap: dict) -> None:
        self.queue_view = QueueView(snap)
        try:
            self.skew = datetime.fromisoformat(snap["now"]) - utc_now()
        except (KeyError, ValueError):
            self.skew = timedelta(0)
        self.refresh()
        self.load_day()

    def on_event(self, ev: dict) -> None:
        if ev.get("counter") == self.counter and not ev.get("replay"):
            self.redraw.stop()
            self.refresh()  # this counter's own change: draw it now
        else:
            self.redraw.start()
        if ev["type"] in DAY_EVENTS and ev.get("staff") == self.staff_code \
                and not ev.get("replay"):
            self.load_day()
        rated = rated_complaint(ev, self.client.tickets, self.counter, self.staff_code)
        if rated is not None:  # the customer's unsatisfied rating here: the clerk's to answer
            self.say(rating_text(rated, self.lang))

    # ------------------------------------------------------------------ login / logout
    def on_login_requested(self, code: str, pin: str) -> None:
        def done(ok: bool, data: dict) -> None:
            self.idle()
            if not ok:
                self.login_page.show_error(error_text(data))
                self.refresh()
                return
            self.staff_code = code
            staff = data.get("staff") or {}
            self.who.setText(f"{staff.get('name', code)} ({code})")
            self.last_ticket = None
            self.say("")
            self.pages.setCurrentWidget(self.work)
            self.expect(lambda: self.status().get("staff") == code
                        and self.status().get("state") in ("open", "paused"))
            self.load_day()
        self.busy()
        self.client.login(code, pin, self.counter, done)

    def to_login(self, message: str = "") -> None:
        self.staff_code = None
        self.idle()
        self.who.clear()
        self.work.day.clear()
        self.own.clear()
        self.pages.setCurrentWidget(self.login_page)
        self.login_page.reset(message)
        self.refresh()

    def load_day(self) -> None:
        code = self.staff_code
        if code is None or not self.client.connected:
            return
        self.client.staff_day(code, self.on_day)
        self.own.reload()

    def on_day(self, ok: bool, d: dict) -> None:
        if not ok or self.staff_code is None:
            return
        self.work.show_day(d)


def create_window(client: HallClient, settings: Settings,
                  counter: int | None = None) -> QWidget:
    """The counter window for `counter` (default: the device's configured counter)."""
    return CounterWindow(client, settings, counter or settings.device.counter or None)


def run(args: argparse.Namespace) -> int:
    app, s, client = start_role(args)
    window = create_window(client, s, getattr(args, "counter", None))
    client.start()
    show(window, s)
    return app.exec()
