"""`hallq complaints list`: the IT officer's view of a hall's complaints (number, source,
cause, owner, level, due date; never the customer's words); it only reads the file, so it
works while a hub serves it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hallq.commands.table import Column, print_table
from hallq.hall.service import Hall
from hallq.paths import default_db
from hallq.store.database import Store

LEVELS = ("owner", "supervisor", "head office")  # where an open complaint is (its level)
COLUMNS = (Column("number", 14), Column("source", 8), Column("cause", 18, cut=True),
           Column("owner", 6), Column("level", 15, cut=True), Column("due"))


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
    print_table("complaint", COLUMNS, [
        ((c["number"], c["source"], c["cause"] or "-", c["owner"] or "-", _where(c),
          str(c["due"])), bool(c["overdue"])) for c in rows])
    return 0


def _where(c: dict[str, Any]) -> str:
    """An open complaint's level, or how a closed one ended."""
    return LEVELS[min(c["level"], 2)] if c["open"] else (c["outcome"] or "closed")
