"""`hallq simulate`: a whole business day on a simulated clock, or live traffic to a hub.

hallq.simulation (and httpx, for --hub) is imported when the command runs, not when `hallq`
builds its parser: the other commands start without it.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hallq.domain import sample
from hallq.domain.appointments import is_working_day
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall
from hallq.paths import default_db
from hallq.store.database import Store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("simulate", help="simulate a business day (or live traffic to a hub)")
    p.add_argument("--db", type=Path, default=None, help="hall database to fill")
    p.add_argument("--date", type=date.fromisoformat, help="business day YYYY-MM-DD")
    p.add_argument("--tickets", type=int, default=400, help="arrivals to generate")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--days", type=int, default=1,
                   help="working days to simulate from --date, one after another (cases and "
                        "complaints move on over them; day i uses seed + i)")
    p.add_argument("--trace", type=Path, help="CSV of arrivals to replay instead")
    p.add_argument("--counters", type=Path, help="CSV of counter,open,close times")
    p.add_argument("--out", type=Path, help="CSV: one row per ticket with estimate and wait")
    p.add_argument("--fast", action="store_true",
                   help="synchronous=NORMAL while simulating (a filler, not a real hall)")
    p.add_argument("--hub", help="send live traffic to this hub instead (real time)")
    p.add_argument("--token", help="with --hub: a supervisor or admin device token")
    p.add_argument("--minutes", type=float, default=5.0, help="with --hub: how long")
    p.add_argument("--rate", type=float, default=6.0, help="with --hub: tickets per minute")
    p.set_defaults(func=cmd_simulate)


def cmd_simulate(args: argparse.Namespace) -> int:
    if args.hub:
        from hallq.simulation.live import run_live

        return run_live(args.hub, args.token, args.minutes, args.rate, args.seed)
    if args.date is None:
        raise SystemExit("hallq simulate: --date YYYY-MM-DD is required (or --hub URL)")
    db = args.db or default_db()
    tz = ZoneInfo(sample.HALL.timezone)
    start = datetime.combine(args.date, datetime.min.time(), tzinfo=tz) + timedelta(hours=6)
    clock = FixedClock(start)
    if not Path(db).exists():
        Hall.create(db, sample.HALL, sample.SERVICES, sample.COUNTERS, sample.STAFF,
                    clock).store.close()
    store = Store(db)
    if args.fast:
        store.db.execute_sql("PRAGMA synchronous = NORMAL")
    hall = Hall(store, clock)
    day = args.date
    for i in range(max(1, args.days)):
        if i:  # the next working day, from 06:00
            day += timedelta(days=1)
            while not is_working_day(hall.info, day):
                day += timedelta(days=1)
            clock.set(datetime.combine(day, datetime.min.time(), tzinfo=tz) + timedelta(hours=6))
        result, took = _one_day(args, hall, clock, day, args.seed + i)
        _report(args, day, db, result, took)
    return 0


def _one_day(args: argparse.Namespace, hall: Hall, clock: FixedClock, day: date,
             seed: int) -> tuple[Any, float]:
    from hallq.simulation import day as simulate

    rng = random.Random(seed)
    if args.trace:
        customers = simulate.read_trace(args.trace, hall.info.timezone)
    else:
        customers = simulate.generate_arrivals(day, args.tickets, rng, hall.info.timezone)
    plans = (simulate.read_counters(args.counters, hall, day) if args.counters
             else simulate.default_counters(hall, day))
    t0 = time.perf_counter()
    result = simulate.simulate_day(hall, clock, day, customers, plans, seed)
    return result, time.perf_counter() - t0


def _report(args: argparse.Namespace, day: date, db: Path, result: Any, took: float) -> None:
    from hallq.simulation import day as simulate

    if args.out:
        simulate.write_rows(args.out, result.rows)
    c = result.counts
    waits = sorted(r["wait_min"] for r in result.rows if r["wait_min"] is not None)
    mean = sum(waits) / len(waits) if waits else 0.0
    print(f"Simulated {day} in {db}: {c.get('issued', 0)} tickets, "
          f"{c.get('done', 0)} served, {c.get('no_show', 0)} no-shows, "
          f"{c.get('transferred', 0)} transfers, {c.get('rated', 0)} rated; "
          f"mean wait {mean:.1f} min ({took:.1f} s)")
    err = simulate.estimate_error(result.rows)
    if err.get("n"):
        print(f"Estimated wait vs real: MAE {err['mae_min']} min, bias {err['bias_min']} min, "
              f"p90 |error| {err['p90_abs_min']} min over {err['n']} tickets")
    print(f"  cases: {c.get('cases_opened', 0)} opened, {c.get('cases_done', 0)} done on time, "
          f"{c.get('cases_done_late', 0)} late, {c.get('cases_refused', 0)} refused; "
          f"complaints: {c.get('page_complaints', 0)} from the ticket's page, "
          f"{c.get('complaints_closed', 0)} closed; {c.get('index_answers', 0)} index answers")
