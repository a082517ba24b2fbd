"""A customer's page left open in a browser: it reloads when its case moves, never while the
customer is writing in one of its forms (the words would be lost)."""

from __future__ import annotations

from test_case_page import open_case
from test_webdisplay import _wait, browser  # noqa: F401 - the fixture

UNTOUCHED = "return untouched()"
STATUS = "return document.getElementById('status').textContent"


def test_the_case_page_reloads_on_a_move_but_not_under_the_customers_pen(hub, browser):  # noqa: F811
    number, key = open_case(hub)
    browser.get(f"{hub.url}/c/{number}/{key}?lang=en")
    _wait(browser, STATUS, "Received")
    browser.execute_script("window.before = 1")  # gone once the page has reloaded
    hub.hall.set_case_status(number, "in_progress", by="NV04")
    _wait(browser, STATUS, "In progress")  # live: reloaded by itself
    assert browser.execute_script("return window.before") is None
    assert browser.execute_script(UNTOUCHED) is True
    # The customer starts a complaint: a move now would take the text with the page.
    browser.execute_script("document.querySelector('textarea').value = 'Chưa ai gọi lại';")
    assert browser.execute_script(UNTOUCHED) is False
    browser.execute_script("document.querySelector('textarea').value = '';")
    assert browser.execute_script(UNTOUCHED) is True
