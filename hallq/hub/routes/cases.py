"""Cases: a clerk opens one from a visit; the owner (or a supervisor) moves its status; a
supervisor reassigns; a clerk reads their own cases, a supervisor every case."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import HTMLResponse

from hallq.domain import Forbidden, NotFound
from hallq.hall.cases import case_json
from hallq.hub.auth import Caller
from hallq.hub.case_page import case_page, not_found_page
from hallq.hub.context import HubDep
from hallq.hub.permissions import allowed, public
from hallq.wire import CaseOwnerBody, CaseStatusBody, OpenCaseBody

router = APIRouter()

Number = Annotated[str, Path(min_length=1, max_length=20)]
Key = Annotated[str, Path(min_length=1, max_length=40)]
Lang = Annotated[str, Query(max_length=10)]
MANAGERS = ("supervisor", "admin")


def _own(c: Caller, owner: str) -> None:
    """A clerk acts on their own cases only; a supervisor on any."""
    if c.staff_role not in MANAGERS and owner != c.staff:
        raise Forbidden("forbidden", "This case belongs to another staff member.")


@router.post("/api/cases")
async def open_case(body: OpenCaseBody, hub: HubDep,
                    c: Annotated[Caller, Depends(allowed("case.open"))]) -> dict[str, Any]:
    owner = body.owner or c.staff or ""
    _own(c, owner)
    out, _ = await hub.run(hub.hall.open_case, body.ticket_id, owner, body.phone, c.who())
    return {"case": out}


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
async def one_case(number: Number, hub: HubDep,
                   c: Annotated[Caller, Depends(allowed("case.read"))]) -> dict[str, Any]:
    case = hub.hall.case(number)
    _own(c, case.owner)
    return {"case": case_json(case, hub.hall.today(), with_contact=True)}


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
