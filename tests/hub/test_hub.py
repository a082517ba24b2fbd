"""The hub over a real socket: concurrent calls, resuming the event stream, bad requests."""

from __future__ import annotations

import json
import threading

import httpx
import pytest
from websockets.sync.client import connect


def auth(token: str, session: str | None = None) -> dict[str, str]:
    h = {"Authorization": f"Bearer {token}"}
    if session:
        h["X-Staff-Session"] = session
    return h


def login(hub, counter: int, code: str, pin: str) -> dict[str, str]:
    token = hub.token("counter", counter)
    r = httpx.post(f"{hub.url}/api/staff/login", headers=auth(token),
                   json={"code": code, "pin": pin, "counter": counter})
    assert r.status_code == 200, r.text
    return auth(token, r.json()["session"])


def test_two_counters_calling_at_the_same_instant_never_get_the_same_ticket(hub):
    h1 = login(hub, 1, "NV01", "1111")
    h2 = login(hub, 2, "NV02", "2222")
    kiosk = auth(hub.token("kiosk"))
    got: list[str] = []
    with httpx.Client(base_url=hub.url) as http:
        for _ in range(25):
            for _ in range(2):
                assert http.post("/api/tickets", json={"service": "A"}, headers=kiosk
                                 ).status_code == 200
            barrier = threading.Barrier(2)
            replies: dict[int, httpx.Response] = {}

            def press(n: int, headers: dict, barrier: threading.Barrier,
                      replies: dict[int, httpx.Response]) -> None:
                with httpx.Client(base_url=hub.url) as own:
                    barrier.wait()
                    replies[n] = own.post(f"/api/counters/{n}/call-next", headers=headers)

            threads = [threading.Thread(target=press, args=(1, h1, barrier, replies)),
                       threading.Thread(target=press, args=(2, h2, barrier, replies))]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            numbers = [replies[n].json()["result"]["number"] for n in (1, 2)]
            assert numbers[0] != numbers[1]
            got += numbers
            for n, h in ((1, h1), (2, h2)):
                assert http.post(f"/api/counters/{n}/finish", headers=h).status_code == 200
    assert sorted(got) == [f"A{i:03d}" for i in range(1, 51)]


def test_a_client_that_missed_500_events_gets_them_all_in_order(hub):
    token = hub.token("display")
    with connect(f"{hub.url.replace('http', 'ws')}/ws?token={token}&since=0") as ws:
        first = json.loads(ws.recv())
        last_seen = first["events"][-1]["seq"]
    for i in range(500):
        hub.hall.issue("ABCDE"[i % 5])
    received = []
    with connect(f"{hub.url.replace('http', 'ws')}/ws?token={token}&since={last_seen}") as ws:
        while len(received) < 500:
            msg = json.loads(ws.recv(timeout=5))
            received += msg["events"]
    seqs = [e["seq"] for e in received]
    assert seqs == list(range(last_seen + 1, last_seen + 501))
    assert received[-1]["data"]["ticket"]["number"] == "E100"


def test_live_events_follow_the_backlog_without_gaps(hub):
    token = hub.token("display")
    kiosk = auth(hub.token("kiosk"))
    hub.hall.issue("A")
    with connect(f"{hub.url.replace('http', 'ws')}/ws?token={token}&since=0") as ws:
        seqs = []
        while True:
            msg = json.loads(ws.recv(timeout=5))
            seqs += [e["seq"] for e in msg["events"]]
            if "summary" in msg and not msg["events"]:
                break  # caught up
        assert msg["summary"]["A"]["waiting"] == 1
        httpx.post(f"{hub.url}/api/tickets", json={"service": "B"}, headers=kiosk)
        live = json.loads(ws.recv(timeout=5))
        # the per-service summary follows within a quarter of a second
        summary = json.loads(ws.recv(timeout=5))
    assert [e["type"] for e in live["events"]] == ["ticket_issued"]
    assert live["events"][0]["seq"] == seqs[-1] + 1 == hub.hall.last_seq()
    assert summary["events"] == [] and summary["summary"]["B"]["waiting"] == 1


@pytest.mark.parametrize("send, status, code", [
    (dict(json={"service": "A"}, headers={"Authorization": ""}), 401, "unauthorized"),
    (dict(json={"service": "A"}, headers={"Authorization": "Bearer nope"}), 401,
     "unauthorized"),
    (dict(content=b"{not json", headers={"content-type": "application/json"}), 422,
     "malformed"),
    (dict(json={"service": "A", "colour": "red"}), 422, "malformed"),
    (dict(json={"service": 7}), 422, "malformed"),
    (dict(json={"service": "Q"}), 404, "unknown_service"),
    (dict(json={"service": "A", "priority": "vip"}), 422, "bad_priority"),
    (dict(json={"service": "A", "customer_code": "12;DROP"}), 422, "bad_customer_code"),
])
def test_bad_requests_get_a_code_and_change_nothing(hub, send, status, code):
    send = dict(send)  # the parameters are shared between runs
    headers = {"Authorization": f"Bearer {hub.token('kiosk')}"}
    headers.update(send.pop("headers", {}))
    seq = hub.hall.last_seq()
    r = httpx.post(f"{hub.url}/api/tickets", headers=headers, **send)
    assert r.status_code == status
    assert r.json()["error"]["code"] == code and r.json()["error"]["message"]
    assert hub.hall.last_seq() == seq and hub.hall.state.tickets == {}


def test_devices_can_only_do_their_own_job(hub):
    display = auth(hub.token("display"))
    r = httpx.post(f"{hub.url}/api/tickets", json={"service": "A"}, headers=display)
    assert (r.status_code, r.json()["error"]["code"]) == (403, "forbidden")
    h1 = login(hub, 1, "NV01", "1111")
    r = httpx.post(f"{hub.url}/api/counters/2/call-next", headers=h1)
    assert (r.status_code, r.json()["error"]["code"]) == (403, "forbidden")
    r = httpx.post(f"{hub.url}/api/counters/1/call-next", headers=auth(hub.token("counter", 1)))
    assert (r.status_code, r.json()["error"]["code"]) == (401, "login_required")
    r = httpx.post(f"{hub.url}/api/staff/login", headers=auth(hub.token("supervisor")),
                   json={"code": "NV02", "pin": "2222"})
    assert (r.status_code, r.json()["error"]["code"]) == (403, "forbidden")


def test_revoked_device_is_refused_and_health_and_docs_answer(hub):
    out, _ = hub.hall.add_device("display")
    assert httpx.get(f"{hub.url}/api/state", headers=auth(out["token"])).status_code == 200
    hub.hall.revoke_device(out["id"])
    assert httpx.get(f"{hub.url}/api/state", headers=auth(out["token"])).status_code == 401
    assert httpx.get(f"{hub.url}/health").json()["hall"] == "HCM-Q3"
    assert httpx.get(f"{hub.url}/docs").status_code == 200
    assert "/api/tickets" in httpx.get(f"{hub.url}/openapi.json").json()["paths"]
