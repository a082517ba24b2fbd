"""The kiosk's "issued" screen: the wait's usual range on a line of its own under the
estimate ("about 6 min" / "(usually 4–9 min)"), and today's text when there is no range."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from ui.app import set_language  # noqa: E402
from ui.kiosk.issued import NO_PRINTER, IssuedPage  # noqa: E402

TICKET = {"id": 7, "number": "B004", "service": "B", "priority": ""}
WITH_RANGE = {"ticket": TICKET, "ahead": 3, "eta_min": 6.2, "eta_low_min": 4.4,
              "eta_high_min": 8.6}


@pytest.fixture
def page(qtbot):
    p = IssuedPage()
    qtbot.addWidget(p)
    yield p
    set_language("en")


def _show(page: IssuedPage, lang: str, reply: dict) -> str:
    set_language(lang)  # the page retranslates on the language change
    page.language = lang
    page.show_ticket(reply, None, NO_PRINTER)
    return page.facts.text()


@pytest.mark.parametrize(("lang", "text"), [
    ("vi", "Số người trước quý khách: 3\n"
           "Thời gian chờ dự kiến: khoảng 6 phút\n"
           "(thường từ 4 đến 9 phút)"),
    ("zh_CN", "您前面还有：3 人\n"
              "预计等候：约 6 分钟\n"
              "（一般 4–9 分钟）"),
    ("zh_TW", "您前面還有：3 人\n"
              "預計等候：約 6 分鐘\n"
              "（一般 4–9 分鐘）"),
    ("en", "People ahead of you: 3\n"
           "Estimated wait: about 6 min\n"
           "(usually 4–9 min)"),
])
def test_the_range_stands_under_the_estimate(page, lang, text):
    assert _show(page, lang, WITH_RANGE) == text


@pytest.mark.parametrize(("reply", "vi", "zh_cn"), [
    # an estimate without a range (a hub from before ranges): today's two lines
    ({"ticket": TICKET, "ahead": 3, "eta_min": 6.2},
     "Số người trước quý khách: 3\nThời gian chờ dự kiến: khoảng 6 phút",
     "您前面还有：3 人\n预计等候：约 6 分钟"),
    ({"ticket": TICKET, "ahead": 3, "eta_min": 6.2, "eta_low_min": None,
      "eta_high_min": None},
     "Số người trước quý khách: 3\nThời gian chờ dự kiến: khoảng 6 phút",
     "您前面还有：3 人\n预计等候：约 6 分钟"),
    # the turn is under a minute away: "you are next", no range
    ({"ticket": TICKET, "ahead": 0, "eta_min": 0.4, "eta_low_min": 0.0,
      "eta_high_min": 1.4},
     "Số người trước quý khách: 0\n"
     "Thời gian chờ dự kiến: quý khách là người tiếp theo",
     "您前面还有：0 人\n预计等候：下一位就是您"),
    # a range that rounds to one number: "about 2 min" says it all
    ({"ticket": TICKET, "ahead": 1, "eta_min": 2.2, "eta_low_min": 2.0,
      "eta_high_min": 2.4},
     "Số người trước quý khách: 1\nThời gian chờ dự kiến: khoảng 2 phút",
     "您前面还有：1 人\n预计等候：约 2 分钟"),
])
def test_without_a_range_the_screen_reads_as_before(page, reply, vi, zh_cn):
    assert _show(page, "vi", reply) == vi
    assert _show(page, "zh_CN", reply) == zh_cn
