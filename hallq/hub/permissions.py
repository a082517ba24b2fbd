"""Who may do what: the one table of device role × staff role × action, and its check.

Every route declares its action with a dependency: `Depends(allowed("note.read"))` (it
answers the Caller), `public("health.read")` (no token) or `by_query_token("events.read")`
(the WebSocket and the web display carry the token in the query and check it with
`device_may`). A test walks every route of the app against this table.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from fastapi import Header
from fastapi.dependencies.models import Dependant
from starlette.requests import HTTPConnection

from hallq.domain import DeviceRole, DomainError, Forbidden, StaffRole, Unauthenticated
from hallq.hub.auth import Caller, Device, caller_of
from hallq.hub.context import hub_of

NONE = "none"  # the staff role of a request without a session (opened on this device)
STAFF_ROLES = (NONE, *(r.value for r in StaffRole))  # none, clerk, supervisor, admin
DEVICE_ROLES = tuple(r.value for r in DeviceRole)  # kiosk, counter, display, keypad, ...

ANYONE = frozenset(STAFF_ROLES)  # with or without a session
LOGGED_IN = frozenset(STAFF_ROLES) - {NONE}  # any staff member logged in on this device
MANAGERS = frozenset({"supervisor", "admin"})  # a supervisor or admin logged in here

Rule = Mapping[str, frozenset[str]]  # device role -> the staff roles that may act there
EVERY_DEVICE: dict[str, frozenset[str]] = {role: ANYONE for role in DEVICE_ROLES}
MANAGER_DESK: dict[str, frozenset[str]] = {"supervisor": MANAGERS, "admin": MANAGERS}
MANAGER_DEVICE: dict[str, frozenset[str]] = {"supervisor": ANYONE, "admin": ANYONE}

# The table. A device role missing from a rule may never do the action (403 forbidden);
# a staff role missing means: log in first (401 login_required) or, logged in with too
# low a role, 403 forbidden. Some rules narrow further in the route (the "scope" below).
TABLE: dict[str, Rule] = {
    # Reading the hall: what every screen shows (tickets, queues, counters).
    "state.read": EVERY_DEVICE,
    "events.read": EVERY_DEVICE,
    "display.page": EVERY_DEVICE,
    # Tickets
    "ticket.issue": {"kiosk": ANYONE} | MANAGER_DEVICE,
    # scope: a clerk logged in at this counter device, or a supervisor at their desk
    "ticket.requeue": {"counter": LOGGED_IN} | MANAGER_DESK,
    "ticket.cancel": MANAGER_DESK,
    # A counter's own actions; scope: the counter of the device, the session opened there
    "counter.act": {"counter": LOGGED_IN},
    "rating.record": {"keypad": ANYONE} | MANAGER_DEVICE,
    # Notes hold customers' requests: written at the counter (scope: a ticket at or from
    # that counter) or by a supervisor; read and resolved by a supervisor only.
    "note.write": {"counter": LOGGED_IN} | MANAGER_DESK,
    "note.read": MANAGER_DESK,
    "note.resolve": MANAGER_DESK,
    # Staff
    "staff.login": {"counter": ANYONE} | MANAGER_DEVICE,
    # Only a session opened on this device logs out here (401 login_required otherwise).
    "staff.logout": {"counter": LOGGED_IN, "supervisor": LOGGED_IN, "admin": LOGGED_IN},
    "staff.day": {"counter": LOGGED_IN} | MANAGER_DESK,  # scope: a clerk's own day only
    "staff.unlock": MANAGER_DESK,
    # Devices' own reports and the kiosk's lockdown
    "fault.report": EVERY_DEVICE,
    "kiosk.unlock": {"kiosk": ANYONE} | MANAGER_DEVICE,
    # The supervisor's work
    "alert.ack": MANAGER_DESK,
    "alert.read": MANAGER_DESK,
    "report.read": MANAGER_DEVICE,  # `hallq report --hub --token` prints with the token
    "sync.read": MANAGER_DEVICE,
    "sync.run": MANAGER_DESK,
    "setup.write": MANAGER_DESK,
    "device.read": MANAGER_DESK,
    "device.write": MANAGER_DESK,
    # Appointments: a clerk books for the customer at the counter; the day's list (with
    # phone numbers) is the supervisor's; check-in at the kiosk or a counter.
    "appointment.book_for": {"counter": LOGGED_IN} | MANAGER_DESK,
    "appointment.list": MANAGER_DESK,
    "appointment.check_in": {"kiosk": ANYONE, "counter": LOGGED_IN} | MANAGER_DEVICE,
    # Messages to customers: their settings and the day's list, and a test message.
    "message.read": MANAGER_DESK,
    "message.test": MANAGER_DESK,
    # Cases: opened and moved on at the counter (scope: a clerk's own cases) or by a
    # supervisor; reassigned by a supervisor.
    "case.open": {"counter": LOGGED_IN} | MANAGER_DESK,
    "case.read": {"counter": LOGGED_IN} | MANAGER_DESK,
    "case.update": {"counter": LOGGED_IN} | MANAGER_DESK,
    "case.assign": MANAGER_DESK,
    # Any counter finds a case (by number, phone or ticket; never shown its phone); the
    # kiosk or a counter checks a returning customer in (a ticket to the case's owner).
    "case.find": {"counter": LOGGED_IN} | MANAGER_DESK,
    "case.check_in": {"kiosk": ANYONE, "counter": LOGGED_IN} | MANAGER_DEVICE,
    # Complaints: opened by hand, read and answered (cause, close) at the counter (scope: a
    # clerk's own) or by a supervisor; reassigned by a supervisor. Displays, kiosks and
    # keypads read none: they hold the customer's words.
    "complaint.open": {"counter": LOGGED_IN} | MANAGER_DESK,
    "complaint.read": {"counter": LOGGED_IN} | MANAGER_DESK,
    "complaint.update": {"counter": LOGGED_IN} | MANAGER_DESK,
    "complaint.assign": MANAGER_DESK,
    # Notices to the hall's customers: posted, listed (past and future too) and withdrawn by
    # a supervisor; the ones in force now are public ("notice.current" below).
    "notice.post": MANAGER_DESK,
    "notice.read": MANAGER_DESK,
    "notice.withdraw": MANAGER_DESK,
}

# Actions open to anyone on the hall's network, without a token.
# The booking page's: free slots, booking (a phone number required), and reading, moving
# or cancelling one appointment by its code.
# The queue from a phone: taking a ticket (a phone number required, a daily limit per
# service), its live page and stream, and "I'm not coming" (by the page's secret token).
# The satisfaction questions answered on the ticket's (or case's) page, once each.
# The notices in force now: what every hall screen shows anyway.
# A case's page, opened by its number and secret key (the receipt's QR).
# The customer's complaint from the ticket's page (after the visit) or the case's page, once.
PUBLIC = frozenset({"health.read", "ticket.page", "appointment.read", "appointment.book",
                    "appointment.change", "booking.page", "phone.ticket", "phone.page",
                    "phone.cancel", "case.page", "notice.current",
                    "indices.answer", "complaint.send"})
# FastAPI's own description of the API and its pages: public, declared by nobody.
DOCS_PATHS = frozenset({"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"})


def _login_message(device: Device) -> str:
    return ("Log in at this counter first." if device.role == "counter"
            else "A supervisor must log in first.")


def refusal(action: str, c: Caller) -> DomainError | None:
    """Why the table refuses this caller the action; None if it allows it."""
    rule = TABLE[action]
    allowed = rule.get(c.device.role)
    if allowed is None:
        return Forbidden("forbidden", f"A {c.device.role} device cannot do this.")
    if NONE in allowed:
        return None
    if c.staff_role is None:
        if c.foreign:
            return Unauthenticated("login_required", "This session was opened on another "
                                   "device; log in here.")
        return Unauthenticated("login_required", _login_message(c.device))
    if c.staff_role not in allowed:
        return Forbidden("forbidden", f"A {c.staff_role} cannot do this.")
    return None


def device_may(device: Device, action: str) -> bool:
    """For the routes that carry the token in the query: may this device (no session)?"""
    return refusal(action, Caller(device, None, None)) is None


class Declared:
    """A route's declared action (what the permission test reads off each route)."""

    def __init__(self, action: str):
        if action not in TABLE and action not in PUBLIC:
            raise ValueError(f"no action {action!r} in the permission table")
        self.action = action


class Allowed(Declared):
    """Dependency: the Caller, if the table lets its device and session do the action."""

    async def __call__(self, conn: HTTPConnection, authorization: str = Header(""),
                       x_staff_session: str = Header("")) -> Caller:
        c = caller_of(hub_of(conn.app).hall, authorization, x_staff_session)
        refused = refusal(self.action, c)
        if refused is not None:
            raise refused
        return c


class Declaration(Declared):
    """Dependency that checks nothing: a public action, or one the route checks itself
    from a token in the query (the WebSocket and the web display)."""

    async def __call__(self) -> None:
        return None


def allowed(action: str) -> Allowed:
    if action in PUBLIC:
        raise ValueError(f"{action!r} is public: declare it with public()")
    return Allowed(action)


def public(action: str) -> Declaration:
    if action not in PUBLIC:
        raise ValueError(f"{action!r} is not public")
    return Declaration(action)


def by_query_token(action: str) -> Declaration:
    if action not in TABLE:
        raise ValueError(f"no action {action!r} in the permission table")
    return Declaration(action)


def _declared(dep: Dependant) -> Iterator[str]:
    if isinstance(dep.call, Declared):
        yield dep.call.action
    for sub in dep.dependencies:
        yield from _declared(sub)


def action_of(route: Any) -> str | None:
    """The action a route declares (None: it declares none)."""
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return None
    found = set(_declared(dependant))
    if len(found) > 1:
        raise ValueError(f"{route.path} declares several actions: {sorted(found)}")
    return found.pop() if found else None
