"""Messages to customers: the sender's thread (this router's lifespan), the supervisor's view
of the settings and the day's messages, and "send a test message"."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from datetime import datetime, time
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends
from pydantic import Field
from starlette.applications import Starlette

from hallq.hub.auth import Caller
from hallq.hub.context import HubDep, hub_of
from hallq.hub.permissions import allowed
from hallq.messaging.sender import Sender
from hallq.wire import Body, Language


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    hub = hub_of(app)
    # Its writes go through the hub's one writer; it never runs inside a command.
    sender = Sender(hub.hall, hub.writer.call).start()
    try:
        yield
    finally:
        await asyncio.to_thread(sender.stop)


router = APIRouter(lifespan=lifespan)


class TestMessageBody(Body):
    phone: str = Field(min_length=4, max_length=20, pattern=r"^\+?[0-9]+$")
    language: Language = "vi"


def _masked(phone: str) -> str:
    """A phone as the supervisor's list shows it: the last 3 digits."""
    return ("•" * max(0, len(phone) - 3) + phone[-3:]) if phone else ""


@router.get("/api/messages")
async def today(hub: HubDep,
                _: Annotated[Caller, Depends(allowed("message.read"))]) -> dict[str, Any]:
    """The settings (secrets only as set or not) and today's messages, by state."""
    hall = hub.hall
    zone = ZoneInfo(hall.info.timezone)
    start = datetime.combine(hall.now().astimezone(zone).date(), time(0), zone)
    recent = hall.messages_since(start)
    return {"settings": hall.messaging_public(), "counts": hall.message_counts(start),
            "recent": [{"id": r.id, "kind": r.kind, "state": r.state, "to": _masked(r.phone),
                        "attempts": r.attempts, "error": r.error,
                        "created": r.created.isoformat()} for r in recent]}


@router.post("/api/messages/test")
async def test_message(body: TestMessageBody, hub: HubDep,
                       c: Annotated[Caller, Depends(allowed("message.test"))]
                       ) -> dict[str, Any]:
    out, _ = await hub.run(hub.hall.send_test_message, body.phone, body.language, c.who())
    return out
