"""Live demo traffic against a running hub: customers arrive, counters call and finish.

Uses a supervisor/admin device token and the supervisor's PIN to pair its own counter and
keypad devices, then logs the sample clerks in with their sample PINs.
"""

from __future__ import annotations

import random
import time
from typing import Any

import httpx

from hallq.domain import sample


class Hub:
    def __init__(self, url: str, token: str):
        self.http = httpx.Client(base_url=url.rstrip("/"), timeout=5)
        self.token = token

    def post(self, path: str, body: dict | None = None, token: str | None = None,
             session: str | None = None) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token or self.token}"}
        if session:
            headers["X-Staff-Session"] = session
        r = self.http.post(path, json=body or {}, headers=headers)
        data = r.json()
        if r.status_code >= 400:
            raise RuntimeError(f"{path}: {data.get('error', data)}")
        return data


def run_live(url: str, token: str | None, minutes: float, rate: float, seed: int = 1,
             supervisor: str = "GS01", pin: str = "9999") -> int:
    """Real-time traffic for `minutes`: about `rate` tickets a minute."""
    if not token:
        raise SystemExit("hallq simulate --hub needs --token (a supervisor or admin device)")
    hub = Hub(url, token)
    try:
        return _run(hub, token, minutes, rate, seed, supervisor, pin)
    finally:
        hub.http.close()  # its connections closed, not left open until the GC finds them


def _run(hub: Hub, token: str, minutes: float, rate: float, seed: int, supervisor: str,
         pin: str) -> int:
    rng = random.Random(seed)
    boss = hub.post("/api/staff/login", {"code": supervisor, "pin": pin})["session"]
    state = hub.http.get("/api/state", headers={"Authorization": f"Bearer {token}"}).json()
    pins = {s.code: p for s, p in sample.STAFF}
    clerks = [c for c, s in state["staff"].items() if s["role"] == "clerk" and c in pins]
    counters: dict[int, tuple[str, str]] = {}
    for c in state["counters"][:len(clerks)]:
        n = c["number"]
        dev = hub.post("/api/devices", {"role": "counter", "counter": n,
                                        "name": f"simulator counter {n}"}, session=boss)
        code = clerks[len(counters)]
        try:
            sess = hub.post("/api/staff/login", {"code": code, "pin": pins[code], "counter": n},
                            token=dev["token"])["session"]
        except RuntimeError as exc:
            print(f"counter {n}: {exc}; skipped")
            continue
        counters[n] = (dev["token"], sess)
    kiosk = hub.post("/api/devices", {"role": "kiosk", "name": "simulator kiosk"},
                     session=boss)["token"]
    prefixes = [s["prefix"] for s in state["services"] if s["active"]]
    busy_until: dict[int, float] = {n: 0.0 for n in counters}
    end = time.monotonic() + minutes * 60
    issued = served = 0
    next_arrival = time.monotonic()
    while time.monotonic() < end:
        now = time.monotonic()
        if now >= next_arrival:
            prio = "elderly" if rng.random() < 0.08 else ""
            hub.post("/api/tickets", {"service": rng.choice(prefixes), "priority": prio},
                     token=kiosk)
            issued += 1
            next_arrival = now + rng.expovariate(rate / 60)
        for n, (tok, sess) in counters.items():
            if now < busy_until[n]:
                continue
            try:
                if busy_until[n]:
                    hub.post(f"/api/counters/{n}/finish", token=tok, session=sess)
                    served += 1
                hub.post(f"/api/counters/{n}/call-next", token=tok, session=sess)
                busy_until[n] = now + rng.uniform(20, 90)
            except RuntimeError:
                busy_until[n] = 0.0  # nobody waiting (or nobody to finish)
        time.sleep(0.2)
    print(f"live traffic for {minutes:g} min: {issued} tickets issued, {served} finished")
    return 0
