"""Messages in the hall: contacts, the outbox rows a change writes, the sender's commands,
and erasing phone numbers once they are no longer needed."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from hallq.domain import Event, TicketState, jsonable, queue
from hallq.domain.estimate import estimate
from hallq.domain.messages import (
    AHEAD_NOTICE,
    REMINDER_BEFORE,
    MessageState,
    next_try,
    render,
)
from hallq.hall.base import HallBase, Reply, locked
from hallq.hall.setup import SYSTEM
from hallq.store.times import at_or_after, before
from hallq.wire import MessagingSetup, check_setup

SECRET_FIELDS = ("smpp_password", "webhook_token")  # written, never read back
OVER = (TicketState.DONE, TicketState.NO_SHOW, TicketState.CANCELLED)


class HallMessages(HallBase):
    """Mixed into Hall: what is said to customers, and when."""

    contacts: dict[int, tuple[str, str, bool]]  # ticket id -> (phone, language, told ahead)
    _messaging: MessagingSetup | None = None  # read once: every command's commit asks

    # ------------------------------------------------------------ set-up
    def messaging(self) -> MessagingSetup:
        if self._messaging is None:
            self._messaging = MessagingSetup.model_validate(
                self.store.get_meta("messaging") or {})
        return self._messaging

    def messaging_public(self) -> dict[str, Any]:
        """The settings as the supervisor window shows them: secrets only as set or not."""
        out = self.messaging().model_dump()
        for k in SECRET_FIELDS:
            out[k] = bool(out[k])
        return out

    @locked
    def set_messaging(self, data: dict[str, Any], by: str = SYSTEM) -> Reply:
        old = self.messaging().model_dump()
        # A secret left out (or sent back as the "set" flag) keeps its value.
        given = {k: v for k, v in data.items()
                 if not (k in SECRET_FIELDS and not isinstance(v, str))}
        new = check_setup(MessagingSetup, old | given).model_dump()
        changed = {k: ["***" if k in SECRET_FIELDS else old[k],
                       "***" if k in SECRET_FIELDS else v]
                   for k, v in new.items() if old[k] != v}
        now = self.now()
        ev = Event("config_changed", now, queue.business_day(now, self.info), None, None, None,
                   {"what": "messaging", "by": by, "changes": changed})
        events = self._commit(queue.Change(events=[ev]),
                              lambda: self.store.set_meta("messaging", new))
        self._messaging = None
        return self.messaging_public(), events

    # ------------------------------------------------------------ writing the outbox
    def load_contacts(self) -> None:
        today = {t.id for t in self.state.tickets.values()}
        self.contacts = {r.ticket_id: (r.phone, r.language, r.notified_ahead)
                         for r in self.m.Contact.select() if r.ticket_id in today}

    def _outbox_row(self, kind: str, phone: str, language: str, text: str, now: datetime,
                    ticket_id: int | None = None, appointment: str | None = None) -> None:
        self.store.write_row(self.m.Outbox, {
            "created": now, "kind": kind, "phone": phone, "language": language, "text": text,
            "ticket_id": ticket_id, "appointment": appointment,
            "state": MessageState.PENDING.value, "next_try": now})

    def _messages_for(self, change: queue.Change, now: datetime) -> None:
        """Inside a change's transaction: the messages it causes (called at a counter), and
        "N ahead of you" to those who reached it (told once)."""
        if self.messaging().channel == "none":
            return
        for ev in change.events:
            if ev.type == "ticket_called" and ev.ticket_id in self.contacts:
                phone, lang, _ = self.contacts[ev.ticket_id]
                t = self.state.tickets.get(ev.ticket_id)
                number = t.number if t else ""
                self._outbox_row("called", phone, lang, render(
                    "called", lang, number=number, counter=ev.counter), now, ev.ticket_id)
        for tid, (phone, lang, told) in list(self.contacts.items()):
            t = self.state.tickets.get(tid)
            if told or t is None or t.state != TicketState.WAITING:
                continue
            ahead, _ = estimate(self.state, t.service, now, probe=t)
            if ahead <= AHEAD_NOTICE:
                self._outbox_row("ahead", phone, lang, render(
                    "ahead", lang, number=t.number, ahead=ahead), now, tid)
                self.m.Contact.update(notified_ahead=True).where(
                    self.m.Contact.ticket_id == tid).execute()
                self.contacts[tid] = (phone, lang, True)

    def add_contact(self, ticket_id: int, phone: str, language: str, now: datetime,
                    ahead: int | None = None) -> None:
        """In the transaction that issues the ticket: keep its phone for its messages. One
        issued with AHEAD_NOTICE or fewer ahead is in the hall already: not told "N ahead"."""
        told = ahead is not None and ahead <= AHEAD_NOTICE
        self.store.write_row(self.m.Contact, {"ticket_id": ticket_id, "phone": phone,
                                              "language": language, "created": now,
                                              "notified_ahead": told}, replace=True)
        self.contacts[ticket_id] = (phone, language, told)

    def booking_message(self, kind: str, appt: Any, now: datetime) -> None:
        """In a booking's transaction: its confirmation (or reminder) if it left a phone."""
        if not appt.phone or self.messaging().channel == "none":
            return
        svc = self.state.services.get(appt.service)
        text = render(kind, appt.language, service=svc.name(appt.language) if svc else
                      appt.service, time=appt.start.strftime("%H:%M"),
                      date=appt.start.strftime("%d/%m/%Y"), code=appt.code)
        self._outbox_row(kind, appt.phone, appt.language, text, now, None, appt.code)

    @locked
    def queue_reminders(self) -> int:
        """Reminders for today's booked appointments starting within REMINDER_BEFORE."""
        now = self.now()
        if not self.messaging().reminders or self.messaging().channel == "none":
            return 0
        day = now.astimezone(self.zone()).date()
        # Not for a booking made inside the window: its confirmation just said the same.
        due = [a for a in self.appointments_on(day)
               if a.state == "booked" and a.phone and now < a.start <= now + REMINDER_BEFORE
               and (a.booked_at is None or a.booked_at < a.start - REMINDER_BEFORE)]
        m = self.m
        told = {r.appointment for r in m.Outbox.select(m.Outbox.appointment).where(
            (m.Outbox.kind == "reminder") & m.Outbox.appointment.in_([a.code for a in due]))}
        todo = [a for a in due if a.code not in told]
        if todo:
            def write() -> None:
                for a in todo:
                    self.booking_message("reminder", a, now)
            self._commit(queue.Change(), write)
        return len(todo)

    @locked
    def send_test_message(self, phone: str, language: str, by: str = SYSTEM) -> Reply:
        now = self.now()
        text = render("test", language, hall=self.info.name)
        ev = Event("message_test", now, queue.business_day(now, self.info), None, None, None,
                   {"by": by})
        events = self._commit(queue.Change(events=[ev]), lambda: self._outbox_row(
            "test", phone, language, text, now))
        return {"queued": True}, events

    # ------------------------------------------------------------ the sender's commands
    def due_messages(self, limit: int = 20) -> list[Any]:
        m, now = self.m, self.now()
        return list(m.Outbox.select().where(
            (m.Outbox.state == MessageState.PENDING.value) & (m.Outbox.next_try <= now))
            .order_by(m.Outbox.id).limit(limit))

    @locked
    def claim_message(self, message_id: int, channel: str) -> bool:
        """Mark a message as being sent (committed before a byte goes out), if still due."""
        m = self.m
        return bool(m.Outbox.update(
            state=MessageState.SENDING.value, channel=channel, attempts=m.Outbox.attempts + 1)
            .where((m.Outbox.id == message_id)
                   & (m.Outbox.state == MessageState.PENDING.value)).execute())

    @locked
    def settle_message(self, message_id: int, ok: bool, provider_id: str = "",
                       error: str = "") -> str:
        """The send's outcome: sent, or pending again at its next try, or failed."""
        m, now = self.m, self.now()
        row = m.Outbox.get_by_id(message_id)
        if ok:
            state, retry = MessageState.SENT, None
        else:
            retry = next_try(row.attempts, now)
            state = MessageState.PENDING if retry else MessageState.FAILED
        m.Outbox.update(state=state.value, next_try=retry, provider_id=provider_id,
                        error=error[:300], sent_at=now if ok else None).where(
            m.Outbox.id == message_id).execute()
        return state.value

    @locked
    def record_receipt(self, provider_id: str, delivered: bool) -> int:
        """An operator's delivery receipt: the message it names is delivered (or failed)."""
        m = self.m
        state = MessageState.DELIVERED if delivered else MessageState.FAILED
        return int(m.Outbox.update(state=state.value, delivered_at=self.now() if delivered
                                   else None).where(
            (m.Outbox.provider_id == provider_id) & (provider_id != "")).execute())

    @locked
    def recover_messages(self, resend_in_flight: bool) -> int:
        """After a crash: messages caught while being sent. SMS are never sent twice, so
        they are marked uncertain; a webhook (idempotent by message id) is sent again."""
        m = self.m
        state = MessageState.PENDING if resend_in_flight else MessageState.UNCERTAIN
        return int(m.Outbox.update(state=state.value).where(
            m.Outbox.state == MessageState.SENDING.value).execute())

    def messages_since(self, since: datetime, limit: int = 50) -> list[Any]:
        """The newest `limit` messages created at or after `since` (Outbox rows)."""
        m = self.m
        return list(m.Outbox.select().where(at_or_after(m.Outbox.created, since))
                    .order_by(m.Outbox.id.desc()).limit(limit))

    def message_counts(self, since: datetime) -> dict[str, int]:
        """Messages created since `since`, by state (the supervisor's and report's figure)."""
        m = self.m
        rows = (m.Outbox.select(m.Outbox.state, m.Outbox.id)
                .where(at_or_after(m.Outbox.created, since)))
        out: dict[str, int] = {}
        for r in rows:
            out[r.state] = out.get(r.state, 0) + 1
        return out

    # ------------------------------------------------------------ personal data
    @locked
    def erase_personal_data(self) -> dict[str, int]:
        """Erase phone numbers (and names) whose visit or booking is over by more than the
        retention days, and the words of complaints closed that long ago; the rows stay, so
        the day's figures do not change."""
        now = self.now()
        keep = timedelta(days=self.messaging().retention_days)
        m = self.m
        live = {t.id for t in self.state.tickets.values() if t.state not in OVER}
        old_contacts = [r.ticket_id for r in m.Contact.select()
                        if r.ticket_id not in live and r.created < now - keep]
        done = [MessageState.SENT.value, MessageState.DELIVERED.value,
                MessageState.FAILED.value, MessageState.UNCERTAIN.value]
        counts = {"contacts": 0, "messages": 0, "appointments": 0, "complaints": 0}
        due_messages = m.Outbox.select().where(
            (m.Outbox.phone != "") & m.Outbox.state.in_(done)
            & (m.Outbox.created < now - keep)).exists()
        due_appointments = m.Appointment.select().where(
            ((m.Appointment.phone != "") | (m.Appointment.name != ""))
            & before(m.Appointment.start, now - keep)).exists()
        due_complaints = self.complaint_texts_due(now - keep)  # closed, past retention
        if not (old_contacts or due_messages or due_appointments or due_complaints):
            return counts  # nothing to erase: no event, no write

        def write() -> None:
            if old_contacts:
                counts["contacts"] = m.Contact.delete().where(
                    m.Contact.ticket_id.in_(old_contacts)).execute()
            counts["messages"] = m.Outbox.update(phone="").where(
                (m.Outbox.phone != "") & m.Outbox.state.in_(done)
                & (m.Outbox.created < now - keep)).execute()
            counts["appointments"] = m.Appointment.update(phone="", name="").where(
                ((m.Appointment.phone != "") | (m.Appointment.name != ""))
                & before(m.Appointment.start, now - keep)).execute()
            counts["complaints"] = self.erase_complaint_texts(now - keep)
            ev.data.update(counts)  # the event is written after this, with the counts

        ev = Event("personal_data_erased", now, queue.business_day(now, self.info), None,
                   None, None, {})
        self._commit(queue.Change(events=[ev]), write)
        for tid in old_contacts:
            self.contacts.pop(tid, None)
        return jsonable(counts)  # type: ignore[no-any-return]

