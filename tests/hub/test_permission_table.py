"""The permission table alone (no running hub): who may do what, the exact refusal each
other caller gets, and how routes declare their action. The walk of every route against a
running hub is tests/hub/test_permissions.py."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi import Depends, FastAPI
from fastapi.routing import APIRoute
from starlette.requests import Request

from hallq.domain import DomainError, Forbidden, Unauthenticated
from hallq.hall.service import Hall
from hallq.hub.app import create_app
from hallq.hub.auth import Caller
from hallq.hub.permissions import (
    DEVICE_ROLES,
    NONE,
    PUBLIC,
    STAFF_ROLES,
    TABLE,
    action_of,
    allowed,
    by_query_token,
    device_may,
    public,
    refusal,
)


@dataclass(frozen=True)
class Dev:
    """A registered device as the table reads it (the hall's device row's fields)."""

    role: str
    id: int = 1
    name: str = ""
    counter: int | None = None


def caller(role: str, staff_role: str | None = None, foreign: bool = False) -> Caller:
    staff = None if staff_role is None else "GS01"
    return Caller(Dev(role), staff, None, staff_role, foreign)


def said(refused: DomainError | None) -> tuple[str, str, str] | None:
    return None if refused is None else (type(refused).__name__, refused.code,
                                          refused.message)


def test_the_roles_the_table_knows() -> None:
    assert STAFF_ROLES == ("none", "clerk", "supervisor", "admin")
    assert DEVICE_ROLES == ("kiosk", "counter", "display", "keypad", "supervisor", "admin")
    # Open to anyone on the network, no token: the health check, the printed ticket's page,
    # and the customer's own pages (booking, the phone queue, a case's page and what the
    # ticket's and case's pages take: a complaint, the satisfaction answers) that a code or
    # token guards.
    assert PUBLIC == {"health.read", "ticket.page", "booking.page", "appointment.book",
                      "appointment.read", "appointment.change", "phone.page", "phone.ticket",
                      "phone.cancel", "notice.current", "case.page", "complaint.send",
                      "indices.answer"}


@pytest.mark.parametrize(("action", "role", "staff_role", "foreign", "answer"), [
    ("ticket.issue", "kiosk", None, False, None),
    ("state.read", "display", None, False, None),
    ("note.read", "display", None, False,
     ("Forbidden", "forbidden", "A display device cannot do this.")),
    ("ticket.issue", "counter", "clerk", False,
     ("Forbidden", "forbidden", "A counter device cannot do this.")),
    ("counter.act", "counter", None, False,
     ("Unauthenticated", "login_required", "Log in at this counter first.")),
    ("note.read", "supervisor", None, False,
     ("Unauthenticated", "login_required", "A supervisor must log in first.")),
    ("note.read", "supervisor", None, True,
     ("Unauthenticated", "login_required",
      "This session was opened on another device; log in here.")),
    ("counter.act", "counter", None, True,
     ("Unauthenticated", "login_required",
      "This session was opened on another device; log in here.")),
    ("note.read", "supervisor", "clerk", False,
     ("Forbidden", "forbidden", "A clerk cannot do this.")),
    ("note.read", "admin", "supervisor", False, None),
    ("counter.act", "counter", "clerk", False, None),
    ("report.read", "supervisor", None, False, None),  # `hallq report --token`: no session
])
def test_what_the_table_answers(action: str, role: str, staff_role: str | None, foreign: bool,
                                answer: tuple[str, str, str] | None) -> None:
    assert said(refusal(action, caller(role, staff_role, foreign))) == answer


def test_every_refusal_of_the_table_is_a_403_or_a_login_first() -> None:
    for action, rule in TABLE.items():
        for role in DEVICE_ROLES:
            for staff_role in STAFF_ROLES:
                c = caller(role, None if staff_role == NONE else staff_role)
                refused = refusal(action, c)
                allowed_here = role in rule and (NONE in rule[role] or staff_role in rule[role])
                assert (refused is None) == allowed_here, (action, role, staff_role)
                if role not in rule:
                    assert isinstance(refused, Forbidden)
                elif refused is not None and staff_role == NONE:
                    assert isinstance(refused, Unauthenticated)
                elif refused is not None:
                    assert isinstance(refused, Forbidden)


@pytest.mark.parametrize(("role", "action", "may"), [
    ("display", "events.read", True),
    ("keypad", "display.page", True),
    ("kiosk", "note.read", False),
    ("counter", "counter.act", False),  # needs a clerk logged in: never from the query
    ("supervisor", "sync.read", True),
    ("supervisor", "sync.run", False),
])
def test_what_a_device_may_with_its_token_in_the_query(role: str, action: str,
                                                       may: bool) -> None:
    assert device_may(Dev(role), action) is may


def test_declaring_an_action_the_table_lacks_is_refused_at_start_up() -> None:
    with pytest.raises(ValueError, match=r"^no action 'ticket.eat' in the permission table$"):
        allowed("ticket.eat")
    with pytest.raises(ValueError, match=r"^'health.read' is public: declare it with public\(\)$"):
        allowed("health.read")
    with pytest.raises(ValueError, match=r"^'state.read' is not public$"):
        public("state.read")
    with pytest.raises(ValueError, match=r"^no action 'health.read' in the permission table$"):
        by_query_token("health.read")
    assert (allowed("note.read").action, public("health.read").action,
            by_query_token("events.read").action) == ("note.read", "health.read",
                                                      "events.read")
    assert asyncio.run(public("health.read")()) is None


def _route(path: str, *actions: Any) -> APIRoute:
    app = FastAPI()

    def inner(c: Any = Depends(actions[-1])) -> Any:
        return c

    deps = [Depends(a) for a in actions[:-1]]

    @app.get(path, dependencies=deps)
    def endpoint(c: Any = Depends(inner)) -> Any:
        return c

    route = app.routes[-1]
    assert isinstance(route, APIRoute)
    return route


def test_the_action_a_route_declares_even_in_a_nested_dependency() -> None:
    assert action_of(_route("/a", allowed("note.read"))) == "note.read"
    assert action_of(_route("/b", public("health.read"))) == "health.read"
    assert action_of(_route("/c", allowed("note.read"), allowed("note.read"))) == "note.read"
    assert action_of(_route("/d", lambda: None)) is None
    assert action_of(object()) is None
    with pytest.raises(ValueError,
                       match=r"^/e declares several actions: \['note.read', 'state.read'\]$"):
        action_of(_route("/e", allowed("state.read"), allowed("note.read")))


def _request(app: FastAPI) -> Request:
    return Request({"type": "http", "app": app, "method": "GET", "path": "/", "headers": []})


def test_the_dependency_answers_the_caller_or_the_tables_refusal(hall: Hall) -> None:
    app = create_app(hall)
    desk, _ = hall.add_device("supervisor", None, "desk")
    kiosk, _ = hall.add_device("kiosk", None, "kiosk")
    session = hall.login("GS01", "9999", None, desk["id"])[0]["session"]
    check = allowed("note.read")
    c = asyncio.run(check(_request(app), f"Bearer {desk['token']}", session))
    assert (c.device.role, c.staff, c.staff_role) == ("supervisor", "GS01", "supervisor")
    with pytest.raises(Unauthenticated) as exc:
        asyncio.run(check(_request(app), f"Bearer {desk['token']}", ""))
    assert exc.value.message == "A supervisor must log in first."
    with pytest.raises(Forbidden) as refused:
        asyncio.run(check(_request(app), f"Bearer {kiosk['token']}", ""))
    assert refused.value.message == "A kiosk device cannot do this."
