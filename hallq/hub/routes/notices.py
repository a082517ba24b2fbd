"""Notices to the hall's customers: a supervisor posts, lists and withdraws them; the ones
in force now are public, for the displays and the pages (each change is an event)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path

from hallq.hall.notices import notice_json
from hallq.hub.auth import Caller
from hallq.hub.context import HubDep
from hallq.hub.params import SQLITE_MAX
from hallq.hub.permissions import allowed, public
from hallq.wire import NoticeBody

router = APIRouter()

NoticeId = Annotated[int, Path(ge=1, le=SQLITE_MAX)]


@router.post("/api/notices")
async def post_notice(body: NoticeBody, hub: HubDep,
                      c: Annotated[Caller, Depends(allowed("notice.post"))]) -> dict[str, Any]:
    out, _ = await hub.run(hub.hall.post_notice, body.text, body.starts_at, body.ends_at,
                           c.who())
    return {"notice": out}


@router.get("/api/notices")
async def list_notices(hub: HubDep, _: Annotated[Caller, Depends(allowed("notice.read"))]
                       ) -> dict[str, Any]:
    """Every notice, past, current, future and withdrawn, each as typed and as shown."""
    hall = hub.hall
    return {"now": hall.now().isoformat(),
            "notices": [notice_json(n, hall.info.languages, full=True) | {
                "in_force": n.in_force(hall.now())} for n in hall.notices()]}


@router.get("/api/notices/current", dependencies=[Depends(public("notice.current"))])
async def current_notices(hub: HubDep) -> dict[str, Any]:
    """The notices in force now, every language filled in; `next_change`: when one starts
    or ends by the clock alone (read again then; a posted or withdrawn one is an event)."""
    return hub.hall.current_notices_json()


@router.delete("/api/notices/{notice_id}")
async def withdraw_notice(notice_id: NoticeId, hub: HubDep,
                          c: Annotated[Caller, Depends(allowed("notice.withdraw"))]
                          ) -> dict[str, Any]:
    out, _ = await hub.run(hub.hall.withdraw_notice, notice_id, c.who())
    return {"notice": out}
