"""Hub route for the kiosk: a supervisor's PIN unlocks the kiosk's full-screen lockdown."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from hallq.domain import DomainError, Unauthenticated
from hallq.hall.service import Hall
from hallq.hub.auth import MANAGE, Caller, Device
from hallq.hub.context import HubDep
from hallq.hub.permissions import allowed
from hallq.wire import UnlockBody

router = APIRouter()

UNLOCK_ROLES = MANAGE


def unlock(hall: Hall, device: Device, code: str, pin: str) -> dict[str, Any] | DomainError:
    """Check a supervisor's or admin's PIN for a kiosk; records `kiosk_unlocked`.

    The PIN check is hall's login itself at this kiosk (then an immediate logout), so wrong
    PINs are counted, and locked out, for this kiosk only: guesses here never lock the
    supervisor out at their own desk. Each wrong PIN or unknown code is a
    staff_login_failed event. A refusal is answered, not raised, so that the writer keeps
    that record (it undoes a command that raises)."""
    code = code.strip().upper()
    with hall.lock:
        row = hall.staff.get(code)
        if row is not None and row.role.value not in UNLOCK_ROLES:
            # The same answer as a wrong PIN: a kiosk must not tell which codes exist. (A
            # clerk is not a wrong PIN: nothing is counted against them.)
            return Unauthenticated("bad_login", "Wrong staff code or PIN.")
        # Unknown codes and wrong PINs are refused, and recorded, by the login itself.
        out = hall.attempt_login(code, pin, None, device.id)
        if isinstance(out, DomainError):
            return out
        hall.logout(out[0]["session"])
        rec, _ = hall.record("kiosk_unlocked", {"device": device.name, "staff": code},
                             staff=code)
    return {"ok": True, "staff": code, "seq": rec["seq"]}


@router.post("/api/kiosk/unlock")
async def kiosk_unlock(body: UnlockBody, hub: HubDep,
                       c: Annotated[Caller, Depends(allowed("kiosk.unlock"))]) -> dict[str, Any]:
    out = await hub.run(unlock, hub.hall, c.device, body.code, body.pin)
    if isinstance(out, DomainError):
        raise out
    return out
