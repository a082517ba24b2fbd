"""Pages whose address is their secret (a phone ticket's, a case's) tell search engines to
keep out and browsers to send their address to no other site."""

from __future__ import annotations

import httpx
from conftest import HubFixture
from test_case_page import open_case

PRIVATE = ('<meta name="robots" content="noindex">', '<meta name="referrer" content="no-referrer">')


def test_a_phone_tickets_page_and_a_cases_page_keep_their_address_to_themselves(
        hub: HubFixture) -> None:
    hub.hall.set_appointment_plan({"service": "B", "capacity": 2, "slot_min": 30,
                                   "phone_daily_limit": 3})
    out, _ = hub.hall.take_phone_ticket("B", "0901000001", "vi")
    phone = httpx.get(f"{hub.url}/q/{out['token']}").text
    number, key = open_case(hub)
    case = httpx.get(f"{hub.url}/c/{number}/{key}").text
    for page in (phone, case):
        for meta in PRIVATE:
            assert meta in page


def test_the_language_links_carry_standard_tags(hub: HubFixture) -> None:
    """A browser picks the Simplified or Traditional Chinese font by a link's lang tag."""
    hub.hall.set_appointment_plan({"service": "B", "capacity": 2, "slot_min": 30,
                                   "phone_daily_limit": 3})
    out, _ = hub.hall.take_phone_ticket("B", "0901000002", "vi")
    for path in ("/book", f"/q/{out['token']}"):
        page = httpx.get(f"{hub.url}{path}").text
        assert 'lang="zh-CN">简体中文' in page and 'lang="zh-TW">繁體中文' in page, path
        assert 'lang="zh_CN"' not in page
