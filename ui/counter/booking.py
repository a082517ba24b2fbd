"""The counter's "Book an appointment" dialog: for the customer in front of the clerk, a
service, a working day and a free time; the code to show the customer when it is booked."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ui.client import HallClient
from ui.counter.dialogs import _Dialog
from ui.errors import error_text
from ui.text import PlainLabel

DAYS_AHEAD = 14  # working days offered


def working_days(start: date, weekdays: list[int], holidays: list[str], n: int) -> list[date]:
    """The next `n` days from `start` on which the hall works."""
    out, d = [], start
    while len(out) < n and d < start + timedelta(days=90):
        if d.isoweekday() in weekdays and d.isoformat() not in holidays:
            out.append(d)
        d += timedelta(days=1)
    return out


class BookingDialog(_Dialog):
    """Accepted once the hub has booked it: `booked` holds the appointment."""

    def __init__(self, client: HallClient, lang: str, today: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.client, self.lang, self.today = client, lang, today
        self.booked: dict[str, Any] | None = None
        self.service, self.day, self.time = QComboBox(), QComboBox(), QComboBox()
        self.phone, self.name = QLineEdit(), QLineEdit()
        self.phone.setMaxLength(20)
        self.name.setMaxLength(80)
        self.error = PlainLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.labels = [PlainLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.service, self.day, self.time, self.phone,
                                              self.name), strict=True):
            self.form.addRow(label, field)
        self.form.addRow(self.error)
        self.service.currentIndexChanged.connect(self._load_slots)
        self.day.currentIndexChanged.connect(self._load_slots)
        self.time.currentIndexChanged.connect(lambda _: self.validate())
        self.retranslate_ui()
        self.validate()
        client.appointment_services(self._services)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Book an appointment"))
        self.title.setText(self.tr("Book an appointment for this customer"))
        for label, text in zip(self.labels, (self.tr("Service"), self.tr("Day"),
                                             self.tr("Time"), self.tr("Phone (for a reminder)"),
                                             self.tr("Name (optional)")), strict=True):
            label.setText(text)

    def _services(self, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            self.error.setText(error_text(data))
            return
        hall = data["hall"]
        self.day.blockSignals(True)
        for d in working_days(self.today, hall["open_weekdays"], hall["holidays"], DAYS_AHEAD):
            self.day.addItem(d.strftime("%d/%m/%Y"), d.isoformat())
        self.day.blockSignals(False)
        for s in data["services"]:
            if s["appointments"]:
                name = s["names"].get(self.lang) or s["names"].get("vi") or s["prefix"]
                self.service.addItem(f"{s['prefix']} · {name}", s["prefix"])
        if self.service.count() == 0:
            self.error.setText(self.tr("No service of this hall takes appointments."))

    def _load_slots(self) -> None:
        self.time.clear()
        self.error.clear()
        self.validate()
        service, day = self.service.currentData(), self.day.currentData()
        if service and day:
            self.client.appointment_slots(service, day, self._slots)

    def _slots(self, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            self.error.setText(error_text(data))
            return
        if (data.get("service"), data.get("date")) != (self.service.currentData(),
                                                       self.day.currentData()):
            return  # the answer to an earlier choice
        self.time.clear()
        for s in data["slots"]:
            if s["free"] > 0:
                self.time.addItem(self.tr("{time} ({n} free)").format(
                    time=s["start"][11:16], n=s["free"]), s["start"])
        self.error.setText("" if self.time.count() else self.tr("No free time that day."))
        self.validate()

    def is_valid(self) -> bool:
        return self.time.currentData() is not None

    def accept(self) -> None:
        if not self.is_valid():
            return
        self.ok_button.setEnabled(False)  # one booking per press
        self.client.book_appointment(self.service.currentData(), self.time.currentData(),
                                     self.phone.text().strip(), self.name.text().strip(),
                                     self.lang, self._done)

    def _done(self, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            self.error.setText(error_text(data))
            self.ok_button.setEnabled(True)
            if data.get("code") == "slot_full":
                self._load_slots()
            return
        self.booked = data["appointment"]
        _Dialog.accept(self)
