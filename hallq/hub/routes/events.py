"""Reading the hall: /health, the snapshot, the event log, and the live stream /ws."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, WebSocket, WebSocketDisconnect

from hallq import __version__
from hallq.hub.auth import CallerDep, device_for_token
from hallq.hub.context import HubDep, hub_of
from hallq.hub.permissions import allowed, by_query_token, public

router = APIRouter()


@router.get("/health", dependencies=[Depends(public("health.read"))])
async def health(hub: HubDep) -> dict[str, Any]:
    hall = hub.hall
    return {"ok": True, "hall": hall.info.code, "seq": hall.last_seq(), "version": __version__}


@router.get("/api/state", dependencies=[Depends(allowed("state.read"))])
async def state(hub: HubDep, c: CallerDep) -> dict[str, Any]:
    return hub.hall.snapshot()


@router.get("/api/events", dependencies=[Depends(allowed("events.read"))])
async def events(hub: HubDep, c: CallerDep, since: int = Query(0, ge=0),
                 limit: int = Query(1000, ge=1, le=5000)) -> dict[str, Any]:
    return {"events": hub.hall.events_since(since, limit)}


@router.websocket("/ws", dependencies=[Depends(by_query_token("events.read"))])
async def ws(socket: WebSocket, token: str = "", since: int = 0) -> None:
    """The event stream: the backlog after `since` (replay), a summary, then live events."""
    hub = hub_of(socket.app)
    hall = hub.hall
    if device_for_token(hall, token) is None:
        await socket.close(code=4401, reason="unauthorized")
        return
    await socket.accept()
    q = hub.bus.subscribe()
    try:
        last = since
        # Backlog first (read synchronously: nothing can commit in between), then live.
        while True:
            batch = hall.events_since(last, 1000)
            if not batch:
                break
            last = batch[-1]["seq"]
            await socket.send_json({"events": batch, "replay": True})
        await socket.send_json({"events": [], "summary": hall.summary(), "seq": last})
        while True:
            msg = await q.get()
            if msg is None:
                await socket.close(code=1012, reason="reconnect and resume")
                return
            if "summary" in msg:
                await socket.send_json(msg)
                continue
            fresh = [e for e in msg["events"] if e["seq"] > last]
            if fresh:
                last = fresh[-1]["seq"]
                await socket.send_json({"events": fresh})
    except WebSocketDisconnect:
        pass
    finally:
        hub.bus.unsubscribe(q)
