"""`hallq central status|settings|prune|export|import`: head office's morning check, its
night (window, syncs at once), and its history (retention, closed months to files and back).

hallq.sync is imported when a command runs, not when `hallq` builds its parser.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
from collections.abc import Callable, Iterator
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
    register_cases(csub)


def _central_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dsn", "--central", dest="dsn", default=None,
                   help="head office's database; default: [central] dsn in the settings file")
    p.add_argument("--settings", type=Path, default=None, help="settings file")


def register_cases(csub: argparse._SubParsersAction) -> None:
    """Head office's operator on the halls' cases and complaints (hallq.sync.central_cases)."""
    o = csub.add_parser("case-owner", help="give a hall's case to another of its staff "
                        "(the hall takes it at its next sync)")
    _central_option(o)
    o.add_argument("--hall", required=True, metavar="CODE")
    o.add_argument("number", help="the case's number, e.g. HS-2026-000012")
    o.add_argument("owner", help="the staff member's code at that hall")
    o.set_defaults(func=cmd_case_owner)
    k = csub.add_parser("complaint-close", help="close a complaint escalated to head office "
                        "(level 2); the hall takes it at its next sync")
    _central_option(k)
    k.add_argument("--hall", required=True, metavar="CODE")
    k.add_argument("number", help="the complaint's number, e.g. KN-2026-000003")
    k.add_argument("--outcome", required=True,
                   help="resolved, partly_resolved or unfounded")
    k.add_argument("--text", required=True, help="how the complaint was answered")
    k.set_defaults(func=cmd_complaint_close)
    c = csub.add_parser("complaints", help="complaints escalated to head office (level 2), "
                        "with the state of its last change to each")
    _central_option(c)
    c.add_argument("--open", action="store_true", help="only those still open")
    c.add_argument("--hall", default=None, metavar="CODE", help="only this hall's")
    c.add_argument("--json", action="store_true", help="print the list as JSON")
    c.set_defaults(func=cmd_complaints)
    g = csub.add_parser("changes", help="head office's changes to cases and complaints, "
                        "newest first: pending, applied, conflict (the hall's change stood) "
                        "or refused")
    _central_option(g)
    g.add_argument("--hall", default=None, metavar="CODE", help="only this hall's")
    g.add_argument("--pending", action="store_true", help="only those not yet taken")
    g.add_argument("--json", action="store_true", help="print the list as JSON")
    g.set_defaults(func=cmd_changes)


def _change(verb: str, make: Callable[[Central], int], args: argparse.Namespace) -> int:
    from hallq.sync.central import CentralError

    with _central(args) as c:
        try:
            n = make(c)
        except CentralError as exc:
            raise SystemExit(f"hallq central {verb}: {exc.message} Nothing changed.") \
                from None
    print(f"Change {n} saved; hall {args.hall} takes it at its next sync "
          "(`hallq central complaints` shows how it went).")
    return 0


def cmd_case_owner(args: argparse.Namespace) -> int:
    from hallq.sync import central_cases

    return _change("case-owner", lambda c: central_cases.set_case_owner(
        c, args.hall, args.number, args.owner), args)


def cmd_complaint_close(args: argparse.Namespace) -> int:
    from hallq.sync import central_cases

    return _change("complaint-close", lambda c: central_cases.close_complaint(
        c, args.hall, args.number, args.outcome, args.text), args)


def _when(v: object) -> str:
    if v is None:
        return "–"
    return v.strftime("%Y-%m-%d %H:%M") if isinstance(v, datetime) else str(v)[:16]


def cmd_complaints(args: argparse.Namespace) -> int:
    from hallq.sync import central_cases

    with _central(args) as c:
        rows = central_cases.escalated(c, args.open, args.hall)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        return 0
    if not rows:
        print("No complaint escalated to head office" + (" is open." if args.open else "."))
        return 0
    print(f"{'hall':<12} {'number':<16} {'cause':<18} {'owner':<8} {'opened':<16} "
          f"{'due':<10} {'closed':<16} outcome / head office's change")
    for r in rows:
        print(f"{r['hall']:<12} {r['number']:<16} {r['cause'] or '–':<18} {r['owner']:<8} "
              f"{_when(r['opened_at']):<16} {_when(r['due']):<10} "
              f"{_when(r['closed_at']):<16} {r['outcome'] or 'open'}"
              + (f" / {r['head_office_change']}" if r["head_office_change"] else ""))
    return 0


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


def cmd_changes(args: argparse.Namespace) -> int:
    from hallq.sync import central_cases

    with _central(args) as c:
        rows = central_cases.changes(c, args.hall, args.pending)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        return 0
    if not rows:
        print("No change from head office" + (" waits." if args.pending else "."))
        return 0
    for r in rows:
        what = (f"to {r['owner']}" if r["kind"] == "case_owner" else r["outcome"]) or ""
        print(f"{r['id']:>6} {_when(r['made_at']):<16} {r['hall']:<12} {r['number']:<16} "
              f"{r['kind']:<16} {what:<16} {r['state']}"
              + (f": {r['result']}" if r["result"] else ""))
    return 0
