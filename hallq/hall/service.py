"""The hall service: queue rules + store, one transaction per command, events to listeners.

Hall is put together from parts: HallAdmin (set-up, hallq.hall.setup), HallSessions
(staff logins, hallq.hall.sessions), HallVisits (ratings, notes, recorded events,
hallq.hall.visits), HallAppointments (hallq.hall.appointments), HallMessages (contacts and
the outbox, hallq.hall.messages), HallPhoneQueue (tickets from phones), HallCases,
HallComplaints; the write path, the ticket and counter commands and
reading are here.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee as pw

from hallq.domain import (
    LANGUAGES,
    Counter,
    CounterState,
    CounterStatus,
    HallInfo,
    InvalidInput,
    Priority,
    Service,
    Staff,
    StaffRole,
    Ticket,
    TicketState,
    Unavailable,
    jsonable,
    queue,
    valid_customer_code,
)
from hallq.domain.appointments import Plan
from hallq.hall.appointments import HallAppointments
from hallq.hall.base import Events
from hallq.hall.cases import HallCases
from hallq.hall.clock import Clock, SystemClock
from hallq.hall.complaints import HallComplaints
from hallq.hall.counter_plan import load_plan
from hallq.hall.indices import HallIndices
from hallq.hall.messages import HallMessages
from hallq.hall.notices import HallNotices
from hallq.hall.phone_queue import HallPhoneQueue
from hallq.hall.reads import HallReads
from hallq.hall.recent_days import load_history
from hallq.hall.secrets import hash_pin
from hallq.hall.sessions import HallSessions
from hallq.hall.setup import HallAdmin
from hallq.hall.visits import HallVisits
from hallq.store.database import Store, StoreError
from hallq.wire import event_json, hall_info_from

log = logging.getLogger(__name__)

Listener = Callable[[Events], None]

# Set-up events after which the device-token cache must be read again (tokens live there).
DEVICE_CHANGES = ("device_added", "device_revoked")


class Hall(HallSessions, HallVisits, HallAppointments, HallMessages, HallPhoneQueue,
           HallCases, HallComplaints, HallIndices, HallNotices, HallAdmin, HallReads):
    """Owns the hall: every change goes through `_commit`, the only writer of the store."""

    def __init__(self, store: Store, clock: Clock | None = None):
        self.store = store
        self.m = store.m
        self.clock = clock or SystemClock()
        self.lock = threading.RLock()  # commands are executed one at a time
        self.listeners: list[Listener] = []
        self.sessions: dict[str, tuple[str, int | None]] = {}
        self.contacts: dict[int, tuple[str, str, bool]] = {}
        self._deferred: Events | None = None  # events held back by batch() / command()
        self._applied = 0  # changes applied to memory so far: command() knows if it must undo
        self.load()

    # ------------------------------------------------------------ creation and loading
    @classmethod
    def create(cls, path: str | Path, hall: HallInfo, services: Iterable[Service],
               counters: Iterable[Counter], staff: Iterable[tuple[Staff, str]],
               clock: Clock | None = None, plans: Iterable[Plan] = ()) -> Hall:
        path = Path(path)
        if path.exists():
            raise StoreError("exists", f"{path} already exists; hallq init never overwrites.")
        store = Store(path, create=True)
        m = store.m
        now = (clock or SystemClock()).now()
        with store.atomic():
            store.set_meta("hall", jsonable(hall))
            for svc in services:
                m.Service.create(**jsonable(svc))
            for c in counters:
                m.Counter.create(number=c.number, name=c.name, services=list(c.services))
            for person, pin in staff:
                m.Staff.create(code=person.code, name=person.name, role=person.role.value,
                               active=person.active, pin_hash=hash_pin(pin))
            for plan in plans:
                m.AppointmentPlan.create(**jsonable(plan))
            m.Event.create(ts=now, day=queue.business_day(now, hall), type="hall_created",
                           data={"hall": jsonable(hall)})
        return cls(store, clock)

    def load(self) -> None:
        m = self.m
        self.info = hall_info_from(self.store.get_meta("hall"))
        services = {r.prefix: Service(r.prefix, r.names, r.target_wait_min,
                                      r.typical_service_min, r.active, r.kiosk_order,
                                      r.queue_limit) for r in m.Service.select()}
        counters = {r.number: Counter(r.number, r.name, tuple(r.services))
                    for r in m.Counter.select()}
        rows = list(m.Staff.select())
        self.staff = {r.code: Staff(r.code, r.name, StaffRole(r.role), r.active) for r in rows}
        self.photos = {r.code: r.photo for r in rows if r.photo}
        state = queue.QueueState(self.info, services, counters)
        for r in m.CounterStatus.select():
            state.status[r.number] = CounterStatus(r.number, CounterState(r.state), r.staff,
                                                   r.ticket_id, r.since, r.pause_reason)
        last_day = m.Ticket.select(pw.fn.MAX(m.Ticket.day)).scalar()
        if last_day is not None:
            for r in m.Ticket.select().where(m.Ticket.day == last_day):
                state.tickets[r.id] = self._ticket_from_row(r)
            state.day = last_day
            state.reindex()
        max_id = m.Ticket.select(pw.fn.MAX(m.Ticket.id)).scalar()
        state.next_ticket_id = (max_id or 0) + 1
        # Numbers are never reused: derive the last one from every leg ever issued that day.
        for day, number in (m.Ticket.select(m.Ticket.day, m.Ticket.number)
                            .where(m.Ticket.day == last_day).tuples()):
            key = (day, number[0])
            state.last_number[key] = max(state.last_number.get(key, 0), int(number[1:]))
        for t in sorted(state.tickets.values(), key=lambda t: t.finished_at or t.queued_at):
            if t.state == TicketState.DONE and t.serving_at and t.finished_at:
                minutes = (t.finished_at - t.serving_at).total_seconds() / 60
                mean = state.mean_minutes(t.service)
                state.mean_service_min[t.service] = (
                    (1 - queue.EWMA_ALPHA) * mean + queue.EWMA_ALPHA * minutes)
        self._learn_days_before(state, self.now())
        self.state = state
        self.sessions = {r.token_hash: (r.staff, r.counter)
                         for r in m.Session.select().where(m.Session.logout_at.is_null())}
        self.ratings = {r.ticket_id: r for r in m.Rating.select().where(m.Rating.day == last_day)}
        self.load_devices()
        self._messaging = None
        self.load_contacts()

    @staticmethod
    def _ticket_from_row(r: Any) -> Ticket:  # r: a Ticket row (peewee rows are untyped)
        return Ticket(r.id, r.day, r.number, r.service, r.arrival, r.queued_at,
                      Priority(r.priority or ""), r.customer_code, r.language,
                      TicketState(r.state), r.leg, r.parent_id, r.target_counter, r.counter,
                      r.staff, r.called_at, r.recalls, r.serving_at, r.finished_at, r.eta_min)

    # ------------------------------------------------------------ the single write path
    def last_seq(self) -> int:
        return self.m.Event.select(pw.fn.MAX(self.m.Event.seq)).scalar() or 0

    def _commit(self, change: queue.Change, extra: Callable[[], object] | None = None
                ) -> Events:
        """Persist a change and its events in one transaction, then apply and publish it."""
        m = self.m
        out: Events = []
        tickets = {t.id: t for t in change.tickets}
        statuses = {c.number: c for c in change.counters}
        try:
            with self.store.atomic():
                put = self.store.write_row
                for t in change.tickets:
                    put(m.Ticket, jsonable_row(t), replace=True)
                for c in change.counters:
                    put(m.CounterStatus, {
                        "number": c.number, "state": c.state.value, "staff": c.staff,
                        "ticket_id": c.ticket_id, "since": c.since,
                        "pause_reason": c.pause_reason}, replace=True)
                if extra is not None:
                    extra()
                if self.contacts:  # messages to customers, in this same commit
                    self._messages_for(change, self.now())
                for ev in change.events:
                    data = dict(ev.data)
                    if ev.ticket_id is not None and ev.ticket_id in tickets:
                        data["ticket"] = jsonable(tickets[ev.ticket_id])
                    if ev.counter is not None and ev.counter in statuses:
                        data["status"] = jsonable(statuses[ev.counter])
                    ev.data = data
                    ev.seq = put(m.Event, {"ts": ev.ts, "day": ev.day, "type": ev.type,
                                           "ticket_id": ev.ticket_id, "counter": ev.counter,
                                           "staff": ev.staff, "data": data})
                    out.append(event_json(ev))
        except (sqlite3.OperationalError, pw.OperationalError) as exc:
            text = str(exc).lower()
            if "full" in text or "disk" in text or "readonly" in text or "locked" in text:
                raise Unavailable("storage_error", f"The hall database cannot be written: "
                                  f"{exc}. Nothing was changed.") from exc
            raise
        queue.apply(self.state, change)
        self._applied += 1
        if any(ev.type == "config_changed" and ev.data.get("what") in DEVICE_CHANGES
               for ev in change.events):
            # A token added or revoked counts from this event on, whoever wrote it.
            self.load_devices()
        self._publish(out)
        return out

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group commit: several commands in one transaction, one fsync.

        Run each command inside command() (its own savepoint). Events are published only
        once the whole batch is on disk. If the commit fails, the state is reloaded from
        the file, so memory never runs ahead of the disk.
        """
        with self.lock:
            self._deferred = []
            try:
                with self.store.atomic():
                    yield
            except BaseException:
                self._deferred = None
                self.load()
                raise
            events, self._deferred = self._deferred, None
            self._publish(events)

    @contextlib.contextmanager
    def command(self) -> Iterator[None]:
        """One command, all or nothing: its own savepoint (in a batch) or transaction.

        If it raises, its rows are rolled back, its events are never published and memory
        is read again from the file if the command had already changed it; the commands
        before and after it in the same batch are not touched.
        """
        with self.lock:
            outer, self._deferred = self._deferred, []
            applied = self._applied
            try:
                with self.store.atomic():
                    yield
            except BaseException:
                self._deferred = outer
                if self._applied != applied:
                    self.load()  # what the savepoint's rollback left, the batch's rows included
                    self._applied = applied
                raise
            events, self._deferred = self._deferred, outer
            self._publish(events)  # into the batch's events, or out to the listeners

    def in_transaction(self) -> bool:
        """Whether this thread's connection is inside a transaction (SQLite ends one by
        itself after some errors, such as a full disk: a batch must not go on after that)."""
        conn: sqlite3.Connection = self.store.db.connection()  # type: ignore[no-untyped-call]
        return conn.in_transaction

    def _publish(self, events: Events) -> None:
        if not events:
            return
        if self._deferred is not None:
            self._deferred.extend(events)
            return
        for fn in list(self.listeners):
            try:
                fn(events)
            except Exception:  # a broken listener must not undo a committed command
                log.exception("event listener failed")

    def run(self, command: Callable[..., queue.Change], *args: Any,
            extra: Callable[[queue.Change], Callable[[], object] | None] | None = None,
            **kw: Any) -> tuple[Any, Events]:
        """Run one rule command at the current time; returns (result, events).

        The result is the command's Change.result: the Ticket or CounterStatus it is about
        (the typed methods below say which).
        """
        with self.lock:
            now = self.now()
            events: Events = []
            rolled = queue.roll_day(self.state, now)
            if rolled is not None:
                events += self._commit(rolled)
                self.ratings = {}
                self.contacts = {}  # yesterday's tickets are over
                self._learn_days_before(self.state, now)
            change = command(self.state, *args, now=now, **kw)
            events += self._commit(change, extra(change) if extra else None)
            return change.result, events

    def _learn_days_before(self, state: queue.QueueState, now: datetime) -> None:
        """Today's counters' plan and the History of the days before, for the estimate."""
        day = queue.business_day(now, self.info)
        state.plan = load_plan(self.store, day, self.info.timezone)
        state.history = load_history(self.store, day, self.info.timezone)

    # ------------------------------------------------------------ ticket commands
    def issue(self, service: str, priority: str = "", customer_code: str = "",
              language: str = LANGUAGES[0]) -> tuple[Ticket, Events]:
        if language not in LANGUAGES:
            raise InvalidInput("bad_language", f"Unknown language {language!r}.")
        try:
            prio = Priority(priority or "")
        except ValueError:
            raise InvalidInput("bad_priority", f"Unknown priority {priority!r}.") from None
        code = (customer_code or "").strip()
        if code and not valid_customer_code(code):
            raise InvalidInput("bad_customer_code", "A customer code or phone number is 4 to 20 "
                              "letters or digits.")
        return self.run(queue.issue, service, priority=prio, customer_code=code,
                        language=language)

    def call_next(self, counter: int) -> tuple[Ticket, Events]:
        return self.run(queue.call_next, counter)

    def call_ticket(self, counter: int, ticket_id: int, reason: str) -> tuple[Ticket, Events]:
        return self.run(queue.call_ticket, counter, ticket_id, reason=reason)

    def recall(self, counter: int) -> tuple[Ticket, Events]:
        return self.run(queue.recall, counter)

    def start_serving(self, counter: int) -> tuple[Ticket, Events]:
        return self.run(queue.start_serving, counter)

    def finish(self, counter: int) -> tuple[Ticket, Events]:
        # One command: a finish that is refused leaves the previous visit waiting for its
        # rating, so the "not rated" below is written only together with the finish.
        with self.command():
            # A visit still waiting for its rating at this counter is closed as "not rated".
            pending = self.pending_rating(counter)
            events: Events = []
            if pending is not None:
                _, events = self.rate(pending.id, None, [], counter=counter)
            result, more = self.run(queue.finish, counter)
            return result, events + more

    def next_customer(self, counter: int) -> tuple[Ticket, Events]:
        """One press per customer: finish the customer at the counter (if any), then call
        the next one (if anybody is waiting), all or nothing. The result is the called
        ticket, or the finished one when nobody else is waiting."""
        with self.command():
            events: Events = []
            if queue.ticket_at(self.state, counter) is not None:
                result, events = self.finish(counter)
                if not queue.call_order(self.state, counter, self.now()):
                    return result, events
            called, more = self.call_next(counter)
            return called, events + more

    def no_show(self, counter: int) -> tuple[Ticket, Events]:
        return self.run(queue.no_show, counter)

    def requeue(self, ticket_id: int) -> tuple[Ticket, Events]:
        return self.run(queue.requeue, ticket_id)

    def transfer(self, counter: int, to_service: str | None = None,
                 to_counter: int | None = None, note: str = "") -> tuple[Ticket, Events]:
        return self.run(queue.transfer, counter, to_service=to_service,
                        to_counter=to_counter, note=note)

    def cancel(self, ticket_id: int, reason: str = "") -> tuple[Ticket, Events]:
        return self.run(queue.cancel, ticket_id, reason=reason)

    def pause(self, counter: int, reason: str = "") -> tuple[CounterStatus, Events]:
        return self.run(queue.pause, counter, reason=reason)

    def resume(self, counter: int) -> tuple[CounterStatus, Events]:
        return self.run(queue.resume, counter)

    def open_counter(self, counter: int, staff: str) -> tuple[CounterStatus, Events]:
        return self.run(queue.open_counter, counter, staff)

    def close_counter(self, counter: int) -> tuple[CounterStatus, Events]:
        return self.run(queue.close_counter, counter)


def jsonable_row(t: Ticket) -> dict[str, Any]:
    d = {f.name: getattr(t, f.name) for f in dataclasses.fields(t)}
    d["priority"] = t.priority.value
    d["state"] = t.state.value
    return d
