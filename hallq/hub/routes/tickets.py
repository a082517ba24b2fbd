"""Tickets: the kiosk issues one; a counter re-queues a no-show; a supervisor cancels one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from hallq.domain import jsonable
from hallq.hub.auth import Caller
from hallq.hub.context import HubDep
from hallq.hub.params import TicketId
from hallq.hub.permissions import allowed
from hallq.wire import IssueBody, ReasonBody

router = APIRouter()


@router.post("/api/tickets")
async def issue(body: IssueBody, request: Request, hub: HubDep,
                c: Annotated[Caller, Depends(allowed("ticket.issue"))]) -> dict[str, Any]:
    hall = hub.hall
    t, evs = await hub.run(hall.issue, body.service.upper(), body.priority, body.customer_code,
                           body.language)
    issued = evs[-1]["data"]
    ahead = issued.get("ahead", 0)
    base = str(request.base_url).rstrip("/")
    return {"ticket": jsonable(t), "ahead": ahead, "eta_min": t.eta_min,
            "eta_low_min": issued.get("eta_low_min"), "eta_high_min": issued.get("eta_high_min"),
            "opens_at": issued.get("opens_at"),
            "qr": f"{base}/t/{hall.info.code}/{t.day.isoformat()}/{t.number}",
            "seq": evs[-1]["seq"]}


@router.post("/api/tickets/{ticket_id}/requeue")
async def requeue(ticket_id: TicketId, hub: HubDep,
                  c: Annotated[Caller, Depends(allowed("ticket.requeue"))]) -> dict[str, Any]:
    t, _ = await hub.run(hub.hall.requeue, ticket_id)
    return {"ticket": jsonable(t)}


@router.post("/api/tickets/{ticket_id}/cancel")
async def cancel(ticket_id: TicketId, body: ReasonBody, hub: HubDep,
                 c: Annotated[Caller, Depends(allowed("ticket.cancel"))]) -> dict[str, Any]:
    t, _ = await hub.run(hub.hall.cancel, ticket_id, body.reason)
    return {"ticket": jsonable(t)}
