"""Hub routes for the supervisor window: acknowledge an alert, and today's alert record."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, Header, Query
from pydantic import BaseModel, ConfigDict, Field

from hallq.domain import Forbidden, InvalidInput, Unauthenticated, queue
from hallq.domain.alerts import KINDS
from hallq.hall.service import Hall
from hallq.wire import row_event_json

MANAGE = ("supervisor", "admin")


class AckBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    alert_id: str = Field(min_length=1, max_length=120)
    kind: str = Field(min_length=1, max_length=40)
    text: str = Field("", max_length=500)


def router(hall: Hall) -> APIRouter:
    r = APIRouter()

    def manager(authorization: str = Header(""), x_staff_session: str = Header("")) -> str:
        """The logged-in supervisor's staff code (a supervisor/admin device is required)."""
        device = hall.device(authorization.removeprefix("Bearer ").strip())
        if device is None:
            raise Unauthenticated("unauthorized", "Unknown or revoked device token.")
        if device.role not in MANAGE:
            raise Forbidden("forbidden", f"A {device.role} device cannot do this.")
        sess = hall.session(x_staff_session) if x_staff_session else None
        if sess is None:
            raise Unauthenticated("login_required", "A supervisor must log in first.")
        return sess[0]

    def day_events(kind: str, day: str | None) -> list[dict[str, Any]]:
        m = hall.m
        when = date.fromisoformat(day) if day else queue.business_day(hall.now(), hall.info)
        rows = (m.Event.select().where((m.Event.type == kind) & (m.Event.day == when))
                .order_by(m.Event.seq))
        return [row_event_json(e) for e in rows]

    @r.post("/api/alerts/ack")
    async def ack(body: AckBody, staff: str = Depends(manager)) -> dict:
        if body.kind not in KINDS:
            raise InvalidInput("bad_alert", f"Unknown alert kind {body.kind!r}.")
        with hall.lock:  # check and record together: an alert is acknowledged once
            for ev in day_events("alert_acknowledged", None):
                if ev["data"].get("alert_id") == body.alert_id:
                    return {"alert_id": body.alert_id, "seq": ev["seq"], "already": True,
                            "staff": ev["staff"]}
            out, _ = hall.record("alert_acknowledged", {"alert_id": body.alert_id,
                                                        "kind": body.kind, "text": body.text},
                                 staff=staff)
        return out | {"already": False, "staff": staff}

    @r.get("/api/alerts/today")
    async def today(day: str | None = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$"),
                    staff: str = Depends(manager)) -> dict:
        """Acknowledged alert ids and device faults of the day (for a window that starts late)."""
        return {"acked": [e["data"].get("alert_id") for e in
                          day_events("alert_acknowledged", day)],
                "faults": day_events("device_fault", day)}

    return r
