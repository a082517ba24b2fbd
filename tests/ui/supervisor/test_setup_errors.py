"""The supervisor's set-up forms: a value the hub refuses is named by its form label, in the
user's language, and the hall keeps its set-up."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from tools import i18n  # noqa: E402
from ui import app as uiapp  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.supervisor.alerts import AlertSound  # noqa: E402
from ui.supervisor.window import SupervisorWindow  # noqa: E402


@pytest.fixture
def zh_window(qtbot, hub):
    if any(not (i18n.I18N / f"hallq_{x}.qm").exists() or
           (i18n.I18N / f"hallq_{x}.qm").stat().st_mtime < i18n.ts_path(x).stat().st_mtime
           for x in i18n.TRANSLATED):
        i18n.build()
    s = hsettings.defaults()
    s.values["device"].update(fullscreen=False, language="zh_CN")
    uiapp.set_language("zh_CN")
    client = HallClient(hub.url, hub.token("supervisor"))
    w = SupervisorWindow(client, s, sound=AlertSound(enabled=False))
    qtbot.addWidget(w)
    with qtbot.waitSignal(client.connectedChanged, timeout=5000):
        client.start()
    w.show()
    qtbot.keyClicks(w.login_page.code, "GS01")
    qtbot.keyClicks(w.login_page.pin, "9999")
    qtbot.mouseClick(w.login_page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.main_page, timeout=5000)
    w.tabs.setCurrentWidget(w.setup)
    yield w
    client.stop()
    uiapp.set_language("en")


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
