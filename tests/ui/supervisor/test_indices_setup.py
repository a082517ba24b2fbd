"""The supervisor's set-up of the satisfaction questions: the sample set listed, a question
edited, added and removed with real buttons, a refused one named in Vietnamese."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402


@pytest.fixture
def vi_window(signed_in):
    w = signed_in("vi")
    w.tabs.setCurrentWidget(w.setup)
    w.setup.setCurrentWidget(w.setup.indices)
    return w


def texts(table, column: int) -> list[str]:
    return [table.item(i, column).text() for i in range(table.rowCount())]


def test_questions_are_edited_added_and_removed(qtbot, hub, vi_window):
    setup = vi_window.setup
    page = setup.indices
    assert setup.tabText(setup.indexOf(page)) == "Câu hỏi khảo sát hài lòng"
    page.reload()
    qtbot.waitUntil(lambda: page.table.rowCount() == 7, timeout=5000)
    assert texts(page.table, 0)[:2] == ["access", "waiting_time"]
    assert texts(page.table, 1)[1] == "Quý khách có hài lòng với thời gian chờ không?"
    assert page.save_button.text() == "Lưu câu hỏi"
    # edit the second question's Vietnamese
    page.table.selectRow(1)
    assert page.key.text() == "waiting_time"
    page.questions["vi"].setText("Thời gian chờ có hợp lý không?")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() == "Đã lưu câu hỏi waiting_time.", timeout=5000)
    assert hub.hall.satisfaction_indices()[1]["question"]["vi"] == \
        "Thời gian chờ có hợp lý không?"
    # a new one, with a key the hall refuses: named, nothing changes
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.key.setText("Sạch sẽ")  # QTest types Latin-1 only
    page.questions["vi"].setText("Sảnh có sạch sẽ không?")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Câu hỏi khảo sát hài lòng" in page.status.text(), timeout=5000)
    assert page.status.text() == ("Câu hỏi khảo sát hài lòng: giá trị này không hợp lệ. "
                                  "Chưa có gì thay đổi.")
    assert len(hub.hall.satisfaction_indices()) == 7
    page.key.setText("cleanliness")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 8, timeout=5000)
    assert hub.hall.satisfaction_indices()[-1] == {
        "key": "cleanliness", "question": {"vi": "Sảnh có sạch sẽ không?"}}
    # remove the first, after confirming
    page.confirm = lambda text: "access" in text
    page.table.selectRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() == "Đã bỏ câu hỏi access.", timeout=5000)
    assert [ix["key"] for ix in hub.hall.satisfaction_indices()][:2] == \
        ["waiting_time", "staff_attitude"]
    assert page.table.rowCount() == 7
