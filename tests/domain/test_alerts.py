"""Supervisor alerts: raised once from events and state, acknowledged through the hub."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from hallq.domain.alerts import AlertBook, describe

T0 = datetime(2025, 3, 12, 2, 0, tzinfo=UTC)  # 09:00 in Ho Chi Minh City
HALL = {"timezone": "Asia/Ho_Chi_Minh", "idle_alert_min": 15, "pause_alert_min": 30,
        "rating_choices": [{"key": "very_satisfied", "score": 4},
                           {"key": "unsatisfied", "score": 1, "low": True}]}
SERVICES = [{"prefix": "A", "target_wait_min": 10, "queue_limit": 3},
            {"prefix": "B", "target_wait_min": 20, "queue_limit": 30}]


def ticket(tid: int, service: str, minutes_ago: float, state: str = "waiting") -> dict:
    at = (T0 - timedelta(minutes=minutes_ago)).isoformat()
    return {"id": tid, "day": "2025-03-12", "number": f"{service}{tid:03d}", "service": service,
            "arrival": at, "queued_at": at, "state": state, "target_counter": None}


def counter(n: int, state: str, since_min_ago: float, ticket_id: int | None = None,
            services: tuple = ("A",)) -> dict:
    return {"number": n, "services": list(services), "status": {
        "number": n, "state": state, "staff": "NV01", "ticket_id": ticket_id,
        "since": (T0 - timedelta(minutes=since_min_ago)).isoformat(), "pause_reason": ""}}


def test_a_wait_past_target_is_raised_once_per_episode():
    book = AlertBook(HALL)
    tickets = [ticket(1, "A", 12), ticket(2, "A", 4)]
    new = book.check(SERVICES, {}, tickets, T0)
    assert [(a.kind, a.params["number"], a.params["minutes"]) for a in new] == [
        ("wait_over_target", "A001", 12)]
    # Still over a minute later, and another ticket crosses too: no second alert.
    tickets.append(ticket(3, "A", 30))
    assert book.check(SERVICES, {}, tickets, T0 + timedelta(minutes=1)) == []
    # Back under the target (everyone called), then over again: a new episode, a new alert.
    assert book.check(SERVICES, {}, [], T0 + timedelta(minutes=2)) == []
    again = book.check(SERVICES, {}, [ticket(9, "A", 11)], T0 + timedelta(minutes=3))
    assert [a.id for a in again] == ["wait:A:2025-03-12:A009"]
    assert len(book.open_alerts()) == 2


def test_a_wait_alert_from_exactly_the_target_minute_like_the_call_rule():
    book = AlertBook(HALL)
    just_under = [ticket(1, "A", 10 - 1 / 60)]  # target 10: one second short
    assert book.check(SERVICES, {}, just_under, T0) == []
    [alert] = book.check(SERVICES, {}, [ticket(1, "A", 10)], T0)
    assert (alert.params["minutes"], alert.params["target"]) == (10, 10)


def test_a_service_without_a_target_raises_no_wait_alert():
    book = AlertBook(HALL)
    services: list[dict] = [{"prefix": "A", "target_wait_min": 0}, {"prefix": "B"}]
    long_ago = [ticket(1, "A", 120), ticket(2, "B", 120)]
    assert book.check(services, {}, long_ago, T0) == []


def test_a_queue_longer_than_its_limit():
    book = AlertBook(HALL)
    tickets = [ticket(i, "A", 1) for i in range(1, 4)]
    assert book.check(SERVICES, {}, tickets, T0) == []  # 3 waiting, limit 3: fine
    tickets.append(ticket(4, "A", 0))
    new = book.check(SERVICES, {}, tickets, T0)
    assert [(a.kind, a.params["waiting"], a.params["limit"]) for a in new] == [
        ("queue_over_limit", 4, 3)]
    assert "limit 3" in describe(new[0])


def test_counters_idle_with_customers_waiting_or_paused_too_long():
    book = AlertBook(HALL)
    counters = {1: counter(1, "open", 16), 2: counter(2, "paused", 31),
                3: counter(3, "open", 40, ticket_id=7), 4: counter(4, "open", 60,
                                                                    services=("B",))}
    new = book.check(SERVICES, counters, [ticket(1, "A", 2)], T0)
    # 3 is busy with a customer; 4 is idle but nobody waits for B: neither is an alert.
    assert sorted((a.kind, a.params["counter"]) for a in new) == [
        ("counter_idle", 1), ("counter_paused", 2)]
    assert book.check(SERVICES, counters, [ticket(1, "A", 2)], T0 + timedelta(minutes=5)) == []


def test_customers_waiting_for_a_service_no_open_counter_serves():
    """Nobody would ever call them (the display says the wait is not known): the
    supervisor hears at once, once per episode, while the hall is working."""
    book = AlertBook(HALL)
    waiting = [ticket(1, "B", 3), ticket(2, "B", 1), ticket(3, "A", 1)]
    a_only = {1: counter(1, "open", 2, ticket_id=None)}  # serves A; B's counter is closed
    [alert] = book.check(SERVICES, a_only, waiting, T0)
    assert (alert.id, alert.kind, alert.params) == (
        "unstaffed:B:2025-03-12:B001", "service_unstaffed",
        {"service": "B", "waiting": 2, "minutes": 3})
    assert describe(alert) == "Service B: 2 waiting, no open counter serves it"
    assert book.check(SERVICES, a_only, waiting, T0 + timedelta(minutes=1)) == []  # once
    # a counter serving B on a break still serves it: it comes back
    with_b = a_only | {2: counter(2, "paused", 1, services=("B",))}
    assert book.check(SERVICES, with_b, waiting, T0 + timedelta(minutes=2)) == []
    # before the hall opens (no counter open at all) nobody is told
    closed = {1: counter(1, "closed", 60), 2: counter(2, "closed", 60, services=("B",))}
    assert AlertBook(HALL).check(SERVICES, closed, waiting, T0) == []
    # an inactive service takes no tickets: no alert for the ones it still has
    inactive = [SERVICES[0], SERVICES[1] | {"active": False}]
    assert AlertBook(HALL).check(inactive, a_only, waiting, T0) == []
    # a ticket sent to counter 1 by name is called there, whatever its service
    sent = [ticket(4, "B", 2) | {"target_counter": 1}]
    assert AlertBook(HALL).check(SERVICES, a_only, sent, T0) == []


def test_low_ratings_faults_and_acknowledgements_from_events():
    book = AlertBook(HALL)
    tickets = {5: ticket(5, "A", 20, "done")}
    rated = {"seq": 10, "type": "ticket_rated", "ts": T0.isoformat(), "ticket_id": 5,
             "counter": 2, "staff": "NV02",
             "data": {"choice": "unsatisfied", "reasons": ["staff_attitude"], "counter": 2,
                      "staff": "NV02", "service": "A"}}
    new = book.on_event(rated, tickets)
    assert [(a.id, a.params["number"], a.params["reasons"]) for a in new] == [
        ("rating:5", "A005", ["staff_attitude"])]
    assert book.on_event(rated, tickets) == []  # the same event again (a replay): once
    happy = dict(rated, seq=11, ticket_id=6, data={"choice": "very_satisfied"})
    assert book.on_event(happy, tickets) == []
    fault = {"seq": 12, "type": "device_fault", "ts": T0.isoformat(), "ticket_id": None,
             "data": {"device": "kiosk", "role": "kiosk", "code": "paper_out",
                      "message": "out of paper"}}
    assert [a.id for a in book.on_event(fault)] == ["fault:12"]
    ack = {"seq": 13, "type": "alert_acknowledged", "ts": T0.isoformat(),
           "data": {"alert_id": "rating:5"}}
    book.on_event(ack)
    assert [a.id for a in book.open_alerts()] == ["fault:12"]


def test_an_acknowledged_alert_is_not_raised_again_after_a_restart():
    book = AlertBook(HALL)
    book.load_acked(["rating:5", "wait:A:2025-03-12:A001"])
    ratings = {5: {"choice": "unsatisfied", "score": 1, "rated": True},
               6: {"choice": "unsatisfied", "score": 1, "rated": True}}
    tickets = {5: ticket(5, "A", 20, "done"), 6: ticket(6, "A", 20, "done")}
    assert [a.id for a in book.seed_ratings(ratings, tickets, T0)] == ["rating:6"]
    assert book.check(SERVICES, {}, [ticket(1, "A", 15)], T0) == []


def _login(hub, role="supervisor", code="GS01", pin="9999") -> tuple[httpx.Client, dict]:
    token = hub.token(role)
    c = httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"})
    r = c.post("/api/staff/login", json={"code": code, "pin": pin, "counter": None})
    assert r.status_code == 200, r.text
    return c, {"X-Staff-Session": r.json()["session"]}


def test_acknowledging_records_one_event_with_the_supervisor(hub):
    c, session = _login(hub)
    body = {"alert_id": "rating:7", "kind": "unsatisfied", "text": "Unsatisfied: A007"}
    assert c.post("/api/alerts/ack", json=body).json()["error"]["code"] == "login_required"
    r = c.post("/api/alerts/ack", json=body, headers=session)
    assert r.status_code == 200 and r.json()["already"] is False
    again = c.post("/api/alerts/ack", json=body, headers=session).json()
    assert again["already"] is True
    m = hub.hall.m
    rows = list(m.Event.select().where(m.Event.type == "alert_acknowledged"))
    assert len(rows) == 1
    assert rows[0].staff == "GS01" and rows[0].data == {"alert_id": "rating:7",
                                                        "kind": "unsatisfied",
                                                        "text": "Unsatisfied: A007"}
    hub.hall.report_fault("kiosk", "kiosk", "paper_out", "out of paper")
    today = c.get("/api/alerts/today", headers=session).json()
    assert today["acked"] == ["rating:7"]
    assert [f["data"]["code"] for f in today["faults"]] == ["paper_out"]
    bad = c.post("/api/alerts/ack", json=body | {"kind": "nonsense"}, headers=session)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "bad_alert"
    c.close()


def test_only_a_supervisor_device_may_acknowledge(hub):
    token = hub.token("counter", 1)
    with httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"}) as c:
        r = c.post("/api/alerts/ack", json={"alert_id": "x", "kind": "unsatisfied"})
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    m = hub.hall.m
    assert m.Event.select().where(m.Event.type == "alert_acknowledged").count() == 0
