"""Notes on a visit (a complaint or request), the open follow-ups, resolving one."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from hallq.domain import jsonable
from hallq.hub.auth import CallerDep
from hallq.hub.context import HubDep
from hallq.wire import NoteBody

router = APIRouter()


@router.post("/api/notes")
async def add_note(body: NoteBody, hub: HubDep, c: CallerDep) -> dict[str, Any]:
    if c.device.role == "counter":
        c.need_counter(c.device.counter)
    else:
        c.need_manager()
    row, _ = await hub.run(hub.hall.add_note, body.ticket_id, c.staff, body.kind, body.category,
                           body.text, body.follow_up, c.device.counter)
    return {"note": jsonable(row)}


@router.get("/api/notes")
async def notes(hub: HubDep, c: CallerDep,
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
async def resolve_note(note_id: int, hub: HubDep, c: CallerDep) -> dict[str, Any]:
    staff = c.need_manager()
    out, _ = await hub.run(hub.hall.resolve_note, note_id, staff)
    return out
