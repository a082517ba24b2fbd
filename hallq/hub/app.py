"""The hub: a FastAPI app over one Hall — REST commands, one WebSocket event stream."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator
from typing import Any

from fastapi import Depends, FastAPI, Header, Query, Request, WebSocket, WebSocketDisconnect
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from hallq import __version__
from hallq.domain import (
    DomainError,
    Forbidden,
    InvalidInput,
    Unauthenticated,
    Unavailable,
    jsonable,
)
from hallq.hall.service import Hall
from hallq.hub.errors import domain_error_response, error_response
from hallq.hub.pages import ticket_page
from hallq.hub.routes import sync as sync_routes
from hallq.hub.routes.alerts import router as supervisor_router
from hallq.hub.routes.kiosk import router as kiosk_router
from hallq.hub.routes.report import router as report_router
from hallq.hub.routes.webdisplay import router as webdisplay_router
from hallq.store import backup_schedule
from hallq.wire import (
    CallBody,
    DeviceBody,
    FaultBody,
    IssueBody,
    LoginBody,
    NoteBody,
    RateBody,
    ReasonBody,
    TransferBody,
)

log = logging.getLogger(__name__)

ANY = ("kiosk", "counter", "display", "keypad", "supervisor", "admin")
MANAGE = ("supervisor", "admin")
MAX_BACKLOG = 20000  # messages queued for one WebSocket before it is cut off
MAX_BATCH = 64  # commands committed together at most
SUMMARY_EVERY_S = 0.25


class Caller:
    """Who is calling: the device (by its token) and, if logged in, the staff member."""

    def __init__(self, device: Any, staff: str | None, counter: int | None):
        self.device = device
        self.staff = staff
        self.session_counter = counter

    def need_role(self, *roles: str) -> None:
        if self.device.role not in roles:
            raise Forbidden("forbidden", f"A {self.device.role} device cannot do this.")

    def need_counter(self, counter: int) -> None:
        """Counter actions: this counter's own device, with a clerk logged in at it."""
        self.need_role("counter")
        if self.device.counter != counter:
            raise Forbidden("forbidden", f"This device belongs to counter "
                              f"{self.device.counter}, not {counter}.")
        if self.staff is None or self.session_counter != counter:
            raise Unauthenticated("login_required", "Log in at this counter first.")

    def need_manager(self) -> None:
        self.need_role(*MANAGE)
        if self.staff is None:
            raise Unauthenticated("login_required", "A supervisor must log in first.")


class Broadcaster:
    """Fans committed events out to every open WebSocket, from any thread.

    Events go out at once; the per-service summary (waiting, estimates) is recomputed at
    most every SUMMARY_EVERY_S, since under load it would cost more than the commands.
    """

    def __init__(self, hall: Hall):
        self.hall = hall
        self.queues: set[asyncio.Queue] = set()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.loop_thread: int | None = None
        self._summary_due = False
        hall.listeners.append(self.on_events)

    def on_events(self, events: list[dict[str, Any]]) -> None:
        if not self.queues or self.loop is None:
            return
        if threading.get_ident() == self.loop_thread:
            self._fan_out({"events": events})
        else:
            self.loop.call_soon_threadsafe(self._fan_out, {"events": events})

    def _send_summary(self) -> None:
        self._summary_due = False
        if self.queues:
            self._fan_out({"events": [], "summary": self.hall.summary()}, summary=False)

    def close_all(self) -> None:
        """Tell every open stream to close (the hub is stopping); clients will resume."""
        for q in list(self.queues):
            q.put_nowait(None)
        self.queues.clear()

    def _fan_out(self, msg: dict[str, Any], summary: bool = True) -> None:
        for q in list(self.queues):
            if q.qsize() > MAX_BACKLOG:  # a stuck client: cut it off; it resumes from its seq
                self.queues.discard(q)
                q.put_nowait(None)
            else:
                q.put_nowait(msg)
        if summary and not self._summary_due and self.loop is not None:
            self._summary_due = True
            self.loop.call_later(SUMMARY_EVERY_S, self._send_summary)


class Writer:
    """Executes commands one at a time on the event loop, committing them in groups.

    Commands that arrive while a commit is under way wait together and share the next
    transaction (one fsync for all); each caller gets its reply only after the commit.
    """

    def __init__(self, hall: Hall):
        self.hall = hall
        self.pending: list[tuple[Any, asyncio.Future]] = []
        self.wakeup = asyncio.Event()
        self.task: asyncio.Task | None = None

    def start(self) -> None:
        self.task = asyncio.create_task(self._loop())

    async def execute(self, fn: Any, *args: Any, **kw: Any) -> Any:
        fut = asyncio.get_running_loop().create_future()
        self.pending.append((lambda: fn(*args, **kw), fut))
        self.wakeup.set()
        return await fut

    async def _loop(self) -> None:
        while True:
            await self.wakeup.wait()
            self.wakeup.clear()
            batch, self.pending = self.pending[:MAX_BATCH], self.pending[MAX_BATCH:]
            if self.pending:
                self.wakeup.set()
            results: list[tuple[asyncio.Future, bool, Any]] = []
            try:
                with self.hall.batch():
                    for call, fut in batch:
                        try:
                            results.append((fut, True, call()))
                        except DomainError as exc:
                            results.append((fut, False, exc))
            except DomainError as exc:  # the commit itself failed: nobody's command happened
                results = [(fut, False, exc) for _, fut in batch]
            except Exception as exc:
                log.exception("a command batch failed")
                err = Unavailable("storage_error", f"The hall database cannot be written: "
                                  f"{exc}. Nothing was changed.")
                results = [(fut, False, err) for _, fut in batch]
            for fut, ok, value in results:
                if fut.done():
                    continue
                if ok:
                    fut.set_result(value)
                else:
                    fut.set_exception(value)
            await asyncio.sleep(0)  # let the replies go out before the next batch


def create_app(hall: Hall) -> FastAPI:
    bus = Broadcaster(hall)
    writer = Writer(hall)
    run = writer.execute

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        bus.loop = asyncio.get_running_loop()
        bus.loop_thread = threading.get_ident()
        writer.start()
        yield
        if writer.task is not None:
            writer.task.cancel()

    app = FastAPI(title="hallq hub", version=__version__, lifespan=lifespan,
                  description="Commands are REST calls; events are one WebSocket stream "
                              "at /ws?token=T&since=SEQ.")
    app.state.hall = hall
    app.state.bus = bus

    @app.exception_handler(DomainError)
    async def _domain_error(_: Request, exc: DomainError) -> JSONResponse:
        return domain_error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error_response(422, "malformed", f"Malformed request: {where}: {first.get('msg')}")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail))

    def caller(authorization: str = Header(""), x_staff_session: str = Header("")) -> Caller:
        token = authorization.removeprefix("Bearer ").strip()
        device = hall.device(token)
        if device is None:
            raise Unauthenticated("unauthorized", "Unknown or revoked device token.")
        sess = hall.session(x_staff_session) if x_staff_session else None
        staff, counter = sess if sess else (None, None)
        return Caller(device, staff, counter)

    @app.get("/health")
    async def health() -> dict:
        return {"ok": True, "hall": hall.info.code, "seq": hall.last_seq(),
                "version": __version__}

    @app.get("/api/state")
    async def state(c: Caller = Depends(caller)) -> dict:
        return hall.snapshot()

    @app.get("/api/events")
    async def events(since: int = Query(0, ge=0), limit: int = Query(1000, ge=1, le=5000),
                     c: Caller = Depends(caller)) -> dict:
        return {"events": hall.events_since(since, limit)}

    # ---------------------------------------------------------------- tickets
    @app.post("/api/tickets")
    async def issue(body: IssueBody, request: Request, c: Caller = Depends(caller)) -> dict:
        c.need_role("kiosk", *MANAGE)
        t, evs = await run(hall.issue, body.service.upper(), body.priority, body.customer_code,
                            body.language)
        ahead = evs[-1]["data"].get("ahead", 0)
        base = str(request.base_url).rstrip("/")
        return {"ticket": jsonable(t), "ahead": ahead, "eta_min": t.eta_min,
                "qr": f"{base}/t/{hall.info.code}/{t.day.isoformat()}/{t.number}",
                "seq": evs[-1]["seq"]}

    @app.post("/api/tickets/{ticket_id}/requeue")
    async def requeue(ticket_id: int, c: Caller = Depends(caller)) -> dict:
        c.need_role("counter", *MANAGE)
        t, _ = await run(hall.requeue, ticket_id)
        return {"ticket": jsonable(t)}

    @app.post("/api/tickets/{ticket_id}/cancel")
    async def cancel(ticket_id: int, body: ReasonBody, c: Caller = Depends(caller)) -> dict:
        c.need_manager()
        t, _ = await run(hall.cancel, ticket_id, body.reason)
        return {"ticket": jsonable(t)}

    @app.get("/t/{hall_code}/{day}/{number}", response_class=HTMLResponse)
    async def ticket_position(hall_code: str, day: str, number: str) -> HTMLResponse:
        return HTMLResponse(ticket_page(hall, hall_code, day, number))

    # ---------------------------------------------------------------- staff
    @app.post("/api/staff/login")
    async def login(body: LoginBody, c: Caller = Depends(caller)) -> dict:
        if body.counter is not None:
            c.need_role("counter")
            if c.device.counter != body.counter:
                raise Forbidden("forbidden", "This device belongs to another counter.")
        else:
            c.need_role(*MANAGE)
            row = hall.staff.get(body.code.strip().upper())
            if row is not None and row.role.value == "clerk":
                raise Forbidden("forbidden", "Only a supervisor can log in here.")
        out, _ = await run(hall.login, body.code.strip().upper(), body.pin, body.counter)
        return out

    @app.post("/api/staff/logout")
    async def logout(x_staff_session: str = Header(""), c: Caller = Depends(caller)) -> dict:
        out, _ = await run(hall.logout, x_staff_session)
        return out

    @app.get("/api/staff/{code}/day")
    async def staff_day(code: str, c: Caller = Depends(caller)) -> dict:
        return hall.staff_day(code)

    # ---------------------------------------------------------------- counters
    def counter_action(name: str, fn: Any) -> None:
        async def endpoint(n: int, c: Caller = Depends(caller)) -> dict:
            c.need_counter(n)
            result, events = await run(fn, n)
            return {"result": jsonable(result), "seq": events[-1]["seq"] if events else None}
        endpoint.__name__ = name.replace("-", "_")
        app.post(f"/api/counters/{{n}}/{name}")(endpoint)

    counter_action("call-next", hall.call_next)
    counter_action("recall", hall.recall)
    counter_action("start", hall.start_serving)
    counter_action("finish", hall.finish)
    counter_action("no-show", hall.no_show)
    counter_action("resume", hall.resume)
    counter_action("close", hall.close_counter)

    @app.post("/api/counters/{n}/call")
    async def call_ticket(n: int, body: CallBody, c: Caller = Depends(caller)) -> dict:
        c.need_counter(n)
        t, _ = await run(hall.call_ticket, n, body.ticket_id, body.reason)
        return {"result": jsonable(t)}

    @app.post("/api/counters/{n}/transfer")
    async def transfer(n: int, body: TransferBody, c: Caller = Depends(caller)) -> dict:
        c.need_counter(n)
        to_service = body.to_service.upper() if body.to_service else None
        t, _ = await run(hall.transfer, n, to_service, body.to_counter, body.note)
        return {"result": jsonable(t)}

    @app.post("/api/counters/{n}/pause")
    async def pause(n: int, body: ReasonBody, c: Caller = Depends(caller)) -> dict:
        c.need_counter(n)
        st, _ = await run(hall.pause, n, body.reason)
        return {"result": jsonable(st)}

    # ---------------------------------------------------------------- ratings and notes
    @app.post("/api/ratings")
    async def rate(body: RateBody, c: Caller = Depends(caller)) -> dict:
        c.need_role("keypad", *MANAGE)
        counter = c.device.counter if c.device.role == "keypad" else None
        if body.choice is None and body.reasons:
            raise InvalidInput("bad_reason", "Reasons go with a rating.")
        row, _ = await run(hall.rate, body.ticket_id, body.choice, body.reasons, counter=counter)
        return {"rating": jsonable(row)}

    @app.post("/api/notes")
    async def add_note(body: NoteBody, c: Caller = Depends(caller)) -> dict:
        if c.device.role == "counter":
            c.need_counter(c.device.counter)
        else:
            c.need_manager()
        row, _ = await run(hall.add_note, body.ticket_id, c.staff, body.kind, body.category, body.text,
                               body.follow_up, c.device.counter)
        return {"note": jsonable(row)}

    @app.get("/api/notes")
    async def notes(open_only: bool = Query(True, alias="open"),
                    c: Caller = Depends(caller)) -> dict:
        m = hall.m
        q = m.Note.select().order_by(m.Note.id)
        if open_only:
            q = q.where(m.Note.follow_up & m.Note.resolved_at.is_null())
        return {"notes": [{"id": n.id, "ticket_id": n.ticket_id, "day": n.day.isoformat(),
                           "counter": n.counter, "staff": n.staff, "kind": n.kind,
                           "category": n.category, "text": n.text, "follow_up": n.follow_up,
                           "resolved_at": jsonable(n.resolved_at), "ts": n.ts.isoformat()}
                          for n in q]}

    @app.post("/api/notes/{note_id}/resolve")
    async def resolve_note(note_id: int, c: Caller = Depends(caller)) -> dict:
        c.need_manager()
        out, _ = await run(hall.resolve_note, note_id, c.staff)
        return out

    @app.post("/api/faults")
    async def fault(body: FaultBody, c: Caller = Depends(caller)) -> dict:
        """A device reports a fault (e.g. the kiosk's printer is out of paper)."""
        out, _ = await run(hall.report_fault, c.device.name, c.device.role, body.code, body.message)
        return out

    # ---------------------------------------------------------------- set-up
    def config_route(path: str, fn: Any) -> None:
        async def endpoint(body: dict, c: Caller = Depends(caller)) -> dict:
            c.need_manager()
            out, _ = await run(fn, body)
            return {"result": out}
        endpoint.__name__ = "config_" + path
        app.put(f"/api/config/{path}")(endpoint)

    config_route("services", hall.upsert_service)
    config_route("counters", hall.upsert_counter)
    config_route("staff", hall.upsert_staff)
    config_route("hall", hall.update_hall)

    @app.get("/api/devices")
    async def devices(c: Caller = Depends(caller)) -> dict:
        c.need_manager()
        return {"devices": hall.list_devices()}

    @app.post("/api/devices")
    async def add_device(body: DeviceBody, c: Caller = Depends(caller)) -> dict:
        c.need_manager()
        out, _ = await run(hall.add_device, body.role, body.counter, body.name)
        return out

    @app.delete("/api/devices/{device_id}")
    async def revoke_device(device_id: int, c: Caller = Depends(caller)) -> dict:
        c.need_manager()
        out, _ = await run(hall.revoke_device, device_id)
        return out

    # ---------------------------------------------------------------- the event stream
    @app.websocket("/ws")
    async def ws(socket: WebSocket, token: str = "", since: int = 0) -> None:
        if hall.device(token) is None:
            await socket.close(code=4401, reason="unauthorized")
            return
        await socket.accept()
        q: asyncio.Queue = asyncio.Queue()
        bus.queues.add(q)
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
            bus.queues.discard(q)

    app.include_router(kiosk_router(hall))
    app.include_router(supervisor_router(hall))
    app.include_router(backup_schedule.router(hall))
    app.include_router(sync_routes.router(hall))
    app.include_router(webdisplay_router(hall))
    app.include_router(report_router(hall))
    return app
