"""`hallq notices add|list|withdraw`: notices to the hall's customers (a planned outage,
changed hours) from the command line.

Adding and withdrawing write the hall's file, so while a hub serves it they refuse (the hub
is its only writer) and point to the supervisor window; listing only reads.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from hallq.commands.setup import CLI, refused_while_served
from hallq.domain import LANGUAGES, InvalidInput
from hallq.hall.service import Hall
from hallq.paths import default_db
from hallq.store.database import Store

INSTEAD = "the supervisor window (Notices)"
FORM = "%Y-%m-%d %H:%M"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("notices", help="post, list and withdraw notices to the hall")
    nsub = p.add_subparsers(dest="notices_command", required=True)
    a = nsub.add_parser("add", help="post a notice; prints its number on the last line")
    a.add_argument("--db", type=Path, default=default_db())
    a.add_argument("--from", dest="starts", required=True, metavar='"YYYY-MM-DD HH:MM"',
                   help="when it starts being shown, in the hall's time")
    a.add_argument("--to", dest="ends", required=True, metavar='"YYYY-MM-DD HH:MM"',
                   help="when it stops being shown, in the hall's time")
    for lang in LANGUAGES:
        a.add_argument(f"--text-{lang}", dest=f"text_{lang}", default="", metavar="TEXT",
                       help=f"the notice in {lang} (a language left out reads the hall's "
                       "first language)")
    a.set_defaults(func=cmd_add)
    lst = nsub.add_parser("list", help="every notice: past, in force, coming, withdrawn")
    lst.add_argument("--db", type=Path, default=default_db())
    lst.set_defaults(func=cmd_list)
    w = nsub.add_parser("withdraw", help="stop showing a notice (by its number)")
    w.add_argument("--db", type=Path, default=default_db())
    w.add_argument("id", type=int)
    w.set_defaults(func=cmd_withdraw)


def _parse(text: str, what: str) -> datetime:
    try:
        return datetime.strptime(text.strip(), FORM)
    except ValueError:
        raise InvalidInput("bad_date", f"{what} {text!r} is not a time written "
                           '"YYYY-MM-DD HH:MM". Nothing was changed.') from None


def cmd_add(args: argparse.Namespace) -> int:
    starts, ends = _parse(args.starts, "--from"), _parse(args.ends, "--to")
    text = {lang: getattr(args, f"text_{lang}") for lang in LANGUAGES}
    if refused_while_served("notices add", args.db, INSTEAD):
        return 1
    hall = Hall(Store(args.db))
    try:
        out, _ = hall.post_notice(text, starts, ends, by=CLI)
    finally:
        hall.store.close()
    print(f"Notice posted, shown from {out['starts_at'][:16].replace('T', ' ')} to "
          f"{out['ends_at'][:16].replace('T', ' ')}. Its number:")
    print(out["id"])
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    hall = Hall(Store(args.db, readonly=True))
    try:
        rows, now, first = hall.notices(), hall.now(), hall.info.languages[0]
        zone = ZoneInfo(hall.info.timezone)
    finally:
        hall.store.close()
    if not rows:
        print("No notices.")
        return 0
    print(f"{'no':>4}  {'from':16}  {'to':16}  {'state':9}  text ({first})")
    for n in rows:
        state = ("withdrawn" if n.withdrawn_at else "in force" if n.in_force(now)
                 else "coming" if n.starts_at > now else "over")
        start, end = (t.astimezone(zone).strftime(FORM) for t in (n.starts_at, n.ends_at))
        print(f"{n.id:>4}  {start}  {end}  {state:9}  "
              f"{n.text.get(first) or next(iter(n.text.values()))}")
    print(f"{len(rows)} notice(s); {sum(n.in_force(now) for n in rows)} in force")
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    if refused_while_served("notices withdraw", args.db, INSTEAD):
        return 1
    hall = Hall(Store(args.db))
    try:
        hall.withdraw_notice(args.id, by=CLI)
    finally:
        hall.store.close()
    print(f"Notice {args.id} withdrawn: it is shown nowhere from now on.")
    return 0
