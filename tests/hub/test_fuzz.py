"""No input gets a server error: the body size limit, ranges, every route fuzzed from the
OpenAPI schema (schemathesis, also stateful along its links), the stream's parameters."""

from __future__ import annotations

import itertools
import socket
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import run_state_machine_as_test
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from hallq.domain import DomainError
from hallq.hub.app import MAX_BODY
from hallq.hub.server import HubThread
from tests.conftest import HubFixture, make_hall

# Examples per route: about 40 routes x this many requests, kept to ~30-60 s in all.
EXAMPLES = 12
STATEFUL_STEPS = 40
STATEFUL_RUNS = 8
FUZZ_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                         phases=[Phase.explicit, Phase.generate],
                         suppress_health_check=list(HealthCheck))

# Who calls: (device role, counter, staff code, PIN); the cases take turns, the logged-in
# callers more often (they may do the most).
CALLERS: dict[str, tuple[str, int | None, str | None, str | None]] = {
    "supervisor": ("supervisor", None, "GS01", "9999"),
    "counter": ("counter", 1, "NV01", "1111"),
    "kiosk": ("kiosk", None, None, None),
    "display": ("display", None, None, None),
}
TURNS = itertools.cycle(["supervisor", "counter", "kiosk", "supervisor", "counter", "display"])


class Callers:
    """Valid credentials for each kind of caller, made again whenever the fuzzing revoked a
    device or ended a session (both are legitimate things for it to try)."""

    def __init__(self, hub: HubFixture):
        self.hub = hub
        self.sessions: dict[str, str] = {}

    def headers(self, who: str) -> dict[str, str]:
        role, counter, code, pin = CALLERS[who]
        hall = self.hub.hall
        key = f"{role}{counter}" if counter is not None else role
        if hall.device(self.hub.tokens.get(key)) is None:
            self.hub.tokens.pop(key, None)
        token = self.hub.token(role, counter)
        out = {"Authorization": f"Bearer {token}"}
        device = hall.device(token)
        if code is not None and pin is not None and device is not None:
            if hall.session_at(self.sessions.get(who), device.id) is None:
                try:  # a session works only at the device it was opened at
                    self.sessions[who] = hall.login(code, pin, counter,
                                                    device_id=device.id)[0]["session"]
                except DomainError:  # locked, deactivated, counter taken: go without
                    self.sessions.pop(who, None)
            if who in self.sessions:
                out["X-Staff-Session"] = self.sessions[who]
        return out


@pytest.fixture(scope="module")
def fuzz_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubFixture]:
    db = tmp_path_factory.mktemp("fuzz") / "hall.db"
    hall = make_hall(db)
    # Appointments open for B, so booking, moving and check-in are fuzzed past "none".
    hall.set_appointment_plan({"service": "B", "capacity": 3, "slot_min": 15})
    fx = HubFixture(hall, HubThread(hall).start(), db)
    yield fx
    fx.server.stop()
    fx.hall.store.close()


@pytest.fixture(scope="module")
def callers(fuzz_hub: HubFixture) -> Callers:
    return Callers(fuzz_hub)


@pytest.fixture(scope="module")
def hub_schema(fuzz_hub: HubFixture) -> Any:
    return schemathesis.openapi.from_url(f"{fuzz_hub.url}/openapi.json")


schema = schemathesis.pytest.from_fixture("hub_schema")


def server_error(response: Any) -> str:
    """A readable description of a 5xx answer (for the assertion message)."""
    req = response.request
    body = (req.body or b"")[:300] if isinstance(req.body, bytes) else str(req.body)[:300]
    return (f"{req.method} {req.url} body={body!r} -> {response.status_code} "
            f"{response.text[:300]}")


# ------------------------------------------------------------------ the body size limit
def raw_request(hub: HubFixture, head: str, body: bytes, wait: float = 5.0) -> bytes:
    """Send a request over a plain socket and read what comes back (up to `wait` s)."""
    with socket.create_connection(("127.0.0.1", hub.server.port), timeout=wait) as sock:
        sock.sendall(head.encode() + b"\r\n\r\n" + body)
        out = b""
        try:
            while b"\r\n\r\n" not in out or not out.rstrip().endswith(b"}"):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                out += chunk
        except TimeoutError:
            pass
        return out


def test_a_body_declared_too_large_is_refused_without_being_read(fuzz_hub):
    token = fuzz_hub.token("kiosk")
    seq = fuzz_hub.hall.last_seq()
    t0 = time.monotonic()
    # 20 MB announced, 1 KB sent: a hub that read the whole body would wait for the rest.
    reply = raw_request(fuzz_hub, "POST /api/tickets HTTP/1.1\r\nHost: hub\r\n"
                        f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
                        f"Content-Length: {20 * 1024 * 1024}", b"{" + b" " * 1023)
    assert time.monotonic() - t0 < 2
    assert reply.startswith(b"HTTP/1.1 413 ")
    assert b'"code":"too_large"' in reply
    assert fuzz_hub.hall.last_seq() == seq


def test_a_streamed_body_is_cut_off_at_the_limit(fuzz_hub):
    headers = {"Authorization": f"Bearer {fuzz_hub.token('kiosk')}",
               "Content-Type": "application/json"}
    sent = 0

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer
        nonlocal sent
        yield b'{"service": "A", "customer_code": "'
        for _ in range(40 * MAX_BODY // 1024):
            sent += 1024
            yield b"1" * 1024
        yield b'"}'

    seq = fuzz_hub.hall.last_seq()
    r = httpx.post(f"{fuzz_hub.url}/api/tickets", content=chunks(), headers=headers)
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "too_large"
    assert str(MAX_BODY // 1024) in r.json()["error"]["message"]
    assert fuzz_hub.hall.last_seq() == seq


def test_a_body_within_the_limit_is_read_as_usual(fuzz_hub):
    headers = {"Authorization": f"Bearer {fuzz_hub.token('kiosk')}",
               "Content-Type": "application/json"}
    body = b'{"service": "A"' + b" " * (MAX_BODY - 20) + b"}"
    assert len(body) <= MAX_BODY
    r = httpx.post(f"{fuzz_hub.url}/api/tickets", content=body, headers=headers)
    assert r.status_code == 200 and r.json()["ticket"]["service"] == "A"


@pytest.mark.parametrize("query", ["since=9223372036854775808", "since=-1", "limit=0",
                                   "limit=5001", "since=1e3", f"since={10**30}"])
def test_event_log_ranges_answer_422(fuzz_hub, query):
    headers = {"Authorization": f"Bearer {fuzz_hub.token('supervisor')}"}
    r = httpx.get(f"{fuzz_hub.url}/api/events?{query}", headers=headers)
    assert (r.status_code, r.json()["error"]["code"]) == (422, "malformed")


def test_the_largest_seq_is_a_valid_resume_point(fuzz_hub):
    headers = {"Authorization": f"Bearer {fuzz_hub.token('supervisor')}"}
    r = httpx.get(f"{fuzz_hub.url}/api/events?since={2**63 - 1}", headers=headers)
    assert r.status_code == 200 and r.json() == {"events": []}


# ------------------------------------------------------------------ every route, fuzzed
@schema.parametrize()
@FUZZ_SETTINGS
def test_no_request_gets_a_server_error(case, callers):
    response = case.call(headers=callers.headers(next(TURNS)), timeout=15)
    assert response.status_code < 500, server_error(response)


def test_no_sequence_of_requests_along_the_links_gets_a_server_error(hub_schema, callers):
    """Stateful: ids from one reply (a ticket, a note, a device) fed into the next call."""
    base = hub_schema.as_state_machine()

    class Hall(base):  # type: ignore[misc, valid-type]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"headers": callers.headers(next(TURNS)), "timeout": 15}

        def validate_response(self, response: Any, case: Any, **kw: Any) -> None:
            assert response.status_code < 500, server_error(response)

    run_state_machine_as_test(Hall, settings=settings(
        max_examples=STATEFUL_RUNS, stateful_step_count=STATEFUL_STEPS, deadline=None,
        derandomize=True, suppress_health_check=list(HealthCheck)))


# ------------------------------------------------------------------ the stream's parameters
def stream_outcome(hub: HubFixture, token: str, since: str) -> str:
    """How /ws answers: 'rejected' (handshake refused), 'closed <code>', or 'streaming'."""
    url = f"{hub.url.replace('http', 'ws')}/ws?token={quote(token)}&since={quote(since)}"
    try:
        with connect(url, open_timeout=5) as ws:
            ws.recv(timeout=5)
            return "streaming"
    except InvalidStatus as exc:
        assert exc.response.status_code < 500, exc.response.status_code
        return "rejected"
    except ConnectionClosed as exc:
        assert exc.rcvd is not None, "closed without a close frame"
        return f"closed {exc.rcvd.code}"


@given(token=st.one_of(st.text(max_size=60), st.sampled_from(["good"])),
       since=st.one_of(st.text(max_size=30), st.integers().map(str),
                       st.integers(min_value=2**63 - 3, max_value=2**64).map(str)))
@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_any_token_and_resume_point_get_a_clean_answer(fuzz_hub, token, since):
    good = fuzz_hub.token("display")
    outcome = stream_outcome(fuzz_hub, good if token == "good" else token, since)
    valid_since = since.isascii() and since.isdigit() and int(since) < 2**63
    if token != "good":
        assert outcome in ("rejected", "closed 4401")
    elif valid_since:
        assert outcome == "streaming"
    else:
        assert outcome == "closed 4400"
