"""Hub routes for the sync: GET /api/sync/status, POST /api/sync/run; runs the nightly sync.

create_app makes one NightlySync per hub (app.state.sync); this router's lifespan starts
and stops its scheduler with the hub.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from starlette.applications import Starlette
from starlette.requests import HTTPConnection

from hallq import settings as hsettings
from hallq.domain import DomainError
from hallq.hall.service import Hall
from hallq.hub.context import app_state
from hallq.hub.permissions import allowed
from hallq.sync import push as sync
from hallq.sync.schedule import SyncScheduler

log = logging.getLogger(__name__)


def sync_settings() -> dict[str, Any]:
    """This PC's [sync] settings; defaults (sync off) when the file has problems."""
    return hsettings.section_or_defaults("sync", "nightly sync is off")


class NightlySync:
    """The hub's sync with head office: this PC's [sync] settings and the scheduler."""

    def __init__(self, hall: Hall, settings: dict[str, Any] | None = None):
        self.hall = hall
        self.conf = settings if settings is not None else sync_settings()
        self.scheduler = SyncScheduler(hall, self.conf.get("dsn", ""),
                                       self.conf.get("time", "02:00"),
                                       self.conf.get("retry_minutes"),
                                       window_minutes=self.conf.get("window_minutes", 0))

    @property
    def enabled(self) -> bool:
        return bool(self.conf.get("enabled") and self.conf.get("dsn"))


def sync_of(app: Starlette) -> NightlySync:
    return app_state(app, "sync", NightlySync)


async def current_sync(conn: HTTPConnection) -> NightlySync:
    return sync_of(conn.app)


SyncDep = Annotated[NightlySync, Depends(current_sync)]


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    nightly = sync_of(app)
    if nightly.enabled:
        nightly.scheduler.start()
    try:
        yield
    finally:
        nightly.scheduler.stop()


router = APIRouter(lifespan=lifespan)


@router.get("/api/sync/status", dependencies=[Depends(allowed("sync.read"))])
def sync_status(nightly: SyncDep) -> dict[str, Any]:
    out = sync.status(nightly.hall.store.path)
    out["enabled"] = nightly.enabled
    out["time"] = nightly.conf.get("time", "02:00")
    # When tonight's sync runs: the window's start plus this hall's place in it.
    out["next_run"] = (nightly.scheduler.next_target(out["window"]).isoformat()
                       if nightly.enabled else None)
    out["running"] = nightly.scheduler.running.locked()
    return out


@router.post("/api/sync/run", dependencies=[Depends(allowed("sync.run"))])
def sync_run(nightly: SyncDep) -> dict[str, Any]:
    """A supervisor starts a sync now (runs in a worker thread: the hub keeps serving)."""
    scheduler = nightly.scheduler
    if not scheduler.dsn:
        raise DomainError("sync_not_configured", "No head office is set: [sync] dsn in "
                          "the hub's settings file.")
    if scheduler.running.locked():
        raise DomainError("sync_running", "A sync is already running.")
    res = scheduler.run_now()
    return {"result": res.as_dict(), "status": sync.status(nightly.hall.store.path)}
