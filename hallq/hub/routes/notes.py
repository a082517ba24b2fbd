"""Notes on a visit (a complaint or request), the open follow-ups, resolving one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from hallq.domain import Forbidden, jsonable
from hallq.hall.complaints import complaint_json
from hallq.hall.service import Hall
from hallq.hub.auth import Caller
from hallq.hub.context import HubDep
from hallq.hub.params import NoteId
from hallq.hub.permissions import allowed
from hallq.wire import NoteBody

router = APIRouter()


def at_counter(hall: Hall, ticket_id: int, counter: int) -> bool:
    """Was this visit at this counter: the ticket's leg, or the leg it was transferred or
    re-queued from (a counter notes what its customer asked before sending them on)?"""
    with hall.lock:
        t = hall.state.tickets.get(ticket_id)
        while t is not None:
            if t.counter == counter:
                return True
            t = hall.state.tickets.get(t.parent_id) if t.parent_id is not None else None
    return False


@router.post("/api/notes")
async def add_note(body: NoteBody, hub: HubDep,
                   c: Annotated[Caller, Depends(allowed("note.write"))]) -> dict[str, Any]:
    if c.device.role == "counter" and c.device.counter is not None:
        # Unknown tickets fall through to the hall's own 404 (unknown_ticket).
        if body.ticket_id in hub.hall.state.tickets and \
                not at_counter(hub.hall, body.ticket_id, c.device.counter):
            raise Forbidden("forbidden", f"Ticket {body.ticket_id} was not served at "
                            f"counter {c.device.counter}.")
    row, _ = await hub.run(hub.hall.add_note, body.ticket_id, c.staff, body.kind, body.category,
                           body.text, body.follow_up, c.device.counter)
    out: dict[str, Any] = {"note": jsonable(row)}
    if body.kind == "complaint":
        # The complaint the note opened (note.complaint names it), or the one the visit
        # already had: the counter says its number and due date to the clerk.
        with hub.hall.lock:
            k = (hub.hall.complaint(row["complaint"]) if row.get("complaint")
                 else hub.hall.complaint_of_visit(body.ticket_id))
            if k is not None:
                out["complaint"] = complaint_json(k, hub.hall.today(), hub.hall.info)
    return out


@router.get("/api/notes")
async def notes(hub: HubDep, c: Annotated[Caller, Depends(allowed("note.read"))],
                open_only: bool = Query(True, alias="open")) -> dict[str, Any]:
    m = hub.hall.m
    q = m.Note.select().order_by(m.Note.id)
    if open_only:
        q = q.where(m.Note.follow_up & m.Note.resolved_at.is_null())
    return {"notes": [{"id": n.id, "ticket_id": n.ticket_id, "day": n.day.isoformat(),
                       "counter": n.counter, "staff": n.staff, "kind": n.kind,
                       "category": n.category, "text": n.text, "follow_up": n.follow_up,
                       "resolved_at": jsonable(n.resolved_at), "ts": n.ts.isoformat()}
                      for n in q]}


@router.post("/api/notes/{note_id}/resolve")
async def resolve_note(note_id: NoteId, hub: HubDep,
                       c: Annotated[Caller, Depends(allowed("note.resolve"))]) -> dict[str, Any]:
    out, _ = await hub.run(hub.hall.resolve_note, note_id, c.staff)
    return out
