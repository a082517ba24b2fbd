"""Appointments: the hall's calendar, a service's slots, and the check-in rule (no I/O).

The check-in rule (README "The call rule"): a booked customer who checks in from
EARLY before to LATE after the slot's start gets a ticket of priority "appointment",
called before the walk-ins of the same service who are not yet past their target wait;
earlier, they are told when to come back and nothing changes; later, they get an
ordinary walk-in ticket. Rule 1 of the call rule (a ticket past its service's target wait
goes first, oldest first) still holds, so a walk-in's wait stays bounded by that target
however many appointments arrive.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hallq.domain.errors import DomainError, InvalidInput
from hallq.domain.values import HallInfo

EARLY = timedelta(minutes=15)  # a check-in this long before the slot counts as on time
LATE = timedelta(minutes=10)  # and this long after it
CODE_ALPHABET = "ACDEFHJKMNPRTWXY34679"  # no 0/O, 1/I/L, 2/Z, 5/S, 8/B: read aloud safely
CODE_LENGTH = 6
MAX_DAYS_AHEAD = 60  # a booking further ahead is refused


class AppointmentState(enum.StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"
    CHECKED_IN = "checked_in"


class Source(enum.StrEnum):
    PHONE = "phone"  # the customer, on the hub's /book page
    COUNTER = "counter"  # a clerk, for the customer in front of them
    CENTRAL = "central"  # head office, through the nightly sync
    CLI = "cli"  # the IT officer


@dataclass(frozen=True)
class Plan:
    """A service's appointment set-up: customers per slot (0: no appointments), slot length,
    and how many tickets a day the phone page may take (0: none)."""

    service: str
    capacity: int = 0
    slot_min: int = 15
    phone_daily_limit: int = 0


@dataclass(frozen=True)
class Appointment:
    code: str
    service: str
    start: datetime  # the slot's start, hall-local and timezone-aware
    state: AppointmentState = AppointmentState.BOOKED
    source: Source = Source.PHONE
    phone: str = ""
    name: str = ""
    language: str = "vi"
    booked_at: datetime | None = None
    checked_in_at: datetime | None = None
    ticket_id: int | None = None

    def with_(self, **changes: Any) -> Appointment:
        return replace(self, **changes)


@dataclass(frozen=True)
class Slot:
    start: datetime
    capacity: int
    booked: int

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.booked)


def is_working_day(hall: HallInfo, day: date) -> bool:
    return day.isoweekday() in hall.open_weekdays and day.isoformat() not in hall.holidays


def _hhmm(value: str) -> time:
    return time.fromisoformat(value)


def slot_starts(hall: HallInfo, plan: Plan, day: date) -> list[datetime]:
    """Every slot of a day: from each opening period's start, one per slot length, while the
    slot ends within the period. None on a day the hall is closed."""
    if plan.capacity <= 0 or not is_working_day(hall, day):
        return []
    zone = ZoneInfo(hall.timezone)
    out: list[datetime] = []
    step = timedelta(minutes=plan.slot_min)
    for opens, closes in hall.opening_hours:
        at = datetime.combine(day, _hhmm(opens), zone)
        end = datetime.combine(day, _hhmm(closes), zone)
        while at + step <= end:
            out.append(at)
            at += step
    return out


def day_slots(hall: HallInfo, plan: Plan, day: date, booked: dict[datetime, int],
              now: datetime) -> list[Slot]:
    """The day's slots still ahead of `now`, each with its capacity and bookings."""
    return [Slot(s, plan.capacity, booked.get(s, 0))
            for s in slot_starts(hall, plan, day) if s > now]


def check_bookable(hall: HallInfo, plan: Plan, start: datetime, now: datetime,
                   booked: int) -> None:
    """Refuse a booking that is not on a slot, in the past, too far ahead, or full."""
    if plan.capacity <= 0:
        raise DomainError("no_appointments", "This service takes no appointments.")
    # Far-off times first: they are refused before any calendar arithmetic on them.
    if start <= now:
        raise DomainError("slot_passed", "That time has passed; choose a later one.")
    if start - now > timedelta(days=MAX_DAYS_AHEAD + 1):
        raise InvalidInput("too_far_ahead", f"Appointments can be booked at most "
                           f"{MAX_DAYS_AHEAD} days ahead.")
    local = start.astimezone(ZoneInfo(hall.timezone))
    if local not in slot_starts(hall, plan, local.date()):
        raise InvalidInput("not_a_slot", "That time is not one of the service's appointment "
                           "times; choose one of the times offered.")
    if booked >= plan.capacity:
        raise DomainError("slot_full", "That time is fully booked; choose another.")


class Arrival(enum.StrEnum):
    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"


def arrival_of(appt: Appointment, now: datetime) -> Arrival:
    """How a check-in at `now` stands against the slot (see the module's rule)."""
    if now < appt.start - EARLY:
        return Arrival.EARLY
    if now <= appt.start + LATE:
        return Arrival.ON_TIME
    return Arrival.LATE


def come_back_at(appt: Appointment) -> datetime:
    """The earliest moment a check-in counts as on time."""
    return appt.start - EARLY


def check_can_check_in(appt: Appointment, today: date, local_day: date) -> None:
    """A code checks in once, on its own day; a cancelled one never."""
    if appt.state == AppointmentState.CHECKED_IN:
        raise DomainError("already_checked_in", "This appointment has already been checked "
                          "in; your ticket was given then.")
    if appt.state == AppointmentState.CANCELLED:
        raise DomainError("appointment_cancelled", "This appointment was cancelled. Take an "
                          "ordinary ticket, or book again.")
    if local_day != today:
        raise DomainError("not_today", f"This appointment is for {local_day.isoformat()}, "
                          "not today.")


def is_no_show(appt: Appointment, now: datetime) -> bool:
    """Booked, never checked in, and the check-in window has closed."""
    return appt.state == AppointmentState.BOOKED and now > appt.start + LATE
