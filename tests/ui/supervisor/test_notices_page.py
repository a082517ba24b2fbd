"""The supervisor's "Notices" page against a real hub: a notice typed and posted with the real
button is in force on the hub and listed; a wrong one is refused in words naming the field
and changes nothing; the real "Withdraw" button takes it off every screen."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402

WAIT = 8000
VI = "Thứ Bảy 12/12 tạm ngừng cấp điện từ 8:00 đến 11:00"
ZH = "12月12日（周六）8:00至11:00暂停供电"


@pytest.fixture
def page(signed_in):
    w = signed_in()
    assert w.tabs.tabText(w.tabs.indexOf(w.notices)) == "Notices"
    w.tabs.setCurrentWidget(w.notices)
    return w.notices


def table(page) -> list[list[str]]:
    t = page.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_post_and_withdraw_with_the_real_buttons(qtbot, hub, page) -> None:
    start = page.starts.dateTime()
    # By default from now, on the hall's clock (whatever this PC's time zone).
    assert start.toString("yyyy-MM-dd HH:mm") == hub.hall.now().astimezone(
        ZoneInfo("Asia/Ho_Chi_Minh")).strftime("%Y-%m-%d %H:%M")
    assert page.ends.dateTime() == start.addDays(1)  # from now until tomorrow, by default
    page.starts.setDateTime(start.addSecs(-3600))
    page.texts["vi"].setText(VI)  # (QTest types only what a US keyboard has)
    page.texts["zh_CN"].setText(ZH)
    qtbot.mouseClick(page.post, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("Notice posted"), timeout=WAIT)
    [notice] = hub.hall.current_notices()
    assert notice.text == {"vi": VI, "zh_CN": ZH} and notice.by == "GS01"
    shown = start.addSecs(-3600).toString("dd/MM/yyyy HH:mm")
    qtbot.waitUntil(lambda: len(table(page)) == 1, timeout=WAIT)
    # The English page shows the hall's first language where no English was typed.
    assert table(page) == [[shown, start.addDays(1).toString("dd/MM/yyyy HH:mm"),
                            "In force", VI, "GS01"]]
    assert page.texts["vi"].text() == ""  # the form is ready for the next one

    page.table.selectRow(0)
    assert page.withdraw.isEnabled()
    qtbot.mouseClick(page.withdraw, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table(page) and table(page)[0][2] == "Withdrawn", timeout=WAIT)
    assert page.status.text() == "Notice withdrawn: it is shown nowhere from now on."
    assert hub.hall.current_notices() == []
    page.table.selectRow(0)
    assert not page.withdraw.isEnabled()  # withdrawn already


def test_a_wrong_notice_is_refused_naming_the_field(qtbot, hub, page) -> None:
    page.ends.setDateTime(page.starts.dateTime().addSecs(-60))
    qtbot.keyClicks(page.texts["en"], "Closed")
    qtbot.mouseClick(page.post, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.status.text()), timeout=WAIT)
    assert page.status.text() == "Check “Shown until”: A notice must end after it starts."
    page.clear_form()
    qtbot.mouseClick(page.post, Qt.MouseButton.LeftButton)  # no text at all
    qtbot.waitUntil(lambda: page.status.text() == "Write the notice in at least one language.",
                    timeout=WAIT)
    assert hub.hall.notices() == []
    assert page.ends.dateTime() == page.starts.dateTime().addDays(1)
