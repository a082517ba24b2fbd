"""Hub route for the kiosk: a supervisor's PIN unlocks the kiosk's full-screen lockdown."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from hallq.domain import Unauthenticated
from hallq.hall.service import Hall
from hallq.hub.auth import MANAGE, Caller, Device
from hallq.hub.context import HubDep
from hallq.hub.permissions import allowed
from hallq.wire import UnlockBody

router = APIRouter()

UNLOCK_ROLES = MANAGE


def unlock(hall: Hall, device: Device, code: str, pin: str) -> dict[str, Any]:
    """Check a supervisor's or admin's PIN for a kiosk; records `kiosk_unlocked`.

    The PIN check is hall.login itself at this kiosk (then an immediate logout), so wrong
    PINs are counted, and locked out, for this kiosk only: guesses here never lock the
    supervisor out at their own desk. Each wrong PIN or unknown code is a
    staff_login_failed event."""
    code = code.strip().upper()
    with hall.lock:
        row = hall.staff.get(code)
        if row is not None and row.role.value not in UNLOCK_ROLES:
            # The same answer as a wrong PIN: a kiosk must not tell which codes exist. (A
            # clerk is not a wrong PIN: nothing is counted against them.)
            raise Unauthenticated("bad_login", "Wrong staff code or PIN.")
        # Unknown codes and wrong PINs are refused, and recorded, by the login itself.
        out, _ = hall.login(code, pin, None, device.id)
        hall.logout(out["session"])
        rec, _ = hall.record("kiosk_unlocked", {"device": device.name, "staff": code},
                             staff=code)
    return {"ok": True, "staff": code, "seq": rec["seq"]}


@router.post("/api/kiosk/unlock")
async def kiosk_unlock(body: UnlockBody, hub: HubDep,
                       c: Annotated[Caller, Depends(allowed("kiosk.unlock"))]) -> dict[str, Any]:
    return unlock(hub.hall, c.device, body.code, body.pin)
