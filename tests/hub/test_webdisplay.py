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
