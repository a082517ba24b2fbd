"""`hallq appointments book|list|cancel`: the IT officer's view of a hall's appointments.

Booking and cancelling write the hall's file, so while a hub serves it they refuse (the hub
is its only writer) and point to the booking page or a counter; listing only reads.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from hallq.commands.setup import refused_while_served
from hallq.domain import InvalidInput
from hallq.domain.appointments import Source
from hallq.hall.service import Hall
from hallq.paths import default_db
from hallq.store.database import Store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("appointments", help="book, list and cancel appointments")
    asub = p.add_subparsers(dest="appointments_command", required=True)
    b = asub.add_parser("book", help="book a slot; prints the code on the last line")
    b.add_argument("--db", type=Path, default=default_db())
    b.add_argument("--service", required=True, help="the service's letter, e.g. B")
    b.add_argument("--at", required=True, metavar='"YYYY-MM-DD HH:MM"',
                   help="the slot's start, in the hall's time")
    b.add_argument("--phone", default="", help="the customer's phone number (optional)")
    b.add_argument("--name", default="", help="the customer's name (optional)")
    b.add_argument("--language", default="vi", choices=["vi", "zh_CN", "zh_TW", "en"])
    b.set_defaults(func=cmd_book)
    lst = asub.add_parser("list", help="a day's appointments, with the no-shows")
    lst.add_argument("--db", type=Path, default=default_db())
    lst.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    lst.set_defaults(func=cmd_list)
    c = asub.add_parser("cancel", help="cancel an appointment by its code")
    c.add_argument("--db", type=Path, default=default_db())
    c.add_argument("code")
    c.set_defaults(func=cmd_cancel)


BOOK_INSTEAD = "the hub's booking page (http://HUB:8470/book) or a counter"
FORMS = {"%Y-%m-%d %H:%M": '"YYYY-MM-DD HH:MM"', "%Y-%m-%d": "YYYY-MM-DD"}


def _parse(text: str, fmt: str, what: str) -> datetime:
    try:
        return datetime.strptime(text.strip(), fmt)
    except ValueError:
        raise InvalidInput("bad_date", f"{what} {text!r} is not a date written "
                           f"{FORMS[fmt]}. Nothing was changed.") from None


def cmd_book(args: argparse.Namespace) -> int:
    start = _parse(args.at, "%Y-%m-%d %H:%M", "--at")  # before anything is opened
    if refused_while_served("appointments book", args.db, BOOK_INSTEAD):
        return 1
    hall = Hall(Store(args.db))
    try:
        out, _ = hall.book(args.service, start, args.phone, args.name, args.language,
                           Source.CLI)
    finally:
        hall.store.close()
    print(f"Booked: service {out['service']} at {out['start'][:16].replace('T', ' ')}. "
          "The customer checks in at the kiosk with the code:")
    print(out["code"])
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    day: date = _parse(args.date, "%Y-%m-%d", "--date").date()
    hall = Hall(Store(args.db, readonly=True))
    try:
        rows = hall.appointments_on(day)
        no_shows = hall.no_shows(day)
    finally:
        hall.store.close()
    if not rows:
        print(f"No appointments on {day.isoformat()}.")
        return 0
    print(f"{'time':5}  {'code':6}  svc  {'state':10}  {'source':7}  phone")
    for a in rows:
        print(f"{a.start.strftime('%H:%M')}  {a.code:6}  {a.service:3}  {a.state.value:10}  "
              f"{a.source.value:7}  {a.phone or '-'}")
    shown = ", ".join(f"{svc} {n}" for svc, n in sorted(no_shows.items())) or "none"
    print(f"{len(rows)} appointments; no-shows so far: {shown}")
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    if refused_while_served("appointments cancel", args.db, BOOK_INSTEAD):
        return 1
    hall = Hall(Store(args.db))
    try:
        out, _ = hall.cancel_appointment(args.code)
    finally:
        hall.store.close()
    print(f"Cancelled: {out['code']} (service {out['service']} at "
          f"{out['start'][:16].replace('T', ' ')}).")
    return 0
