"""Numbers by the window's language: a Vietnamese clerk reads "4,5", a Chinese one "4.5"."""

from __future__ import annotations

import pytest

from ui.app import set_language
from ui.counter.queue import QueueModel
from ui.counter.work import WorkPage


@pytest.mark.parametrize(("lang", "mean", "rating"), [("vi", "4,5", "3,8"),
                                                       ("zh_CN", "4.5", "3.8")])
def test_the_clerks_day_writes_decimals_as_the_language_does(qtbot, lang, mean, rating):
    set_language(lang)
    try:
        page = WorkPage(QueueModel(lambda p: p, lambda k: k))
        qtbot.addWidget(page)
        page.show_day({"served": 12, "mean_service_min": 4.5, "mean_rating": 3.8,
                       "ratings": 9})
        assert mean in page.day.text() and f"{rating}/4" in page.day.text()
    finally:
        set_language("en")
