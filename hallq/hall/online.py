"""The day's figures of what happens beyond the hall's walls: appointments, check-ins,
no-shows, tickets taken from phones, messages sent and failed (supervisor and report)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hallq.domain.appointments import AppointmentState
from hallq.hall.service import Hall


def online_figures(hall: Hall, day: date) -> dict[str, Any]:
    """Per service and in all: booked, checked in (on time / late), cancelled, no-shows;
    phone tickets; messages by state, for the hall-local `day`."""
    zone = ZoneInfo(hall.info.timezone)
    start = datetime.combine(day, time(0), zone)
    appts = hall.appointments_on(day)
    no_shows = hall.no_shows(day)
    by_service: dict[str, dict[str, int]] = {}
    for a in appts:
        row = by_service.setdefault(a.service, {"booked": 0, "checked_in": 0, "cancelled": 0,
                                                "no_shows": 0, "phone_tickets": 0})
        if a.state == AppointmentState.CANCELLED:
            row["cancelled"] += 1
        else:
            row["booked"] += 1
        if a.state == AppointmentState.CHECKED_IN:
            row["checked_in"] += 1
    for svc, n in no_shows.items():
        by_service.setdefault(svc, {"booked": 0, "checked_in": 0, "cancelled": 0,
                                    "no_shows": 0, "phone_tickets": 0})["no_shows"] = n
    m = hall.m
    rows = list(m.Ticket.select(m.Ticket.id, m.Ticket.service, m.Ticket.number)
                .where(m.Ticket.day == day))
    tickets = {r.id: r.service for r in rows}
    visits = len({r.number for r in rows})  # a transferred visit keeps its number
    for c in m.Contact.select(m.Contact.ticket_id).where(m.Contact.token.is_null(False)):
        service = tickets.get(c.ticket_id)
        if service is not None:
            by_service.setdefault(service, {"booked": 0, "checked_in": 0, "cancelled": 0,
                                        "no_shows": 0, "phone_tickets": 0})[
                "phone_tickets"] += 1
    total = {k: sum(row[k] for row in by_service.values())
             for k in ("booked", "checked_in", "cancelled", "no_shows", "phone_tickets")}
    messages: dict[str, int] = {}
    for r in m.Outbox.select(m.Outbox.state).where(
            (m.Outbox.created >= start) & (m.Outbox.created < start + timedelta(days=1))):
        messages[r.state] = messages.get(r.state, 0) + 1
    return {"date": day.isoformat(), "services": dict(sorted(by_service.items())),
            "total": total, "visits": visits, "messages": messages}
