"""Notices on the smart-TV page in headless Chromium: shown live when posted, in the hall's
two first languages, where the hall's message stands; gone when withdrawn or at its end;
stepping aside for a new call; laid out at every size without covering the called number."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_webdisplay import LATEST, _wait, browser  # noqa: F401 - the fixture
from test_webdisplay_layout import PROBLEMS, SIZES

from tests.notice_texts import LONG_VI, LONG_ZH

VN = ZoneInfo("Asia/Ho_Chi_Minh")
VI = "Thứ Bảy 12/12 tạm ngừng cấp điện khu vực phường 7 từ 8:00 đến 11:00; quầy thu tiền " \
     "vẫn làm việc bình thường."
ZH = "12月12日（周六）8:00至11:00第7坊区域暂停供电；收费窗口照常办理。"
SHOWN = ("const n = document.getElementById('notice');"
         "return getComputedStyle(n).display === 'none' ? '' : "
         "n.classList.contains('quiet') ? 'quiet' : "
         "document.getElementById('notice-first').textContent + '|' + "
         "document.getElementById('notice-second').textContent")
MESSAGE_SHOWN = "return getComputedStyle(document.getElementById('message')).display"


def _post(hub, text: dict, start_s: float, end_s: float) -> int:
    now = datetime.now(VN)
    out, _ = hub.hall.post_notice(text, now + timedelta(seconds=start_s),
                                  now + timedelta(seconds=end_s), by="GS01")
    return int(out["id"])


def test_notices_on_the_tv_page(hub, browser):  # noqa: F811
    browser.get(f"{hub.url}/display?token={hub.token('display')}")
    _wait(browser, LATEST, "—")
    _wait(browser, SHOWN, "")
    assert browser.execute_script(MESSAGE_SHOWN) == "block"
    first = _post(hub, {"vi": VI, "zh_CN": ZH}, -60, 3600)
    _wait(browser, SHOWN, f"{VI}|{ZH}")  # live, by the event stream
    assert browser.execute_script(MESSAGE_SHOWN) == "none"
    # A new call: the notice steps aside while the call is highlighted.
    hub.hall.login("NV01", "1111", 1)
    hub.hall.issue("A")
    hub.hall.call_next(1)
    _wait(browser, LATEST, "A001")
    assert browser.execute_script(SHOWN) == "quiet"
    browser.execute_script("clearTimeout(hlTimer); $('latest').classList.remove('hl');"
                           "$('notice').classList.remove('quiet');")  # the 8 s are over
    _wait(browser, SHOWN, f"{VI}|{ZH}")
    # Withdrawn: gone; one that ends in two seconds goes by itself at its end.
    hub.hall.withdraw_notice(first, by="GS01")
    _wait(browser, SHOWN, "")
    assert browser.execute_script(MESSAGE_SHOWN) == "block"
    _post(hub, {"en": "Closed for stocktaking"}, -60, 2)
    _wait(browser, SHOWN, "Closed for stocktaking|")  # the hall's first language reads it
    _wait(browser, SHOWN, "", timeout=6)


@pytest.mark.slow
def test_the_tv_page_with_a_notice_lays_out_at_every_size(hub, browser):  # noqa: F811
    hub.hall.login("NV01", "1111", 1)
    for service in "ABCDEABCDA":
        hub.hall.issue(service)
    hub.hall.call_next(1)
    _post(hub, {"vi": VI, "zh_CN": ZH}, -60, 3600)
    browser.get(f"{hub.url}/display?token={hub.token('display')}")
    _wait(browser, SHOWN, f"{VI}|{ZH}")
    for width, height in SIZES:
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        _wait(browser, "return innerWidth + 'x' + innerHeight", f"{width}x{height}")
        problems = browser.execute_script(PROBLEMS.replace(
            "'.svc, #recent, header, footer, #services-caption'",
            "'.svc, #recent, header, footer, #services-caption, #notice'"))
        assert problems == [], f"{width}×{height}: {problems}"
        # The called number stays large: at least a fifth of the screen's short side.
        high = browser.execute_script(
            "return parseFloat(getComputedStyle($('latest-number')).fontSize)")
        assert high >= 0.2 * min(width, height), (width, height, high)


SCALE = "return getComputedStyle($('notice')).getPropertyValue('--nk').trim()"
# the size both languages would get under each other (the band as it was drawn before)
TOGETHER = ("$('notice-first').textContent = arguments[0];"
            "$('notice-second').textContent = arguments[1]; return fitNotice();")


def test_a_long_notice_on_the_tv_page_shows_its_languages_in_turns(hub, browser):  # noqa: F811
    """Both languages under each other would shrink below 80 % (down to 40 %): they take
    turns, each larger: at 80 % or more on a landscape TV; on a portrait one (its band is
    lower than the Qt display's) a step (6 %) or more larger than the two together."""
    _post(hub, {"vi": LONG_VI, "zh_CN": LONG_ZH}, -60, 3600)
    browser.get(f"{hub.url}/display?token={hub.token('display')}")
    for width, height in ((1920, 1080), (1080, 1920)):
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        _wait(browser, "return innerWidth + 'x' + innerHeight", f"{width}x{height}")
        _wait(browser, "return $('notice').classList.contains('on')", True)
        together = browser.execute_script(TOGETHER, LONG_VI, LONG_ZH)
        assert together < 0.8, (width, height)
        browser.execute_script("langTurn = 0; renderNotice();")
        _wait(browser, SHOWN, f"{LONG_VI}|")
        least = 0.8 if width > height else round(together + 0.06, 2)
        assert round(float(browser.execute_script(SCALE)), 2) >= least, (width, height)
        browser.execute_script("langTurn++; renderNotice();")  # the turn's tick (every 5 s)
        assert browser.execute_script(SHOWN) == f"{LONG_ZH}|"
        assert round(float(browser.execute_script(SCALE)), 2) >= least, (width, height)
