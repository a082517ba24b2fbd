"""Who is calling: the one device-token check, and the staff session that goes with it.

What each caller may do is decided in one table, hallq.hub.permissions, whose dependency
`allowed(action)` every route declares; it builds its Caller here. A staff session counts
only on the device where it was opened. The WebSocket and the web display, which carry
the token in the query, use `device_for_token`. All end in the same lookup.
"""

from __future__ import annotations

from hallq.domain import Forbidden, Unauthenticated
from hallq.hall.base import DeviceRow
from hallq.hall.service import Hall

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

    def who(self) -> str:
        """The staff member logged in on this device, for a route whose action the table
        gives only to logged-in staff (so the table has already refused anyone else)."""
        if self.staff is None:
            raise Unauthenticated("login_required", "Log in first.")
        return self.staff


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
