"""`hallq sync` (push the hall's day, pull head office's config) and `hallq central ...`.

hallq.sync (and reportlab, for `central report`) is imported when a command runs, not when
`hallq` builds its parser: the other commands start without it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hallq import settings
from hallq.commands import central_admin
from hallq.hall.service import Hall
from hallq.paths import default_db
from hallq.store.backup import hub_serving
from hallq.store.database import Store

if TYPE_CHECKING:
    from hallq.sync.central import Central
    from hallq.sync.push import SyncResult


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="send the hall's data to head office, take its config")
    p.add_argument("--db", type=Path, default=None, help="hall database (default: settings)")
    p.add_argument("--dsn", default=None, help="head office: postgresql://... or "
                   "sqlite:///central.db (default: settings sync.dsn)")
    p.add_argument("--status", action="store_true", help="only say how the last sync went")
    p.add_argument("--batch", type=int, default=50000, help="events per batch")
    p.add_argument("--reconcile-all", action="store_true",
                   help="compare every day, not only the days just sent")
    p.add_argument("--settings", type=Path, default=None, help="settings file")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--wait", type=float, default=10.0, metavar="MINUTES",
                   help="how long to wait for a turn when head office is full (default 10)")
    p.set_defaults(func=cmd_sync)

    c = sub.add_parser("central", help="head office's database: init, add-hall, report")
    csub = c.add_subparsers(dest="central_command", required=True)
    i = csub.add_parser("init", help="create the central schema (idempotent)")
    i.add_argument("--dsn", required=True)
    i.set_defaults(func=cmd_central_init)
    a = csub.add_parser("add-hall", help="register a hall and create its database role")
    a.add_argument("code", help="the hall's code, e.g. HCM-Q3")
    a.add_argument("--dsn", required=True)
    a.add_argument("--name", default="")
    a.add_argument("--password", default=None,
                   help="the role's password (default: a new random one; 'none': trust login)")
    a.set_defaults(func=cmd_central_add_hall)
    s = csub.add_parser("set", help="change a hall's service, counter, staff, "
                          "appointment or message")
    s.add_argument("code", help="hall code")
    s.add_argument("what", choices=["services", "counters", "staff", "appointments",
                                    "message"])
    s.add_argument("value", help="JSON object (or the message text)")
    s.add_argument("--dsn", required=True)
    s.set_defaults(func=cmd_central_set)
    b = csub.add_parser("rebuild-stats", help="recount the report's per-day sums of every "
                        "hall (after loading rows by hand; syncs keep them up to date)")
    b.add_argument("--dsn", required=True)
    b.set_defaults(func=cmd_central_rebuild_stats)
    r = csub.add_parser("report", help="halls side by side, ranked, PDF")
    r.add_argument("--dsn", required=True)
    r.add_argument("--from", dest="date_from", required=True, type=date.fromisoformat)
    r.add_argument("--to", dest="date_to", required=True, type=date.fromisoformat)
    r.add_argument("--out", required=True, type=Path)
    r.add_argument("--lang", default="en", choices=["en", "vi"])
    r.add_argument("--hall", action="append", default=[], metavar="CODE",
                   help="add this hall's own page after the comparison (repeatable)")
    r.add_argument("--per-hall", type=Path, default=None, metavar="FOLDER",
                   help="also write one PDF per hall into FOLDER")
    r.add_argument("--settings", type=Path, default=None,
                   help="settings file ([central] report_work_mem_mb)")
    r.set_defaults(func=cmd_central_report)
    central_admin.register(csub)


def _settings(path: Path | None) -> settings.Settings:
    try:
        return settings.load(path)
    except settings.SettingsError as exc:
        raise SystemExit("hallq sync: " + "\n".join(exc.problems)) from None


@contextlib.contextmanager
def _central(dsn: str) -> Iterator[Central]:
    """Head office's database, closed afterwards; its errors end the command with a sentence."""
    from hallq.sync.central import Central, CentralError

    try:
        with Central(dsn) as c:
            yield c
    except CentralError as exc:
        raise SystemExit(f"hallq central: {exc.message}") from None


def cmd_sync(args: argparse.Namespace) -> int:
    from hallq.sync import push as sync
    s = _settings(args.settings)
    db = args.db or (Path(s.hub.db) if s.hub.db else default_db())
    if args.status:
        st = sync.status(db)
        if args.json:
            print(json.dumps(st, indent=2, ensure_ascii=False))
            return 0
        print(f"Last successful sync: {st['last_success'] or 'never'}"
              + (f" ({st['last_rows']} rows sent)" if st["last_success"] else ""))
        print(f"Waiting to be sent: {st['waiting_events']} event(s) "
              f"(after event {st['acked_seq']})")
        if st["last_error"]:
            print(f"Last attempt {st['last_attempt']} failed: {st['last_error']}")
        if st.get("next_retry"):
            print(f"Next retry: {st['next_retry']}")
        if st["stale"]:
            print("WARNING: no successful sync in the last 24 hours.")
        return 0
    dsn = args.dsn or s.sync.dsn
    if not dsn:
        raise SystemExit("hallq sync: no head office given: --dsn postgresql://... or "
                         "[sync] dsn in the settings file")
    hall = None
    serving = hub_serving(db)  # then only that hub may write the hall's file
    if serving:
        print(f"A hub is serving this hall ({serving}): sending only; head office's "
              "configuration is applied by the hub's own sync (the supervisor's \"sync now\", "
              "POST /api/sync/run, or the nightly schedule).")
    else:
        hall = Hall(Store(db))
    try:
        from hallq.sync.admission import Patience

        res = sync.run_sync(dsn, db, hall, batch_size=args.batch,
                            reconcile_all=args.reconcile_all,
                            patience=Patience(first=2.0, cap=30.0, total=args.wait * 60))
        sync.remember(hall, None, res)
        if hall is not None and not res.ok:
            sync.record_failure(hall, res)
    finally:
        if hall is not None:
            hall.store.close()
    if args.json:
        print(json.dumps(res.as_dict(), indent=2, ensure_ascii=False))
    else:
        _print_result(res)
    return 0 if res.ok else 1


def _print_result(res: SyncResult) -> None:
    if res.error_code and res.error_code != "reconcile_mismatch":
        print(f"Sync of {res.hall or 'the hall'} failed: {res.error}", file=sys.stderr)
        return
    if res.batches:
        rows = ", ".join(f"{n} {k}" for k, n in res.rows.items() if n)
        print(f"Sync of {res.hall}: sent {rows} (events {res.from_seq + 1}..{res.to_seq}) in "
              f"{res.seconds:.2f} s, {res.batches} batch(es).")
    else:
        print(f"Sync of {res.hall}: nothing new to send (head office has every event up to "
              f"{res.to_seq}); {res.seconds:.2f} s.")
    if res.config_applied:
        print("Configuration from head office applied: " + ", ".join(res.config_applied))
    if res.config_waiting:
        print(f"{res.config_waiting} configuration change(s) from head office wait for the hub.")
    for e in res.config_errors:
        print(f"Refused from head office: {e}", file=sys.stderr)
    if res.changes_applied:
        print("Head office's changes applied: " + "; ".join(res.changes_applied))
    for e in res.changes_refused:  # conflicts (the hall's change stands) and refusals
        print(f"Head office's change not applied: {e}")
    if res.changes_waiting:
        print(f"{res.changes_waiting} change(s) of cases or complaints from head office wait "
              "for the hub.")
    rec = res.reconcile
    if rec.get("ok"):
        print(f"Reconciliation: hall and head office agree ({rec['checked']} day-tables).")
    elif rec:
        print(f"RECONCILIATION MISMATCH: {res.error}", file=sys.stderr)


def cmd_central_init(args: argparse.Namespace) -> int:
    with _central(args.dsn) as c:
        moved = c.init_schema()
    for table, n in moved.items():  # a head office of an earlier release, upgraded
        print(f"{table}: {n} row(s) moved into monthly partitions.")
    print("Central schema ready. Next: hallq central add-hall CODE --dsn ...")
    return 0


def cmd_central_add_hall(args: argparse.Namespace) -> int:
    from hallq.sync.central import new_password, redact

    password = None if args.password == "none" else (args.password or new_password())
    with _central(args.dsn) as c:
        c.check_schema()
        out = c.add_hall(args.code, args.name, password=password)
    print(f"Hall {out['hall_code']} registered.")
    if out["role"]:
        print(f"Its database login: {out['role']}"
              + (f", password: {out['password']}" if out["password"] else " (no password)"))
        print(f"In the hall's settings: [sync] dsn = \"postgresql://{out['role']}:PASSWORD@"
              f"{redact(args.dsn).split('@')[-1].split('/')[0]}/DB\"")
    return 0


def cmd_central_set(args: argparse.Namespace) -> int:
    with _central(args.dsn) as c:
        if args.what == "message":
            v = c.set_message(args.code, args.value)
        else:
            try:
                data = json.loads(args.value)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"hallq central: not valid JSON: {exc}") from None
            v = c.set_config(args.what, args.code, data)
    print(f"Change {v} saved; hall {args.code} takes it at its next sync.")
    return 0


def cmd_central_report(args: argparse.Namespace) -> int:
    from hallq.sync.central_report import build_report

    if args.date_to < args.date_from:
        raise SystemExit("hallq central report: --to is before --from")
    from hallq.sync.central import CentralError

    work_mem = _settings(args.settings).get("central", "report_work_mem_mb")
    with _central(args.dsn) as c:
        try:
            info = build_report(c, args.date_from, args.date_to, args.out, args.lang,
                                args.hall, args.per_hall, work_mem)
        except CentralError as exc:
            raise SystemExit(f"hallq central report: {exc.message}") from None
    print(f"Report of {info['halls']} hall(s), {args.date_from}..{args.date_to}: {args.out} "
          f"({info['pages']} pages, queries {info['query_s']:.2f} s)")
    if args.per_hall:
        print(f"{len(info['files'])} hall file(s) in {args.per_hall}")
    return 0


def cmd_central_rebuild_stats(args: argparse.Namespace) -> int:
    from hallq.sync import day_stats

    with _central(args.dsn) as c:
        if not c.pg:
            raise SystemExit("hallq central: the report's sums need PostgreSQL.")
        c.check_schema()
        day_stats.rebuild(c)
        n = c.value("SELECT count(*) FROM day_stats")
    print(f"Report sums recounted: {n} hall-day-service rows.")
    return 0
