"""The supervisor's "what if": today's customers replayed with other counters per hour.

The supervisor sets how many counters would be open in each hour (it starts from how many
called customers in that hour today) and presses Replay: today's customers, each with the
counter time he really took, are replayed (`hallq.domain.replay`), the services that the
hall's counters serve together sharing their counters, and each hour shows its customers,
their mean wait and the share within target. Nothing is sent to the hub.
"""

from __future__ import annotations

from collections import Counter as Count
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallq.domain.replay import (
    ReplayResult,
    pools_of,
    replay,
    split_counters,
    visits_from_tickets,
)
from ui.base import Retranslating
from ui.client import HallClient
from ui.text import PlainLabel

FIRST_HOUR, LAST_HOUR = 7, 17


def _num(x: float, lang: str) -> str:
    text = f"{x:.1f}"
    return text.replace(".", ",") if lang == "vi" else text


class WhatIfPage(Retranslating, QWidget):
    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.lang = lang
        self.result: ReplayResult | None = None
        self.intro = PlainLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.spins: dict[int, QSpinBox] = {}
        self.replay_button = QPushButton()
        self.reset_button = QPushButton()
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.replay_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.replay_button.clicked.connect(self.run)
        self.reset_button.clicked.connect(self.reset)
        self.retranslate_ui()

    # ------------------------------------------------------------ today's data
    def hall_counters(self) -> list[list[str]]:
        return [list(c.get("services") or []) for c in self.client.counters.values()]

    def timezone(self) -> str:
        return (self.client.snapshot.get("hall") or {}).get("timezone") or "Asia/Ho_Chi_Minh"

    def today_counters(self) -> dict[int, int]:
        """Per hour, how many counters called a customer today."""
        tz = ZoneInfo(self.timezone())
        seen: dict[int, set[Any]] = {}
        for t in self.client.tickets.values():
            if t.get("called_at") and t.get("counter") is not None:
                h = datetime.fromisoformat(t["called_at"]).astimezone(tz).hour
                seen.setdefault(h, set()).add(t["counter"])
        return {h: len(c) for h, c in seen.items()}

    def hours(self) -> list[int]:
        """The opening hours, and any other hour in which customers came today."""
        tz = ZoneInfo(self.timezone())
        came = {datetime.fromisoformat(t["queued_at"]).astimezone(tz).hour
                for t in self.client.tickets.values() if t.get("queued_at")}
        return list(range(min(came | {FIRST_HOUR}), max(came | {LAST_HOUR}) + 1))

    def _fill_rows(self) -> None:
        hours = self.hours()
        self.spins = {}
        self.table.setRowCount(len(hours))
        for row, h in enumerate(hours):
            self.table.setItem(row, 0, QTableWidgetItem(f"{h:02d}:00"))
            spin = QSpinBox()
            spin.setRange(0, 999)
            self.spins[h] = spin
            self.table.setCellWidget(row, 1, spin)
            for col in (2, 3, 4):
                self.table.setItem(row, col, QTableWidgetItem(""))

    def reset(self) -> None:
        """Back to today's counters per hour."""
        self.result = None
        self._fill_rows()
        seen = self.today_counters()
        limit = max(1, len(self.client.counters))
        for h, spin in self.spins.items():
            spin.setMaximum(limit)
            spin.setValue(seen.get(h, 0))
        self.show_result()

    def showEvent(self, event: Any) -> None:
        if self.result is None:
            self.reset()
        super().showEvent(event)

    # ------------------------------------------------------------ the replay
    def staffing(self) -> tuple[dict[int, dict[str, int]], dict[str, str]]:
        pools = pools_of(self.hall_counters())
        sizes = Count(pools.get(c[0], c[0]) for c in self.hall_counters() if c)
        return ({h: split_counters(spin.value(), dict(sizes)) for h, spin in self.spins.items()},
                pools)

    def run(self) -> None:
        services = {s["prefix"]: s for s in self.client.snapshot.get("services", [])}
        visits = visits_from_tickets(
            self.client.tickets.values(),
            {p: float(s.get("typical_service_min") or 5.0) for p, s in services.items()},
            self.timezone())
        staffing, pools = self.staffing()
        targets = {p: float(s.get("target_wait_min") or 15) for p, s in services.items()}
        self.result = replay(visits, staffing, targets, pools)
        self.show_result()

    def show_result(self) -> None:
        r = self.result
        by_hour = {h.hour: h for h in r.hours} if r else {}
        for row, h in enumerate(self.spins):
            got = by_hour.get(h)
            cells = ("", "", "") if got is None else (
                str(got.customers),
                "—" if got.mean_wait_min is None else _num(got.mean_wait_min, self.lang),
                f"{round(100 * got.within / got.customers)}%" if got.customers else "")
            for col, text in enumerate(cells, start=2):
                self.table.item(row, col).setText(text)
        if r is None:
            self.summary.setText("")
        elif not r.waits:
            self.summary.setText(self.tr("No customers today yet: nothing to replay."))
        else:
            self.summary.setText(self.tr("Replayed: {share}% of {n} customers within their "
                                         "target wait, {unserved} not served before the end "
                                         "of the day.").format(
                share=round(100 * (r.share_within or 0.0)), n=len(r.waits),
                unserved=r.unserved))

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr("What if other counters had been open? Set the counters "
                                   "open in each hour and press Replay: today's customers "
                                   "are replayed with the time each really took."))
        self.replay_button.setText(self.tr("Replay"))
        self.reset_button.setText(self.tr("Today's counters"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Hour"), self.tr("Counters open"), self.tr("Customers"),
            self.tr("Mean wait (min)"), self.tr("Within target")])
        self.show_result()
