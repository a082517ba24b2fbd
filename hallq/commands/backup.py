"""`hallq backup` and `hallq restore FILE`: copy the hall database safely, put a copy back."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from hallq.paths import default_db
from hallq.store import backup


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="copy the hall database now (safe while the hub serves)")
    p.add_argument("--db", type=Path, default=default_db(), help="hall database file")
    p.add_argument("--out", type=Path, default=None,
                   help="backup file (default: backups/hall-manual-<time>.db next to the db)")
    p.set_defaults(func=cmd_backup)

    r = sub.add_parser("restore", help="replace the hall database with a backup "
                       "(stop the hub first)")
    r.add_argument("file", type=Path, help="the backup file")
    r.add_argument("--db", type=Path, default=default_db(), help="hall database file")
    r.add_argument("--force", action="store_true",
                   help="kept for old scripts; the hub's lock ends with the hub, so a hub "
                        "that is serving the database is never replaced under it")
    r.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    out = args.out or backup.backup_dir(args.db) / \
        f"hall-manual-{datetime.now():%Y%m%d-%H%M%S}.db"
    try:
        backup.backup(args.db, out)
        info = backup.check(out)
    except backup.BackupError as exc:
        print(f"hallq backup: {exc.message}")
        return 1
    print(f"Backed up {args.db} to {out} ({info.tickets} tickets, {info.events} events, "
          f"schema {info.schema}).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    # The lock is the OS's and dies with the hub, so a held one is a hub serving now: even
    # --force does not pull its file away (it would keep writing the file it has open).
    owner = backup.hub_serving(args.db)
    if owner:
        print(f"hallq restore: the hub is serving this hall ({owner}). Stop the hub, then "
              "restore. Nothing was changed.")
        return 1
    try:
        info = backup.check(args.file)
        kept = backup.restore(args.file, args.db, force=args.force)
    except backup.BackupError as exc:
        print(f"hallq restore: {exc.message}")
        print("Nothing was changed.")
        return 1
    print(f"Restored {args.db} from {args.file} ({info.tickets} tickets, {info.events} "
          f"events).")
    if kept:
        print(f"The database it replaced is kept as {kept}.")
    return 0
