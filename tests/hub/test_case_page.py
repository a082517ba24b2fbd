"""The customer's case page (/c/<number>/<key>): opened only with the receipt's key, in four
languages, with the status history and no staff name or phone number."""

from __future__ import annotations

import re

import httpx
from conftest import HubFixture
from page_events import Changes


def open_case(hub: HubFixture, phone: str = "0901234567") -> tuple[str, str]:
    hub.hall.set_case_type({"service": "B", "name": {"vi": "Cấp điện mới", "zh_CN": "新装用电",
                                                      "en": "New connection"},
                            "due_working_days": 5,
                            "bring": {"vi": "CCCD, giấy tờ nhà", "zh_CN": "身份证、房产证明"}})
    t, _ = hub.hall.issue("B")
    out, _ = hub.hall.open_case(t.id, "NV04", phone=phone, by="NV04")
    return out["number"], hub.hall.case(out["number"]).key


def text(page: str) -> str:
    """What a reader sees: the tags gone, the spaces folded."""
    return re.sub(r"\s+", " ", re.sub(r"<style>.*?</style>|<[^>]+>", " ", page, flags=re.S))


def test_the_page_shows_the_case_in_the_chosen_language(hub: HubFixture) -> None:
    number, key = open_case(hub)
    hub.hall.set_case_status(number, "waiting_customer", by="NV04")
    r = httpx.get(f"{hub.url}/c/{number}/{key}", params={"lang": "vi"})
    assert r.status_code == 200
    seen = text(r.text)
    for words in (number, "Loại hồ sơ Cấp điện mới", "Chờ bạn bổ sung",
                  "Cần mang theo CCCD, giấy tờ nhà", "Quá trình xử lý"):
        assert words in seen, words
    due = hub.hall.case(number).due
    assert f"Hạn giải quyết {due.day:02d}/{due.month:02d}/{due.year}" in seen
    history = re.search(r"<ol id=history>(.*?)</ol>", r.text).group(1)
    assert re.findall(r"<span>(.*?)</span>", history) == ["Đã tiếp nhận", "Chờ bạn bổ sung"]
    # No phone and no staff code on a page anyone with the receipt may open.
    assert "0901234567" not in r.text and "NV04" not in r.text
    zh = text(httpx.get(f"{hub.url}/c/{number}/{key}", params={"lang": "zh_CN"}).text)
    assert "办件类型 新装用电" in zh and "待您补充" in zh and "请携带 身份证、房产证明" in zh
    assert f"办结期限 {due.year}年{due.month}月{due.day}日" in zh
    tw = text(httpx.get(f"{hub.url}/c/{number}/{key}", params={"lang": "zh_TW"}).text)
    assert "待您補充" in tw and "新装用电" in tw  # no Traditional name: the Simplified one


def test_a_wrong_key_or_number_is_404_and_keys_differ(hub: HubFixture) -> None:
    number, key = open_case(hub)
    other, other_key = open_case(hub)
    assert key != other_key and len(key) >= 12
    for path in (f"/c/{number}/{other_key}", f"/c/{other}/{key}", f"/c/{number}/",
                 f"/c/HS-2026-999999/{key}", f"/c/{number}/{key[:-1]}"):
        r = httpx.get(f"{hub.url}{path}")
        assert r.status_code == 404, path
        assert "Cấp điện mới" not in r.text
    assert httpx.get(f"{hub.url}/c/{number.lower()}/{key}").status_code == 200


def test_a_refused_case_shows_its_reason(hub: HubFixture) -> None:
    number, key = open_case(hub)
    hub.hall.set_case_status(number, "refused", "Thiếu giấy tờ sở hữu nhà", by="NV04")
    seen = text(httpx.get(f"{hub.url}/c/{number}/{key}", params={"lang": "vi"}).text)
    assert "Không giải quyết được" in seen and "Lý do Thiếu giấy tờ sở hữu nhà" in seen


def test_the_page_follows_its_case_live_and_only_with_its_key(hub: HubFixture) -> None:
    """The customer leaves the page open: when the clerk moves the case, the page hears
    "changed" (and reloads)."""
    number, key = open_case(hub)
    url = f"{hub.url}/c/{number}/{key}"
    assert "EventSource" in httpx.get(url).text
    changes = Changes(url + "/events?lang=vi")
    hub.hall.set_case_status(number, "waiting_customer", by="NV04")
    lines = changes.wait()
    assert lines[-1] == "data: changed" and lines.count("data: changed") == 1
    assert "Chờ bạn bổ sung" in httpx.get(url, params={"lang": "vi"}).text
    assert httpx.get(f"{hub.url}/c/{number}/{'x' * len(key)}/events").status_code == 404
