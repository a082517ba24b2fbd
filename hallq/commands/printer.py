"""`hallq printer test`: print a sample ticket with the hall's real set-up (installing a printer).

The printer drivers (python-escpos, reportlab, qrcode: ~0.2 s) are imported when the command
runs, not when `hallq` builds its parser: every other command starts without them.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hallq import settings as hsettings
from hallq.domain import LANGUAGES
from hallq.paths import default_db
from hallq.store.database import Store
from hallq.tickets.kiosk import printer_config, service_name
from hallq.tickets.layout import TicketPrint


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("printer", help="check the ticket printer")
    psub = p.add_subparsers(dest="printer_command", required=True)
    t = psub.add_parser("test", help="print a sample ticket with this hall's name, footer and "
                        "a real service on the configured printer, or into files")
    t.add_argument("--db", type=Path, default=default_db(), help="hall database file")
    t.add_argument("--config", type=Path, default=None,
                   help="device settings file with the [printer] section (default: "
                        f"{hsettings.default_path()})")
    t.add_argument("--pdf", help="also write the ticket as PDF (a folder ending in / gets "
                   "<day>-<number>.pdf)")
    t.add_argument("--escpos", help="also write the raw ESC/POS bytes to this file")
    t.add_argument("--lang", choices=LANGUAGES, help="ticket language (default: the "
                   "hall's first language)")
    t.add_argument("--no-printer", action="store_true",
                   help="only write the files, ignore the configured printer")
    t.set_defaults(func=cmd_test)


def hall_ticket(db: Path, language: str | None, hub_url: str) -> TicketPrint:
    """A sample ticket as this hall's kiosk would print it now: name, footer, first service."""
    # Read-only, straight from the store: the hub may be running and is the only writer.
    store = Store(db, readonly=True)
    try:
        m = store.m
        hall: dict[str, Any] = store.get_meta("hall")
        rows = list(m.Service.select().where(m.Service.active == True)  # noqa: E712
                    .order_by(m.Service.kiosk_order, m.Service.prefix))
    finally:
        store.close()
    if not rows:
        raise ValueError(f"{db}: the hall has no active service")
    svc = {"prefix": rows[0].prefix, "names": rows[0].names}
    lang = language or (hall.get("languages") or ["vi"])[0]
    home = (hall.get("languages") or ["vi"])[0]
    alt_lang = home if home != lang else "en"
    now = datetime.now(ZoneInfo(hall.get("timezone") or "Asia/Ho_Chi_Minh"))
    number = f"{svc['prefix']}000"
    alt = service_name(svc, alt_lang)
    return TicketPrint(
        hall_name=hall.get("name", ""), number=number, service_name=service_name(svc, lang),
        service_name_alt=alt if alt != service_name(svc, lang) else None,
        issued_at=now, ahead=2, eta_minutes=6, eta_range=(4.4, 8.6),  # "usually 4–9 min"
        qr_payload=f"{hub_url.rstrip('/')}/t/{hall.get('code', '')}/{now.date().isoformat()}/"
                   f"{number}",
        footer=hall.get("footer", ""), language=lang, priority="elderly",
        customer_code="0903123456")


def cmd_test(args: argparse.Namespace) -> int:
    from hallq.tickets.printers import PrinterError, printer_test

    try:
        s = hsettings.load(args.config)
    except hsettings.SettingsError as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        return 2
    try:
        ticket = hall_ticket(args.db, args.lang, s.device.hub)
    except ValueError as exc:
        print(f"hallq printer test: {exc}", file=sys.stderr)
        return 2
    config = None if args.no_printer else printer_config(s.printer.as_dict())
    where = "no printer configured" if config is None else \
        "printer: " + ", ".join(f"{k}={v}" for k, v in config.items())
    print(f"Sample ticket {ticket.number} for {ticket.hall_name} ({ticket.service_name}); {where}")
    try:
        for line in printer_test(ticket, config, args.pdf, args.escpos):
            print(line)
    except PrinterError as exc:
        print(f"hallq printer test: printer fault {exc.code}: {exc.message}", file=sys.stderr)
        return 1
    return 0
