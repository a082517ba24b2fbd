"""Messages through the hub: the supervisor sets the channel, sends a test message that the
hub's own sender delivers over SMPP, and reads the day's list with phones masked."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import httpx
from conftest import HubFixture

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "messaging"))
from smpp_server import SmppServer  # noqa: E402


def auth(token: str, session: str | None = None) -> dict[str, str]:
    h = {"Authorization": f"Bearer {token}"}
    if session:
        h["X-Staff-Session"] = session
    return h


def test_the_supervisor_sends_a_test_sms_through_the_hubs_sender(hub: HubFixture) -> None:
    smsc = SmppServer()
    try:
        desk = hub.token("supervisor")
        r = httpx.post(f"{hub.url}/api/staff/login", headers=auth(desk),
                       json={"code": "GS01", "pin": "9999", "counter": None})
        boss = auth(desk, r.json()["session"])
        r = httpx.put(f"{hub.url}/api/config/messaging", headers=boss, json={
            "channel": "smpp", "smpp_host": "127.0.0.1", "smpp_port": smsc.port,
            "smpp_password": "pw"})
        assert r.status_code == 200, r.text
        assert r.json()["result"]["smpp_password"] is True  # set, never read back
        r = httpx.put(f"{hub.url}/api/config/messaging", headers=boss,
                      json={"channel": "fax"})
        assert r.status_code == 422 and "channel" in r.json()["error"]["message"]
        r = httpx.post(f"{hub.url}/api/messages/test", headers=boss,
                       json={"phone": "0901234567", "language": "vi"})
        assert r.status_code == 200, r.text
        for _ in range(100):  # the sender's thread polls the outbox every second
            if smsc.received:
                break
            time.sleep(0.05)
        assert smsc.texts() == ["Tin nhắn thử của Điện lực Quận 3."]
        day = httpx.get(f"{hub.url}/api/messages", headers=boss).json()
        assert day["recent"][0]["to"] == "•••••••567"
        assert day["recent"][0]["kind"] == "test"
        # A kiosk may neither read nor send them.
        kiosk = auth(hub.token("kiosk"))
        assert httpx.get(f"{hub.url}/api/messages", headers=kiosk).status_code == 403
        assert httpx.post(f"{hub.url}/api/messages/test", headers=kiosk,
                          json={"phone": "0901"}).status_code == 403
    finally:
        smsc.close()
