"""The phone pages in a real headless Chromium at phone size (390 × 844): take a ticket on
/book, watch the live page change when the counter calls (pushed, no polling), book an
appointment, and say "I'm not coming"."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import httpx
import pytest
from conftest import HubFixture

playwright = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")


@pytest.fixture
def browser() -> Iterator[object]:
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


def login(hub: HubFixture, role: str, counter: int | None, code: str, pin: str) -> dict:
    token = hub.token(role, counter)
    r = httpx.post(f"{hub.url}/api/staff/login", headers={"Authorization": f"Bearer {token}"},
                   json={"code": code, "pin": pin, "counter": counter})
    return {"Authorization": f"Bearer {token}", "X-Staff-Session": r.json()["session"]}


def test_a_phone_takes_a_ticket_and_its_page_follows_the_call(hub: HubFixture,
                                                              browser) -> None:
    hub.hall.set_appointment_plan({"service": "A", "capacity": 0, "phone_daily_limit": 5})
    page = browser.new_page(viewport={"width": 390, "height": 844}, locale="zh-CN")
    events_requests: list[str] = []
    page.on("request", lambda r: events_requests.append(r.url) if "/events" in r.url
            else None)
    page.goto(f"{hub.url}/book")
    assert page.title().startswith("预约办理")  # the phone's own language first
    page.fill("#qphone", "0901234567")
    page.click("#qservices button")
    page.wait_for_url("**/q/**")
    page.wait_for_selector("#num:text('A001')")
    assert page.inner_text("#state") == "等候中"
    assert page.inner_text("#ahead") == "您前面还有 0 人"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390  # nothing wider than the phone
    # The clerk calls: the page changes by itself.
    clerk = login(hub, "counter", 1, "NV01", "1111")
    assert httpx.post(f"{hub.url}/api/counters/1/call-next", headers=clerk).status_code == 200
    page.wait_for_selector("#state:text('请到1号窗口')", timeout=10000)
    assert len(events_requests) == 1  # one stream, no polling
    page.screenshot(path=str(hub.db.parent / "phone-called.png"))


def test_not_coming_cancels_from_the_page(hub: HubFixture, browser) -> None:
    hub.hall.set_appointment_plan({"service": "A", "capacity": 0, "phone_daily_limit": 5})
    r = httpx.post(f"{hub.url}/api/phone/tickets",
                   json={"service": "A", "phone": "0907654321", "language": "vi"})
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.on("dialog", lambda d: d.accept())
    page.goto(f"{hub.url}{r.json()['url']}")
    page.wait_for_selector("#state:text('Đang chờ')")
    page.click("#cancel")
    page.wait_for_selector("#state:text('Số này đã hủy.')", timeout=10000)
    assert hub.hall.state.tickets[r.json()["ticket"]["id"]].state == "cancelled"
    page.goto(f"{hub.url}{r.json()['url']}?lang=en")
    page.wait_for_selector("#state:text('This ticket is cancelled.')")


def test_booking_on_the_phone_page(hub: HubFixture, browser) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(f"{hub.url}/book?lang=vi")
    hub.hall.set_appointment_plan({"service": "B", "capacity": 2, "slot_min": 30})
    page.reload()
    page.click("#services button")
    # The first working day with a free time: click days until one offers times.
    for i in range(14):
        page.click(f"#daylist button >> nth={i}")
        page.wait_for_function("document.getElementById('timelist').textContent.length > 0")
        if page.query_selector("#timelist button:not([disabled])"):
            break
    page.click("#timelist button:not([disabled]) >> nth=0")
    page.fill("#phone", "0912345678")
    page.click("#go")
    page.wait_for_selector("#done:not([hidden])")
    code = page.inner_text("#code")
    assert len(code) == 6
    assert hub.hall.appointment(code).phone == "0912345678"
    assert page.get_attribute("#qr", "src") == f"/book/qr/{code}.svg"
