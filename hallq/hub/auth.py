"""Who is calling: the one device-token check, and the staff session that goes with it.

What each caller may do is decided in one table, hallq.hub.permissions, whose dependency
`allowed(action)` every route declares; it builds its Caller here. A staff session counts
only on the device where it was opened. The WebSocket and the web display, which carry
the token in the query, use `device_for_token`. All end in the same lookup.
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
    """Who is calling: the device (by its token) and, if logged in on this very device,
    the staff member, their role and the counter they opened; `foreign` when the request
    carried a live session opened on another device (it counts for nothing here)."""

    def __init__(self, device: Device, staff: str | None, counter: int | None,
                 role: str | None = None, foreign: bool = False):
        self.device = device
        self.staff = staff
        self.session_counter = counter
        self.staff_role = role if staff is not None else None
        self.foreign = foreign

    def need_own_counter(self, counter: int) -> None:
        """A counter device acts for its own counter only, with the session opened there."""
        if self.device.role != "counter":
            return
        if self.device.counter != counter:
            raise Forbidden("forbidden", f"This device belongs to counter "
                              f"{self.device.counter}, not {counter}.")
        if self.staff is None or self.session_counter != counter:
            raise Unauthenticated("login_required", "Log in at this counter first.")

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


def caller_of(hall: Hall, authorization: str, session_token: str) -> Caller:
    """The calling device, and the staff session if it was opened on this device."""
    found = authenticate(hall, authorization)
    sess = hall.session_at(session_token, found.id) if session_token else None
    if sess is None:
        foreign = bool(session_token) and hall.session(session_token) is not None
        return Caller(found, None, None, foreign=foreign)
    staff, counter = sess
    person = hall.staff.get(staff)
    return Caller(found, staff, counter, person.role.value if person else None)


async def caller(conn: HTTPConnection, authorization: str = Header(""),
                 x_staff_session: str = Header("")) -> Caller:
    """Dependency: the calling device and the staff member logged in on it, if any."""
    return caller_of(hub_of(conn.app).hall, authorization, x_staff_session)


async def manager(c: Annotated[Caller, Depends(caller)]) -> str:
    """Dependency: the logged-in supervisor's staff code (on a supervisor/admin device)."""
    return c.need_manager()


CallerDep = Annotated[Caller, Depends(caller)]
DeviceDep = Annotated[Device, Depends(device)]
ManagerDep = Annotated[str, Depends(manager)]
