"""The queue from a phone: take a ticket (public, where the service allows it), its live
page pushed by server-sent events, and "I'm not coming"."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from pydantic import Field

from hallq.domain import jsonable
from hallq.hub.book_page import LANGS
from hallq.hub.context import HubDep
from hallq.hub.permissions import public
from hallq.hub.phone_page import page
from hallq.hub.routes.book import language_of
from hallq.wire import Body, Language

router = APIRouter()

KEEP_ALIVE_S = 15.0  # a comment line this often, so proxies keep the stream open
Token = Annotated[str, Path(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
OVER = ("done", "cancelled", "no_show", "transferred")


class PhoneTicketBody(Body):
    service: str = Field(min_length=1, max_length=1)
    phone: str = Field(min_length=4, max_length=20)
    language: Language = "vi"


@router.post("/api/phone/tickets", dependencies=[Depends(public("phone.ticket"))])
async def take(body: PhoneTicketBody, hub: HubDep) -> dict[str, Any]:
    out, _ = await hub.run(hub.hall.take_phone_ticket, body.service, body.phone, body.language)
    return {"ticket": jsonable(out["ticket"]), "token": out["token"],
            "url": f"/q/{out['token']}"}


@router.get("/q/{token}", response_class=HTMLResponse,
            dependencies=[Depends(public("phone.page"))])
async def live_page(token: Token, request: Request, hub: HubDep,
                    lang: Annotated[str | None, Query(max_length=8)] = None) -> HTMLResponse:
    status = hub.hall.phone_status(token)  # 404 for a token nobody has
    chosen = lang if lang in LANGS else language_of(
        status["language"], request.headers.get("accept-language", ""),
        hub.hall.info.languages)
    return HTMLResponse(page(chosen, token))


@router.get("/q/{token}/events", dependencies=[Depends(public("phone.page"))])
async def live_events(token: Token, hub: HubDep) -> StreamingResponse:
    """The ticket's status now and after every change of the hall, until it is over."""
    hall = hub.hall
    first = hall.phone_status(token)
    bus = hub.bus

    async def stream() -> AsyncIterator[str]:
        q = bus.subscribe()
        try:
            last = first
            yield f"data: {json.dumps(first, ensure_ascii=False)}\n\n"
            while last["state"] not in OVER:
                try:
                    msg = await asyncio.wait_for(q.get(), KEEP_ALIVE_S)
                except TimeoutError:
                    yield ": keep-alive\n\n"
                    continue
                if msg is None:  # the hub is stopping
                    return
                now = hall.phone_status(token)
                if now != last:
                    last = now
                    yield f"data: {json.dumps(now, ensure_ascii=False)}\n\n"
        finally:
            bus.unsubscribe(q)

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


@router.post("/q/{token}/cancel", dependencies=[Depends(public("phone.cancel"))])
async def not_coming(token: Token, hub: HubDep) -> dict[str, Any]:
    out, _ = await hub.run(hub.hall.cancel_phone_ticket, token)
    return {"ticket": jsonable(out["ticket"])}
