"""Benchmark: the daily report (figures, staffing, PDF, CSV) for a day of 5,000 tickets.

    python benchmarks/report.py [--tickets 5000] [--db build/bench/report-5000.db] [--rebuild]

The first run simulates the day (and the same weekday a week before, for the comparison)
through the Hall service into a cached database — a few minutes; later runs reuse it.
A 5,000-ticket day needs a big hall: the sample's 6 counters plus 64 more (70 in all).
Prints cold (first report in the process: font loading) and warm timings, both with the
day computed from the event log and read from its stored figures (`hallq.report.stored`),
and the time of a month of such reports (the day's report made 30 times from stored
figures, as a month of closed days is).

    python benchmarks/report.py --aftercare [--old 20000] [--events 1000000]

Instead: the day's cases and complaints figures alone in an old hall (a year of events,
`--old` cases and as many complaints opened and closed over it, a few still open, some of
them changed after the day), written straight into the file in the hall's own shapes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import machine, sample_hall  # noqa: E402

from hallq.domain import sample  # noqa: E402
from hallq.hall.clock import FixedClock  # noqa: E402
from hallq.report import pdf as report  # noqa: E402
from hallq.report import staffing, stored  # noqa: E402
from hallq.report.aftercare import aftercare_figures  # noqa: E402
from hallq.report.figures import figures, hall_conf  # noqa: E402
from hallq.simulation import day as simulate  # noqa: E402
from hallq.store.database import Store  # noqa: E402

DAY = date(2025, 3, 10)
EXTRA = {"A": 16, "B": 12, "C": 13, "D": 14, "E": 9}  # extra counters by main service


def build_db(path: Path, tickets: int) -> None:
    tz = ZoneInfo(sample.HALL.timezone)
    start = datetime.combine(DAY - timedelta(days=7), datetime.min.time(), tzinfo=tz)
    clock = FixedClock(start + timedelta(hours=6))
    path.parent.mkdir(parents=True, exist_ok=True)
    hall = sample_hall(path, clock)
    hall.store.db.execute_sql("PRAGMA synchronous = NORMAL")
    n = 7
    for main, count in EXTRA.items():
        for _ in range(count):
            hall.upsert_counter({"number": n, "name": f"Quầy {n}",
                                 "services": [main] + (["E"] if main != "E" else ["A"])})
            hall.upsert_staff({"code": f"NV{n:02d}", "name": f"Nhân viên {n}", "role": "clerk",
                               "pin": "4321", "new": True})
            n += 1
    for i, day in enumerate((DAY - timedelta(days=7), DAY)):
        clock.set(datetime.combine(day, datetime.min.time(), tzinfo=tz) + timedelta(hours=6))
        plans = simulate.default_counters(hall, day)
        for p in plans:
            if not p.pin:
                p.pin = "4321"
        customers = simulate.generate_arrivals(day, tickets, random.Random(i + 1),
                                               hall.info.timezone)
        t0 = time.perf_counter()
        simulate.simulate_day(hall, clock, day, customers, plans, i + 1)
        print(f"simulated {day}: {tickets} tickets in {time.perf_counter() - t0:.0f} s",
              flush=True)
    hall.store.close()


def build_old_hall(path: Path, old: int, events: int) -> None:
    """A year before DAY: `old` cases and `old` complaints opened and closed (each with its
    opening and closing event), 50 of each opened in the last month and still open at the
    day's end, 10 of each opened 100-300 days before and changed only after the day; tickets'
    events fill the log up to `events`."""
    tz = ZoneInfo(sample.HALL.timezone)
    first = DAY - timedelta(days=365)
    path.parent.mkdir(parents=True, exist_ok=True)
    hall = sample_hall(path, FixedClock(datetime.combine(first, datetime.min.time(), tz)))
    hall.store.close()
    rnd = random.Random(7)
    owners = [f"NV0{i}" for i in range(1, 7)]
    causes = ["waiting_time", "staff_attitude", "billing", ""]
    case_rows: list[tuple[Any, ...]] = []
    complaint_rows: list[tuple[Any, ...]] = []
    log: list[tuple[datetime, str, dict[str, Any]]] = []  # (time, type, data) of each event

    def at(day: date, minute: int) -> datetime:
        return datetime.combine(day, datetime.min.time(), tz) + timedelta(hours=8,
                                                                           minutes=minute)

    def case(i: int, opened: datetime, closed: datetime | None, after: bool) -> None:
        number, owner = f"HS-{opened.year}-{i:06d}", rnd.choice(owners)
        status = "done" if closed is None or i % 3 else "refused"
        row: dict[str, Any] = {
            "number": number, "service": "A", "owner": owner, "status": "received",
            "opened_at": opened.isoformat(),
            "due": (opened.date() + timedelta(days=7)).isoformat(), "ticket_id": None,
            "reason": ""}
        log.append((opened, "case_opened", {"case": row}))
        changed = closed or at(DAY + timedelta(days=1), 60)
        now = row | ({"status": status} if closed else {"owner": rnd.choice(owners)})
        if closed or after:
            log.append((changed, "case_status_changed" if closed else "case_reassigned",
                        {"case": now}))
        case_rows.append((number, "A", now["owner"], now["status"], row["opened_at"],
                          row["due"], None, "", "", changed.isoformat() if closed or after
                          else row["opened_at"], ""))

    def complaint(i: int, opened: datetime, closed: datetime | None, after: bool) -> None:
        number = f"KN-{opened.year}-{i:06d}"
        row: dict[str, Any] = {
            "number": number, "source": "customer", "cause": rnd.choice(causes),
            "owner": rnd.choice(owners), "opened_at": opened.isoformat(),
            "due": (opened.date() + timedelta(days=4)).isoformat(), "ticket_id": None,
            "case": None, "level": 0, "closed_at": None, "outcome": None, "open": True}
        log.append((opened, "complaint_opened", {"complaint": row}))
        changed = closed or at(DAY + timedelta(days=1), 90)
        now = row | ({"closed_at": closed.isoformat(), "outcome": "resolved", "open": False}
                     if closed else {"cause": "billing"})
        if closed or after:
            log.append((changed, "complaint_closed" if closed else "complaint_cause_set",
                        {"complaint": now}))
        complaint_rows.append((number, "customer", now["cause"], now["owner"],
                               row["opened_at"], row["due"], None, None, 0, "",
                               now["closed_at"], now["outcome"], "",
                               changed.isoformat() if closed or after else row["opened_at"]))

    for i in range(1, old + 1):  # opened over the year's first eleven months, closed
        day = first + timedelta(days=rnd.randrange(335))
        for make in (case, complaint):
            opened = at(day, rnd.randrange(480))
            make(i, opened, opened + timedelta(days=rnd.randrange(1, 15), hours=1), False)
    for i in range(old + 1, old + 61):  # still open at the day's end
        long = i > old + 50
        day = DAY - timedelta(days=rnd.randrange(100, 300) if long else rnd.randrange(30))
        for make in (case, complaint):
            make(i, at(day, rnd.randrange(480)), None, long)
    by_day: dict[date, list[tuple[datetime, str, str]]] = {}
    for ts, kind, data in log:
        by_day.setdefault(ts.date(), []).append(
            (ts, kind, json.dumps(data, ensure_ascii=False, separators=(",", ":"))))
    kinds = ("ticket_issued", "ticket_called", "ticket_served", "ticket_rated")
    days = [first + timedelta(days=i) for i in range(366)]  # up to and with DAY
    each = max(0, events - len(log)) // len(days)

    def rows():  # day after day, in time order: the tickets' events around the cases'
        n = 0
        for day in sorted(set(days) | set(by_day)):
            todays = list(by_day.get(day, []))
            for _ in range(each if day <= DAY else 0):
                todays.append((at(day, n % 480), kinds[n % 4], json.dumps({"ticket": {
                    "id": n, "number": f"A{n % 1000:03d}", "service": "A",
                    "counter": 1 + n % 6}}, separators=(",", ":"))))
                n += 1
            for ts, kind, data in sorted(todays, key=lambda e: e[0]):
                yield ts.isoformat(), day.isoformat(), kind, data

    db = sqlite3.connect(path)
    with db:
        db.executemany("INSERT INTO hall_case (number, service, owner, status, opened_at, "
                       "due, ticket_id, reason, phone, updated_at, key) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?)", case_rows)
        db.executemany("INSERT INTO complaint (number, source, cause, owner, opened_at, due, "
                       "ticket_id, \"case\", level, text, closed_at, outcome, closing_text, "
                       "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", complaint_rows)
        db.executemany("INSERT INTO event (ts, day, type, data) VALUES (?,?,?,?)", rows())
    db.close()


def aftercare(args: argparse.Namespace) -> int:
    """Times the day's case and complaint figures in an old hall; prints them."""
    db = args.db or Path("build/bench") / f"aftercare-{args.old}-{args.events}.db"
    if args.rebuild and db.exists():
        db.unlink()
    if not db.exists():
        t0 = time.perf_counter()
        build_old_hall(db, args.old, args.events)
        print(f"built {db} in {time.perf_counter() - t0:.0f} s", flush=True)
    store = Store(db, readonly=True)
    count = lambda sql: store.db.execute_sql(sql).fetchone()[0]  # noqa: E731
    print(f"{machine()}; load average {os.getloadavg()[0]:.1f}")
    print(f"hall: {count('SELECT COUNT(*) FROM hall_case')} cases, "
          f"{count('SELECT COUNT(*) FROM complaint')} complaints, "
          f"{count('SELECT COUNT(*) FROM event')} events; day {args.date}")
    conf = hall_conf(store)
    wall, cpu = [], []
    for _ in range(args.runs):
        c0 = time.process_time()
        care, t = timed(aftercare_figures, store, args.date, conf)
        wall.append(t)
        cpu.append(time.process_time() - c0)
    print(f"aftercare figures, {args.runs} runs (ms): first {wall[0] * 1000:.1f}, "
          f"p50 {statistics.median(wall) * 1000:.1f}, max {max(wall) * 1000:.1f}; "
          f"CPU p50 {statistics.median(cpu) * 1000:.1f}")
    for owner, row in sorted(care["cases"].items()):
        print(f"  cases {owner}: {row}")
    for owner, row in sorted(care["complaints"]["owner"].items()):
        print(f"  complaints {owner}: {row}")
    store.close()
    return 0


def timed(fn, *args):
    t0 = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tickets", type=int, default=5000)
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--date", type=date.fromisoformat, default=DAY,
                    help="the day to report on (default: the simulated one)")
    ap.add_argument("--aftercare", action="store_true",
                    help="only the cases' and complaints' figures, in an old hall")
    ap.add_argument("--old", type=int, default=20000)
    ap.add_argument("--events", type=int, default=1000000)
    args = ap.parse_args()
    if args.aftercare:
        return aftercare(args)
    day = args.date
    db = args.db or Path("build/bench") / f"report-{args.tickets}.db"
    if args.rebuild and db.exists():
        db.unlink()
    if not db.exists():
        build_db(db, args.tickets)
    store = Store(db, readonly=True)
    events = store.db.execute_sql("SELECT COUNT(*) FROM event WHERE day = ?",
                                  (day.isoformat(),)).fetchone()[0]
    for d in (day, day - timedelta(days=7)):  # start from nothing stored
        p = stored.path_for(store, d)
        if p is not None:
            p.unlink(missing_ok=True)
    print(f"{machine()}; load average {os.getloadavg()[0]:.1f}")
    (figs, conf), cold_build = timed(report.build, store, day)
    _, cold_pdf = timed(report.report_pdf, figs, conf, "vi")
    print(f"day {day}: {figs.headline['issued']} tickets, {events} events; "
          f"{figs.headline['served']} served, mean wait "
          f"{figs.headline['mean_wait_min']:.1f} min; the day is "
          f"{'closed (its figures are stored)' if stored.closed(store, day) else 'open'}")
    print(f"cold (first in process, nothing stored): figures+staffing "
          f"{cold_build * 1000:.0f} ms, PDF {cold_pdf * 1000:.0f} ms, "
          f"total {(cold_build + cold_pdf) * 1000:.0f} ms (goal <= 1000)")
    rows: dict[str, list[float]] = {"figures (day + last week)": [], "staffing": [],
                                    "build from stored figures": [],
                                    "PDF vi": [], "PDF zh_CN": [], "CSV": [],
                                    "total vi, from the log": [],
                                    "total vi, stored figures": []}
    cpu: list[float] = []
    for _ in range(args.runs):
        c0 = time.process_time()  # CPU time: honest on a shared, loaded machine
        f, t_fig = timed(figures, store, day, conf)
        f.staffing, t_staff = timed(staffing.plan, store, day, conf.services, conf.timezone)
        pdf, t_pdf = timed(report.report_pdf, f, conf, "vi")
        cpu.append(time.process_time() - c0)
        _, t_zh = timed(report.report_pdf, f, conf, "zh_CN")
        _, t_csv = timed(report.report_csv, f, conf, "vi")
        (g, _), t_stored = timed(report.build, store, day)
        _, t_pdf2 = timed(report.report_pdf, g, conf, "vi")
        rows["figures (day + last week)"].append(t_fig)
        rows["staffing"].append(t_staff)
        rows["build from stored figures"].append(t_stored)
        rows["PDF vi"].append(t_pdf)
        rows["PDF zh_CN"].append(t_zh)
        rows["CSV"].append(t_csv)
        rows["total vi, from the log"].append(t_fig + t_staff + t_pdf + t_csv)
        rows["total vi, stored figures"].append(t_stored + t_pdf2)
    print(f"warm, {args.runs} runs (ms):   p50    max")
    for name, xs in rows.items():
        print(f"  {name:<26} {statistics.median(xs) * 1000:6.0f} {max(xs) * 1000:6.0f}")
    print(f"  CPU time of figures+staffing+PDF vi: p50 {statistics.median(cpu) * 1000:.0f} ms")
    print(f"PDF size {len(pdf) / 1024:.0f} KB")
    c0, t0 = time.process_time(), time.perf_counter()
    for _ in range(30):
        g, _ = report.build(store, day)
        report.report_pdf(g, conf, "vi")
    month, month_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"a month of such days from stored figures, 30 PDFs: {month:.1f} s "
          f"(CPU {month_cpu:.1f} s, {month_cpu / 30 * 1000:.0f} ms a report; goal <= 5 s; "
          f"no PDF is kept: each is made again)")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
