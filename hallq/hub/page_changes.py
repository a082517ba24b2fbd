"""Server-sent events for a customer's page: "changed" whenever the page would read differently."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

from fastapi.responses import StreamingResponse

KEEP_ALIVE_S = 15.0  # a comment line this often keeps proxies from closing the stream

# The page reloads on "changed", unless the customer is writing in one of its forms (a
# complaint, the answers): their words would be lost. It reads the change on its next load.
RELOAD_SCRIPT = (
    "<script>function untouched(){{return ![...document.querySelectorAll("
    "'textarea,input[type=text]')].some(e=>e.value)"
    "&&!document.querySelector('form input:checked')}}"
    'new EventSource("{here}/events?lang={lang}").onmessage=()=>{{'
    "if(untouched())location.reload()}};</script>")


def changes(bus: Any, render: Callable[[], str]) -> StreamingResponse:
    """A stream that renders the page after every event of the hall (and at each keep-alive:
    a notice may start or end by the clock) and says "changed" when it differs."""

    async def stream() -> AsyncIterator[str]:
        q = bus.subscribe()
        try:
            last = render()
            yield ": open\n\n"
            while True:
                try:
                    msg = await asyncio.wait_for(q.get(), KEEP_ALIVE_S)
                except TimeoutError:
                    msg = {}
                    yield ": keep-alive\n\n"
                if msg is None:  # the hub is stopping
                    return
                now = render()
                if now != last:
                    last = now
                    yield "data: changed\n\n"
        finally:
            bus.unsubscribe(q)

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})
