"""Hub routes for the sync: GET /api/sync/status, POST /api/sync/run; starts the nightly sync.

Added to the hub with one line in create_app: app.include_router(sync_routes.router(hall)).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Header

from hallq.domain import DomainError, Forbidden, Unauthenticated
from hallq.sync import push as sync
from hallq.sync.schedule import SyncScheduler

log = logging.getLogger(__name__)


def sync_settings() -> dict[str, Any]:
    """This PC's [sync] settings; defaults (sync off) when the file has problems."""
    from hallq import settings as hsettings
    try:
        return hsettings.load().sync.as_dict()
    except hsettings.SettingsError as exc:
        log.warning("settings file has problems, nightly sync is off: %s", exc)
        return hsettings.defaults().sync.as_dict()


def router(hall: Any, settings: dict[str, Any] | None = None) -> APIRouter:
    conf = settings if settings is not None else sync_settings()
    scheduler = SyncScheduler(hall, conf.get("dsn", ""), conf.get("time", "02:00"),
                              conf.get("retry_minutes"))

    @contextlib.asynccontextmanager
    async def lifespan(_: Any) -> AsyncIterator[None]:
        started = bool(conf.get("enabled") and conf.get("dsn"))
        if started:
            scheduler.start()
        try:
            yield
        finally:
            scheduler.stop()

    r = APIRouter(lifespan=lifespan)

    def device(authorization: str) -> Any:
        d = hall.device(authorization.removeprefix("Bearer ").strip())
        if d is None:
            raise Unauthenticated("unauthorized", "Unknown or revoked device token.")
        return d

    @r.get("/api/sync/status")
    def sync_status(authorization: str = Header("")) -> dict:
        device(authorization)
        out = sync.status(hall.store.path)
        out["enabled"] = bool(conf.get("enabled") and conf.get("dsn"))
        out["time"] = conf.get("time", "02:00")
        out["running"] = scheduler.running.locked()
        return out

    @r.post("/api/sync/run")
    def sync_run(authorization: str = Header(""), x_staff_session: str = Header("")) -> dict:
        """A supervisor starts a sync now (runs in a worker thread: the hub keeps serving)."""
        d = device(authorization)
        if d.role not in ("supervisor", "admin"):
            raise Forbidden("forbidden", f"A {d.role} device cannot do this.")
        sess = hall.session(x_staff_session) if x_staff_session else None
        if sess is None:
            raise Unauthenticated("login_required", "A supervisor must log in first.")
        if not scheduler.dsn:
            raise DomainError("sync_not_configured", "No head office is set: [sync] dsn in "
                              "the hub's settings file.")
        if scheduler.running.locked():
            raise DomainError("sync_running", "A sync is already running.")
        res = scheduler.run_now()
        return {"result": res.as_dict(), "status": sync.status(hall.store.path)}

    r.scheduler = scheduler  # type: ignore[attr-defined]  # for tests
    return r
