"""`hallq central status|settings|prune|export|import`: head office's morning check, its
night (window, syncs at once), and its history (retention, closed months to files and back).

hallq.sync is imported when a command runs, not when `hallq` builds its parser.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hallq import settings

if TYPE_CHECKING:
    from hallq.sync.central import Central


def _dsn_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dsn", default=None, help="head office's database (its owner); "
                   "default: [central] dsn in the settings file")
    p.add_argument("--settings", type=Path, default=None, help="settings file")


def register(csub: argparse._SubParsersAction) -> None:
    s = csub.add_parser("status", help="the morning check: halls not synced last night, "
                        "the last sync of each, reconciliations that disagreed")
    _dsn_option(s)
    s.add_argument("--all", action="store_true", help="also list every hall's last sync")
    s.add_argument("--json", action="store_true", help="print the result as JSON")
    s.set_defaults(func=cmd_status)
    n = csub.add_parser("settings", help="the halls' night window, syncs admitted at once, "
                        "months of event detail kept (prints them; options change them)")
    _dsn_option(n)
    n.add_argument("--window", default=None, help="when the night window starts, HH:MM "
                   "hall time")
    n.add_argument("--window-minutes", type=int, default=None,
                   help="its length; each hall syncs at its own minute of it")
    n.add_argument("--slots", type=int, default=None, help="syncs head office runs at once "
                   "(the others wait their turn)")
    n.add_argument("--lease-seconds", type=int, default=None,
                   help="a slot whose sync died is free again after this")
    n.add_argument("--event-months", type=int, default=None,
                   help="months of event detail kept (0: for ever); the day figures and "
                   "tickets are kept for ever")
    n.set_defaults(func=cmd_settings)
    p = csub.add_parser("prune", help="drop the months of event detail past the retention")
    _dsn_option(p)
    p.add_argument("--export-to", type=Path, default=None,
                   help="export each month to this folder before dropping it")
    p.set_defaults(func=cmd_prune)
    e = csub.add_parser("export", help="a closed month to compressed files (.csv.gz)")
    _dsn_option(e)
    e.add_argument("--month", required=True, help="YYYY-MM")
    e.add_argument("--out", required=True, type=Path, help="folder")
    e.set_defaults(func=cmd_export)
    i = csub.add_parser("import", help="load files of `hallq central export` back")
    _dsn_option(i)
    i.add_argument("files", nargs="+", type=Path)
    i.set_defaults(func=cmd_import)


@contextlib.contextmanager
def _central(args: argparse.Namespace) -> Iterator[Central]:
    from hallq.sync.central import Central, CentralError

    dsn = args.dsn
    if not dsn:
        try:
            dsn = settings.load(args.settings).get("central", "dsn")
        except settings.SettingsError as exc:
            raise SystemExit("hallq central: " + "\n".join(exc.problems)) from None
    if not dsn:
        raise SystemExit("hallq central: no head office given: --dsn postgresql://... or "
                         "[central] dsn in the settings file")
    try:
        with Central(dsn) as c:
            c.check_schema()
            yield c
    except CentralError as exc:
        raise SystemExit(f"hallq central: {exc.message}") from None


def _needs_pg(c: Central) -> None:
    if not c.pg:
        raise SystemExit("hallq central: this needs head office on PostgreSQL.")


def cmd_status(args: argparse.Namespace) -> int:
    from hallq.sync import central_status

    with _central(args) as c:
        st = central_status.status(c)
    if args.json:
        print(json.dumps(st, indent=2, ensure_ascii=False, default=str))
    else:
        print("\n".join(central_status.describe(st, args.all)))
    return 1 if st["not_synced"] or st["disagreed"] else 0


LIMITS = {"window_minutes": (1, 1440), "slots": (1, 1000), "lease_seconds": (30, 86400),
          "event_months": (0, 1200)}
KEYS = {"window": "sync_window_start", "window_minutes": "sync_window_minutes",
        "slots": "sync_slots", "lease_seconds": "sync_lease_seconds",
        "event_months": "event_months"}
DEFAULTS = {"sync_window_start": "not set (each hall: its [sync] time)",
            "sync_window_minutes": "not set (each hall: its [sync] window_minutes)",
            "sync_slots": "8", "sync_lease_seconds": "900", "event_months": "0 (for ever)"}


def cmd_settings(args: argparse.Namespace) -> int:
    from hallq.sync import history

    changes: dict[str, str] = {}
    if args.window is not None:
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", args.window):
            raise SystemExit(f"hallq central settings: --window {args.window!r} is not a time "
                             "of day like 01:00; nothing changed.")
        changes[KEYS["window"]] = args.window
    for name, (low, high) in LIMITS.items():
        value = getattr(args, name)
        if value is None:
            continue
        if not low <= value <= high:
            raise SystemExit(f"hallq central settings: --{name.replace('_', '-')} {value} is "
                             f"outside {low}..{high}; nothing changed.")
        changes[KEYS[name]] = str(value)
    with _central(args) as c:
        if KEYS["window"] in changes and KEYS["window_minutes"] not in changes and \
                history.get_setting(c, KEYS["window_minutes"]) is None:
            changes[KEYS["window_minutes"]] = "240"  # a window needs a length: 4 hours
        if KEYS["window_minutes"] in changes and KEYS["window"] not in changes and \
                history.get_setting(c, KEYS["window"]) is None:
            raise SystemExit("hallq central settings: give --window HH:MM with "
                             "--window-minutes; nothing changed.")
        with c.transaction():
            for key, value in changes.items():
                history.set_setting(c, key, value)
        now = {k: history.get_setting(c, k) for k in DEFAULTS}
        kept = history.kept_from(c)
    for key, value in now.items():
        print(f"{key} = {value if value is not None else DEFAULTS[key]}")
    if kept:
        print(f"events_kept_from = {kept} (older event detail was dropped; day figures kept)")
    if changes:
        print("Changed: " + ", ".join(changes) + ". Halls take the window at their next sync.")
    return 0


def cmd_prune(args: argparse.Namespace) -> int:
    from hallq.sync import history

    today = date.today()
    with _central(args) as c:
        _needs_pg(c)
        keep = int(history.get_setting(c, "event_months", "0") or 0)
        if keep <= 0:
            print("Event detail is kept for ever (hallq central settings --event-months N "
                  "to keep N months); nothing dropped.")
            return 0
        if args.export_to is not None:
            first = history.prune_horizon(today, keep)
            for m, _rel in history.partitions(c, "events"):
                if m < first:
                    for path in history.export_month(c, m, args.export_to, today):
                        print(f"exported {path}")
        dropped = history.prune(c, today)
    print(f"Dropped {len(dropped)} month(s) of event detail: " + (", ".join(dropped) or "none")
          + f" (keeping {keep} month(s); the day figures and tickets stay).")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from hallq.sync import history

    try:
        month = datetime.strptime(args.month, "%Y-%m").date()
    except ValueError:
        raise SystemExit(f"hallq central export: --month {args.month!r} is not YYYY-MM.") \
            from None
    with _central(args) as c:
        _needs_pg(c)
        try:
            paths = history.export_month(c, month, args.out, date.today())
        except ValueError as exc:
            raise SystemExit(f"hallq central export: {exc}") from None
    for path in paths:
        print(f"{path} ({path.stat().st_size:,} bytes)")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from hallq.sync import history

    missing = [str(f) for f in args.files if not f.is_file()]
    if missing:
        raise SystemExit("hallq central import: no such file: " + ", ".join(missing))
    with _central(args) as c:
        _needs_pg(c)
        try:
            loaded = history.import_files(c, list(args.files))
        except ValueError as exc:
            raise SystemExit(f"hallq central import: {exc}") from None
    for name, n in loaded.items():
        print(f"{name}: {n} row(s) loaded")
    print("Run `hallq central rebuild-stats` if these days' figures should be recounted.")
    return 0
