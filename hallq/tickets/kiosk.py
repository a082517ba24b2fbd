"""The kiosk's Qt-free helpers: the hub's issue reply + hall snapshot -> TicketPrint, settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from hallq.domain import name_in
from hallq.tickets.layout import TicketPrint

# Which keys of the [printer] settings section each printer kind uses (hallq.tickets.printers).
PRINTER_KEYS: dict[str, tuple[str, ...]] = {
    "network": ("host", "port", "profile"),
    "usb": ("vendor_id", "product_id", "profile"),
    "serial": ("device", "baudrate", "profile"),
    "file": ("path", "profile"),
    "pdf": ("path",),
}
OPTIONAL_PRINTER_KEYS = ("timeout", "native_qr", "check_paper")


def printer_config(section: dict[str, Any] | None) -> dict[str, Any] | None:
    """The [printer] settings section as the dict hallq.tickets.printers.print_ticket takes.

    None for no printer. `serial` uses `device`; `file` takes `path` and, when that is
    empty, `device` (both read naturally as "the device node")."""
    section = dict(section or {})
    kind = section.get("kind") or "none"
    if kind == "none":
        return None
    out: dict[str, Any] = {"kind": kind}
    for key in PRINTER_KEYS.get(kind, ()) + OPTIONAL_PRINTER_KEYS:
        if section.get(key) not in (None, ""):
            out[key] = section[key]
    if kind == "file" and "path" not in out and section.get("device"):
        out["path"] = section["device"]
    return out


def service_name(service: dict[str, Any] | None, language: str) -> str:
    """A service's name in this language; Traditional falls back to Simplified, then English."""
    if not service:
        return ""
    return name_in(service.get("names") or {}, language, service.get("prefix", ""))


def ticket_print(reply: dict[str, Any], snapshot: dict[str, Any], language: str
                 ) -> TicketPrint:
    """What to print for a ticket the hub just issued (reply of POST /api/tickets).

    The service line is in the customer's language; under it, the hall's first language
    when that differs, so the clerk can read the ticket too."""
    t = reply["ticket"]
    hall = snapshot.get("hall") or {}
    service = next((s for s in snapshot.get("services", []) if s["prefix"] == t["service"]),
                   None)
    tz = ZoneInfo(hall.get("timezone") or "Asia/Ho_Chi_Minh")
    issued = datetime.fromisoformat(t["arrival"]).astimezone(tz)
    home = (hall.get("languages") or ["vi"])[0]
    alt = service_name(service, home) if home != language else None
    eta = reply.get("eta_min")
    low, high = reply.get("eta_low_min"), reply.get("eta_high_min")
    return TicketPrint(
        hall_name=hall.get("name", ""),
        number=t["number"],
        service_name=service_name(service, language) or t["service"],
        issued_at=issued,
        ahead=int(reply.get("ahead") or 0),
        eta_minutes=round(eta) if eta is not None else None,
        opens_at=reply.get("opens_at") or None,
        eta_range=(low, high) if low is not None and high is not None else None,
        qr_payload=reply.get("qr") or "",
        footer=hall.get("footer", ""),
        language=language,
        service_name_alt=alt if alt and alt != service_name(service, language) else None,
        priority=t.get("priority") or None,
        customer_code=t.get("customer_code") or None,
    )
