"""Complaints: a clerk reads and answers their own, a supervisor every one (and reassigns);
either opens one by hand; the customer sends one from the ticket's or the case's page
(public, once); the hub moves overdue ones up (to the supervisor, then head office) every
few minutes."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.applications import Starlette

from hallq.domain import LANGUAGES, DomainError, Forbidden, InvalidInput
from hallq.domain.complaints import ComplaintSource
from hallq.hall.service import Hall
from hallq.hub import case_page
from hallq.hub.auth import Caller
from hallq.hub.complaint_page import SAID, case_section
from hallq.hub.context import Hub, HubDep, hub_of
from hallq.hub.permissions import allowed, public
from hallq.hub.routes.indices import _ticket_id
from hallq.wire import ComplaintBody, ComplaintCauseBody, ComplaintCloseBody, ComplaintOwnerBody

log = logging.getLogger(__name__)

ESCALATE_EVERY = 300.0  # seconds between the hub's checks of overdue complaints
MANAGERS = ("supervisor", "admin")
Number = Annotated[str, Path(min_length=1, max_length=20)]
Part = Annotated[str, Path(max_length=40)]

case_page.SECTIONS.append(case_section)  # the case's page offers the form


def escalate_now(hall: Hall) -> list[dict[str, Any]]:
    """Move overdue complaints up as of the hall's business day today."""
    return hall.escalate_complaints(hall.today())


async def _escalate_loop(hub: Hub) -> None:
    while True:
        try:
            await hub.run(escalate_now, hub.hall)
        except Exception:  # a failed check must not end the loop; the next one retries
            log.exception("complaint escalation check failed")
        await asyncio.sleep(ESCALATE_EVERY)


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    task = asyncio.create_task(_escalate_loop(hub_of(app)), name="complaint-escalation")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


router = APIRouter(lifespan=lifespan)


def _own(c: Caller, owner: str) -> None:
    """A clerk reads and answers their own complaints only; a supervisor any."""
    if c.staff_role not in MANAGERS and owner != c.staff:
        raise Forbidden("forbidden", "This complaint belongs to another staff member.")


@router.get("/api/complaints")
async def list_complaints(hub: HubDep, c: Annotated[Caller, Depends(allowed("complaint.read"))],
                          open_only: bool = Query(True, alias="open"),
                          owner: Annotated[str | None, Query(max_length=12)] = None,
                          escalated: bool = Query(False)) -> dict[str, Any]:
    """escalated=true: only those moved up to the supervisor or head office (overdue)."""
    if c.staff_role not in MANAGERS:
        owner = c.staff  # a clerk's own
    with hub.hall.lock:
        return {"complaints": hub.hall.complaints(open_only, owner or None, with_text=True,
                                                  escalated=escalated)}


@router.get("/api/complaints/{number}")
async def one_complaint(number: Number, hub: HubDep,
                        c: Annotated[Caller, Depends(allowed("complaint.read"))]
                        ) -> dict[str, Any]:
    with hub.hall.lock:
        out = hub.hall.complaint_detail(number)
    _own(c, out["owner"])
    return {"complaint": out}


@router.post("/api/complaints")
async def open_complaint(body: ComplaintBody, hub: HubDep,
                         c: Annotated[Caller, Depends(allowed("complaint.open"))]
                         ) -> dict[str, Any]:
    """A complaint taken by hand (a phone call, a letter, a visit): owned by the caller
    unless a supervisor names another owner."""
    owner = body.owner or c.staff or ""
    _own(c, owner)
    out = await hub.run(hub.hall.open_complaint, ComplaintSource.NOTE.value, owner,
                        body.cause, body.ticket_id, body.case, body.text, c.who())
    return {"complaint": out}


@router.post("/api/complaints/{number}/owner")
async def complaint_owner(number: Number, body: ComplaintOwnerBody, hub: HubDep,
                          c: Annotated[Caller, Depends(allowed("complaint.assign"))]
                          ) -> dict[str, Any]:
    out = await hub.run(hub.hall.assign_complaint, number, body.owner, c.who())
    return {"complaint": out}


@router.post("/api/complaints/{number}/cause")
async def complaint_cause(number: Number, body: ComplaintCauseBody, hub: HubDep,
                          c: Annotated[Caller, Depends(allowed("complaint.update"))]
                          ) -> dict[str, Any]:
    _own(c, hub.hall.complaint(number).owner)
    out = await hub.run(hub.hall.set_complaint_cause, number, body.cause, c.who())
    return {"complaint": out}


@router.post("/api/complaints/{number}/close")
async def complaint_close(number: Number, body: ComplaintCloseBody, hub: HubDep,
                          c: Annotated[Caller, Depends(allowed("complaint.update"))]
                          ) -> dict[str, Any]:
    _own(c, hub.hall.complaint(number).owner)
    out = await hub.run(hub.hall.close_complaint, number, body.outcome, body.text, c.who())
    return {"complaint": out}


@router.get("/api/config/complaint-causes", dependencies=[Depends(allowed("state.read"))])
async def causes(hub: HubDep) -> dict[str, Any]:
    """The hall's complaint causes in order, with their names in each language."""
    return {"causes": hub.hall.complaint_causes()}


# ---------------------------------------------------------------- from the customer's pages
async def _read_text(request: Request) -> tuple[str, str, bool]:
    """(text, language, whether it came as JSON) from a form post or {"text": ...}."""
    raw = await request.body()
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            raise InvalidInput("malformed", "Malformed request: body: not JSON") from None
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            raise InvalidInput("malformed", "Malformed request: text: give {\"text\": ...}")
        return body["text"], str(body.get("lang") or ""), True
    form = parse_qs(raw.decode("utf-8", "replace"), max_num_fields=4)
    return (form.get("text") or [""])[-1], (form.get("lang") or [""])[-1], False


async def _customer(hub: Hub, request: Request, page: str, **target: Any) -> Response:
    """Record the customer's complaint; a form post goes back to its page (which then says
    what happened), JSON gets the complaint or the refusal."""
    text, lang, as_json = await _read_text(request)
    lang = lang if lang in LANGUAGES else ""  # it goes back into a URL: only a known one
    try:
        out = await hub.run(hub.hall.customer_complaint, text, **target)
    except DomainError as exc:
        if as_json:
            raise
        said = SAID.get(exc.code) or SAID["complaint_refused"]
        return RedirectResponse(f"{page}?lang={lang}&said={said}#complaint", status_code=303)
    if as_json:  # the customer's own page: the number and due date, no owner
        return JSONResponse({"complaint": {k: out[k] for k in ("number", "due")}})
    return RedirectResponse(f"{page}?lang={lang}#complaint", status_code=303)


@router.post("/t/{hall_code}/{day}/{number}/complaint",
             dependencies=[Depends(public("complaint.send"))])
async def complaint_after_ticket(hall_code: Part, day: Part, number: Part, request: Request,
                                 hub: HubDep) -> Response:
    """The customer's complaint after a finished visit: a form (text=...) or JSON
    {"text": ...}; once per visit."""
    tid = _ticket_id(hub.hall, hall_code, day, number)
    return await _customer(hub, request, f"/t/{hall_code}/{day}/{number.upper()}",
                           ticket_id=tid)


@router.post("/c/{number}/{key}/complaint", dependencies=[Depends(public("complaint.send"))])
async def complaint_about_case(number: Number, key: Part, request: Request,
                               hub: HubDep) -> Response:
    """The customer's complaint about a case, from its page (number and key, else 404)."""
    case = hub.hall.case_by_key(number, key)
    return await _customer(hub, request, f"/c/{case.number}/{key}", case=case.number)
