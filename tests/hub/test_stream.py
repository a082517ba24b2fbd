"""The event stream: every WebSocket gets every event in order, whoever wrote it; bad resume
parameters and revoked devices end a stream cleanly."""

from __future__ import annotations

import contextlib
import json
import threading
import time

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

CLIENTS = 8
RECORDS = 150  # events the other thread writes
TAPS = 50  # tickets each kiosk issues
KIOSKS = 3


def open_stream(hub, token: str, since: int | str = 0) -> ClientConnection:
    return connect(f"{hub.url.replace('http', 'ws')}/ws?token={token}&since={since}")


def catch_up(ws: ClientConnection) -> int:
    """Read the backlog up to the first summary; the last seq the stream has sent."""
    last = 0
    while True:
        msg = json.loads(ws.recv(timeout=5))
        if msg["events"]:
            last = msg["events"][-1]["seq"]
        if "summary" in msg and not msg["events"]:
            return max(last, msg.get("seq", 0))


def seqs_until(ws: ClientConnection, want: int, timeout: float = 5.0) -> list[int]:
    """Every event seq the stream sends until it has sent `want` (or the time is up)."""
    got: list[int] = []
    deadline = time.monotonic() + timeout
    while (not got or got[-1] < want) and time.monotonic() < deadline:
        try:
            msg = json.loads(ws.recv(timeout=max(0.01, deadline - time.monotonic())))
        except TimeoutError:
            break
        got += [e["seq"] for e in msg["events"]]
    return got


def test_events_written_off_the_event_loop_reach_every_stream_in_order(hub):
    token = hub.token("display")
    with contextlib.ExitStack() as opened:
        streams = [opened.enter_context(open_stream(hub, token)) for _ in range(CLIENTS)]
        start = min(catch_up(ws) for ws in streams)
        assert start == hub.hall.last_seq()

        def sync_thread() -> None:  # what the nightly sync does: record from its own thread
            for i in range(20):
                hub.hall.record("sync_completed", {"rows": i, "to_seq": 0, "config": []})

        writer = threading.Thread(target=sync_thread)
        writer.start()
        writer.join()
        want = list(range(start + 1, start + 21))
        for ws in streams:
            assert seqs_until(ws, want[-1]) == want


def test_events_from_commands_and_other_threads_arrive_in_sequence_order(hub):
    kiosk = {"Authorization": f"Bearer {hub.token('kiosk')}"}
    token = hub.token("display")
    with contextlib.ExitStack() as opened:
        streams = [opened.enter_context(open_stream(hub, token)) for _ in range(3)]
        start = min(catch_up(ws) for ws in streams)

        def records() -> None:
            for i in range(RECORDS):
                hub.hall.record("device_fault", {"device": "kiosk", "role": "kiosk",
                                                 "code": "paper_low", "message": str(i)})

        def kiosk_taps() -> None:
            with httpx.Client(base_url=hub.url) as http:
                for _ in range(TAPS):
                    assert http.post("/api/tickets", json={"service": "A"},
                                     headers=kiosk).status_code == 200

        threads = [threading.Thread(target=records)] + [
            threading.Thread(target=kiosk_taps) for _ in range(KIOSKS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        want = list(range(start + 1, start + RECORDS + TAPS * KIOSKS + 1))
        assert hub.hall.last_seq() == want[-1]
        for ws in streams:
            assert seqs_until(ws, want[-1]) == want


def test_a_revoked_devices_stream_is_closed_at_once(hub):
    out, _ = hub.hall.add_device("display")
    keep = hub.token("display")
    with open_stream(hub, out["token"]) as gone, open_stream(hub, keep) as stays:
        catch_up(gone)
        catch_up(stays)
        t0 = time.monotonic()
        hub.hall.revoke_device(out["id"])
        with pytest.raises(ConnectionClosed) as closed:
            while True:
                gone.recv(timeout=3)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4401
        assert time.monotonic() - t0 < 2
        # the other display keeps its stream and sees the revocation
        seqs = seqs_until(stays, hub.hall.last_seq())
        assert seqs[-1] == hub.hall.last_seq()


def test_a_device_added_while_the_hub_runs_can_stream_at_once(hub):
    out, _ = hub.hall.add_device("display")
    with open_stream(hub, out["token"]) as ws:
        assert catch_up(ws) == hub.hall.last_seq()


@pytest.mark.parametrize("since", ["abc", "-1", "1e3", str(2**63), str(2**70), "", "%205",
                                   "5.0", "%EF%BC%95"])  # the last: a full-width digit 5
def test_a_bad_resume_point_closes_the_stream_with_4400(hub, since):
    token = hub.token("display")
    seq = hub.hall.last_seq()
    with open_stream(hub, token, since) as ws:
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(timeout=5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4400
    assert closed.value.rcvd.reason
    # the hub is unharmed and the stream works with a good resume point
    with open_stream(hub, token, seq) as ws:
        assert catch_up(ws) == seq
