"""Hub routes for the supervisor window: acknowledge an alert, and today's alert record."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from hallq.domain import InvalidInput, queue
from hallq.domain.alerts import KINDS
from hallq.hall.service import Hall
from hallq.hub.auth import Caller
from hallq.hub.context import HubDep
from hallq.hub.params import Day
from hallq.hub.permissions import allowed
from hallq.wire import AckBody, row_event_json

router = APIRouter()


def day_events(hall: Hall, kind: str, day: date | None) -> list[dict[str, Any]]:
    m = hall.m
    when = day or queue.business_day(hall.now(), hall.info)
    rows = (m.Event.select().where((m.Event.type == kind) & (m.Event.day == when))
            .order_by(m.Event.seq))
    return [row_event_json(e) for e in rows]


@router.post("/api/alerts/ack")
async def ack(body: AckBody, hub: HubDep,
              c: Annotated[Caller, Depends(allowed("alert.ack"))]) -> dict[str, Any]:
    staff = c.staff
    if body.kind not in KINDS:
        raise InvalidInput("bad_alert", f"Unknown alert kind {body.kind!r}.")
    out, _ = await hub.run(hub.hall.acknowledge_alert, body.alert_id, body.kind, body.text,
                           staff)
    return out


@router.get("/api/alerts/today")
async def today(hub: HubDep, c: Annotated[Caller, Depends(allowed("alert.read"))],
                day: Annotated[Day | None, Query()] = None) -> dict[str, Any]:
    """Acknowledged alert ids, device faults and complaints gone overdue that day (for a
    window that starts late)."""
    return {"acked": [e["data"].get("alert_id") for e in
                      day_events(hub.hall, "alert_acknowledged", day)],
            "faults": day_events(hub.hall, "device_fault", day),
            # complaints that became overdue that day (their words are not in the event)
            "complaints": day_events(hub.hall, "complaint_escalated", day)}
