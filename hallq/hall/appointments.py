"""Appointments in the hall: each service's plan, booking, moving, cancelling, checking in."""

from __future__ import annotations

import re
import secrets
from datetime import date, datetime
from typing import Any

from hallq.domain import (
    DomainError,
    Event,
    InvalidInput,
    NotFound,
    Priority,
    Ticket,
    jsonable,
    queue,
)
from hallq.domain.appointments import (
    CODE_ALPHABET,
    CODE_LENGTH,
    Appointment,
    AppointmentState,
    Arrival,
    Plan,
    Slot,
    Source,
    arrival_of,
    check_bookable,
    check_can_check_in,
    come_back_at,
    day_slots,
    is_no_show,
)
from hallq.domain.values import LANGUAGES, valid_phone
from hallq.hall.base import HallBase, Reply, locked
from hallq.hall.setup import SYSTEM
from hallq.wire import AppointmentPlanSetup, check_setup

NEXT_FREE = 3  # a full slot is refused with this many next free slots offered
CODE_FORM = re.compile(r"[A-Z0-9]{4,12}")


def _row(a: Appointment) -> dict[str, Any]:
    return {"code": a.code, "service": a.service, "day": a.start.date(), "start": a.start,
            "state": a.state.value, "source": a.source.value, "phone": a.phone,
            "name": a.name, "language": a.language, "booked_at": a.booked_at,
            "checked_in_at": a.checked_in_at, "ticket_id": a.ticket_id}


def _from_row(r: Any) -> Appointment:
    return Appointment(r.code, r.service, r.start, AppointmentState(r.state), Source(r.source),
                       r.phone, r.name, r.language, r.booked_at, r.checked_in_at, r.ticket_id)


def _public(a: Appointment) -> dict[str, Any]:
    """What an event and the head office may see: no phone, no name."""
    return {"code": a.code, "service": a.service, "start": a.start.isoformat(),
            "state": a.state.value, "source": a.source.value}


def appointment_json(a: Appointment, with_contact: bool = False) -> dict[str, Any]:
    out = _public(a) | {"language": a.language, "ticket_id": a.ticket_id,
                        "checked_in_at": jsonable(a.checked_in_at)}
    if with_contact:
        out |= {"phone": a.phone, "name": a.name}
    return out


class HallAppointments(HallBase):
    """Mixed into Hall: appointments and each service's appointment plan."""

    # ------------------------------------------------------------ reading
    def appointment_plan(self, service: str) -> Plan:
        r = self.m.AppointmentPlan.get_or_none(self.m.AppointmentPlan.service == service)
        if r is None:
            return Plan(service)
        return Plan(service, r.capacity, r.slot_min, r.phone_daily_limit)

    def appointment(self, code: str) -> Appointment:
        key = (code or "").strip().upper()
        r = self.m.Appointment.get_or_none(self.m.Appointment.code == key)
        if r is None:
            raise NotFound("unknown_appointment", "There is no appointment with this code. "
                           "Check the code, or take an ordinary ticket.")
        return _from_row(r)

    def appointments_on(self, day: date) -> list[Appointment]:
        rows = (self.m.Appointment.select().where(self.m.Appointment.day == day)
                .order_by(self.m.Appointment.start, self.m.Appointment.code))
        return [_from_row(r) for r in rows]

    def _booked(self, service: str, day: date) -> dict[datetime, int]:
        counts: dict[datetime, int] = {}
        for a in self.appointments_on(day):
            if a.service == service and a.state != AppointmentState.CANCELLED:
                counts[a.start] = counts.get(a.start, 0) + 1
        return counts

    def _service(self, service: str) -> str:
        prefix = (service or "").strip().upper()
        svc = self.state.services.get(prefix)
        if svc is None or not svc.active:
            raise NotFound("unknown_service", f"There is no active service {service!r}.")
        return prefix

    def slots(self, service: str, day: date) -> list[Slot]:
        """The day's slots of a service still ahead, with what is free in each."""
        prefix = self._service(service)
        return day_slots(self.info, self.appointment_plan(prefix), day,
                         self._booked(prefix, day), self.now())

    def no_shows(self, day: date) -> dict[str, int]:
        """Per service: appointments of the day never checked in once their window closed."""
        now, out = self.now(), dict[str, int]()
        for a in self.appointments_on(day):
            if is_no_show(a, now):
                out[a.service] = out.get(a.service, 0) + 1
        return out

    # ------------------------------------------------------------ set-up
    @locked
    def set_appointment_plan(self, data: dict[str, Any], by: str = SYSTEM) -> Reply:
        checked = check_setup(AppointmentPlanSetup, data)
        prefix = self._service(checked.service)
        old = jsonable(self.appointment_plan(prefix))
        row = {"service": prefix, "capacity": checked.capacity, "slot_min": checked.slot_min,
               "phone_daily_limit": checked.phone_daily_limit}
        now = self.now()
        ev = Event("config_changed", now, queue.business_day(now, self.info), None, None,
                   None, {"what": "appointment_plan", "by": by, "plan": row,
                          "changes": {k: [old[k], v] for k, v in row.items() if old[k] != v}})
        events = self._commit(queue.Change(events=[ev]), lambda: self.store.write_row(
            self.m.AppointmentPlan, row, replace=True))
        return row, events

    # ------------------------------------------------------------ booking
    def _local(self, start: datetime) -> datetime:
        if start.tzinfo is None:
            start = start.replace(tzinfo=self.zone())
        try:
            return start.astimezone(self.zone())
        except OverflowError:  # year 1 or 9999 and an offset: no appointment time anyway
            raise InvalidInput("too_far_ahead", "That date is not one appointments can be "
                               "booked for.") from None

    def _next_free(self, service: str, after: datetime) -> list[str]:
        found: list[str] = []
        day = after.date()
        for _ in range(14):  # look two weeks ahead at most
            for s in self.slots(service, day):
                if s.start > after and s.free > 0:
                    found.append(s.start.isoformat())
                    if len(found) == NEXT_FREE:
                        return found
            day = date.fromordinal(day.toordinal() + 1)
        return found

    def _new_code(self) -> str:
        while True:  # 21^6 = 85 million codes: a collision is rare, and simply drawn again
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            if self.m.Appointment.get_or_none(self.m.Appointment.code == code) is None:
                return code

    def _check_slot(self, service: str, start: datetime, ignore: str | None = None) -> None:
        booked = self._booked(service, start.date())
        if ignore is not None:
            mine = self.appointment(ignore)
            if mine.start == start and mine.state == AppointmentState.BOOKED:
                booked[start] -= 1
        try:
            check_bookable(self.info, self.appointment_plan(service), start, self.now(),
                           booked.get(start, 0))
        except DomainError as exc:
            if exc.code in ("slot_full", "slot_passed", "not_a_slot"):
                exc.details = {"next_free": self._next_free(service, max(start, self.now()))}
            raise

    def _save(self, a: Appointment, kind: str, **data: Any) -> Reply:
        now = self.now()
        ev = Event(kind, now, queue.business_day(now, self.info), a.ticket_id, None, None,
                   {"appointment": _public(a)} | data)

        def write() -> None:
            self.store.write_row(self.m.Appointment, _row(a), replace=True)
            if kind in ("appointment_booked", "appointment_moved"):
                self.booking_message("booked", a, now)  # the code and time, by message

        events = self._commit(queue.Change(events=[ev]), write)
        return appointment_json(a), events

    @locked
    def book(self, service: str, start: datetime, phone: str = "", name: str = "",
             language: str = LANGUAGES[0], source: str = Source.PHONE,
             code: str | None = None) -> Reply:
        """Book a slot; the reply carries the short code the customer checks in with (one
        drawn here, or head office's own: `code`)."""
        prefix = self._service(service)
        if code is not None and not CODE_FORM.fullmatch(code):
            raise InvalidInput("bad_booking_code", "A booking code is 4 to 12 letters A-Z or "
                               "digits.")
        if code is not None and self.m.Appointment.get_or_none(
                self.m.Appointment.code == code) is not None:
            raise DomainError("duplicate_code", f"An appointment with code {code} exists.")
        try:
            src = Source(source)
        except ValueError:
            raise InvalidInput("bad_source", f"Unknown source {source!r}.") from None
        if language not in LANGUAGES:
            raise InvalidInput("bad_language", f"Unknown language {language!r}.")
        phone = (phone or "").strip()
        if phone and not valid_phone(phone):
            raise InvalidInput("bad_phone", "A phone number is 4 to 20 digits.")
        if src == Source.PHONE and not phone:
            # Booking on the phone page leaves a number: one way to remind, one to limit.
            raise InvalidInput("phone_required", "Give a phone number to book.")
        local = self._local(start)
        self._check_slot(prefix, local)
        if phone and any(a.phone == phone and a.service == prefix
                         and a.state == AppointmentState.BOOKED
                         for a in self.appointments_on(local.date())):
            raise DomainError("already_booked", "This phone number already has an "
                              "appointment for this service that day; move or cancel it.")
        a = Appointment(code or self._new_code(), prefix, local, AppointmentState.BOOKED, src,
                        phone, (name or "").strip()[:80], language, self.now())
        return self._save(a, "appointment_booked")

    @locked
    def move_appointment(self, code: str, start: datetime) -> Reply:
        a = self.appointment(code)
        if a.state != AppointmentState.BOOKED:
            raise DomainError("not_movable", "Only a booked appointment not yet checked in "
                              "can be moved.")
        local = self._local(start)
        self._check_slot(a.service, local, ignore=a.code)
        return self._save(a.with_(start=local), "appointment_moved",
                          was=a.start.isoformat())

    @locked
    def cancel_appointment(self, code: str) -> Reply:
        a = self.appointment(code)
        if a.state == AppointmentState.CANCELLED:
            raise DomainError("appointment_cancelled", "This appointment is already "
                              "cancelled.")
        if a.state == AppointmentState.CHECKED_IN:
            raise DomainError("already_checked_in", "This appointment has been checked in; "
                              "it can no longer be cancelled.")
        return self._save(a.with_(state=AppointmentState.CANCELLED), "appointment_cancelled")

    # ------------------------------------------------------------ check-in
    @locked
    def check_in(self, code: str, language: str | None = None) -> Reply:
        """The customer arrives: a ticket of priority "appointment" on time, an ordinary one
        late; too early, a refusal that says when to come back (nothing changes)."""
        a = self.appointment(code)
        now = self.now()
        check_can_check_in(a, self._local(now).date(), a.start.date())
        arrival = arrival_of(a, now)
        if arrival == Arrival.EARLY:
            back = come_back_at(a)
            raise DomainError("too_early", f"Too early: please come back from "
                              f"{back.strftime('%H:%M')}.",
                              {"come_back_at": back.isoformat(), "start": a.start.isoformat()})
        lang = language if language in LANGUAGES else a.language
        prio = Priority.APPOINTMENT if arrival == Arrival.ON_TIME else Priority.NONE
        saved: dict[str, Appointment] = {}

        def command(state: queue.QueueState, now: datetime) -> queue.Change:
            change = queue.issue(state, a.service, now, priority=prio, language=lang)
            change.events[0].data["origin"] = "appointment"  # a visit booked ahead
            t = change.result
            assert isinstance(t, Ticket)  # issue's result is the ticket it made
            done = a.with_(state=AppointmentState.CHECKED_IN, checked_in_at=now,
                           ticket_id=t.id)
            saved["a"] = done
            change.events.append(Event(
                "appointment_checked_in", now, t.day, t.id, None, None,
                {"appointment": _public(done), "arrival": arrival.value}))
            return change

        def write(change: queue.Change) -> None:
            done = saved["a"]
            self.store.write_row(self.m.Appointment, _row(done), replace=True)
            if done.phone and done.ticket_id is not None:
                ahead = change.events[0].data.get("ahead")  # ticket_issued's
                self.add_contact(done.ticket_id, done.phone, lang, now, ahead)

        ticket, events = self.run(command, extra=lambda change: lambda: write(change))
        issued = next(e for e in events if e["type"] == "ticket_issued")["data"]
        return {"ticket": jsonable(ticket), "arrival": arrival.value,
                "appointment": appointment_json(saved["a"])} | {
                    k: issued.get(k) for k in ("ahead", "eta_min", "eta_low_min",
                                               "eta_high_min", "opens_at")}, events
