"""`hallq complaints list`: the IT officer's view of a hall's complaints (number, source,
cause, owner, level, due date; never the customer's words); it only reads the file, so it
works while a hub serves it."""

from __future__ import annotations

import argparse
from pathlib import Path

from hallq.hall.service import Hall
from hallq.paths import default_db
from hallq.store.database import Store

LEVELS = ("owner", "supervisor", "head office")  # where an open complaint is (its level)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("complaints", help="list a hall's complaints")
    csub = p.add_subparsers(dest="complaints_command", required=True)
    lst = csub.add_parser("list", help="number, source, cause, owner, level, due date")
    lst.add_argument("--db", type=Path, default=default_db())
    lst.add_argument("--open", action="store_true", help="only the complaints not yet closed")
    lst.add_argument("--owner", help="only this staff member's complaints (staff code)")
    lst.set_defaults(func=cmd_list)


def cmd_list(args: argparse.Namespace) -> int:
    hall = Hall(Store(args.db, readonly=True))
    try:
        rows = hall.complaints(open_only=args.open, owner=args.owner)
    finally:
        hall.store.close()
    if not rows:
        print("No complaints.")
        return 0
    print(f"{'number':14}  {'source':8}  {'cause':18}  {'owner':6}  {'level':10}  due")
    for c in rows:
        where = LEVELS[min(c["level"], 2)] if c["open"] else (c["outcome"] or "closed")
        late = "  overdue" if c["overdue"] else ""
        print(f"{c['number']:14}  {c['source']:8}  {(c['cause'] or '-')[:18]:18}  "
              f"{(c['owner'] or '-'):6}  {where[:10]:10}  {c['due']}{late}")
    print(f"{len(rows)} complaint(s); {sum(c['overdue'] for c in rows)} overdue")
    return 0
