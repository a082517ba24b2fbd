"""Every route × every device role × every kind of session, against a running hub, answers
what the one permission table (hallq.hub.permissions) says; and the narrower rules."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.routing import iter_route_contexts
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from hallq.hub.permissions import DEVICE_ROLES, DOCS_PATHS, NONE, PUBLIC, TABLE, action_of
from hallq.hub.server import HubThread
from tests.conftest import HubFixture, make_hall

SESSION_KINDS = ("none", "here", "foreign_clerk", "foreign_supervisor")


@pytest.fixture(scope="module")
def walk_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubFixture]:
    """One hub for the whole walk (it is read more than written)."""
    db = tmp_path_factory.mktemp("perm") / "hall.db"
    hall = make_hall(db)
    fx = HubFixture(hall, HubThread(hall).start(), db)
    yield fx
    fx.server.stop()
    fx.hall.store.close()


def auth(token: str | None, session: str | None = None) -> dict[str, str]:
    h = {"Authorization": f"Bearer {token}"} if token else {}
    if session:
        h["X-Staff-Session"] = session
    return h


def login(hub: HubFixture, token: str, code: str, pin: str, counter: int | None) -> str:
    r = httpx.post(f"{hub.url}/api/staff/login", headers=auth(token),
                   json={"code": code, "pin": pin, "counter": counter})
    assert r.status_code == 200, r.text
    return str(r.json()["session"])


class Sessions:
    """The devices of every role, and the sessions the walk sends from each."""

    def __init__(self, hub: HubFixture):
        self.hub = hub
        self.devices = {role: hub.token(role, 1 if role in ("counter", "keypad") else None)
                        for role in DEVICE_ROLES}
        # sessions opened elsewhere: a clerk at counter 2, a supervisor at a second desk
        self.foreign_clerk = login(hub, hub.token("counter", 2), "NV02", "2222", 2)
        other_desk, _ = hub.hall.add_device("supervisor", None, "second desk")
        self.foreign_supervisor = login(hub, other_desk["token"], "GS01", "9999", None)
        self.here: dict[str, tuple[str, str]] = {}
        self.fresh()

    def fresh(self) -> None:
        """A session opened at each device where staff can log in (after a logout)."""
        for role in DEVICE_ROLES:
            if role == "counter":
                self.here[role] = ("clerk",
                                   login(self.hub, self.devices[role], "NV01", "1111", 1))
            elif role in ("supervisor", "admin"):
                self.here[role] = ("supervisor",
                                   login(self.hub, self.devices[role], "GS01", "9999", None))

    def kinds(self, role: str) -> Iterator[tuple[str, str | None, str | None]]:
        """(kind, session token, the staff role it gives here) for one device role."""
        yield "none", None, None
        if role in self.here:
            staff_role, token = self.here[role]
            yield "here", token, staff_role
        yield "foreign_clerk", self.foreign_clerk, None
        yield "foreign_supervisor", self.foreign_supervisor, None


def expected(action: str, device_role: str, staff_role: str | None) -> tuple[int, str] | None:
    """What the table says: None (allowed) or the refusal's (status, code)."""
    rule = TABLE[action]
    if device_role not in rule:
        return 403, "forbidden"
    allowed = rule[device_role]
    if NONE in allowed or staff_role in allowed:
        return None
    if staff_role is None:
        return 401, "login_required"
    return 403, "forbidden"


def routes(app: Any) -> list[tuple[str, str, str | None]]:
    """(method, path, action) of every route the app serves, "WS" for a WebSocket."""
    out = []
    for ctx in iter_route_contexts(app.routes):
        for method in sorted(getattr(ctx, "methods", None) or {"WS"}):
            if method != "HEAD":
                out.append((method, ctx.path, action_of(ctx.route)))
    return out


def concrete(path: str, device_role: str) -> str:
    """The path with its parameters filled: the device's own counter, ids nobody has."""
    return (path.replace("{n}", "1").replace("{ticket_id}", "999999")
            .replace("{note_id}", "999999").replace("{device_id}", "999999")
            .replace("{code}", "NV01").replace("{hall_code}", "HCM-Q3")
            .replace("{day}", "2026-01-01").replace("{number}", "A001"))


def send(http: httpx.Client, method: str, path: str, headers: dict[str, str]) -> httpx.Response:
    # An empty JSON body: a refusal comes before the body is read, an allowed call with a
    # body answers 422 and changes nothing. The report's language "fr" answers 422 before
    # any rendering.
    params = {"lang": "fr"} if path.startswith("/api/report") else None
    body = {} if method in ("POST", "PUT") else None
    return http.request(method, path, headers=headers, json=body, params=params)


def test_every_route_declares_an_action_of_the_table(walk_hub: HubFixture):
    undeclared = [(m, p) for m, p, action in routes(walk_hub.server.app)
                  if action is None and p not in DOCS_PATHS]
    assert undeclared == []
    declared = {a for _, _, a in routes(walk_hub.server.app) if a}
    assert declared <= set(TABLE) | PUBLIC
    assert set(TABLE) <= declared  # no rule for a route that is gone


def test_every_route_device_and_session_answers_as_the_table_says(walk_hub: HubFixture):
    hub = walk_hub
    people = Sessions(hub)
    found: list[str] = []
    # logging out ends the session the other routes use: it is walked last
    walk = sorted(routes(hub.server.app), key=lambda r: r[1] == "/api/staff/logout")
    with httpx.Client(base_url=hub.url, timeout=30) as http:
        for method, path, action in walk:
            if action is None or method == "WS":
                continue
            if action in PUBLIC:
                r = send(http, method, concrete(path, ""), {})
                if r.status_code in (401, 403):
                    found.append(f"{method} {path} public: {r.status_code}")
                continue
            r = send(http, method, concrete(path, ""), {})
            if r.status_code != 401 or (path != "/display"
                                        and r.json()["error"]["code"] != "unauthorized"):
                found.append(f"{method} {path} without a token: {r.status_code}")
            for role in DEVICE_ROLES:
                token = people.devices[role]
                if action == "display.page":  # the token goes in the query
                    r = http.get("/display", params={"token": token})
                    want = expected(action, role, None)
                    if (r.status_code in (401, 403)) != (want is not None):
                        found.append(f"GET /display {role}: {r.status_code}")
                    continue
                for kind, session, staff_role in people.kinds(role):
                    r = send(http, method, concrete(path, role), auth(token, session))
                    want = expected(action, role, staff_role)
                    got = (r.status_code, r.json().get("error", {}).get("code")
                           if r.headers["content-type"].startswith("application/json") else None)
                    if want is None and r.status_code in (401, 403):
                        found.append(f"{method} {path} {role}/{kind}: {got}, allowed")
                    elif want is not None and got != want:
                        found.append(f"{method} {path} {role}/{kind}: {got}, want {want}")
                if path == "/api/staff/logout":
                    people.fresh()
    assert found == []


def test_every_device_may_follow_the_event_stream_and_no_one_else(walk_hub: HubFixture):
    url = walk_hub.url.replace("http", "ws")
    for role in DEVICE_ROLES:
        token = walk_hub.token(role, 1 if role in ("counter", "keypad") else None)
        with connect(f"{url}/ws?token={token}") as ws:
            assert "events" in json.loads(ws.recv(timeout=5))
    # an unknown token: refused at the handshake, or closed before any event
    with pytest.raises((InvalidStatus, ConnectionClosed)), \
            connect(f"{url}/ws?token=nope") as ws:
        ws.recv(timeout=5)


# ---------------------------------------------------------------- the narrower rules
def code_of(r: httpx.Response) -> tuple[int, str]:
    return r.status_code, r.json()["error"]["code"]


def test_display_and_kiosk_read_no_notes_staff_days_or_devices(hub: HubFixture, tmp_path: Path):
    for role in ("display", "kiosk", "keypad"):
        h = auth(hub.token(role, 1 if role == "keypad" else None))
        for path in ("/api/notes", "/api/staff/NV01/day", "/api/devices"):
            assert code_of(httpx.get(f"{hub.url}{path}", headers=h)) == (403, "forbidden"), \
                (role, path)


def test_a_session_opened_on_one_device_is_refused_on_another(hub: HubFixture):
    c1, c2 = hub.token("counter", 1), hub.token("counter", 2)
    session = login(hub, c1, "NV01", "1111", 1)
    hub.hall.issue("A")
    # the session of counter 1, from counter 2's device: no one is logged in there
    r = httpx.post(f"{hub.url}/api/counters/2/call-next", headers=auth(c2, session))
    assert code_of(r) == (401, "login_required")
    assert "another device" in r.json()["error"]["message"]
    # a supervisor's session, from a second supervisor device
    desk, other = hub.token("supervisor"), hub.hall.add_device("supervisor")[0]["token"]
    boss = login(hub, desk, "GS01", "9999", None)
    assert code_of(httpx.get(f"{hub.url}/api/notes", headers=auth(other, boss))) == \
        (401, "login_required")
    assert httpx.get(f"{hub.url}/api/notes", headers=auth(desk, boss)).status_code == 200
    assert hub.hall.state.tickets[1].state.value == "waiting"  # nothing was called


def test_a_counter_writes_notes_only_on_its_own_tickets(hub: HubFixture):
    h1 = auth(hub.token("counter", 1), login(hub, hub.token("counter", 1), "NV01", "1111", 1))
    h2 = auth(hub.token("counter", 2), login(hub, hub.token("counter", 2), "NV02", "2222", 2))
    hub.hall.issue("A")
    called = httpx.post(f"{hub.url}/api/counters/1/call-next", headers=h1).json()["result"]
    note = {"ticket_id": called["id"], "kind": "request", "text": "needs a copy"}
    r = httpx.post(f"{hub.url}/api/notes", headers=h2, json=note)
    assert code_of(r) == (403, "forbidden")
    assert hub.hall.m.Note.select().count() == 0
    assert httpx.post(f"{hub.url}/api/notes", headers=h1, json=note).status_code == 200


def test_requeue_needs_a_clerk_logged_in_at_that_counter_or_a_supervisor(hub: HubFixture):
    counter = hub.token("counter", 1)
    h1 = auth(counter, login(hub, counter, "NV01", "1111", 1))
    hub.hall.issue("A")
    t = httpx.post(f"{hub.url}/api/counters/1/call-next", headers=h1).json()["result"]
    for step in ("recall", "no-show"):  # a no-show comes after the recalls the hall asks
        assert httpx.post(f"{hub.url}/api/counters/1/{step}", headers=h1).status_code == 200
    url = f"{hub.url}/api/tickets/{t['id']}/requeue"
    assert code_of(httpx.post(url, headers=auth(counter))) == (401, "login_required")
    assert code_of(httpx.post(url, headers=auth(hub.token("supervisor")))) == \
        (401, "login_required")
    assert hub.hall.state.tickets[t["id"]].state.value == "no_show"
    assert httpx.post(url, headers=h1).status_code == 200


def test_a_clerk_reads_only_their_own_day_a_supervisor_any(hub: HubFixture):
    counter = hub.token("counter", 1)
    h1 = auth(counter, login(hub, counter, "NV01", "1111", 1))
    assert httpx.get(f"{hub.url}/api/staff/NV01/day", headers=h1).status_code == 200
    assert code_of(httpx.get(f"{hub.url}/api/staff/NV02/day", headers=h1)) == \
        (403, "forbidden")
    desk = hub.token("supervisor")
    boss = auth(desk, login(hub, desk, "GS01", "9999", None))
    assert httpx.get(f"{hub.url}/api/staff/NV02/day", headers=boss).json()["served"] == 0


def test_kiosk_guesses_never_lock_the_supervisor_out_and_a_supervisor_lifts_a_lock(
        hub: HubFixture):
    kiosk = hub.token("kiosk")
    for _ in range(hub.hall.info.pin_max_failures):
        r = httpx.post(f"{hub.url}/api/kiosk/unlock", headers=auth(kiosk),
                       json={"code": "GS01", "pin": "0000"})
    assert code_of(r) == (423, "staff_locked")
    desk = hub.token("supervisor")
    session = login(hub, desk, "GS01", "9999", None)  # at their own desk: not locked
    r = httpx.post(f"{hub.url}/api/staff/GS01/unlock", headers=auth(desk, session))
    assert r.status_code == 200 and r.json()["unlocked"] == 1
    r = httpx.post(f"{hub.url}/api/kiosk/unlock", headers=auth(kiosk),
                   json={"code": "GS01", "pin": "9999"})
    assert r.status_code == 200
    kinds = [e["type"] for e in hub.hall.events_since(0, 5000)]
    assert kinds.count("staff_login_failed") == hub.hall.info.pin_max_failures
    assert "staff_unlocked" in kinds


@pytest.mark.parametrize("method, path, param", [
    ("POST", "/api/tickets/99999999999999999999/requeue", "ticket_id"),
    ("POST", "/api/tickets/0/cancel", "ticket_id"),
    ("POST", "/api/notes/9223372036854775808/resolve", "note_id"),
    ("POST", "/api/counters/0/call-next", "n"),
    ("POST", "/api/counters/100000000000000000000/pause", "n"),
    ("GET", "/api/alerts/today?day=2026-02-30", "day"),
    ("GET", "/api/alerts/today?day=tomorrow", "day"),
    ("GET", "/api/staff/" + "X" * 40 + "/day", "code"),
    ("DELETE", "/api/devices/1180591620717411303424", "device_id"),
    ("DELETE", "/api/devices/0", "device_id"),
])
def test_out_of_range_parameters_are_refused_naming_them(hub: HubFixture, method: str,
                                                         path: str, param: str):
    if "/counters/" in path:  # only a counter's own device acts there
        token, code, pin, counter = hub.token("counter", 1), "NV01", "1111", 1
    else:
        token, code, pin, counter = hub.token("supervisor"), "GS01", "9999", None
    h = auth(token, login(hub, token, code, pin, counter))
    seq = hub.hall.last_seq()
    r = httpx.request(method, hub.url + path, headers=h, json={})
    assert code_of(r) == (422, "malformed")
    assert param in r.json()["error"]["message"]
    assert hub.hall.last_seq() == seq


def test_wrong_pins_at_a_counter_are_recorded_and_lock_it_through_the_hubs_writer(
        hub: HubFixture):
    """The writer undoes a command that raises; a refused login must keep its record."""
    counter = hub.token("counter", 1)
    for _ in range(hub.hall.info.pin_max_failures):
        r = httpx.post(f"{hub.url}/api/staff/login", headers=auth(counter),
                       json={"code": "NV01", "pin": "0000", "counter": 1})
    assert code_of(r) == (423, "staff_locked")
    r = httpx.post(f"{hub.url}/api/staff/login", headers=auth(counter),
                   json={"code": "NV01", "pin": "1111", "counter": 1})
    assert code_of(r) == (423, "staff_locked")
    failed = [e["data"] for e in hub.hall.events_since(0, 5000)
              if e["type"] == "staff_login_failed"]
    assert [f["failures"] for f in failed[:-1]] == list(
        range(1, hub.hall.info.pin_max_failures + 1))
    assert failed[-1]["reason"] == "locked"
    assert hub.hall.state.counter_status(1).state == "closed"
    # at counter 2 the same clerk is not locked out
    assert httpx.post(f"{hub.url}/api/staff/login", headers=auth(hub.token("counter", 2)),
                      json={"code": "NV01", "pin": "1111", "counter": 2}).status_code == 200
