"""`hallq report`: the daily report PDF (and CSV) from a hub or straight from a hall database.

reportlab and httpx are imported when the command runs, not when `hallq` builds its parser.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from hallq.domain import LANGUAGES
from hallq.store.database import Store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="the daily report: PDF (and CSV) of a business day")
    p.add_argument("--date", required=True, help="business day YYYY-MM-DD")
    p.add_argument("--hub", help="ask this hub (with --token, a supervisor or admin device)")
    p.add_argument("--token", help="with --hub: the device token")
    p.add_argument("--db", type=Path, help="read this hall database instead (read-only)")
    p.add_argument("--out", type=Path, required=True, help="PDF file to write")
    p.add_argument("--csv", type=Path, help="also write the tables as CSV here")
    p.add_argument("--lang", choices=LANGUAGES, help="report language (default: the hall's first)")
    p.set_defaults(func=cmd_report)


def _fail(msg: str) -> int:
    print(f"hallq report: {msg}", file=sys.stderr)
    return 2


def cmd_report(args: argparse.Namespace) -> int:
    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        return _fail(f"{args.date!r} is not a date; write it as YYYY-MM-DD.")
    if bool(args.hub) == bool(args.db):
        return _fail("give either --hub URL --token T, or --db PATH.")
    if args.hub:
        if not args.token:
            return _fail("--hub needs --token (a supervisor or admin device token).")
        got = _from_hub(args, day)
        if isinstance(got, str):
            return _fail(got)
        pdf, csv_bytes = got
    else:
        from hallq.report.pdf import build, default_language, report_csv, report_pdf

        store = Store(args.db, readonly=True)  # never writes: safe beside a running hub
        try:
            figs, conf = build(store, day)
        finally:
            store.close()
        lang = args.lang or default_language(conf)
        pdf = report_pdf(figs, conf, lang)
        csv_bytes = report_csv(figs, conf, lang) if args.csv else None
    try:
        args.out.write_bytes(pdf)
        if args.csv and csv_bytes is not None:
            args.csv.write_bytes(csv_bytes)
    except OSError as exc:
        return _fail(f"cannot write the report: {exc}")
    print(f"Report for {day} written to {args.out}" + (f" and {args.csv}" if args.csv else ""))
    return 0


def _from_hub(args: argparse.Namespace, day: date) -> tuple[bytes, bytes | None] | str:
    import httpx

    base = args.hub.rstrip("/")
    params = {"date": day.isoformat()} | ({"lang": args.lang} if args.lang else {})
    headers = {"Authorization": f"Bearer {args.token}"}
    out: list[bytes | None] = []
    try:
        with httpx.Client(timeout=60) as client:
            for path in ("/api/report", "/api/report.csv"):
                if path.endswith(".csv") and not args.csv:
                    out.append(None)
                    continue
                r = client.get(base + path, params=params, headers=headers)
                if r.status_code != 200:
                    try:
                        return r.json()["error"]["message"]
                    except (ValueError, KeyError, TypeError):
                        return f"the hub answered {r.status_code}"
                out.append(r.content)
    except httpx.HTTPError as exc:
        return f"cannot reach the hub at {base}: {exc}"
    return out[0] or b"", out[1]
