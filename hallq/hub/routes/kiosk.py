"""Hub route for the kiosk: a supervisor's PIN unlocks the kiosk's full-screen lockdown."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Header
from pydantic import BaseModel, ConfigDict, Field

from hallq.domain import Forbidden, Unauthenticated
from hallq.hall.service import Hall

UNLOCK_ROLES = ("supervisor", "admin")


class UnlockBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=1, max_length=20)
    pin: str = Field(min_length=1, max_length=20)


def unlock(hall: Hall, device: Any, code: str, pin: str) -> dict[str, Any]:
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


def router(hall: Hall) -> APIRouter:
    r = APIRouter()

    @r.post("/api/kiosk/unlock")
    async def kiosk_unlock(body: UnlockBody, authorization: str = Header("")) -> dict:
        device = hall.device(authorization.removeprefix("Bearer ").strip())
        if device is None:
            raise Unauthenticated("unauthorized", "Unknown or revoked device token.")
        if device.role not in ("kiosk", *UNLOCK_ROLES):
            raise Forbidden("forbidden", f"A {device.role} device cannot do this.")
        return unlock(hall, device, body.code, body.pin)

    return r
