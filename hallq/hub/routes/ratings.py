"""Ratings: the keypad at a counter (or a supervisor) rates a finished visit."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from hallq.domain import InvalidInput, jsonable
from hallq.hub.auth import Caller
from hallq.hub.context import HubDep
from hallq.hub.permissions import allowed
from hallq.wire import RateBody

router = APIRouter()


@router.post("/api/ratings")
async def rate(body: RateBody, hub: HubDep,
               c: Annotated[Caller, Depends(allowed("rating.record"))]) -> dict[str, Any]:
    counter = c.device.counter if c.device.role == "keypad" else None
    if body.choice is None and body.reasons:
        raise InvalidInput("bad_reason", "Reasons go with a rating.")
    row, _ = await hub.run(hub.hall.rate, body.ticket_id, body.choice, body.reasons,
                           counter=counter)
    return {"rating": jsonable(row)}
