"""`hallq cases list`: the IT officer's view of a hall's cases (number, type, owner, status,
due date); it only reads the file, so it works while a hub serves it."""

from __future__ import annotations

import argparse
from pathlib import Path

from hallq.commands.table import Column, print_table
from hallq.domain import name_in
from hallq.domain.cases import is_overdue
from hallq.hall.service import Hall
from hallq.paths import default_db
from hallq.store.database import Store

COLUMNS = (Column("number", 15), Column("type", 28, cut=True), Column("owner", 6),
           Column("status", 16), Column("due"))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("cases", help="list a hall's cases")
    csub = p.add_subparsers(dest="cases_command", required=True)
    lst = csub.add_parser("list", help="number, type, owner, status, due date")
    lst.add_argument("--db", type=Path, default=default_db())
    lst.add_argument("--open", action="store_true", help="only the cases not yet closed")
    lst.add_argument("--owner", help="only this staff member's cases (staff code)")
    lst.set_defaults(func=cmd_list)


def cmd_list(args: argparse.Namespace) -> int:
    hall = Hall(Store(args.db, readonly=True))
    try:
        rows = hall.cases(open_only=args.open, owner=args.owner)
        today = hall.today()
        kinds = {c.service: name_in(hall.case_type(c.service).name, "vi", c.service)
                 for c in rows}
    finally:
        hall.store.close()
    print_table("case", COLUMNS, [
        ((c.number, kinds[c.service], c.owner, c.status.value, c.due.isoformat()),
         is_overdue(c, today)) for c in rows])
    return 0
