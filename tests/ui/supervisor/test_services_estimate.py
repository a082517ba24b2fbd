"""The supervisor's services table says what a ticket taken now would wait, as the hall
display does: never "≈ 0 min", the usual range beside the estimate, when a service opens."""

from __future__ import annotations

import pytest

from ui.supervisor.live import ServicesTable


def _row(waiting: int, eta: float | None, low: float | None = None,
         high: float | None = None, opens_at: str | None = None, staffed: bool = True) -> dict:
    return {"prefix": "A", "name": "A · Thanh toán tiền điện", "waiting": waiting,
            "longest_min": 0.0, "target_min": 10, "limit": None, "eta_min": eta,
            "eta_low_min": low, "eta_high_min": high, "opens_at": opens_at, "served": 0,
            "staffed": staffed}


def _eta(table: ServicesTable, row: dict) -> str:
    table.update_rows([row])
    return table.item(0, 3).text()


@pytest.mark.parametrize(("row", "en", "vi", "zh"), [
    (_row(0, 0.0), "no wait", "không phải chờ", "无需等候"),
    (_row(2, 0.4, 0.3, 1.4), "< 1 min", "dưới 1 phút", "不到 1 分钟"),
    (_row(3, 6.2, 4.0, 8.7), "≈ 6 min (4–9)", "≈ 6 phút (4–9)", "约 6 分钟 (4–9)"),
    (_row(1, 2.4, 1.6, 2.4), "≈ 2 min", "≈ 2 phút", "约 2 分钟"),  # the range rounds to 2
    (_row(4, None, opens_at="13:30"), "opens at 13:30", "mở lúc 13:30", "13:30 开始办理"),
    (_row(4, None), "—", "—", "—"),  # counters open, but the wait is not known yet
    (_row(4, None, staffed=False), "no open counter", "không có quầy mở", "没有开放的窗口"),
    (_row(0, None, staffed=False), "—", "—", "—"),  # nobody waits for it
])
def test_the_estimated_wait_column(qtbot, language, row, en, vi, zh) -> None:
    table = ServicesTable()
    qtbot.addWidget(table)
    assert _eta(table, row) == en
    language("vi")
    assert _eta(table, row) == vi
    language("zh_CN")
    assert _eta(table, row) == zh
