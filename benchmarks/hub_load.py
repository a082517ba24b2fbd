"""Hub under load: N concurrent clients over real HTTP + a WebSocket listener; prints figures.

    python benchmarks/hub_load.py [--clients 20] [--seconds 10] [--rate 1000]

Starts `hallq hub` in a subprocess on a fresh sample hall, runs N clients (each a counter
that also issues tickets) for a fixed time, and prints commands/s,
latency percentiles, the event delivery delay to a second client, and the raw SQLite
commit rate (WAL, synchronous=FULL) measured on the same disk in the same run.

Without --rate each client sends its next command as soon as the last one is answered
(closed loop: the hub's ceiling; with 20 clients Little's law ties latency to throughput,
mean latency = 20 / rate). With --rate R the clients together offer R commands/s on a
fixed schedule (open loop: a hall's load), and latency counts from the scheduled moment,
so a command held up behind a slow one is charged for the wait.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import websockets

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import pct, sample_hall  # noqa: E402
from _http import LeanClient  # noqa: E402

from hallq.hub.server import free_port  # noqa: E402


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def raw_commit_rate(folder: Path, seconds: float = 2.0) -> float:
    con = sqlite3.connect(folder / "raw.db", isolation_level=None)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT)")
    n, end = 0, time.perf_counter() + seconds
    while time.perf_counter() < end:
        con.execute("BEGIN")
        con.execute("INSERT INTO t (payload) VALUES (?)", ("x" * 200,))
        con.execute("COMMIT")
        n += 1
    con.close()
    return n / seconds


async def run(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="hallq-bench-"))
    db = folder / "hall.db"
    hall = sample_hall(db)
    kiosk = hall.add_device("kiosk")[0]["token"]
    display = hall.add_device("display")[0]["token"]
    # One counter (and clerk) per client, so the queue stays the size of a real hall's.
    for n in range(1, args.clients + 1):
        hall.upsert_counter({"number": n, "name": f"Quầy {n}", "services": ["A", "E"]})
        hall.upsert_staff({"code": f"B{n:02d}", "name": f"Bench {n}", "pin": "1234"})
    counters = {n: hall.add_device("counter", n)[0]["token"] for n in range(1, args.clients + 1)}
    hall.store.close()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "hallq", "hub", "--db", str(db), "--port",
                             str(port)], stdout=subprocess.DEVNULL)
    try:
        async with httpx.AsyncClient(base_url=url, timeout=10) as probe:
            for _ in range(200):
                try:
                    if (await probe.get("/health")).status_code == 200:
                        break
                except httpx.HTTPError:
                    await asyncio.sleep(0.05)
        RESULT["pid"] = proc.pid
        await load(args, url, kiosk, display, counters)
    finally:
        proc.terminate()
        proc.wait(10)
    raw = raw_commit_rate(folder)
    print(f"raw SQLite commits (WAL, synchronous=FULL, same disk, same run): {raw:,.0f} /s")
    print(f"hub commands/s / raw commits/s: {RESULT['rate'] / raw:.0%} (group commit lets "
          "the hub pass 100 %: one commit carries several commands)")
    print(f"load average after the run: {os.getloadavg()[0]:.1f} (other work on this machine "
          "skews every figure)")


RESULT: dict[str, float] = {}

# What the hub should reach (printed beside the figures, never asserted).
TARGET_RATE = 1000  # commands/s
TARGET_P99_MS = 10
TARGET_DELIVERY_MS = 20


def met(ok: bool) -> str:
    return "met" if ok else "missed"


async def load(args, url, kiosk, display, counters) -> None:
    latencies: list[float] = []
    calls: dict[int, float] = {}  # seq of a ticket_called event -> when its reply arrived
    delivered: dict[int, float] = {}
    stop = asyncio.Event()
    logged_in: list[int] = []

    interval = args.clients / args.rate if args.rate else 0.0  # s between a client's sends
    next_send: dict[int, float] = {}  # per connection: when its next command is due

    async def timed(http: LeanClient, path: str, body: dict, headers: dict):
        t0 = time.perf_counter()
        if interval:
            due = next_send.get(id(http), t0)
            # Behind schedule by more than one interval: the lost slots are not made up.
            next_send[id(http)] = max(due, t0 - interval) + interval
            if due > t0:
                await asyncio.sleep(due - t0)
            t0 = due  # behind schedule: the wait counts
        r = await http.post(path, body, headers)
        t1 = time.perf_counter()
        latencies.append(t1 - t0)
        return r, t1

    async def client(n: int) -> None:
        """A counter that also plays the kiosk: issue a ticket, call next, finish."""
        h = {"Authorization": f"Bearer {counters[n]}"}
        k = {"Authorization": f"Bearer {kiosk}"}
        host, port = url.removeprefix("http://").split(":")
        async with LeanClient(host, int(port)) as http:
            r = await http.post("/api/staff/login",
                                {"code": f"B{n:02d}", "pin": "1234", "counter": n}, h)
            h["X-Staff-Session"] = r.json()["session"]
            logged_in.append(n)
            i = 0
            while not stop.is_set():
                await timed(http, "/api/tickets", {"service": "AE"[i % 2]}, k)
                i += 1
                r, t1 = await timed(http, f"/api/counters/{n}/call-next", {}, h)
                if r.status_code == 200:
                    calls[r.json()["seq"]] = t1
                    await timed(http, f"/api/counters/{n}/finish", {}, h)

    async def listener() -> None:
        ws_url = url.replace("http", "ws") + f"/ws?token={display}&since=0"
        async with websockets.connect(ws_url, max_size=None) as ws:
            while not stop.is_set():
                try:
                    msg = json.loads(await asyncio.wait_for(ws.recv(), 0.5))
                except TimeoutError:
                    continue
                now = time.perf_counter()
                for ev in msg["events"]:
                    if ev["type"] == "ticket_called":
                        delivered[ev["seq"]] = now

    tasks = [asyncio.create_task(listener())]
    await asyncio.sleep(0.3)
    tasks += [asyncio.create_task(client(n)) for n in range(1, args.clients + 1)]
    while len(logged_in) < args.clients:  # PIN checks are slow on purpose: not measured
        await asyncio.sleep(0.05)
    await asyncio.sleep(1.0)  # warm-up
    latencies.clear()
    cpu0 = process_cpu(int(RESULT["pid"]))
    gen0 = time.process_time()
    t0 = time.perf_counter()
    await asyncio.sleep(args.seconds)
    done = len(latencies)
    elapsed = time.perf_counter() - t0
    hub_cpu = (process_cpu(int(RESULT["pid"])) - cpu0) / elapsed
    gen_cpu = (time.process_time() - gen0) / elapsed
    stop.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    lat_ms = [x * 1000 for x in latencies[:done]]
    rate = done / elapsed
    RESULT["rate"] = rate
    load = (f"offering {args.rate:,.0f} commands/s on a schedule" if args.rate
            else "each sending as soon as answered")
    print(f"hub_load {time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} cores, "
          f"{args.clients} clients (each: issue, call next, finish; {load}), "
          f"{args.seconds:g} s")
    print(f"commands: {done} in {elapsed:.1f} s = {rate:,.0f} /s "
          f"(target >= {TARGET_RATE:,} /s: {met(rate >= TARGET_RATE)})")
    p99 = pct(lat_ms, 99)
    print(f"latency ms: p50 {pct(lat_ms, 50):.1f}  p95 {pct(lat_ms, 95):.1f}  "
          f"p99 {p99:.1f}  max {max(lat_ms):.1f}  mean {statistics.mean(lat_ms):.1f} "
          f"(target p99 <= {TARGET_P99_MS} ms: {met(p99 <= TARGET_P99_MS)})")
    print(f"hub process CPU: {hub_cpu:.0%} of one core "
          f"({hub_cpu * 1000 / rate:.2f} ms CPU per command); the load generator, on the "
          f"same {os.cpu_count()} cores: {gen_cpu:.0%} ({gen_cpu * 1000 / rate:.2f} ms per command)")
    delays = [(delivered[s] - t) * 1000 for s, t in calls.items() if s in delivered]
    if delays:
        d99 = pct(delays, 99)
        print(f"call reply -> event at a second client, ms: p50 {pct(delays, 50):.1f}  "
              f"p99 {d99:.1f} (n={len(delays)}; negative = event came first) "
              f"(target p99 <= {TARGET_DELIVERY_MS} ms: {met(d99 <= TARGET_DELIVERY_MS)})")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--seconds", type=float, default=10)
    p.add_argument("--rate", type=float, default=0,
                   help="commands/s offered by all clients together (0: as fast as answered)")
    asyncio.run(run(p.parse_args()))


if __name__ == "__main__":
    main()
