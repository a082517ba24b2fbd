"""The supervisor's "Appointments and messages" page: today's appointments, check-ins,
no-shows, tickets from phones and messages; the messages' channel; a test message."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hallq.domain import live_figures, name_in
from ui.base import Retranslating
from ui.client import HallClient
from ui.errors import error_text
from ui.supervisor.plans import PlansBox
from ui.supervisor.responsive import ResponsiveRow, ScrollWhenShort
from ui.supervisor.setup_parts import cell, read_only_table
from ui.text import PlainLabel

CHANNELS = ("none", "smpp", "webhook")


class OnlinePage(Retranslating, QWidget):
    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.lang = lang
        self.figures = PlainLabel()
        self.figures.setWordWrap(True)
        self.figures.setObjectName("figures")
        self.table = read_only_table(5)
        self.box = QGroupBox()
        self.channel = QComboBox()
        self.channel.addItems(["", "", ""])
        self.smpp_host, self.smpp_id, self.smpp_source = QLineEdit(), QLineEdit(), QLineEdit()
        self.smpp_port = QSpinBox()
        self.smpp_port.setRange(1, 65535)
        self.smpp_password, self.webhook_token = QLineEdit(), QLineEdit()
        for secret in (self.smpp_password, self.webhook_token):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.webhook_url, self.webhook_body = QLineEdit(), QLineEdit()
        self.reminders = QCheckBox()
        self.retention = QSpinBox()
        self.retention.setRange(0, 365)
        self.save = QPushButton()
        self.test_phone = QLineEdit()
        self.test_button = QPushButton()
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.form = QFormLayout()
        self.rows: list[tuple[QWidget, str]] = []
        for widget, key in ((self.channel, "channel"), (self.smpp_host, "smpp_host"),
                            (self.smpp_port, "smpp_port"), (self.smpp_id, "smpp_system_id"),
                            (self.smpp_password, "smpp_password"),
                            (self.smpp_source, "smpp_source_addr"),
                            (self.webhook_url, "webhook_url"),
                            (self.webhook_body, "webhook_body"),
                            (self.webhook_token, "webhook_token"),
                            (self.reminders, "reminders"), (self.retention, "retention_days")):
            self.form.addRow(PlainLabel(), widget)
            self.rows.append((widget, key))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_phone, 1)
        test_row.addWidget(self.test_button)
        inner = QVBoxLayout(self.box)
        inner.addLayout(self.form)
        inner.addWidget(self.save)
        inner.addLayout(test_row)
        inner.addWidget(self.status)
        self.plans = PlansBox(client, self.service_name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addWidget(self.table, 1)
        # The set-up under the list, side by side on a wide screen; it scrolls on a short one.
        self.bottom = ResponsiveRow(self.plans, self.box)
        layout.addWidget(ScrollWhenShort(self.bottom))
        self.channel.currentIndexChanged.connect(self._show_fields)
        self.save.clicked.connect(self.on_save)
        self.test_button.clicked.connect(self.on_test)
        self.retranslate_ui()
        self._show_fields()

    def retranslate_ui(self) -> None:
        names = {"channel": self.tr("Channel"), "smpp_host": self.tr("SMSC address"),
                 "smpp_port": self.tr("SMSC port"), "smpp_system_id": self.tr("System ID"),
                 "smpp_password": self.tr("Password"),
                 "smpp_source_addr": self.tr("Sender name"),
                 "webhook_url": self.tr("Webhook URL"),
                 "webhook_body": self.tr("Body ($phone, $text, $language)"),
                 "webhook_token": self.tr("Bearer token"),
                 "reminders": self.tr("Remind 2 hours before an appointment"),
                 "retention_days": self.tr("Keep phone numbers (days after the visit)")}
        for i, (_, key) in enumerate(self.rows):
            label = self.form.itemAt(i, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(names[key])  # type: ignore[union-attr]
        for i, text in enumerate((self.tr("No messages"), self.tr("SMS (SMPP)"),
                                  self.tr("Webhook (Zalo OA, WeChat...)"))):
            self.channel.setItemText(i, text)
        self.box.setTitle(self.tr("Messages to customers"))
        self.save.setText(self.tr("Save"))
        self.test_phone.setPlaceholderText(self.tr("Phone number for a test message"))
        self.test_button.setText(self.tr("Send a test message"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Code"),
                                              self.tr("Service"), self.tr("State"),
                                              self.tr("Phone")])

    def _show_fields(self) -> None:
        channel = CHANNELS[self.channel.currentIndex()]
        for i, (widget, key) in enumerate(self.rows):
            shown = (key == "channel" or key in ("reminders", "retention_days")
                     or key.startswith(channel + "_"))
            widget.setVisible(shown)
            label = self.form.itemAt(i, QFormLayout.ItemRole.LabelRole).widget()
            label.setVisible(shown)  # type: ignore[union-attr]

    # ------------------------------------------------------------ reading
    def today(self, now: datetime | None = None) -> str:
        """The hall's business day now: its date in the hall's time zone, less the hours
        before the day starts (at 00:30 with days starting at 3:00, still yesterday's)."""
        return live_figures.business_day(now or datetime.now(UTC),
                                         self.client.snapshot.get("hall") or {})

    def service_name(self, prefix: str) -> str:
        svc = self.client.service(prefix) or {}
        return f"{prefix} · {name_in(svc.get('names') or {}, self.lang, prefix)}"

    def refresh(self) -> None:
        self.plans.refresh()
        self.client.online_today(self.today(), self._figures)
        self.client.appointments_on(self.today(), self._appointments)
        self.client.messages_today(self._messages)

    def _figures(self, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            self.figures.setText(error_text(data))
            return
        t, msgs = data["total"], data["messages"]
        self.figures.setText(self.tr(
            "Today: {booked} appointments, {checked_in} checked in, {no_shows} no-shows, "
            "{cancelled} cancelled · {phone} tickets taken from phones · messages: {sent} "
            "sent, {failed} failed, {waiting} waiting").format(
            booked=t["booked"], checked_in=t["checked_in"], no_shows=t["no_shows"],
            cancelled=t["cancelled"], phone=t["phone_tickets"],
            sent=msgs.get("sent", 0) + msgs.get("delivered", 0),
            failed=msgs.get("failed", 0) + msgs.get("uncertain", 0),
            waiting=msgs.get("pending", 0) + msgs.get("sending", 0)))

    def _appointments(self, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            return
        states = {"booked": self.tr("Booked"), "checked_in": self.tr("Checked in"),
                  "cancelled": self.tr("Cancelled")}
        rows = data.get("appointments", [])
        self.table.setRowCount(len(rows))
        for i, a in enumerate(rows):
            for j, text in enumerate((a["start"][11:16], a["code"], a["service"],
                                      states.get(a["state"], a["state"]), a.get("phone", ""))):
                self.table.setItem(i, j, cell(text))

    def _messages(self, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            return
        s = data["settings"]
        self.channel.setCurrentIndex(CHANNELS.index(s["channel"]))
        self.smpp_host.setText(s["smpp_host"])
        self.smpp_port.setValue(int(s["smpp_port"]))
        self.smpp_id.setText(s["smpp_system_id"])
        self.smpp_source.setText(s["smpp_source_addr"])
        self.webhook_url.setText(s["webhook_url"])
        self.webhook_body.setText(s["webhook_body"])
        self.reminders.setChecked(bool(s["reminders"]))
        self.retention.setValue(int(s["retention_days"]))
        for secret, is_set in ((self.smpp_password, s["smpp_password"]),
                               (self.webhook_token, s["webhook_token"])):
            secret.clear()
            secret.setPlaceholderText(self.tr("(set; type to change)") if is_set else "")

    # ------------------------------------------------------------ writing
    def settings(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "channel": CHANNELS[self.channel.currentIndex()],
            "smpp_host": self.smpp_host.text(), "smpp_port": self.smpp_port.value(),
            "smpp_system_id": self.smpp_id.text(), "smpp_source_addr": self.smpp_source.text(),
            "webhook_url": self.webhook_url.text(), "webhook_body": self.webhook_body.text(),
            "reminders": self.reminders.isChecked(),
            "retention_days": self.retention.value()}
        # A secret left empty keeps its stored value (it is never read back).
        for key, field in (("smpp_password", self.smpp_password),
                           ("webhook_token", self.webhook_token)):
            if field.text():
                out[key] = field.text()
        return out

    def on_save(self) -> None:
        def done(ok: bool, data: dict[str, Any]) -> None:
            self.status.setText(self.tr("Saved.") if ok else error_text(data))
            if ok:
                self.refresh()
        self.client.put_messaging(self.settings(), done)

    def on_test(self) -> None:
        def done(ok: bool, data: dict[str, Any]) -> None:
            self.status.setText(self.tr("Test message queued; it goes out within seconds.")
                                if ok else error_text(data))
            if ok:
                self.client.messages_today(self._messages)
        self.client.send_test_message(self.test_phone.text().strip(), self.lang, done)
