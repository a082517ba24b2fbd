"""`hallq init` and `hallq device add|list|revoke`: create a hall, pair its devices.

While a hub serves the hall's file it is the file's only writer: `device add` and `revoke`
then refuse, changing nothing, and point to the supervisor window (which asks the hub)."""

from __future__ import annotations

import argparse
from pathlib import Path

from hallq.domain import sample
from hallq.hall.service import Hall
from hallq.paths import default_db
from hallq.store.backup import hub_serving
from hallq.store.database import Store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a hall database with the sample configuration")
    p.add_argument("--db", type=Path, default=default_db(), help="hall database file")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("device", help="pair devices: add, list, revoke their tokens")
    dsub = p.add_subparsers(dest="device_command", required=True)
    a = dsub.add_parser("add", help="add a device; prints its token on the last line")
    a.add_argument("--db", type=Path, default=default_db())
    a.add_argument("--role", required=True,
                   choices=["kiosk", "counter", "display", "keypad", "supervisor", "admin"])
    a.add_argument("--counter", type=int, help="the counter of a counter or keypad device")
    a.add_argument("--name", default="", help="a name to recognise the device by")
    a.set_defaults(func=cmd_device_add)
    lst = dsub.add_parser("list", help="list devices")
    lst.add_argument("--db", type=Path, default=default_db())
    lst.set_defaults(func=cmd_device_list)
    r = dsub.add_parser("revoke", help="revoke a device's token")
    r.add_argument("--db", type=Path, default=default_db())
    r.add_argument("id", type=int, help="device id from `hallq device list`")
    r.set_defaults(func=cmd_device_revoke)


def cmd_init(args: argparse.Namespace) -> int:
    hall = Hall.create(args.db, sample.HALL, sample.SERVICES, sample.COUNTERS, sample.STAFF,
                       plans=sample.APPOINTMENT_PLANS)
    print(f"Created hall {hall.info.code} ({hall.info.name}) in {args.db}")
    print(f"{len(hall.state.services)} services, {len(hall.state.counters)} counters, "
          f"{len(hall.staff)} staff. Next: hallq device add --db {args.db} --role kiosk")
    hall.store.close()
    return 0


CLI = "cli"  # who the audit trail names for a change made here


def _hall(db: Path) -> Hall:
    # The CLI writes through the same Hall as the hub, so every change is an event.
    return Hall(Store(db))


def refused_while_served(verb: str, db: Path,
                         instead: str = "the supervisor window (Set-up, Devices)") -> bool:
    """True (and says so) when a hub serves `db`: a write beside it would be a second writer,
    and the hub would not see the change (it keeps the hall in memory)."""
    owner = hub_serving(db)
    if owner:
        print(f"hallq {verb}: the hub is serving this hall ({owner}). Use {instead}, or stop "
              "the hub and run this again. Nothing was changed.")
    return bool(owner)


def cmd_device_add(args: argparse.Namespace) -> int:
    if refused_while_served("device add", args.db):
        return 1
    hall = _hall(args.db)
    out, _ = hall.add_device(args.role, args.counter, args.name, by=CLI)
    print(f"Device {out['id']} ({out['name']}, role {out['role']}) added. Its token:")
    print(out["token"])
    return 0


def cmd_device_list(args: argparse.Namespace) -> int:
    hall = _hall(args.db)
    print(f"{'id':>4}  {'role':<10} {'counter':>7}  {'state':<8} name")
    for d in hall.list_devices():
        state = "revoked" if d["revoked"] else "active"
        counter = "" if d["counter"] is None else str(d["counter"])
        print(f"{d['id']:>4}  {d['role']:<10} {counter:>7}  {state:<8} {d['name']}")
    return 0


def cmd_device_revoke(args: argparse.Namespace) -> int:
    if refused_while_served("device revoke", args.db):
        return 1
    hall = _hall(args.db)
    hall.revoke_device(args.id, by=CLI)
    print(f"Device {args.id} revoked.")
    return 0
