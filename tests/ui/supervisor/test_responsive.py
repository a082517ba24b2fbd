"""The supervisor's row that stacks its parts: a part that grows while the row is hidden
(its tab not shown) gets its height when the row shows again."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ui.supervisor.responsive import ResponsiveRow, ScrollWhenShort


def _box(lines: int) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    for i in range(lines):
        column.addWidget(QLabel(f"line {i}"))
    column.addWidget(QPushButton("Save the appointment set-up"))
    return box


def test_a_part_grown_while_its_tab_was_hidden_is_not_squeezed(qtbot) -> None:
    left, right = _box(2), _box(2)
    row = ResponsiveRow(left, right)
    page = QWidget()
    QVBoxLayout(page).addWidget(ScrollWhenShort(row))
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "live")
    tabs.addTab(page, "appointments")
    qtbot.addWidget(tabs)
    tabs.resize(1200, 900)
    tabs.show()
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: left.height() >= left.minimumSizeHint().height())
    tabs.setCurrentIndex(0)  # the appointments tab hidden: its plans come in meanwhile
    for i in range(8):
        left.layout().insertWidget(0, QLabel(f"service {i}"))
    qtbot.wait(50)
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: left.isVisible())
    qtbot.wait(50)
    assert not row.stacked
    assert left.height() >= left.minimumSizeHint().height(), (
        left.height(), left.minimumSizeHint().height())
