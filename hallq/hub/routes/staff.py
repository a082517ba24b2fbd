"""Staff: log in at a counter or on a supervisor's device, log out, a clerk's own day."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Header

from hallq.domain import Forbidden
from hallq.hub.auth import MANAGE, CallerDep
from hallq.hub.context import HubDep
from hallq.wire import LoginBody

router = APIRouter()


@router.post("/api/staff/login")
async def login(body: LoginBody, hub: HubDep, c: CallerDep) -> dict[str, Any]:
    hall = hub.hall
    if body.counter is not None:
        c.need_role("counter")
        if c.device.counter != body.counter:
            raise Forbidden("forbidden", "This device belongs to another counter.")
    else:
        c.need_role(*MANAGE)
        row = hall.staff.get(body.code.strip().upper())
        if row is not None and row.role.value == "clerk":
            raise Forbidden("forbidden", "Only a supervisor can log in here.")
    out, _ = await hub.run(hall.login, body.code.strip().upper(), body.pin, body.counter)
    return out


@router.post("/api/staff/logout")
async def logout(hub: HubDep, x_staff_session: str = Header(""), *,
                 c: CallerDep) -> dict[str, Any]:
    out, _ = await hub.run(hub.hall.logout, x_staff_session)
    return out


@router.get("/api/staff/{code}/day")
async def staff_day(code: str, hub: HubDep, c: CallerDep) -> dict[str, Any]:
    return hub.hall.staff_day(code)
