"""Notices on the customer's pages: the ticket's page (/t/...) and the case's (/c/...) show
the notices in force at the top, in the page's language (the hall's first where one was
left empty); a coming, ended or withdrawn notice is shown nowhere; the ticket's page is told
when a notice is posted."""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import httpx
from conftest import HubFixture

from hallq.hall.clock import FixedClock

VI = "Thứ Bảy 12/12 tạm ngừng cấp điện từ 8:00 đến 11:00"
ZH = "12月12日（周六）8:00至11:00暂停供电"


def text(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<style>.*?</style>|<script>.*?</script>|<[^>]+>", " ",
                                      page, flags=re.S)).strip()


def notices_on(page: str) -> list[str]:
    return [text(a) for a in re.findall(r"<aside class=notice[^>]*>(.*?)</aside>", page)]


def post(hub: HubFixture, text_: dict, start_h: float, end_h: float) -> int:
    now = hub.hall.now()
    out, _ = hub.hall.post_notice(text_, now + timedelta(hours=start_h),
                                  now + timedelta(hours=end_h), by="GS01")
    return int(out["id"])


def until(hub: HubFixture, notice: int) -> str:
    """Its end as the pages write it, in the hall's time."""
    end = hub.hall.notice(notice).ends_at.astimezone(ZoneInfo("Asia/Ho_Chi_Minh"))
    return end.strftime("%H:%M %d/%m/%Y")


def ticket_url(hub: HubFixture) -> str:
    t, _ = hub.hall.issue("A", language="zh_CN")
    return f"{hub.url}/t/{hub.hall.info.code}/{t.day.isoformat()}/{t.number}"


def test_the_ticket_page_shows_notices_in_force_at_the_top(hub: HubFixture) -> None:
    url = ticket_url(hub)
    assert notices_on(httpx.get(url).text) == []
    notice = post(hub, {"vi": VI, "zh_CN": ZH}, -1, 2)
    post(hub, {"vi": "Sắp tới"}, 5, 6)  # coming: not yet
    ended = post(hub, {"vi": "Đã rút"}, -1, 3)
    hub.hall.withdraw_notice(ended, by="GS01")
    page = httpx.get(url).text  # the ticket's own language: zh_CN
    assert notices_on(page) == [f"通知: {ZH} (至 {until(hub, notice)})"]
    assert page.index("<aside class=notice") < page.index("<nav>")  # at the top
    assert notices_on(httpx.get(url, params={"lang": "vi"}).text) == [
        f"Thông báo: {VI} (đến {until(hub, notice)})"]
    # English left empty: the hall's first language (vi) reads it.
    assert notices_on(httpx.get(url, params={"lang": "en"}).text) == [
        f"Notice: {VI} (until {until(hub, notice)})"]
    assert "GS01" not in page  # who posted it is not the customer's business


def test_the_ticket_page_is_told_when_a_notice_is_posted(hub: HubFixture) -> None:
    url = ticket_url(hub)
    with httpx.stream("GET", f"{url}/events", timeout=10) as r:
        lines = r.iter_lines()
        assert next(lines) == ": open"
        post(hub, {"vi": VI}, -1, 1)
        assert next(line for line in lines if line) == "data: changed"


def test_the_case_page_shows_notices_in_force_at_the_top(hub: HubFixture) -> None:
    t, _ = hub.hall.issue("B")
    out, _ = hub.hall.open_case(t.id, "NV04", by="NV04")
    number = out["number"]
    url = f"{hub.url}/c/{number}/{hub.hall.case(number).key}"
    assert notices_on(httpx.get(url).text) == []
    notice = post(hub, {"vi": VI, "zh_CN": ZH}, -1, 2)
    page = httpx.get(url, params={"lang": "zh_CN"}).text
    assert notices_on(page) == [f"通知: {ZH} (至 {until(hub, notice)})"]
    assert page.index("<aside class=notice") < page.index(f"<p class=num>{number}")
    # Its end has passed: gone.
    hub.hall.clock = FixedClock(hub.hall.now() + timedelta(hours=2, seconds=1))
    assert notices_on(httpx.get(url, params={"lang": "zh_CN"}).text) == []
