"""Reading the hall: /health, the snapshot, the event log, and the live stream /ws."""

from __future__ import annotations

import asyncio
import re
from typing import Any

from fastapi import APIRouter, Depends, Query, WebSocket, WebSocketDisconnect

from hallq import __version__
from hallq.hub.auth import device_for_token
from hallq.hub.broadcaster import encode
from hallq.hub.context import HubDep, hub_of
from hallq.hub.permissions import allowed, by_query_token, public

router = APIRouter()

MAX_SEQ = 2**63 - 1  # SQLite's largest integer: no event seq can be above it
_SEQ = re.compile(r"[0-9]{1,19}")


def resume_point(since: str) -> int | None:
    """The seq a stream resumes after, from the `since` query parameter; None if it is not
    a whole number from 0 to MAX_SEQ."""
    if not _SEQ.fullmatch(since):
        return None
    seq = int(since)
    return seq if seq <= MAX_SEQ else None


def revokes_a_device(events: list[dict[str, Any]]) -> bool:
    return any(e["type"] == "config_changed" and e["data"].get("what") == "device_revoked"
               for e in events)


@router.get("/health", dependencies=[Depends(public("health.read"))])
async def health(hub: HubDep) -> dict[str, Any]:
    hall = hub.hall
    return {"ok": True, "hall": hall.info.code, "seq": hall.last_seq(), "version": __version__}


@router.get("/api/state", dependencies=[Depends(allowed("state.read"))])
async def state(hub: HubDep) -> dict[str, Any]:
    # The snapshot takes the hall's lock, held by the writer's thread during a commit:
    # wait for it on a worker thread, not on the event loop.
    return await asyncio.to_thread(hub.hall.snapshot)


@router.get("/api/events", dependencies=[Depends(allowed("events.read"))])
async def events(hub: HubDep, since: int = Query(0, ge=0, le=MAX_SEQ),
                 limit: int = Query(1000, ge=1, le=5000)) -> dict[str, Any]:
    return {"events": hub.hall.events_since(since, limit)}


@router.websocket("/ws", dependencies=[Depends(by_query_token("events.read"))])
async def ws(socket: WebSocket, token: str = "", since: str = "0") -> None:
    """The event stream: the backlog after `since` (replay), a summary, then live events.

    Closes with 4400 when `since` is not a seq (0 to 2^63-1), with 4401 as soon as the
    device is revoked, with 1012 when the hub stops (the client resumes from its last seq).
    """
    hub = hub_of(socket.app)
    hall = hub.hall
    if device_for_token(hall, token) is None:
        await socket.close(code=4401, reason="unauthorized")
        return
    start = resume_point(since)
    await socket.accept()
    if start is None:
        await socket.close(code=4400, reason="since: a whole number from 0 to 2^63-1")
        return
    q = hub.bus.subscribe()  # before the backlog: an event is in one or the other, or both
    try:
        last = start
        while True:
            batch = hall.events_since(last, 1000)
            if not batch:
                break
            last = batch[-1]["seq"]
            await socket.send_text(encode({"events": batch, "replay": True}))
        summary = await asyncio.to_thread(hall.summary)
        await socket.send_text(encode({"events": [], "summary": summary, "seq": last}))
        while True:
            msg = await q.get()
            if msg is None:
                await socket.close(code=1012, reason="reconnect and resume")
                return
            if "summary" in msg:
                await socket.send_text(msg["json"])
                continue
            fresh = [e for e in msg["events"] if e["seq"] > last]
            if fresh:
                last = fresh[-1]["seq"]
                # Usually every event is new to this stream: send the text encoded for all.
                await socket.send_text(msg["json"] if len(fresh) == len(msg["events"])
                                       else encode({"events": fresh}))
            if revokes_a_device(msg["events"]) and device_for_token(hall, token) is None:
                await socket.close(code=4401, reason="this device was revoked")
                return
    except WebSocketDisconnect:
        pass
    finally:
        hub.bus.unsubscribe(q)
