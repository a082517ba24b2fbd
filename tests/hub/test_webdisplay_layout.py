"""The smart-TV page at every screen size, landscape and portrait, in headless Chromium:
nothing leaves the screen, no text is cut, nothing covers the called number."""

from __future__ import annotations

import json
import time

import pytest
from test_webdisplay import (  # noqa: F401 - browser: the fixture
    LATEST,
    ONLINE,
    _wait,
    browser,
    hold_messages,
)

SIZES = [(1920, 1080), (1366, 768), (1280, 1024), (1080, 1920)]

# Every problem on the page, as sentences (empty: the page is right).
PROBLEMS = """
const out = [], W = innerWidth, H = innerHeight;
const box = (e) => e.getBoundingClientRect();
const shown = (e) => { const r = box(e); return r.width > 0 && r.height > 0 &&
  getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden'; };
const all = [...document.querySelectorAll('body *')].filter(e => e.id !== 'fatal' &&
  !e.closest('#fatal') && e.tagName !== 'SCRIPT' && shown(e));
for (const e of all) {
  const r = box(e), name = e.id || e.className || e.tagName;
  if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1)
    out.push(`${name} leaves the screen (${Math.round(r.left)},${Math.round(r.top)},` +
             `${Math.round(r.right)},${Math.round(r.bottom)})`);
  if (e.children.length === 0 && e.textContent.trim()) {
    const range = document.createRange();
    range.selectNodeContents(e);
    const t = range.getBoundingClientRect(), said = e.textContent.trim().slice(0, 30);
    if (t.left < -1 || t.right > W + 1 || t.bottom > H + 1)
      out.push(`${name}'s text leaves the screen: "${said}"`);
    const p = e.parentElement, q = box(p);
    if (t.right > q.right + 1 || t.left < q.left - 1)
      out.push(`${name}'s text runs out of its box: "${said}"`);
    for (let a = e; a; a = a.parentElement) {  // a box that hides what overflows it
      if (getComputedStyle(a).overflow !== 'visible' && a !== document.body &&
          a !== document.documentElement) {
        const c = box(a);
        if (t.right > c.right + 1 || t.bottom > c.bottom + 1 || t.left < c.left - 1)
          out.push(`${name}'s text is cut by ${a.id || a.className}: "${said}"`);
        break;
      }
    }
  }
}
const num = box(document.getElementById('latest-number'));
for (const e of document.querySelectorAll('.svc, #recent, header, footer, #services-caption')) {
  if (!shown(e)) continue;
  const r = box(e);
  if (r.left < num.right && r.right > num.left && r.top < num.bottom && r.bottom > num.top)
    out.push(`${e.id || e.className} covers the called number`);
}
return out;
"""


@pytest.mark.slow
def test_the_tv_page_lays_out_at_every_size(hub, browser):  # noqa: F811
    hub.hall.login("NV01", "1111", 1)
    for service in "ABCDEABCDA":
        hub.hall.issue(service)
    hub.hall.call_next(1)
    called = hub.hall.state.tickets[hub.hall.state.counter_status(1).ticket_id].number
    browser.get(f"{hub.url}/display?token={hub.token('display')}")
    _wait(browser, LATEST, called)
    for width, height in SIZES:
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        _wait(browser, "return innerWidth + 'x' + innerHeight", f"{width}x{height}")
        problems = browser.execute_script(PROBLEMS)
        assert problems == [], f"{width}×{height}: {problems}"
    # Every service card shows; one "opens at"/"not known" line for the closed ones.
    cards = browser.execute_script("return [...document.querySelectorAll('.svc .e')]"
                                   ".map(e => e.textContent)")
    assert len(cards) == 5 and not any("0 " in c and "≈" in c for c in cards)



LONG_NAMES = {  # as long as a Vietnamese hall gives them
    "A": "Thanh toán tiền điện và các khoản phí dịch vụ",
    "B": "Cấp điện mới cho hộ gia đình và doanh nghiệp",
    "C": "Hợp đồng mua bán điện, thay đổi thông tin khách hàng",
    "D": "Sự cố mất điện, khiếu nại về hoá đơn tiền điện",
    "E": "Tư vấn chung về sử dụng điện an toàn, tiết kiệm",
}
ALL_RENAMED = ("const names = " + json.dumps(LONG_NAMES, ensure_ascii=False) + "; return "
               "Object.entries(names).every(([p, n]) => ((document.querySelector("
               "`.svc[data-prefix=${p}]`) || {}).textContent || '').includes(n))")
RANGE_FIT = "return [...document.querySelectorAll('.svc .e')].map(e => e.textContent)"
RANGE_LINES = ("return [...document.querySelectorAll('.svc .e')].map(e => e.lastChild"
               ".nodeType === 1 ? e.lastChild.getClientRects().length : 0)")


def _fits(hub, browser, sizes, want, name):  # noqa: F811
    for width, height in sizes:
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        _wait(browser, "return innerWidth + 'x' + innerHeight", f"{width}x{height}")
        assert browser.execute_script(RANGE_FIT) == [want] * 5
        # a card too narrow for the line wraps it before the range, never inside it
        assert browser.execute_script(RANGE_LINES) == [1] * 5, f"{name} {width}×{height}"
        browser.save_screenshot(str(hub.db.parent / f"tv-range-{name}-{width}x{height}.png"))
        problems = browser.execute_script(PROBLEMS)
        assert problems == [], f"{name} {width}×{height}: {problems}"


@pytest.mark.parametrize("first", ["vi", "zh_CN"])
def test_the_range_fits_the_cards_at_every_size(hub, browser, first):  # noqa: F811
    hub.hall.update_hall({"languages": [first, "zh_CN" if first == "vi" else "vi"]})
    browser.get(f"{hub.url}/display?token={hub.token('display')}")
    _wait(browser, "return document.querySelectorAll('.svc').length", 5)
    _wait(browser, ONLINE, "1")
    hold_messages(browser)
    # Three-figure waits, the widest estimate line a card gets.
    line = {"waiting": 9, "longest_min": 1.0, "eta_min": 125.0, "eta_low_min": 100.2,
            "eta_high_min": 163.4, "opens_at": None, "target_min": 15,
            "eta_round_min": 125, "eta_shown_range": [100, 163]}
    show = "summary = arguments[0]; renderServices();"
    browser.execute_script(show, {p: line for p in LONG_NAMES})
    want = {"vi": "≈ 125 phút (100–163)", "zh_CN": "约 125 分钟 (100–163)"}[first]
    _fits(hub, browser, SIZES, want, f"{first}-sample-names")
    # The long names too, at every size (a 5:4 screen's cards, three a row, stay clear of
    # the called number).
    for prefix, name in LONG_NAMES.items():
        hub.hall.upsert_service({"prefix": prefix, "names": {"vi": name}})
    browser.get(f"{hub.url}/display?token={hub.token('display')}")  # it held its messages
    _wait(browser, ALL_RENAMED, True)
    _wait(browser, ONLINE, "1")
    hold_messages(browser)
    browser.execute_script(show, {p: line for p in LONG_NAMES})
    _fits(hub, browser, SIZES, want, f"{first}-long-names")


# A busy morning: the latest call and six before it, 28 waiting at each of five services.
CALLS = [{"number": f"A{n:03d}", "counter": n % 4 + 1} for n in range(7, 0, -1)]
SHOW_CALLS = "calls = arguments[0]; renderCalls();"
RECENT_CUT = """
const panel = document.getElementById('recent').getBoundingClientRect();
return [...document.querySelectorAll('#recent td')].filter(td => {
  const r = td.getBoundingClientRect();
  return r.height > 0 && getComputedStyle(td.parentElement).visibility !== 'hidden' &&
    (r.bottom > panel.bottom + 1 || r.right > panel.right + 1);
}).map(td => td.textContent);
"""
RECENT_SHOWN = """
return [...document.querySelectorAll('#recent tr')].filter(tr =>
  tr.getBoundingClientRect().height > 0 && getComputedStyle(tr).visibility !== 'hidden')
  .map(tr => tr.cells[0].textContent);
"""


@pytest.mark.parametrize("first", ["vi", "zh_CN"])
def test_a_busy_hall_with_long_names_lays_out_at_every_size(hub, browser, first):  # noqa: F811
    """Five services with long Vietnamese names, 28 waiting and a range on every card, six
    recent calls: at every size nothing covers the called number, the waiting line and the
    estimate are whole, and no recent call is cut at the foot of its panel."""
    hub.hall.update_hall({"languages": [first, "zh_CN" if first == "vi" else "vi"]})
    for prefix, name in LONG_NAMES.items():
        hub.hall.upsert_service({"prefix": prefix, "names": {"vi": name}})
    browser.get(f"{hub.url}/display?token={hub.token('display')}")
    _wait(browser, "return document.querySelectorAll('.svc').length", 5)
    _wait(browser, ALL_RENAMED, True)  # the snapshot after the last rename: no more reloads
    _wait(browser, ONLINE, "1")
    hold_messages(browser)
    line = {"waiting": 28, "longest_min": 1.0, "eta_min": 125.0, "eta_low_min": 100.2,
            "eta_high_min": 163.4, "opens_at": None, "target_min": 15,
            "eta_round_min": 125, "eta_shown_range": [100, 163]}
    browser.execute_script("summary = arguments[0]; renderServices();",
                           {p: line for p in LONG_NAMES})
    browser.execute_script(SHOW_CALLS, CALLS)
    waiting = {"vi": "28 người chờ", "zh_CN": "28 人等候"}[first]
    found = {}
    for width, height in SIZES:
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        _wait(browser, "return innerWidth + 'x' + innerHeight", f"{width}x{height}")
        time.sleep(0.1)
        browser.save_screenshot(str(hub.db.parent / f"tv-busy-{first}-{width}x{height}.png"))
        assert browser.execute_script(LATEST) == "A007"
        assert browser.execute_script(
            "return [...document.querySelectorAll('.svc .w')].map(e => e.textContent)"
        ) == [waiting] * 5
        bad = browser.execute_script(PROBLEMS)
        bad += [f"{n} is cut at the foot of the recent calls"
                for n in browser.execute_script(RECENT_CUT)]
        # the newest first, as many as the panel holds whole, and never none of them
        shown = browser.execute_script(RECENT_SHOWN)
        if not shown or shown != [c["number"] for c in CALLS[1:1 + len(shown)]]:
            bad.append(f"the recent calls shown: {shown}")
        if bad:
            found[f"{width}×{height}"] = bad
    assert found == {}, f"{first}: {found}"
