"""The hall's devices: list, register (a new token), revoke; a supervisor's work."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Depends

from hallq.hub.auth import Caller
from hallq.hub.context import HubDep
from hallq.hub.params import DeviceId
from hallq.hub.permissions import allowed
from hallq.wire import DeviceBody

router = APIRouter()

# A supervisor or admin logged in at their desk (the table's rule): their staff code is
# the audit trail's "who".
DeviceWriter = Annotated[Caller, Depends(allowed("device.write"))]


@router.get("/api/devices", dependencies=[Depends(allowed("device.read"))])
async def devices(hub: HubDep) -> dict[str, Any]:
    return {"devices": await asyncio.to_thread(hub.hall.list_devices)}


@router.post("/api/devices")
async def add_device(body: DeviceBody, hub: HubDep, c: DeviceWriter) -> dict[str, Any]:
    out, _ = await hub.run(hub.hall.add_device, body.role, body.counter, body.name,
                           by=c.who())
    return out


@router.delete("/api/devices/{device_id}")
async def revoke_device(device_id: DeviceId, hub: HubDep, c: DeviceWriter) -> dict[str, Any]:
    out, _ = await hub.run(hub.hall.revoke_device, device_id, by=c.who())
    return out
