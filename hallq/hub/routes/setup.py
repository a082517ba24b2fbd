"""The hall's set-up: PUT /api/config/{services,counters,staff,hall,appointment-plans,
messaging,case-types,
satisfaction-indices,complaint-causes}, by a supervisor.

Each body is the resource as a JSON object, whole or only the fields to change; the hall's
set-up commands validate the merged result through its schema in hallq.wire (422 naming
the field, nothing changed) and log the change with the supervisor's staff code."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends

from hallq.hall.service import Hall
from hallq.hub.auth import Caller
from hallq.hub.context import HubDep
from hallq.hub.permissions import allowed

router = APIRouter()

# A supervisor or admin logged in at their desk (the table's rule): their staff code is
# the audit trail's "who".
SetupWriter = Annotated[Caller, Depends(allowed("setup.write"))]

SetupCommand = Callable[..., tuple[dict[str, Any], list[dict[str, Any]]]]

RESOURCES: dict[str, SetupCommand] = {
    "services": Hall.upsert_service,
    "counters": Hall.upsert_counter,
    "staff": Hall.upsert_staff,
    "hall": Hall.update_hall,
    "appointment-plans": Hall.set_appointment_plan,
    "messaging": Hall.set_messaging,
    "case-types": Hall.set_case_type,
    "satisfaction-indices": Hall.set_satisfaction_indices,
    "complaint-causes": Hall.set_complaint_causes,
}


def _config_route(path: str, command: SetupCommand) -> None:
    async def endpoint(body: dict[str, Any], hub: HubDep, c: SetupWriter) -> dict[str, Any]:
        out, _ = await hub.run(command, hub.hall, body, by=c.who())
        return {"result": out}

    endpoint.__name__ = "config_" + path.replace("-", "_")
    router.put(f"/api/config/{path}")(endpoint)


for _path, _command in RESOURCES.items():
    _config_route(_path, _command)
