"""The supervisor's appointment set-up: the hall's calendar (opening periods, working days,
holidays) and, per service, customers a slot, slot length and tickets a day from phones."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.base import Retranslating
from ui.client import HallClient
from ui.errors import error_text
from ui.text import PlainLabel

PERIOD = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")


def periods_text(periods: list[list[str]]) -> str:
    return ", ".join(f"{a}–{b}" for a, b in periods)


def parse_periods(text: str) -> list[list[str]] | None:
    """ "07:30–11:30, 13:30–17:00" -> [["07:30", "11:30"], ["13:30", "17:00"]]; None if not
    written so (the hub checks the order and the hours)."""
    out = []
    for part in text.split(","):
        m = PERIOD.match(part)
        if m is None:
            return None
        h1, m1, h2, m2 = m.groups()
        out.append([f"{int(h1):02d}:{m1}", f"{int(h2):02d}:{m2}"])
    return out


class PlansBox(Retranslating, QGroupBox):
    def __init__(self, client: HallClient, names: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.names = names  # prefix -> the service's name in the window's language
        self.hours = QLineEdit()
        self.days = [QCheckBox() for _ in range(7)]
        self.holidays = QLineEdit()
        self.grid = QGridLayout()
        self.rows: dict[str, tuple[QSpinBox, QSpinBox, QSpinBox]] = {}
        self.save = QPushButton()
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.hours_label, self.holidays_label = PlainLabel(), PlainLabel()
        self.heads = [PlainLabel() for _ in range(4)]
        days_row = QHBoxLayout()
        for b in self.days:
            days_row.addWidget(b)
        days_row.addStretch(1)
        for i, h in enumerate(self.heads):
            self.grid.addWidget(h, 0, i)
        layout = QVBoxLayout(self)
        for label, field in ((self.hours_label, self.hours),
                             (self.holidays_label, self.holidays)):
            row = QHBoxLayout()
            row.addWidget(label)
            row.addWidget(field, 1)
            layout.addLayout(row)
        layout.addLayout(days_row)
        layout.addLayout(self.grid)
        layout.addWidget(self.save)
        layout.addWidget(self.status)
        self.save.clicked.connect(self.on_save)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Appointments: calendar and places"))
        self.hours_label.setText(self.tr("Opening hours"))
        self.hours.setPlaceholderText("07:30–11:30, 13:30–17:00")
        self.holidays_label.setText(self.tr("Holidays (YYYY-MM-DD, …)"))
        for b, text in zip(self.days, (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"),
                                       self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                                       self.tr("Sun")), strict=True):
            b.setText(text)
        for h, text in zip(self.heads, (self.tr("Service"), self.tr("Customers a slot"),
                                        self.tr("Slot (minutes)"),
                                        self.tr("Phone tickets a day")), strict=True):
            h.setText(text)
        self.save.setText(self.tr("Save the appointment set-up"))

    def refresh(self) -> None:
        self.client.appointment_plans(self._loaded)

    def _loaded(self, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            self.status.setText(error_text(data))
            return
        cal = data["calendar"]
        self.hours.setText(periods_text(cal["opening_hours"]))
        for i, b in enumerate(self.days, start=1):
            b.setChecked(i in cal["open_weekdays"])
        self.holidays.setText(", ".join(cal["holidays"]))
        for r, p in enumerate(data["plans"], start=1):
            if p["service"] not in self.rows:
                spins = (QSpinBox(), QSpinBox(), QSpinBox())
                for spin, (lo, hi) in zip(spins, ((0, 50), (5, 240), (0, 999)), strict=True):
                    spin.setRange(lo, hi)
                self.grid.addWidget(PlainLabel(self.names(p["service"])), r, 0)
                for c, spin in enumerate(spins, start=1):
                    self.grid.addWidget(spin, r, c)
                self.rows[p["service"]] = spins
            cap, slot, phone = self.rows[p["service"]]
            cap.setValue(p["capacity"])
            slot.setValue(p["slot_min"])
            phone.setValue(p["phone_daily_limit"])

    def on_save(self) -> None:
        periods = parse_periods(self.hours.text())
        if periods is None:
            self.status.setText(self.tr("Write the opening hours as 07:30–11:30, 13:30–17:00."))
            return
        hall = {"opening_hours": periods,
                "open_weekdays": [i for i, b in enumerate(self.days, start=1) if b.isChecked()],
                "holidays": [d.strip() for d in self.holidays.text().split(",") if d.strip()]}
        pending = [len(self.rows) + 1]
        errors: list[str] = []

        def done(ok: bool, data: dict[str, Any]) -> None:
            if not ok:
                errors.append(error_text(data))
            pending[0] -= 1
            if pending[0] == 0:
                self.status.setText("\n".join(errors) if errors else self.tr("Saved."))

        self.client.put_hall(hall, done)
        for service, (cap, slot, phone) in self.rows.items():
            self.client.put_appointment_plan({"service": service, "capacity": cap.value(),
                                              "slot_min": slot.value(),
                                              "phone_daily_limit": phone.value()}, done)
