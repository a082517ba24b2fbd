"""The page a ticket's QR code opens: one language at a time (the ticket's, or the one
picked), with a switcher, and no "0 minutes" while no counter serves the ticket."""

from __future__ import annotations

import httpx
from page_events import Changes


def _page(hub, number: str, lang: str = "") -> str:
    day = hub.hall.state.day.isoformat()
    url = f"{hub.url}/t/{hub.hall.info.code}/{day}/{number}" + (f"?lang={lang}" if lang else "")
    r = httpx.get(url, timeout=5)
    assert r.status_code == 200
    return r.text


def test_the_page_speaks_the_tickets_language_and_switches(hub):
    t, _ = hub.hall.issue("A", language="zh_CN")
    page = _page(hub, t.number)
    assert "等候中" in page and '<html lang="zh-CN">' in page
    for other in ("Đang chờ", "Waiting", "等候時間"):  # no second language in any line
        assert other not in page
    vi = _page(hub, t.number, "vi")
    assert "Đang chờ" in vi and "等候中" not in vi and "Waiting" not in vi
    # The switcher: each language by its own name, the current one marked.
    for code, name in (("vi", "Tiếng Việt"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文"),
                       ("en", "English")):
        assert f'?lang={code}"' in vi and name in vi
    assert 'aria-current=page>Tiếng Việt' in vi
    assert "等候中" in _page(hub, t.number, "xx")  # an unknown choice: the ticket's language


def test_no_open_counter_gives_no_minutes_then_an_open_one_does(hub):
    t, _ = hub.hall.issue("A", language="vi")
    page = _page(hub, t.number)
    assert "phút" not in page
    assert "Chưa xác định được thời gian chờ" in page or "Dịch vụ bắt đầu lúc" in page
    hub.hall.login("NV01", "1111", 1)
    hub.hall.issue("A")
    second = hub.hall.issue("A", language="en")[0]
    page = _page(hub, second.number)
    assert "People ahead of you: 2" in page and ("min" in page or "very soon" in page)
    hub.hall.call_next(1)
    page = _page(hub, t.number)
    assert "Please go" not in page and "Mời đến quầy" in page and "Quầy 1" in page


def test_the_page_is_told_when_to_read_again_and_never_polls(hub):
    t, _ = hub.hall.issue("A", language="en")
    url = f"{hub.url}/t/{hub.hall.info.code}/{t.day.isoformat()}/{t.number}"
    page = httpx.get(url).text
    assert 'http-equiv="refresh"' not in page and "EventSource" in page
    changes = Changes(url + "/events?lang=en")
    hub.hall.issue("B")  # another service: this page reads the same
    hub.hall.open_counter(1, "NV01")
    hub.hall.call_next(1)  # this ticket is called: the page changes
    lines = changes.wait()
    assert lines[-1] == "data: changed" and lines.count("data: changed") == 1
    assert "Counter 1" in httpx.get(url + "?lang=en").text
    assert httpx.get(url.replace(t.number, "Z999") + "/events").status_code == 404
