"""Staff: log in at a counter or on a supervisor's device, log out, a clerk's own day, and a
supervisor lifting a staff member's lock-out."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header

from hallq.domain import DomainError, Forbidden
from hallq.hub.auth import MANAGE, Caller
from hallq.hub.context import HubDep
from hallq.hub.params import StaffCode
from hallq.hub.permissions import allowed
from hallq.wire import LoginBody

router = APIRouter()


@router.post("/api/staff/login")
async def login(body: LoginBody, hub: HubDep,
                c: Annotated[Caller, Depends(allowed("staff.login"))]) -> dict[str, Any]:
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
    # The session is bound to this device: its token works nowhere else.
    # A refusal comes back as a value, so the writer keeps its record (a raised one is undone).
    out = await hub.run(hall.attempt_login, body.code.strip().upper(), body.pin, body.counter,
                        c.device.id)
    if isinstance(out, DomainError):
        raise out
    return out[0]


@router.post("/api/staff/logout")
async def logout(hub: HubDep, x_staff_session: str = Header(""), *,
                 c: Annotated[Caller, Depends(allowed("staff.logout"))]) -> dict[str, Any]:
    out, _ = await hub.run(hub.hall.logout, x_staff_session)
    return out


@router.get("/api/staff/{code}/day")
async def staff_day(code: StaffCode, hub: HubDep,
                    c: Annotated[Caller, Depends(allowed("staff.day"))]) -> dict[str, Any]:
    code = code.strip().upper()
    if c.staff_role == "clerk" and c.staff != code:
        raise Forbidden("forbidden", "A clerk sees only their own day.")
    return await asyncio.to_thread(hub.hall.staff_day, code)  # its lock: not on the loop


@router.post("/api/staff/{code}/unlock")
async def unlock(code: StaffCode, hub: HubDep,
                 c: Annotated[Caller, Depends(allowed("staff.unlock"))]) -> dict[str, Any]:
    """A supervisor lifts a staff member's lock-out after too many wrong PINs, everywhere."""
    out, _ = await hub.run(hub.hall.unlock_staff, code.strip().upper(), c.staff)
    return out
