"""The hall's devices: list, register (a new token), revoke; a supervisor's work."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Depends

from hallq.hub.auth import CallerDep
from hallq.hub.context import HubDep
from hallq.hub.params import DeviceId
from hallq.hub.permissions import allowed
from hallq.wire import DeviceBody

router = APIRouter()


@router.get("/api/devices", dependencies=[Depends(allowed("device.read"))])
async def devices(hub: HubDep, c: CallerDep) -> dict[str, Any]:
    c.need_manager()
    return {"devices": await asyncio.to_thread(hub.hall.list_devices)}


@router.post("/api/devices", dependencies=[Depends(allowed("device.write"))])
async def add_device(body: DeviceBody, hub: HubDep, c: CallerDep) -> dict[str, Any]:
    who = c.need_manager()
    out, _ = await hub.run(hub.hall.add_device, body.role, body.counter, body.name, by=who)
    return out


@router.delete("/api/devices/{device_id}", dependencies=[Depends(allowed("device.write"))])
async def revoke_device(device_id: DeviceId, hub: HubDep, c: CallerDep) -> dict[str, Any]:
    who = c.need_manager()
    out, _ = await hub.run(hub.hall.revoke_device, device_id, by=who)
    return out
