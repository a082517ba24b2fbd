"""The supervisor's set-up forms: a value the hub refuses is named by its form label, in the
user's language, and the hall keeps its set-up."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402


@pytest.fixture
def zh_window(signed_in):
    w = signed_in("zh_CN")
    w.tabs.setCurrentWidget(w.setup)
    return w


def test_a_refused_hall_setting_is_named_in_chinese(qtbot, hub, zh_window):
    page = zh_window.setup.hall
    zh_window.setup.setCurrentWidget(page)
    before = hub.hall.info
    page.message.setText("公告" * 151)  # 302 characters; the hall shows at most 300
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() ==
                    "大厅显示屏上的消息：此值无效，未做任何更改。", timeout=5000)
    assert hub.hall.info == before


def test_a_refused_time_zone_keeps_its_code_text_and_names_the_field(qtbot, hub, zh_window):
    page = zh_window.setup.hall
    zh_window.setup.setCurrentWidget(page)
    page.timezone.setText("Mars/Olympus")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("请检查“时区”：大厅设置无效"), timeout=5000)
    assert hub.hall.info.timezone == "Asia/Ho_Chi_Minh"
