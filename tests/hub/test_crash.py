"""A hub killed with SIGKILL at random moments loses nothing a client was told had happened."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from hallq.hall.service import Hall
from hallq.hub.server import free_port
from hallq.store.database import Store
from tests.conftest import make_hall

KILLS = 20


def start_hub(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "hallq", "hub", "--db", str(db),
                             "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=0.5).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("hub did not start")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.timeout(900)  # twenty cold starts of a hub process; slow on a loaded machine
def test_sigkill_at_random_moments_loses_no_acknowledged_command(tmp_path):
    db = tmp_path / "hall.db"
    hall = make_hall(db)
    kiosk = hall.add_device("kiosk")[0]["token"]
    counters = {n: hall.add_device("counter", n)[0]["token"] for n in (1, 2)}
    hall.store.close()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    acked_issues: list[str] = []
    acked_calls: list[tuple[int, str]] = []
    lock = threading.Lock()
    stop = threading.Event()

    def kiosk_loop() -> None:
        with httpx.Client(base_url=url, timeout=2) as http:
            while not stop.is_set():
                try:
                    r = http.post("/api/tickets", json={"service": "A"},
                                  headers={"Authorization": f"Bearer {kiosk}"})
                except httpx.HTTPError:
                    time.sleep(0.02)
                    continue
                if r.status_code == 200:
                    with lock:
                        acked_issues.append(r.json()["ticket"]["number"])

    def counter_loop(n: int, code: str, pin: str) -> None:
        session = None
        with httpx.Client(base_url=url, timeout=2) as http:
            while not stop.is_set():
                try:
                    h = {"Authorization": f"Bearer {counters[n]}"}
                    if session is None:
                        r = http.post("/api/staff/login", headers=h,
                                      json={"code": code, "pin": pin, "counter": n})
                        if r.status_code == 200:
                            session = r.json()["session"]
                        continue
                    h["X-Staff-Session"] = session
                    r = http.post(f"/api/counters/{n}/call-next", headers=h)
                    if r.status_code == 200:
                        with lock:
                            acked_calls.append((n, r.json()["result"]["number"]))
                        http.post(f"/api/counters/{n}/finish", headers=h)
                    else:
                        time.sleep(0.01)
                except httpx.HTTPError:
                    time.sleep(0.02)

    threads = [threading.Thread(target=kiosk_loop),
               threading.Thread(target=counter_loop, args=(1, "NV01", "1111")),
               threading.Thread(target=counter_loop, args=(2, "NV02", "2222"))]
    rng = random.Random(20261123)
    proc = start_hub(db, port)
    for t in threads:
        t.start()
    try:
        for _ in range(KILLS):
            time.sleep(rng.uniform(0.05, 0.6))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            proc = start_hub(db, port)
        time.sleep(0.3)
    finally:
        stop.set()
        for t in threads:
            t.join()
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)

    hall = Hall(Store(db))
    m = hall.m
    numbers = [r.number for r in m.Ticket.select().where(m.Ticket.service == "A")
               .order_by(m.Ticket.id)]
    assert len(acked_issues) > 50, "the test did not generate enough load"
    # every acknowledged ticket is there, numbering has no gap and no repeat
    assert set(acked_issues) <= set(numbers)
    assert numbers == [f"A{i:03d}" for i in range(1, len(numbers) + 1)]
    # every acknowledged call is recorded at that counter
    called = {(r.counter, r.number) for r in m.Ticket.select().where(m.Ticket.called_at.is_null(
        False))}
    assert set(acked_calls) <= called
    # the event sequence has no holes, and every ticket has its issue event
    seqs = [r.seq for r in m.Event.select(m.Event.seq).order_by(m.Event.seq)]
    assert seqs == list(range(1, len(seqs) + 1))
    issued = {r.ticket_id for r in m.Event.select().where(m.Event.type == "ticket_issued")}
    assert issued == {r.id for r in m.Ticket.select()}
