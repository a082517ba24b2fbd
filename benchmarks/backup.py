"""Backup of a year-sized hall database while the hub serves: copy time and issue latency.

    python benchmarks/backup.py [--events 1000000]

Fills a sample hall with filler events (a busy hall logs ~3,000 events a day, so 1,000,000
is about a year), serves it with a real hub on loopback, then prints: the database size,
how long `hallq backup` takes, how long checking the copy takes, and kiosk issue latency
(p50/p99/max over HTTP) without a backup running and while one runs.
"""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
from _common import pct, sample_hall  # noqa: E402

from hallq.hall.service import Hall  # noqa: E402
from hallq.hub.server import HubThread  # noqa: E402
from hallq.store import backup  # noqa: E402
from hallq.store.database import Store  # noqa: E402


def fill(db: Path, events: int) -> None:
    """Filler events spread over the past year, written straight into the event table."""
    con = sqlite3.connect(db)
    start = datetime.now(UTC) - timedelta(days=365)
    data = json.dumps({"ticket": {"number": "A123", "service": "A", "state": "done",
                                  "counter": 3, "staff": "NV03"}, "service_min": 6.5})
    step = timedelta(seconds=365 * 86400 / events)
    with con:
        con.executemany(
            "INSERT INTO event (ts, day, type, ticket_id, counter, staff, data) "
            "VALUES (?, ?, 'bench_filler', NULL, 3, 'NV03', ?)",
            (((t := start + i * step).isoformat(), t.date().isoformat(), data)
             for i in range(events)))
    con.close()


def percentiles(ms: list[float]) -> str:
    if not ms:
        return "no samples"
    return f"n={len(ms)} p50={pct(ms, 50):.1f} ms p99={pct(ms, 99):.1f} ms max={max(ms):.1f} ms"


def issue_until(client: httpx.Client, stop: threading.Event, out: list[float],
                limit: int) -> None:
    services = "ABCDE"
    i = 0
    while not stop.is_set() and len(out) < limit:
        t0 = time.perf_counter()
        r = client.post("/api/tickets", json={"service": services[i % 5]})
        out.append((time.perf_counter() - t0) * 1000)
        i += 1
        if r.status_code != 200 and r.json()["error"]["code"] != "queue_full":
            raise SystemExit(f"issue failed: {r.text}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--baseline", type=int, default=300, help="issues without a backup")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hallq-bench-backup-"))
    db = tmp / "hall.db"
    sample_hall(db).store.close()
    t0 = time.perf_counter()
    fill(db, args.events)
    print(f"filled {args.events:,} events in {time.perf_counter() - t0:.1f} s; "
          f"database {db.stat().st_size / 1e6:.0f} MB")

    hall = Hall(Store(db))
    hub = HubThread(hall).start()
    token = hall.add_device("kiosk", None, "bench kiosk")[0]["token"]
    client = httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"})
    try:
        quiet: list[float] = []
        issue_until(client, threading.Event(), quiet, args.baseline)

        during: list[float] = []
        stop = threading.Event()
        issuer = threading.Thread(target=issue_until, args=(client, stop, during, 10**9))
        issuer.start()
        time.sleep(0.2)
        t0 = time.perf_counter()
        out = backup.backup(db, tmp / "copy.db")
        took = time.perf_counter() - t0
        stop.set()
        issuer.join()
        t0 = time.perf_counter()
        info = backup.check(out)
        checked = time.perf_counter() - t0
    finally:
        client.close()
        hub.stop()
        hall.store.close()

    print(f"{datetime.now():%Y-%m-%d %H:%M}, {platform.node()}, {platform.machine()}, "
          f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")
    print(f"backup while serving: {took:.2f} s for {out.stat().st_size / 1e6:.0f} MB "
          f"({info.events:,} events, {info.tickets} tickets in the copy)")
    print(f"check of the copy (quick_check + counts): {checked:.2f} s")
    print(f"issue latency, no backup:     {percentiles(quiet)}")
    print(f"issue latency, during backup: {percentiles(during)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
