"""Tickets, hall info and events as JSON; the event stream's messages; replies as a client
reads them."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from typing import Any

from hallq.domain import (
    Event,
    HallInfo,
    Priority,
    Ticket,
    TicketState,
)


# ---------------------------------------------------------------- values
def ticket_from_json(d: dict[str, Any]) -> Ticket:
    """Inverse of jsonable for a Ticket."""

    def dt(v: str | None) -> datetime | None:
        return datetime.fromisoformat(v) if v else None

    return Ticket(
        id=d["id"],
        day=date.fromisoformat(d["day"]),
        number=d["number"],
        service=d["service"],
        arrival=datetime.fromisoformat(d["arrival"]),
        queued_at=datetime.fromisoformat(d["queued_at"]),
        priority=Priority(d.get("priority") or ""),
        customer_code=d.get("customer_code") or "",
        language=d.get("language") or "vi",
        state=TicketState(d["state"]),
        leg=d.get("leg", 1),
        parent_id=d.get("parent_id"),
        target_counter=d.get("target_counter"),
        counter=d.get("counter"),
        staff=d.get("staff"),
        called_at=dt(d.get("called_at")),
        recalls=d.get("recalls", 0),
        serving_at=dt(d.get("serving_at")),
        finished_at=dt(d.get("finished_at")),
        eta_min=d.get("eta_min"),
    )


def hall_info_from(d: dict[str, Any]) -> HallInfo:
    fields = {f.name for f in dataclasses.fields(HallInfo)}
    d = {k: v for k, v in d.items() if k in fields}
    for k in ("languages", "rating_choices", "rating_reasons", "open_weekdays", "holidays"):
        if k in d:
            d[k] = tuple(d[k])
    if "opening_hours" in d:
        d["opening_hours"] = tuple((a, b) for a, b in d["opening_hours"])
    return HallInfo(**d)


def event_json(ev: Event) -> dict[str, Any]:
    return {"seq": ev.seq, "type": ev.type, "ts": ev.ts.isoformat(), "day": ev.day.isoformat(),
            "ticket_id": ev.ticket_id, "counter": ev.counter, "staff": ev.staff,
            "data": ev.data}


def row_event_json(r: Any) -> dict[str, Any]:
    return {"seq": r.seq, "type": r.type, "ts": r.ts.isoformat(), "day": r.day.isoformat(),
            "ticket_id": r.ticket_id, "counter": r.counter, "staff": r.staff, "data": r.data}


# ---------------------------------------------------------------- the event stream
def stream_message(text: str | bytes) -> dict[str, Any] | None:
    """One message of /ws as a dict with `events` (a list) and maybe `summary`, `replay`,
    `seq`; None for anything that is not such a message."""
    try:
        msg = json.loads(text)
    except ValueError:
        return None
    if not isinstance(msg, dict) or not isinstance(msg.get("events", []), list):
        return None
    return msg


# ---------------------------------------------------------------- replies, as a client reads them
def reply_from(status: int, raw: bytes) -> tuple[bool, dict[str, Any]]:
    """A hub reply with an HTTP status as (ok, data): a 2xx reply's JSON object, or the
    error object {"code", "message"} of any other (one made up when the hub sent none)."""
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return False, {"code": "bad_reply", "message": "The hub sent a bad reply."}
    if 200 <= status < 300:
        return True, data
    error = data.get("error")
    if isinstance(error, dict) and error:
        return False, error
    return False, {"code": "http_error", "message": f"HTTP {status}"}


def report_reply(status: int, raw: bytes) -> tuple[bool, bytes | dict[str, Any]]:
    """GET /api/report as (True, the PDF's bytes) or (False, an error object); a hub too
    old to have the route answers with the code "report_unavailable"."""
    if status == 200 and raw.startswith(b"%PDF"):
        return True, raw
    try:
        body = json.loads(raw)
    except ValueError:
        body = None
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        error = {}
    # No such route (an older hub): FastAPI's own 404/405, mapped by the hub.
    if status == 405 or (status == 404 and error.get("code") == "not_found"):
        error = {"code": "report_unavailable",
                 "message": "This hub cannot make the daily report yet."}
    return False, error or {"code": "http_error", "message": f"HTTP {status}"}


REFUSALS = {401: "unauthorized", 403: "forbidden"}


def refusal(status: int | None) -> str | None:
    """The error code of a hub that refuses this device (a revoked or mistyped token), from
    the HTTP status of any request; None when the hub accepts it or did not answer."""
    return REFUSALS.get(status) if status is not None else None


def last_sync_success(data: dict[str, Any]) -> tuple[bool, datetime | None]:
    """(sync is set up, time of the last successful sync) from GET /api/sync/status; a time
    without a zone is UTC."""
    configured = bool(data.get("configured", data.get("enabled", True)))
    for key in ("last_success", "last_ok", "last_success_at", "last_synced_at", "last_sync"):
        value = data.get(key)
        if isinstance(value, dict):
            value = value.get("ts") or value.get("at") or value.get("finished")
        if isinstance(value, str) and value:
            try:
                when = datetime.fromisoformat(value)
            except ValueError:
                continue
            if when.tzinfo is None:
                when = datetime.fromisoformat(when.isoformat() + "+00:00")
            return configured, when
    return configured, None
