"""A device reports a fault (e.g. the kiosk's printer is out of paper)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from hallq.hub.auth import Caller
from hallq.hub.context import HubDep
from hallq.hub.permissions import allowed
from hallq.wire import FaultBody

router = APIRouter()


@router.post("/api/faults")
async def fault(body: FaultBody, hub: HubDep,
                c: Annotated[Caller, Depends(allowed("fault.report"))]) -> dict[str, Any]:
    """A device reports a fault (e.g. the kiosk's printer is out of paper)."""
    out, _ = await hub.run(hub.hall.report_fault, c.device.name, c.device.role, body.code,
                           body.message)
    return out
