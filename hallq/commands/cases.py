"""`hallq cases list`: the IT officer's view of a hall's cases (number, type, owner, status,
due date); it only reads the file, so it works while a hub serves it."""

from __future__ import annotations

import argparse
from pathlib import Path

from hallq.domain import name_in
from hallq.domain.cases import is_overdue
from hallq.hall.service import Hall
from hallq.paths import default_db
from hallq.store.database import Store


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
    if not rows:
        print("No cases.")
        return 0
    print(f"{'number':15}  {'type':28}  {'owner':6}  {'status':16}  due")
    for c in rows:
        late = "  overdue" if is_overdue(c, today) else ""
        print(f"{c.number:15}  {kinds[c.service][:28]:28}  {c.owner:6}  {c.status.value:16}  "
              f"{c.due.isoformat()}{late}")
    print(f"{len(rows)} case(s); {sum(is_overdue(c, today) for c in rows)} overdue")
    return 0
