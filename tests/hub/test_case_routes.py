"""Cases over the hub: a clerk opens one from the visit at the counter and moves it on; a
clerk sees and changes only their own; a supervisor reassigns; a display may do nothing."""

from __future__ import annotations

import httpx
from conftest import HubFixture


def login(hub: HubFixture, role: str, counter: int | None, code: str, pin: str) -> dict:
    token = hub.token(role, counter)
    r = httpx.post(f"{hub.url}/api/staff/login", headers={"Authorization": f"Bearer {token}"},
                   json={"code": code, "pin": pin, "counter": counter})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {token}", "X-Staff-Session": r.json()["session"]}


def test_the_case_of_a_visit_from_counter_to_supervisor(hub: HubFixture) -> None:
    clerk = login(hub, "counter", 4, "NV04", "4444")
    other = login(hub, "counter", 5, "NV05", "5555")
    boss = login(hub, "supervisor", None, "GS01", "9999")
    t, _ = hub.hall.issue("B")
    r = httpx.post(f"{hub.url}/api/cases", headers=clerk,
                   json={"ticket_id": t.id, "phone": "0901234567"})
    assert r.status_code == 200, r.text
    case = r.json()["case"]
    assert (case["owner"], case["status"]) == ("NV04", "received")
    number = case["number"]
    # Another clerk neither sees nor moves it; a supervisor sees it with the phone.
    assert httpx.get(f"{hub.url}/api/cases", headers=other).json()["cases"] == []
    r = httpx.post(f"{hub.url}/api/cases/{number}/status", headers=other,
                   json={"status": "done"})
    assert (r.status_code, r.json()["error"]["code"]) == (403, "forbidden")
    [seen] = httpx.get(f"{hub.url}/api/cases", headers=boss).json()["cases"]
    assert seen["phone"] == "0901234567"
    r = httpx.post(f"{hub.url}/api/cases/{number}/status", headers=clerk,
                   json={"status": "in_progress"})
    assert r.json()["case"]["status"] == "in_progress"
    r = httpx.post(f"{hub.url}/api/cases/{number}/owner", headers=clerk, json={"owner": "NV05"})
    assert r.status_code == 403  # only a supervisor reassigns
    r = httpx.post(f"{hub.url}/api/cases/{number}/owner", headers=boss, json={"owner": "NV05"})
    assert r.json()["case"]["owner"] == "NV05"
    r = httpx.post(f"{hub.url}/api/cases/{number}/status", headers=other,
                   json={"status": "refused"})
    assert (r.status_code, r.json()["error"]["code"]) == (422, "reason_required")
    r = httpx.post(f"{hub.url}/api/cases/{number}/status", headers=other,
                   json={"status": "done"})
    assert r.json()["case"]["status"] == "done"
    display = {"Authorization": f"Bearer {hub.token('display')}"}
    assert httpx.get(f"{hub.url}/api/cases", headers=display).status_code == 403
