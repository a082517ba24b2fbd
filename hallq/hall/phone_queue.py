"""The queue from a phone: a ticket taken on the phone page, in the hall's own numbering,
where the service allows it and up to its daily limit; its live status; "I'm not coming"."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from hallq.domain import DomainError, InvalidInput, NotFound, Ticket, TicketState, queue
from hallq.domain.estimate import estimate_range
from hallq.domain.values import LANGUAGES, valid_phone
from hallq.hall.base import HallBase, Reply, locked

ACTIVE = (TicketState.WAITING, TicketState.CALLED, TicketState.SERVING)


class HallPhoneQueue(HallBase):
    """Mixed into Hall: tickets taken from phones."""

    contacts: dict[int, tuple[str, str, bool]]

    def _phone_ticket_id(self, token: str) -> int:
        r = self.m.Contact.get_or_none(self.m.Contact.token == (token or "")[:64])
        if r is None or r.ticket_id not in self.state.tickets:
            raise NotFound("unknown_ticket", "This ticket is not in today's queue.")
        return int(r.ticket_id)

    def phone_tickets_today(self, service: str) -> int:
        m = self.m
        today = {t.id for t in self.state.tickets.values() if t.service == service}
        return sum(1 for r in m.Contact.select(m.Contact.ticket_id).where(
            m.Contact.token.is_null(False) & (m.Contact.service == service))
            if r.ticket_id in today)

    @locked
    def take_phone_ticket(self, service: str, phone: str, language: str) -> Reply:
        """A ticket for a customer not yet in the hall; its token opens its live page."""
        prefix = (service or "").strip().upper()
        svc = self.state.services.get(prefix)
        if svc is None or not svc.active:
            raise NotFound("unknown_service", f"There is no active service {service!r}.")
        if language not in LANGUAGES:
            raise InvalidInput("bad_language", f"Unknown language {language!r}.")
        phone = (phone or "").strip()
        if not valid_phone(phone):
            raise InvalidInput("bad_phone", "A phone number is 4 to 20 digits.")
        limit = self.appointment_plan(prefix).phone_daily_limit  # type: ignore[attr-defined]
        if limit <= 0:
            raise DomainError("no_phone_queue", "This service takes no tickets from phones; "
                              "take one at the hall's kiosk.")
        if self.phone_tickets_today(prefix) >= limit:
            raise DomainError("phone_queue_full", "Today's tickets from phones for this "
                              "service are all taken; take one at the hall's kiosk.")
        for tid, (other, _, _) in self.contacts.items():
            t = self.state.tickets.get(tid)
            if other == phone and t is not None and t.state in ACTIVE:
                raise DomainError("already_in_queue", f"This number already has ticket "
                                  f"{t.number} in the queue.")
        token = secrets.token_urlsafe(16)
        now = self.now()

        def write(change: queue.Change) -> None:
            t = change.result
            assert isinstance(t, Ticket)
            self.add_contact(t.id, phone, language, now)
            self.m.Contact.update(token=token, service=prefix).where(
                self.m.Contact.ticket_id == t.id).execute()

        def command(state: queue.QueueState, now: datetime) -> queue.Change:
            change = queue.issue(state, prefix, now, language=language)
            # Counted at head office as a visit queued online (no phone goes with it).
            change.events[0].data["origin"] = "phone"
            return change

        ticket, events = self.run(command, extra=lambda change: lambda: write(change))
        return {"ticket": ticket, "token": token}, events

    def phone_status(self, token: str, now: datetime | None = None) -> dict[str, Any]:
        """What the live page shows: the ticket, people ahead, the estimate, the counter."""
        with self.lock:
            t = self.state.tickets[self._phone_ticket_id(token)]
            now = now or self.now()
            svc = self.state.services.get(t.service)
            out: dict[str, Any] = {
                "number": t.number, "state": t.state.value, "service": t.service,
                "names": svc.names if svc else {}, "language": t.language,
                "counter": t.counter if t.state in (TicketState.CALLED, TicketState.SERVING)
                else None}
            if t.state == TicketState.WAITING:
                e = estimate_range(self.state, t.service, now, probe=t)
                out |= {"ahead": e.ahead, "eta_min": _whole(e.eta_min),
                        "eta_low_min": _whole(e.low_min), "eta_high_min": _whole(e.high_min),
                        "opens_at": e.opens_at}
            return out

    @locked
    def cancel_phone_ticket(self, token: str) -> Reply:
        """ "I'm not coming": the waiting ticket is cancelled, its place freed."""
        ticket, events = self.cancel(self._phone_ticket_id(token),  # type: ignore[attr-defined]
                                     reason="customer_not_coming")
        return {"ticket": ticket}, events


def _whole(minutes: float | None) -> int | None:
    return None if minutes is None else round(minutes)
