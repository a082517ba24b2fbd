"""Appointments: the free slots and booking from a phone (public, by code), booking at a
counter, the day's list for the supervisor, and check-in at the kiosk or a counter."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from hallq.domain import jsonable
from hallq.hall.appointments import appointment_json
from hallq.hub.auth import Caller
from hallq.hub.context import HubDep
from hallq.hub.params import Day
from hallq.hub.permissions import allowed, public
from hallq.report.online import online_figures
from hallq.wire import BookBody, CheckInBody, MoveBody

router = APIRouter()

# The code is the customer's key to their appointment: 6 letters, 85 million of them.
Code = Annotated[str, Path(min_length=1, max_length=12)]


def _code(code: str) -> str:
    return code.strip().upper()


@router.get("/api/appointments/services", dependencies=[Depends(public("appointment.read"))])
async def services(hub: HubDep) -> dict[str, Any]:
    """The services that take appointments, with their names (for the booking page)."""
    hall = hub.hall
    out = []
    for svc in sorted(hall.state.services.values(), key=lambda s: s.kiosk_order):
        plan = hall.appointment_plan(svc.prefix)
        if svc.active and (plan.capacity > 0 or plan.phone_daily_limit > 0):
            out.append({"prefix": svc.prefix, "names": svc.names, "slot_min": plan.slot_min,
                        "appointments": plan.capacity > 0,
                        "phone_queue": plan.phone_daily_limit > 0})
    return {"hall": {"code": hall.info.code, "name": hall.info.name,
                     "languages": list(hall.info.languages),
                     "open_weekdays": list(hall.info.open_weekdays),
                     "holidays": list(hall.info.holidays)}, "services": out}


@router.get("/api/appointments/slots", dependencies=[Depends(public("appointment.read"))])
async def slots(hub: HubDep, service: Annotated[str, Query(min_length=1, max_length=1)],
                day: Annotated[Day, Query(alias="date")]) -> dict[str, Any]:
    found = hub.hall.slots(service, day)
    return {"service": service.upper(), "date": day.isoformat(),
            "slots": [{"start": s.start.isoformat(), "capacity": s.capacity, "free": s.free}
                      for s in found]}


@router.post("/api/appointments/book", dependencies=[Depends(public("appointment.book"))])
async def book_online(body: BookBody, hub: HubDep) -> dict[str, Any]:
    """The customer books on the phone page: a phone number is required."""
    out, _ = await hub.run(hub.hall.book, body.service, body.start, body.phone, body.name,
                           body.language, "phone")
    return {"appointment": out}


@router.post("/api/appointments")
async def book_at_counter(body: BookBody, hub: HubDep,
                          c: Annotated[Caller, Depends(allowed("appointment.book_for"))]
                          ) -> dict[str, Any]:
    """A clerk (or the supervisor) books for the customer in front of them."""
    out, _ = await hub.run(hub.hall.book, body.service, body.start, body.phone, body.name,
                           body.language, "counter")
    return {"appointment": out}


@router.get("/api/appointments")
async def day_list(hub: HubDep, day: Annotated[Day, Query(alias="date")],
                   _: Annotated[Caller, Depends(allowed("appointment.list"))]
                   ) -> dict[str, Any]:
    hall = hub.hall
    return {"date": day.isoformat(), "no_shows": hall.no_shows(day),
            "appointments": [appointment_json(a, with_contact=True)
                             for a in hall.appointments_on(day)]}


@router.get("/api/appointments/{code}", dependencies=[Depends(public("appointment.read"))])
async def one(code: Code, hub: HubDep) -> dict[str, Any]:
    return {"appointment": appointment_json(hub.hall.appointment(_code(code)))}


@router.post("/api/appointments/{code}/cancel",
             dependencies=[Depends(public("appointment.change"))])
async def cancel(code: Code, hub: HubDep) -> dict[str, Any]:
    out, _ = await hub.run(hub.hall.cancel_appointment, _code(code))
    return {"appointment": out}


@router.post("/api/appointments/{code}/move", dependencies=[Depends(public("appointment.change"))])
async def move(code: Code, body: MoveBody, hub: HubDep) -> dict[str, Any]:
    out, _ = await hub.run(hub.hall.move_appointment, _code(code), body.start)
    return {"appointment": out}


@router.post("/api/appointments/{code}/check-in")
async def check_in(code: Code, body: CheckInBody, hub: HubDep,
                   _: Annotated[Caller, Depends(allowed("appointment.check_in"))]
                   ) -> dict[str, Any]:
    out, _events = await hub.run(hub.hall.check_in, _code(code), body.language)
    return out | {"ticket": jsonable(out["ticket"])}


@router.get("/api/online")
async def figures(hub: HubDep, day: Annotated[Day, Query(alias="date")],
                  _: Annotated[Caller, Depends(allowed("appointment.list"))]
                  ) -> dict[str, Any]:
    """The day's appointments, check-ins, no-shows, phone tickets and messages."""
    hall = hub.hall
    with hall.lock:
        return online_figures(hall.store, day, hall.now(), hall.info.timezone)


@router.get("/api/config/appointment-plans")
async def plans(hub: HubDep, _: Annotated[Caller, Depends(allowed("appointment.list"))]
                ) -> dict[str, Any]:
    """Every service's appointment plan (0: none), and the hall's calendar, to edit them."""
    hall = hub.hall
    info = hall.info
    return {"plans": [jsonable(hall.appointment_plan(p)) for p in sorted(hall.state.services)],
            "calendar": {"opening_hours": [list(x) for x in info.opening_hours],
                         "open_weekdays": list(info.open_weekdays),
                         "holidays": list(info.holidays)}}
