"""Supervisor live view: the cost of one refresh (figures, tables, alert checks) on a busy day.

    python benchmarks/supervisor_refresh.py [--tickets 5000] [--rounds 200]

The window refreshes on every event burst and once a second, so this must stay far below a
second even at 5,000 tickets. The model is filled with synthetic tickets (no hub needed):
most done, some waiting, a few at counters, ratings for two thirds of the visits.
Prints p50/p90/p99/max in milliseconds for a full refresh (after events), the one-second
tick (no figures) and AlertsPanel.check.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import pct  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from hallq.domain import (
    jsonable,  # noqa: E402
    sample,  # noqa: E402
)
from ui.app import qapp  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.supervisor.alerts import AlertSound  # noqa: E402
from ui.supervisor.window import SupervisorWindow  # noqa: E402


def fill(client: HallClient, n: int, now: datetime) -> None:
    rng = random.Random(1)
    start = now - timedelta(hours=8)
    day = "2025-03-12"
    tickets, ratings = {}, {}
    prefixes = [s.prefix for s in sample.SERVICES]
    for i in range(1, n + 1):
        svc = rng.choice(prefixes)
        arrival = start + timedelta(seconds=i * 8 * 3600 / n)
        state = "done" if i < n - 60 else rng.choice(["waiting"] * 9 + ["serving"])
        called = arrival + timedelta(minutes=rng.uniform(0, 25)) if state != "waiting" else None
        t = {"id": i, "day": day, "number": f"{svc}{i:03d}", "service": svc,
             "arrival": arrival.isoformat(), "queued_at": arrival.isoformat(),
             "state": state, "leg": 1, "target_counter": None, "counter": 1 + i % 6,
             "staff": f"NV0{1 + i % 6}", "called_at": called and called.isoformat(),
             "finished_at": called and (called + timedelta(minutes=4)).isoformat()}
        tickets[i] = t
        if state == "done" and rng.random() < 0.67:
            choice = rng.choice(["very_satisfied", "satisfied", "acceptable", "unsatisfied"])
            ratings[i] = {"choice": choice, "score": {"very_satisfied": 4, "satisfied": 3,
                                                      "acceptable": 2, "unsatisfied": 1}[choice],
                          "rated": True}
    hall = jsonable(sample.HALL)
    hall["timezone"] = "UTC"
    hall["day_start_hour"] = 0
    client.snapshot = {
        "hall": hall, "day": day, "now": now.isoformat(),
        "services": [jsonable(s) for s in sample.SERVICES],
        "counters": [], "staff": {s.code: {"name": s.name, "role": s.role.value,
                                           "active": True} for s, _ in sample.STAFF},
        "tickets": list(tickets.values()), "ratings": {}, "summary": {}}
    client.tickets = tickets
    client.ratings = ratings
    client.counters = {c.number: jsonable(c) | {"status": {
        "number": c.number, "state": "open", "staff": f"NV0{c.number}", "ticket_id": None,
        "since": (now - timedelta(minutes=3)).isoformat(), "pause_reason": ""}}
        for c in sample.COUNTERS}
    client.summary = {s.prefix: {"waiting": 10, "longest_min": 5.0, "eta_min": 7.0,
                                 "target_min": s.target_wait_min} for s in sample.SERVICES}


def stats(name: str, ms: list[float]) -> None:
    print(f"{name:<22} p50 {pct(ms, 50):7.2f}  p90 {pct(ms, 90):7.2f}  p99 {pct(ms, 99):7.2f}  "
          f"max {max(ms):7.2f} ms")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tickets", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=200)
    args = ap.parse_args()
    app = qapp()
    now = datetime(2025, 3, 12, 16, 0, tzinfo=UTC)
    client = HallClient("http://127.0.0.1:9", "none")
    fill(client, args.tickets, now)
    s = hsettings.defaults()
    s.values["device"]["language"] = "en"
    w = SupervisorWindow(client, s, now=lambda: now, sound=AlertSound(enabled=False))
    w.resize(1600, 900)
    w.stack.setCurrentWidget(w.main_page)
    w.show()
    app.processEvents()
    refresh, tick, check = [], [], []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        w.live.refresh()
        t1 = time.perf_counter()
        w.alerts.check(now)
        t2 = time.perf_counter()
        w.live.refresh(figures=False)
        t3 = time.perf_counter()
        refresh.append(1000 * (t1 - t0))
        check.append(1000 * (t2 - t1))
        tick.append(1000 * (t3 - t2))
    print(f"supervisor refresh, {args.tickets} tickets, {args.rounds} rounds, "
          f"{datetime.now():%Y-%m-%d}, {platform.machine()} {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    stats("refresh (on events)", refresh)
    stats("refresh (1 s tick)", tick)
    stats("AlertsPanel.check", check)
    print(f"figures: issued {w.live.figures.figures.issued}, "
          f"mean wait {w.live.figures.figures.mean_wait_min} min")
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
