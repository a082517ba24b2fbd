"""The hub: a FastAPI app over one Hall — REST commands, one WebSocket event stream.

create_app builds the app: the hall's writer and broadcaster (app.state.hub), the error
answers, and one router per resource (hallq.hub.routes). Who may call what is checked in
each route through hallq.hub.auth.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from hallq import __version__, wire
from hallq.domain import DomainError
from hallq.hall.service import Hall
from hallq.hub.body_limit import BodyLimit
from hallq.hub.broadcaster import Broadcaster
from hallq.hub.context import Hub, hub_of
from hallq.hub.errors import domain_error_response, error_response
from hallq.hub.routes import (
    alerts,
    appointments,
    backup,
    book,
    cases,
    complaints,
    counters,
    devices,
    events,
    faults,
    indices,
    kiosk,
    messages,
    notes,
    notices,
    pages,
    phone,
    ratings,
    report,
    setup,
    staff,
    sync,
    tickets,
    webdisplay,
)
from hallq.hub.writer import Writer

MAX_BODY = 64 * 1024  # bytes: the largest command body (a set-up change) is a few KB

# In this order (it was the order of the routes before they had a module each); the
# lifespans of backup and sync run inside the app's own, in this order too.
ROUTERS = (events, tickets, pages, staff, counters, ratings, notes, faults, setup, devices,
           kiosk, alerts, backup, sync, webdisplay, report, appointments,
           book, messages, phone, cases, notices, indices, complaints)


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    hub = hub_of(app)
    hub.bus.attach()
    hub.writer.start()
    # The routers' own lifespans (backup's lock, the nightly sync) run inside this one.
    async with contextlib.AsyncExitStack() as stack:
        for module in ROUTERS:
            await stack.enter_async_context(module.router.lifespan_context(app))
        yield
    hub.writer.stop()


async def _domain_error(_: Request, exc: DomainError) -> JSONResponse:
    return domain_error_response(exc)


async def _bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
    return error_response(422, "malformed", wire.malformed_message(exc.errors()))


async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
    code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(
        exc.status_code, "http_error")
    response = error_response(exc.status_code, code, str(exc.detail))
    response.headers.update(exc.headers or {})
    return response


def create_app(hall: Hall) -> FastAPI:
    app = FastAPI(title="hallq hub", version=__version__, lifespan=lifespan,
                  description="Commands are REST calls; events are one WebSocket stream "
                              "at /ws?token=T&since=SEQ.")
    writer = Writer(hall)
    app.state.hub = Hub(hall, writer, Broadcaster(hall))
    app.state.sync = sync.NightlySync(hall)  # reads this PC's [sync] settings now
    app.state.sync.scheduler.write = writer.call  # the sync's writes go through the writer
    app.add_middleware(BodyLimit, limit=MAX_BODY)
    app.exception_handler(DomainError)(_domain_error)
    app.exception_handler(RequestValidationError)(_bad_request)
    app.exception_handler(StarletteHTTPException)(_http_error)
    # The routes go straight into the app's one list: an included router is matched route
    # by route again on every request (FastAPI 0.165): a fifth of a command's CPU in
    # benchmarks/hub_load.py.
    for module in ROUTERS:
        app.router.routes.extend(module.router.routes)
    return app
