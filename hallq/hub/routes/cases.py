"""Cases: a clerk opens one from a visit; the owner (or a supervisor) moves its status; a
supervisor reassigns; a clerk reads their own cases, a supervisor every case; any counter
finds a case by number, phone or ticket; the kiosk or a counter checks a returning customer
in; the receipt (PDF) and the customer's page (/c/<number>/<key>)."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse

from hallq.domain import Forbidden, InvalidInput, NotFound, jsonable
from hallq.hall.cases import case_json, public_case
from hallq.hub.auth import Caller
from hallq.hub.case_page import case_page, not_found_page
from hallq.hub.context import HubDep
from hallq.hub.page_changes import changes
from hallq.hub.permissions import allowed, public
from hallq.tickets.case_receipt import receipt_from
from hallq.tickets.case_receipt_pdf import case_receipt_pdf
from hallq.wire import CaseCheckInBody, CaseOwnerBody, CaseStatusBody, OpenCaseBody

router = APIRouter()

Number = Annotated[str, Path(min_length=1, max_length=20)]
Key = Annotated[str, Path(min_length=1, max_length=40)]
Lang = Annotated[str, Query(max_length=10)]
MANAGERS = ("supervisor", "admin")


def _receipt(hub: HubDep, request: Request, number: str) -> dict[str, Any]:
    """The receipt's data with the case page's full address (the QR), as the ticket's QR
    is built: from the address the device reached the hub at."""
    with hub.hall.lock:
        data = hub.hall.case_receipt(number)
    return data | {"url": str(request.base_url).rstrip("/") + data.pop("path")}


def _own(c: Caller, owner: str) -> None:
    """A clerk acts on their own cases only; a supervisor on any."""
    if c.staff_role not in MANAGERS and owner != c.staff:
        raise Forbidden("forbidden", "This case belongs to another staff member.")


@router.post("/api/cases")
async def open_case(body: OpenCaseBody, hub: HubDep, request: Request,
                    c: Annotated[Caller, Depends(allowed("case.open"))]) -> dict[str, Any]:
    owner = body.owner or c.staff or ""
    _own(c, owner)
    out, _ = await hub.run(hub.hall.open_case, body.ticket_id, owner, body.phone, c.who())
    return {"case": out, "receipt": _receipt(hub, request, out["number"])}


@router.get("/api/cases/preview")
async def preview(hub: HubDep, _: Annotated[Caller, Depends(allowed("case.open"))],
                  ticket_id: Annotated[int, Query(ge=1, le=2**63 - 1)]) -> dict[str, Any]:
    """Before opening: the visit's kind of case, what to bring and the due date."""
    with hub.hall.lock:
        return hub.hall.case_preview(ticket_id)


@router.post("/api/cases/check-in")
async def check_in(body: CaseCheckInBody, hub: HubDep,
                   c: Annotated[Caller, Depends(allowed("case.check_in"))]) -> dict[str, Any]:
    """A customer back about a case: a ticket to the owner's counter (or the service)."""
    out, _ = await hub.run(hub.hall.case_check_in, body.number, body.key, body.phone,
                           body.language or "", c.staff or c.device.role)  # the kiosk
    return out


@router.get("/api/cases/find")
async def find(hub: HubDep, _: Annotated[Caller, Depends(allowed("case.find"))],
               number: Annotated[str, Query(max_length=20)] = "",
               phone: Annotated[str, Query(max_length=20)] = "",
               ticket_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None
               ) -> dict[str, Any]:
    """Any counter finds a case (by number, the phone's open cases, or the ticket it is
    about) and sees its kind, status, due date, owner and history; never its phone."""
    hall = hub.hall
    with hall.lock:
        if ticket_id is not None:
            one = hall.case_of_ticket(ticket_id)
            found = [one] if one is not None else []
        elif number.strip():
            found = [hall.case(number)]
        elif phone.strip():
            found = sorted(hall.cases(open_only=True, phone=hall.find_case(phone=phone).phone),
                           key=lambda x: (x.opened_at, x.number), reverse=True)
        else:
            raise InvalidInput("case_or_phone", "Give a case number or a phone number.")
        today = hall.today()
        return {"cases": [public_case(x, hall.case_type(x.service))
                          | {"overdue": case_json(x, today)["overdue"],
                             "history": jsonable(hall.case_history(x.number))}
                          for x in found]}


@router.get("/api/cases")
async def list_cases(hub: HubDep, c: Annotated[Caller, Depends(allowed("case.read"))],
                     open_only: bool = Query(True, alias="open"),
                     owner: Annotated[str | None, Query(max_length=12)] = None
                     ) -> dict[str, Any]:
    if c.staff_role not in MANAGERS:
        owner = c.staff  # a clerk's own cases
    hall = hub.hall
    today = hall.today()
    return {"cases": [case_json(x, today, with_contact=c.staff_role in MANAGERS)
                      for x in hall.cases(open_only, owner)]}


@router.get("/api/cases/{number}")
async def one_case(number: Number, hub: HubDep, request: Request,
                   c: Annotated[Caller, Depends(allowed("case.read"))]) -> dict[str, Any]:
    case = hub.hall.case(number)
    _own(c, case.owner)
    return {"case": case_json(case, hub.hall.today(), with_contact=True),
            "receipt": _receipt(hub, request, case.number)}


@router.get("/api/cases/{number}/receipt.pdf")
async def receipt_pdf(number: Number, hub: HubDep, request: Request,
                      c: Annotated[Caller, Depends(allowed("case.read"))],
                      lang: Lang = "") -> Response:
    """The case's receipt as an 80 mm PDF (to print on an office printer, or to keep)."""
    _own(c, hub.hall.case(number).owner)
    receipt = receipt_from(_receipt(hub, request, number), lang)
    pdf = await asyncio.to_thread(case_receipt_pdf, receipt)  # ~0.1 s: off the event loop
    return Response(pdf, media_type="application/pdf", headers={
        "Content-Disposition": f'inline; filename="{receipt.number}.pdf"'})


@router.post("/api/cases/{number}/status")
async def case_status(number: Number, body: CaseStatusBody, hub: HubDep,
                      c: Annotated[Caller, Depends(allowed("case.update"))]
                      ) -> dict[str, Any]:
    _own(c, hub.hall.case(number).owner)
    out, _ = await hub.run(hub.hall.set_case_status, number, body.status, body.reason,
                           c.who())
    return {"case": out}


@router.post("/api/cases/{number}/owner")
async def case_owner(number: Number, body: CaseOwnerBody, hub: HubDep,
                     c: Annotated[Caller, Depends(allowed("case.assign"))]) -> dict[str, Any]:
    out, _ = await hub.run(hub.hall.reassign_case, number, body.owner, c.who())
    return {"case": out}


@router.get("/c/{number}/{key}", response_class=HTMLResponse,
            dependencies=[Depends(public("case.page"))])
async def case_status_page(number: Number, key: Key, hub: HubDep,
                           lang: Lang = "") -> HTMLResponse:
    """The customer's page of a case (the receipt's QR): the number and its key, or 404."""
    try:
        case = hub.hall.case_by_key(number, key)
    except NotFound:
        return HTMLResponse(not_found_page(hub.hall, lang), status_code=404)
    return HTMLResponse(case_page(hub.hall, case, key, lang),
                        headers={"Cache-Control": "no-store"})


@router.get("/c/{number}/{key}/events", dependencies=[Depends(public("case.page"))])
async def case_changes(number: Number, key: Key, hub: HubDep,
                       lang: Lang = "") -> StreamingResponse:
    """Server-sent events: "changed" whenever the case's page would read differently (its
    status moved, a notice began or ended); the page reloads then. 404 as the page."""
    hall = hub.hall
    hall.case_by_key(number, key)  # NotFound: no stream for a case nobody can see

    def render() -> str:
        try:
            return case_page(hall, hall.case_by_key(number, key), key, lang)
        except NotFound:  # gone since: the last page stands
            return ""

    return changes(hub.bus, render)
