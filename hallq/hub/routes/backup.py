"""The hub's hold on its database file, and the nightly backup that runs while it serves.

No routes: a router whose lifespan marks the database as served (the HubLock a restore
checks) and runs NightlyBackup (settings hub.backup_*) while the hub is up.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import APIRouter
from starlette.applications import Starlette

from hallq.hub.context import hub_of
from hallq.store import backup
from hallq.store.backup_schedule import NightlyBackup, hub_settings

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    hall = hub_of(app).hall
    db = hall.store.path
    lock = backup.HubLock(db)
    if not lock.acquire():
        log.warning("another hub is serving %s (%s)", db, backup.hub_serving(db))
    nightly = NightlyBackup(
        db, hub_settings(),
        # A device_fault event: the supervisor's window raises it as an alert.
        on_failure=lambda message: hall.report_fault("hub", "hub", "backup_failed",
                                                     message[:500]))
    nightly.start()
    try:
        yield
    finally:
        nightly.stop()
        lock.release()


router = APIRouter(lifespan=lifespan)
