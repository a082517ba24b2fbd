"""Who is calling: the one device-token check, and the staff session that goes with it.

Every route names its caller through one of two dependencies, `caller` (the device from
`Authorization: Bearer TOKEN` and the staff member from `X-Staff-Session`) or `device`
(the device alone); the WebSocket and the web display, which carry the token in the
query, use `device_for_token`. All three end in the same lookup.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header
from starlette.requests import HTTPConnection

from hallq.domain import Forbidden, Unauthenticated
from hallq.hall.base import DeviceRow
from hallq.hall.service import Hall
from hallq.hub.context import hub_of

MANAGE = ("supervisor", "admin")


Device = DeviceRow  # a registered device, as the hall's device table holds it


def device_for_token(hall: Hall, token: str) -> Device | None:
    """The one device-token check: the device a token belongs to; None if unknown, revoked
    or empty."""
    device: Device | None = hall.device(token)
    return device


def authenticate(hall: Hall, authorization: str) -> Device:
    """The device of an `Authorization: Bearer TOKEN` header; refuses any other."""
    device = device_for_token(hall, authorization.removeprefix("Bearer ").strip())
    if device is None:
        raise Unauthenticated("unauthorized", "Unknown or revoked device token.")
    return device


def need_role(device: Device, *roles: str) -> None:
    if device.role not in roles:
        raise Forbidden("forbidden", f"A {device.role} device cannot do this.")


class Caller:
    """Who is calling: the device (by its token) and, if logged in, the staff member."""

    def __init__(self, device: Device, staff: str | None, counter: int | None):
        self.device = device
        self.staff = staff
        self.session_counter = counter

    def need_role(self, *roles: str) -> None:
        need_role(self.device, *roles)

    def need_counter(self, counter: int | None) -> None:
        """Counter actions: this counter's own device, with a clerk logged in at it."""
        self.need_role("counter")
        if self.device.counter != counter:
            raise Forbidden("forbidden", f"This device belongs to counter "
                              f"{self.device.counter}, not {counter}.")
        if self.staff is None or self.session_counter != counter:
            raise Unauthenticated("login_required", "Log in at this counter first.")

    def need_manager(self) -> str:
        """A supervisor's or admin's device with a supervisor logged in; their staff code."""
        self.need_role(*MANAGE)
        if self.staff is None:
            raise Unauthenticated("login_required", "A supervisor must log in first.")
        return self.staff


async def device(conn: HTTPConnection, authorization: str = Header("")) -> Device:
    """Dependency: the calling device, for routes that need no staff session."""
    return authenticate(hub_of(conn.app).hall, authorization)


async def caller(conn: HTTPConnection, authorization: str = Header(""),
                 x_staff_session: str = Header("")) -> Caller:
    """Dependency: the calling device and the staff member logged in on it, if any."""
    hall = hub_of(conn.app).hall
    found = authenticate(hall, authorization)
    sess = hall.session(x_staff_session) if x_staff_session else None
    staff, counter = sess if sess else (None, None)
    return Caller(found, staff, counter)


async def manager(c: Annotated[Caller, Depends(caller)]) -> str:
    """Dependency: the logged-in supervisor's staff code (on a supervisor/admin device)."""
    return c.need_manager()


CallerDep = Annotated[Caller, Depends(caller)]
DeviceDep = Annotated[Device, Depends(device)]
ManagerDep = Annotated[str, Depends(manager)]
