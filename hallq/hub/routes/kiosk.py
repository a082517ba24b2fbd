"""Hub route for the kiosk: a supervisor's PIN unlocks the kiosk's full-screen lockdown."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Header

from hallq.domain import Unauthenticated
from hallq.hall.service import Hall
from hallq.hub.auth import MANAGE, Device, authenticate, need_role
from hallq.hub.context import HubDep
from hallq.wire import UnlockBody

router = APIRouter()

UNLOCK_ROLES = MANAGE


def unlock(hall: Hall, device: Device, code: str, pin: str) -> dict[str, Any]:
    """Check a supervisor's or admin's PIN for a kiosk; records `kiosk_unlocked`.

    The PIN check is hall.login itself (then an immediate logout), so wrong PINs count
    towards the same lock-out, with the same staff_login_failed events, as anywhere else."""
    code = code.strip().upper()
    row = hall.staff.get(code)
    if row is None or row.role.value not in UNLOCK_ROLES:
        # The same answer as a wrong PIN: a kiosk must not tell which codes exist.
        raise Unauthenticated("bad_login", "Wrong staff code or PIN.")
    out, _ = hall.login(code, pin, None)
    hall.logout(out["session"])
    rec, _ = hall.record("kiosk_unlocked", {"device": device.name, "staff": code},
                         staff=code)
    return {"ok": True, "staff": code, "seq": rec["seq"]}


@router.post("/api/kiosk/unlock")
async def kiosk_unlock(body: UnlockBody, hub: HubDep,
                       authorization: str = Header("")) -> dict[str, Any]:
    # The token is checked here, after the body, not by a dependency: a malformed body is
    # answered 422 before an unknown token is (as it always was).
    device = authenticate(hub.hall, authorization)
    need_role(device, "kiosk", *UNLOCK_ROLES)
    return unlock(hub.hall, device, body.code, body.pin)
