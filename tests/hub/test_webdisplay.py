"""The web hall display in headless Chromium: it follows the hub live and survives a restart."""

from __future__ import annotations

import shutil
import tempfile
import time
import urllib.request
from urllib.error import HTTPError

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = "/usr/bin/chromedriver" if shutil.which("/usr/bin/chromedriver") else \
    shutil.which("chromedriver")


@pytest.fixture
def browser():
    if not CHROMIUM or not CHROMEDRIVER:
        pytest.skip("chromium and chromium-driver are not installed (apt install chromium "
                    "chromium-driver)")
    # Loaded only when chromium is there to drive (an optional set-up, not an import cycle).
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="hallq-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                f"--user-data-dir={profile}", "--window-size=1920,1080"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _wait(driver, script: str, expected, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    value = None
    while time.monotonic() < deadline:
        value = driver.execute_script(script)
        if value == expected:
            return value
        time.sleep(0.05)
    raise AssertionError(f"{script!r} gave {value!r}, expected {expected!r}")


def hold_messages(driver) -> None:
    """The page takes no more messages from the hub: a summary a test draws is not replaced
    by one the hub still owes (it sends one a quarter of a second after any change)."""
    driver.execute_script("socket.onmessage = null;")


LATEST = "return document.getElementById('latest-number').textContent"
COUNTER = "return document.getElementById('latest-counter').textContent"
ONLINE = "return document.body.dataset.online"


def test_a_call_appears_on_the_web_display(hub, browser):
    with pytest.raises(HTTPError) as err:  # (shares the hub: each one costs seconds)
        urllib.request.urlopen(f"{hub.url}/display?token=nope", timeout=5)
    assert err.value.code == 401
    assert "not paired" in err.value.read().decode()
    hub.hall.issue("A")
    hub.hall.issue("A")
    hub.hall.issue("C")
    hub.hall.login("NV03", "3333", 3)
    browser.get(f"{hub.url}/display?token={hub.token('display')}")
    _wait(browser, ONLINE, "1")
    assert browser.execute_script(LATEST) == "—"
    assert "Điện lực Quận 3" in browser.find_element("id", "hall-name").text
    assert "Hotline 19001006" in browser.find_element("id", "message").text
    # The caption over the called number, in the Qt hall display's words (vi, then zh_CN).
    assert browser.find_element("id", "latest-caption").text == "Đang mời / 正在叫号"

    hub.hall.call_next(3)  # the hub's own command path: the page hears it over /ws
    _wait(browser, LATEST, "A001")
    assert browser.execute_script(COUNTER) == "Quầy 3"
    assert "hl" in browser.find_element("id", "latest").get_attribute("class")
    # The hub sends the per-service summary a moment after the events (it batches them).
    _wait(browser, "return document.querySelector('.svc[data-prefix=A] .w').textContent",
          "1 người chờ")
    # Service names in the hall's first two languages (vi, then zh_CN): never three.
    names = browser.find_element("css selector", ".svc[data-prefix=A]").text
    assert "Thanh toán tiền điện" in names and "缴纳电费" in names
    assert "Pay a bill" not in names

    # The hub restarts; meanwhile another call happens; the page catches up by itself.
    hub.server.stop()
    _wait(browser, ONLINE, "0")
    hub.hall.finish(3)
    hub.hall.call_next(3)
    hub.restart()
    _wait(browser, LATEST, "A002", timeout=15)
    _wait(browser, ONLINE, "1")
    recent = browser.find_element("id", "recent-table").text
    assert "A001" in recent
    browser.save_screenshot(str(hub.db.parent / "web-display.png"))


CARD_ETA = "return document.querySelector('.svc[data-prefix=%s] .e').textContent"
# The hub's summary line for one service, as the page gets it over /ws.
SET_SUMMARY = "summary = arguments[0]; renderServices();"
SET_LANGUAGES = "snap.hall.languages = arguments[0]; renderStatic(); renderServices();"


def _line(waiting=3, eta=6.2, low=4.4, high=8.6) -> dict:
    """A summary line as the hub makes it: the shown figures by hallq's own rules."""
    from hallq.domain.estimate import shown_range

    span = shown_range(eta, low, high)
    return {"waiting": waiting, "longest_min": 1.0, "eta_min": eta, "eta_low_min": low,
            "eta_high_min": high, "opens_at": None, "target_min": 15,
            "eta_round_min": None if eta is None else round(eta),
            "eta_shown_range": list(span) if span else None}


def test_the_web_cards_show_the_range_beside_the_estimate(hub, browser):
    from hallq.domain.estimate import shown_range

    hub.hall.login("NV01", "1111", 1)  # counter 1 serves A and E: they have an estimate
    for service in "AAAEE":
        hub.hall.issue(service)
    browser.get(f"{hub.url}/display?token={hub.token('display')}")
    _wait(browser, ONLINE, "1")
    _wait(browser, CARD_ETA % "A" + ".length > 0", True)
    hold_messages(browser)
    # What the hub sent, shown by the same rule as the Qt display (hallq's shown_range).
    sent = browser.execute_script("return summary")["A"]
    span = shown_range(sent["eta_min"], sent["eta_low_min"], sent["eta_high_min"])
    assert span is not None, sent
    eta = round(sent["eta_min"])
    assert (sent["eta_round_min"], sent["eta_shown_range"]) == (eta, list(span))
    assert browser.execute_script(CARD_ETA % "A") == f"≈ {eta} phút ({span[0]}–{span[1]})"

    browser.execute_script(SET_SUMMARY, {
        "A": _line(),  # 6.2, 4.4 to 8.6
        "B": _line(low=None, high=None),  # no range sent: today's text
        "C": _line(eta=45.5, low=30.5, high=63.5),  # halves to even, as Python rounds
        "D": _line(eta=2.2, low=2.0, high=2.4),  # rounds to one number
        "E": _line(eta=0.4, low=0.0, high=1.4),  # under a minute: very soon
    })
    cards = {p: browser.execute_script(CARD_ETA % p) for p in "ABCDE"}
    assert cards == {"A": "≈ 6 phút (4–9)", "B": "≈ 6 phút", "C": "≈ 46 phút (30–64)",
                     "D": "≈ 2 phút", "E": "Sắp đến lượt"}
    browser.execute_script(SET_LANGUAGES, ["zh_CN", "vi"])
    assert browser.execute_script(CARD_ETA % "A") == "约 6 分钟 (4–9)"
    assert browser.execute_script(CARD_ETA % "B") == "约 6 分钟"
    browser.execute_script(SET_LANGUAGES, ["zh_TW", "vi"])
    assert browser.execute_script(CARD_ETA % "A") == "約 6 分鐘 (4–9)"
    browser.execute_script(SET_LANGUAGES, ["en"])
    assert browser.execute_script(CARD_ETA % "A") == "≈ 6 min (4–9)"


def test_under_a_minute_the_page_says_very_soon_never_0_min(hub, browser):
    """People wait and the estimate rounds below a minute: the card says the turn is very
    soon, in the words of the Qt display, never "≈ 0 min"."""
    browser.get(f"{hub.url}/display?token={hub.token('display')}")
    _wait(browser, ONLINE, "1")
    _wait(browser, "return document.querySelectorAll('.svc').length", 5)
    browser.execute_script(SET_SUMMARY, {
        "A": _line(eta=0.4, low=0.0, high=1.4),  # with a range
        "B": _line(eta=0.5, low=None, high=None),  # a half rounds to 0 as Python rounds
        "C": _line(eta=0.0, low=0.0, high=0.0),
        "D": _line(eta=0.51, low=None, high=None),  # rounds to 1: a minute
        "E": _line(waiting=0, eta=0.0),  # nobody waiting: no line at all
    })
    for langs, soon, one in ((["vi", "zh_CN"], "Sắp đến lượt", "≈ 1 phút"),
                             (["zh_CN", "vi"], "即将叫号", "约 1 分钟"),
                             (["zh_TW", "vi"], "即將叫號", "約 1 分鐘"),
                             (["en"], "very soon", "≈ 1 min")):
        browser.execute_script(SET_LANGUAGES, langs)
        cards = [browser.execute_script(CARD_ETA % p) for p in "ABCDE"]
        browser.save_screenshot(str(hub.db.parent / f"tv-soon-{langs[0]}.png"))
        assert cards == [soon, soon, soon, one, ""], langs


def test_the_page_rounds_the_estimate_as_the_qt_display_does(hub, browser):
    """Halves to the even number (6.5 -> 6, 2.5 -> 2, 7.5 -> 8), with a range or without:
    the smart-TV page and the Qt display show the same figure."""
    browser.get(f"{hub.url}/display?token={hub.token('display')}")
    _wait(browser, ONLINE, "1")
    _wait(browser, "return document.querySelectorAll('.svc').length", 5)
    browser.execute_script(SET_SUMMARY, {
        "A": _line(eta=6.5, low=None, high=None), "B": _line(eta=2.5, low=None, high=None),
        "C": _line(eta=7.5, low=None, high=None), "D": _line(eta=6.5, low=4.4, high=8.6),
        "E": _line(eta=2.5, low=2.1, high=2.4),  # the range rounds to the one number
    })
    cards = [browser.execute_script(CARD_ETA % p) for p in "ABCDE"]
    assert cards == ["≈ 6 phút", "≈ 2 phút", "≈ 8 phút", "≈ 6 phút (4–9)", "≈ 2 phút"]
