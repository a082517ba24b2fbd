"""`hallq simulate --hub`: live traffic through a running hub's REST routes opens cases in the
services with a case type and moves them on, notes complaints (the supervisor gives those
without one an owner and a cause; owners close some) and answers the satisfaction
questions; the same seed leaves the same cases, complaints and answers."""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterator

import httpx

from hallq.simulation.aftercare import SAMPLE_CASE_TYPES
from hallq.simulation.live import run_live

FAST = 1e6  # the traffic's clock against real time: no waiting between requests


@contextlib.contextmanager
def supervisor(hub) -> Iterator[httpx.Client]:
    """A client of the supervisor's device with GS01 logged in."""
    token = hub.token("supervisor")
    with httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"}) as http:
        r = http.post("/api/staff/login", json={"code": "GS01", "pin": "9999"})
        assert r.status_code == 200, r.text
        http.headers["X-Staff-Session"] = r.json()["session"]
        yield http


def satisfaction(http: httpx.Client) -> dict[str, int]:
    """Answers per index in the day's report, as the supervisor downloads it (CSV)."""
    r = http.get("/api/report.csv", params={"lang": "en"})
    assert r.status_code == 200, r.text
    rows = list(csv.reader(io.StringIO(r.text)))
    start = rows.index(["Satisfaction by index"]) + 2
    out = {}
    for row in rows[start:]:
        if not row:
            break
        out[row[0]] = int(row[1])
    return out


def test_live_traffic_leaves_the_cases_complaints_and_answers_of_its_seed(hub, capsys):
    with supervisor(hub) as http:  # the supervisor sets up the sample's kinds of case
        for service, name, days, bring in SAMPLE_CASE_TYPES:
            r = http.put("/api/config/case-types", json={
                "service": service, "name": name, "due_working_days": days, "bring": bring})
            assert r.status_code == 200, r.text
    assert run_live(hub.url, hub.token("supervisor"), 30, 6, seed=1, speed=FAST) == 0
    assert capsys.readouterr().out.strip() == (
        "live traffic for 30 min: 174 tickets issued (0 customers turned away), 158 "
        "finished, 111 rated, 8 notes (6 complaints), 6 cases opened (1 done, 0 refused, 0 "
        "waiting for the customer), 1 complaints from the ticket's page, 1 given an owner "
        "or cause, 4 closed, 107 index answers")
    with supervisor(hub) as http:
        cases = http.get("/api/cases", params={"open": "false"}).json()["cases"]
        complaints = http.get("/api/complaints", params={"open": "false"}).json()["complaints"]
        answers = satisfaction(http)
    # Cases only in B, C and D (the services with a case type), owned by the clerk who
    # served (counters 4 to 6 serve them), moved on by their owner.
    assert [(c["number"], c["service"], c["owner"], c["status"]) for c in cases] == [
        ("HS-2026-000001", "B", "NV05", "in_progress"),
        ("HS-2026-000002", "C", "NV05", "done"),
        ("HS-2026-000003", "C", "NV05", "in_progress"),
        ("HS-2026-000004", "D", "NV06", "in_progress"),
        ("HS-2026-000005", "D", "NV06", "in_progress"),
        ("HS-2026-000006", "C", "NV05", "in_progress"),
    ]
    # Complaints from notes (the clerk's own, cause billing), unsatisfied ratings and the
    # ticket's page (its cause given by the supervisor's round); some closed by the owner.
    got = sorted((c["number"], c["source"], c["owner"], c["cause"], c["outcome"])
                 for c in complaints)
    assert got == [
        ("KN-2026-000001", "note", "NV03", "billing", "resolved"),
        ("KN-2026-000002", "note", "NV05", "billing", "resolved"),
        ("KN-2026-000003", "rating", "NV02", "other", "resolved"),
        ("KN-2026-000004", "rating", "NV05", "procedure", None),
        ("KN-2026-000005", "rating", "NV01", "procedure", None),
        ("KN-2026-000006", "note", "NV05", "billing", "unfounded"),
        ("KN-2026-000007", "note", "NV03", "billing", None),
        ("KN-2026-000008", "rating", "NV06", "waiting_time", None),
        ("KN-2026-000009", "rating", "NV03", "procedure", None),
        ("KN-2026-000010", "note", "NV03", "billing", None),
        ("KN-2026-000011", "note", "NV03", "billing", None),
        ("KN-2026-000012", "customer", "NV04", "procedure", None),
    ]
    assert all((c["closed_at"] is None) == (c["outcome"] is None) for c in complaints)
    assert answers == {"Access": 16, "Waiting time": 16, "Staff attitude": 15,
                       "Information": 12, "Simplicity of procedure": 14,
                       "Clarity of bill and price": 17, "Facilities": 17}
    assert sum(answers.values()) == 107


def test_a_hall_without_case_types_gets_no_cases_from_live_traffic(hub, capsys):
    assert run_live(hub.url, hub.token("supervisor"), 15, 6, seed=1, speed=FAST) == 0
    summary = capsys.readouterr().out
    assert "0 cases opened" in summary and "tickets issued" in summary
    with supervisor(hub) as http:
        assert http.get("/api/cases", params={"open": "false"}).json()["cases"] == []
        complaints = http.get("/api/complaints", params={"open": "false"}).json()["complaints"]
    assert {c["source"] for c in complaints} >= {"note", "rating"}
