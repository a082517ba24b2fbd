"""Appointments over the hub: the public booking routes, the counter's, the supervisor's
list and check-in at the kiosk, against a running hub on a fixed Monday morning."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from conftest import HubFixture, make_hall

from hallq.hall.clock import FixedClock
from hallq.hub.server import HubThread

VN = ZoneInfo("Asia/Ho_Chi_Minh")
MONDAY = date(2026, 12, 7)


def auth(token: str, session: str | None = None) -> dict[str, str]:
    h = {"Authorization": f"Bearer {token}"}
    if session:
        h["X-Staff-Session"] = session
    return h


@pytest.fixture
def monday_hub(tmp_path: Path) -> HubFixture:
    hall = make_hall(tmp_path / "hall.db")
    hall.clock = FixedClock(datetime(2026, 12, 7, 7, 0, tzinfo=VN))
    hall.set_appointment_plan({"service": "B", "capacity": 1, "slot_min": 30})
    fx = HubFixture(hall, HubThread(hall).start(), tmp_path / "hall.db")
    yield fx
    fx.server.stop()
    fx.hall.store.close()


def login(hub: HubFixture, token: str, code: str, pin: str, counter: int | None) -> str:
    r = httpx.post(f"{hub.url}/api/staff/login", headers=auth(token),
                   json={"code": code, "pin": pin, "counter": counter})
    assert r.status_code == 200, r.text
    return r.json()["session"]


def test_a_phone_books_sees_and_cancels_without_a_token(monday_hub: HubFixture) -> None:
    url = monday_hub.url
    svcs = httpx.get(f"{url}/api/appointments/services").json()["services"]
    assert [s["prefix"] for s in svcs if s["appointments"]] == ["B"]
    slots = httpx.get(f"{url}/api/appointments/slots",
                      params={"service": "B", "date": "2026-12-07"}).json()["slots"]
    assert slots[0] == {"start": "2026-12-07T07:30:00+07:00", "capacity": 1, "free": 1}
    r = httpx.post(f"{url}/api/appointments/book", json={
        "service": "B", "start": "2026-12-07T07:30:00", "phone": "0901234567",
        "language": "zh_CN"})
    assert r.status_code == 200, r.text
    code = r.json()["appointment"]["code"]
    # Full now: refused with the next free times, and nothing booked.
    r = httpx.post(f"{url}/api/appointments/book", json={
        "service": "B", "start": "2026-12-07T07:30:00+07:00", "phone": "0907654321"})
    assert r.status_code == 409
    err = r.json()["error"]
    assert err["code"] == "slot_full"
    assert err["details"]["next_free"][0] == "2026-12-07T08:00:00+07:00"
    got = httpx.get(f"{url}/api/appointments/{code.lower()}").json()["appointment"]
    assert got["state"] == "booked" and "phone" not in got
    r = httpx.post(f"{url}/api/appointments/{code}/cancel", json={})
    assert r.json()["appointment"]["state"] == "cancelled"
    slots = httpx.get(f"{url}/api/appointments/slots",
                      params={"service": "B", "date": "2026-12-07"}).json()["slots"]
    assert slots[0]["free"] == 1


def test_a_phone_booking_needs_a_phone_and_bad_input_is_422(monday_hub: HubFixture) -> None:
    url = monday_hub.url
    r = httpx.post(f"{url}/api/appointments/book",
                   json={"service": "B", "start": "2026-12-07T08:00:00"})
    assert (r.status_code, r.json()["error"]["code"]) == (422, "phone_required")
    for body in ({"service": "B", "start": "2026-02-30T08:00", "phone": "0901"},
                 {"service": "B", "start": "9999-12-31T23:59:59-12:00", "phone": "0901"},
                 {"service": "BB", "start": "2026-12-07T08:00", "phone": "0901"}):
        r = httpx.post(f"{url}/api/appointments/book", json=body)
        assert r.status_code == 422, (body, r.text)
    r = httpx.get(f"{url}/api/appointments/slots", params={"service": "B", "date": "2026-13-01"})
    assert r.status_code == 422


def test_kiosk_checks_in_once_and_the_supervisor_lists_the_day(monday_hub: HubFixture) -> None:
    hub = monday_hub
    counter = hub.token("counter", 4)
    clerk = login(hub, counter, "NV04", "4444", 4)
    r = httpx.post(f"{hub.url}/api/appointments", headers=auth(counter, clerk), json={
        "service": "B", "start": "2026-12-07T07:30:00", "name": "Trần Văn An"})
    assert r.status_code == 200, r.text
    code = r.json()["appointment"]["code"]
    assert r.json()["appointment"]["source"] == "counter"
    kiosk = hub.token("kiosk")
    r = httpx.post(f"{hub.url}/api/appointments/{code}/check-in", headers=auth(kiosk),
                   json={"language": "vi"})  # 07:00: too early for 07:30
    assert (r.status_code, r.json()["error"]["details"]["come_back_at"]) == (
        409, "2026-12-07T07:15:00+07:00")
    hub.hall.clock.set(datetime(2026, 12, 7, 7, 20, tzinfo=VN))
    r = httpx.post(f"{hub.url}/api/appointments/{code}/check-in", headers=auth(kiosk),
                   json={"language": "vi"})
    assert r.status_code == 200, r.text
    assert r.json()["ticket"]["number"] == "B001"
    assert r.json()["ticket"]["priority"] == "appointment"
    r = httpx.post(f"{hub.url}/api/appointments/{code}/check-in", headers=auth(kiosk), json={})
    assert (r.status_code, r.json()["error"]["code"]) == (409, "already_checked_in")
    # The display may not check anyone in, nor read the list with names and phones.
    display = hub.token("display")
    r = httpx.post(f"{hub.url}/api/appointments/{code}/check-in", headers=auth(display),
                   json={})
    assert r.status_code == 403
    assert httpx.get(f"{hub.url}/api/appointments", params={"date": "2026-12-07"},
                     headers=auth(display)).status_code == 403
    desk = hub.token("supervisor")
    boss = login(hub, desk, "GS01", "9999", None)
    day = httpx.get(f"{hub.url}/api/appointments", params={"date": "2026-12-07"},
                    headers=auth(desk, boss)).json()
    assert [(a["code"], a["state"], a["name"]) for a in day["appointments"]] == [
        (code, "checked_in", "Trần Văn An")]


def test_the_booking_page_speaks_one_language(monday_hub: HubFixture) -> None:
    url = monday_hub.url
    vi = httpx.get(f"{url}/book").text
    assert "Đặt lịch hẹn" in vi and "预约办理" not in vi.split("<main>")[1].split("</nav>")[1]
    zh = httpx.get(f"{url}/book", headers={"Accept-Language": "zh-TW,zh;q=0.9"}).text
    assert "<title>預約辦理" in zh
    assert "<title>Book an appointment" in httpx.get(f"{url}/book?lang=en").text
    svg = httpx.get(f"{url}/book/qr/ABC123.svg")
    assert svg.headers["content-type"] == "image/svg+xml" and b"<svg" in svg.content
