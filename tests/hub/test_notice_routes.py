"""Notices over the hub: only a supervisor posts, lists and withdraws; displays, kiosks and
anyone on the hall's network read the ones in force now; every change reaches the event
stream; bad input is a 422 naming the field and changes nothing."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
from conftest import HubFixture
from websockets.sync.client import connect

VN = ZoneInfo("Asia/Ho_Chi_Minh")
TEXT = {"vi": "Thứ Bảy 12/12 làm việc đến 11:30", "zh_CN": "12月12日周六营业至11:30"}


def login(hub: HubFixture, role: str, counter: int | None, code: str, pin: str) -> dict:
    token = hub.token(role, counter)
    r = httpx.post(f"{hub.url}/api/staff/login", headers={"Authorization": f"Bearer {token}"},
                   json={"code": code, "pin": pin, "counter": counter})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {token}", "X-Staff-Session": r.json()["session"]}


def bearer(hub: HubFixture, role: str, counter: int | None = None) -> dict:
    return {"Authorization": f"Bearer {hub.token(role, counter)}"}


def window(hours_from: float, hours_to: float) -> dict:
    now = datetime.now(VN).replace(microsecond=0)
    return {"starts_at": (now + timedelta(hours=hours_from)).isoformat(),
            "ends_at": (now + timedelta(hours=hours_to)).isoformat()}


def events_until(ws, kind: str) -> dict:
    while True:
        for ev in json.loads(ws.recv(timeout=10)).get("events", []):
            if ev["type"] == kind:
                return ev


def test_a_supervisor_posts_and_withdraws_and_screens_follow_live(hub: HubFixture) -> None:
    boss = login(hub, "supervisor", None, "GS01", "9999")
    display = bearer(hub, "display")
    seq = hub.hall.last_seq()
    with connect(f"{hub.url.replace('http', 'ws')}/ws?token={hub.token('display')}"
                 f"&since={seq}") as ws:
        r = httpx.post(f"{hub.url}/api/notices", headers=boss,
                       json={"text": TEXT} | window(-1, 2))
        assert r.status_code == 200, r.text
        notice = r.json()["notice"]
        assert notice["given"] == TEXT and notice["by"] == "GS01"
        ev = events_until(ws, "notice_posted")
        assert ev["data"]["notice"]["id"] == notice["id"]
        assert ev["data"]["notice"]["text"] == TEXT
        later = httpx.post(f"{hub.url}/api/notices", headers=boss,
                           json={"text": {"en": "Closed on Monday"}} | window(20, 30))
        assert later.status_code == 200

        # Any screen (and the pages, without a token) reads the one in force, not the next.
        for headers in (display, bearer(hub, "kiosk"), {}):
            cur = httpx.get(f"{hub.url}/api/notices/current", headers=headers)
            assert cur.status_code == 200
            assert [n["id"] for n in cur.json()["notices"]] == [notice["id"]]
            assert cur.json()["notices"][0]["text"]["zh_CN"] == TEXT["zh_CN"]
            assert cur.json()["notices"][0]["text"]["en"] == TEXT["vi"]  # the hall's first
            assert cur.json()["next_change"] == notice["ends_at"]
            assert "by" not in cur.json()["notices"][0]

        # The supervisor's list has both, the coming one too.
        listed = httpx.get(f"{hub.url}/api/notices", headers=boss).json()["notices"]
        assert [(n["id"], n["in_force"]) for n in listed] == [
            (notice["id"], True), (later.json()["notice"]["id"], False)]

        r = httpx.delete(f"{hub.url}/api/notices/{notice['id']}", headers=boss)
        assert r.status_code == 200 and r.json()["notice"]["withdrawn_by"] == "GS01"
        assert events_until(ws, "notice_withdrawn")["data"]["notice"] == {"id": notice["id"]}
    cur = httpx.get(f"{hub.url}/api/notices/current").json()
    assert cur["notices"] == []
    assert httpx.delete(f"{hub.url}/api/notices/9999", headers=boss).status_code == 404


def test_only_a_supervisor_posts_lists_and_withdraws(hub: HubFixture) -> None:
    boss = login(hub, "supervisor", None, "GS01", "9999")
    posted = httpx.post(f"{hub.url}/api/notices", headers=boss,
                        json={"text": TEXT} | window(0, 1)).json()["notice"]
    clerk = login(hub, "counter", 1, "NV01", "1111")
    for headers, status in ((clerk, 403), (bearer(hub, "display"), 403),
                            (bearer(hub, "kiosk"), 403), (bearer(hub, "supervisor"), 401),
                            ({}, 401)):
        assert httpx.post(f"{hub.url}/api/notices", headers=headers,
                          json={"text": TEXT} | window(0, 1)).status_code == status
        assert httpx.get(f"{hub.url}/api/notices", headers=headers).status_code == status
        assert httpx.delete(f"{hub.url}/api/notices/{posted['id']}",
                            headers=headers).status_code == status
    assert [n.id for n in hub.hall.current_notices()] == [posted["id"]]


def test_bad_notices_are_422_naming_the_field(hub: HubFixture) -> None:
    boss = login(hub, "supervisor", None, "GS01", "9999")
    seq = hub.hall.last_seq()
    cases = [
        ({"text": TEXT} | window(2, 1), "notice_ends_before_start", "ends_at"),
        ({"text": {"vi": "x" * 241}} | window(0, 1), "notice_text_too_long", "text.vi"),
        ({"text": {"vi": "", "zh_CN": " "}} | window(0, 1), "notice_text_missing", "text"),
        ({"text": {"de": "Geschlossen"}} | window(0, 1), "bad_language", "text.de"),
    ]
    for body, code, field in cases:
        r = httpx.post(f"{hub.url}/api/notices", headers=boss, json=body)
        assert r.status_code == 422, r.text
        err = r.json()["error"]
        assert err["code"] == code and err["details"] == {"field": field}
        assert err["message"].startswith(f"Malformed request: {field}: ")
    r = httpx.post(f"{hub.url}/api/notices", headers=boss,
                   json={"text": TEXT, "starts_at": "tomorrow", "ends_at": "2030-01-01"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "malformed"
    assert "starts_at" in r.json()["error"]["message"]
    assert hub.hall.notices() == [] and hub.hall.last_seq() == seq
