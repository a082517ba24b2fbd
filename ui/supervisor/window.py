"""The supervisor window: PIN login, then the live view with alerts, set-up and the report."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hallq.domain import live_figures, name_in
from hallq.settings import Settings
from hallq.wire import last_sync_success
from ui.app import show, start_role
from ui.base import Retranslating, RoleWindow
from ui.client import HallClient
from ui.errors import error_text
from ui.supervisor.alerts import AlertSound, AlertsPanel
from ui.supervisor.cases_page import CasesPage
from ui.supervisor.live import LiveView
from ui.supervisor.login import LoginPage
from ui.supervisor.notices import NoticesPage
from ui.supervisor.online import OnlinePage
from ui.supervisor.report import ReportPrinter
from ui.supervisor.responsive import ResponsiveRow
from ui.supervisor.setup import SetupPage
from ui.supervisor.style import STYLE
from ui.supervisor.what_if import WhatIfPage
from ui.text import PlainLabel

SYNC_STALE = timedelta(days=1)


class HubClock:
    """The hub's time, as far as this PC can tell: its own clock plus the offset seen at the
    last snapshot (so a PC whose clock is wrong still shows true waits)."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def sync(self, hub_now: str | None) -> None:
        if hub_now:
            self.offset = datetime.fromisoformat(hub_now) - datetime.now(UTC)

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset


class SupervisorWindow(Retranslating, RoleWindow, QWidget):
    def __init__(self, client: HallClient, settings: Settings,
                 now: Callable[[], datetime] | None = None, sound: AlertSound | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.settings = settings
        self.lang = settings.device.language
        self.clock = HubClock()
        self.now = now or self.clock.now
        self.staff_name = ""
        self.sync_status: dict | None = None
        self.setObjectName("supervisorRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.sound = sound or AlertSound(enabled=settings.voice.enabled)

        self.login_page = LoginPage()
        self.alerts = AlertsPanel(client, self.sound, self.service_name)
        self.live = LiveView(client, self.lang, self.now, self.alerts)
        self.setup = SetupPage(client, self.lang)
        self.report = ReportPrinter(client, self)
        self.main_page = self._build_main()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.login_page)
        self.stack.addWidget(self.main_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.tick = QTimer(self, interval=1000)
        self.tick.timeout.connect(self.on_tick)
        self._pending = QTimer(self, singleShot=True, interval=250)  # coalesce event bursts
        self._pending.timeout.connect(self.refresh)
        self.sync_timer = QTimer(self, interval=10 * 60 * 1000)
        self.sync_timer.timeout.connect(self.load_sync_status)
        self._connect_signals()
        self.retranslate_ui()
        self.resize(1600, 900)

    # ------------------------------------------------------------ building
    def _build_main(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = QFrame()
        bar.setObjectName("topBar")
        top = QHBoxLayout(bar)
        top.setContentsMargins(16, 8, 16, 8)
        self.hall_name = PlainLabel()
        self.hall_name.setObjectName("hallName")
        self.clock_label = PlainLabel()
        self.clock_label.setObjectName("clock")
        self.connection = PlainLabel()
        self.connection.setObjectName("connection")
        self.who = PlainLabel()
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.logout_button = QPushButton()
        # The hall, the time and the link on the left; who is in and the buttons on the
        # right: one line where the screen is wide enough, two where it is not.
        left, right = QWidget(), QWidget()
        info, actions = QHBoxLayout(left), QHBoxLayout(right)
        for box in (info, actions):
            box.setContentsMargins(0, 0, 0, 0)
        info.addWidget(self.hall_name)
        info.addSpacing(16)
        info.addWidget(self.clock_label)
        info.addSpacing(16)
        info.addWidget(self.connection)
        info.addStretch(1)
        actions.addStretch(1)
        actions.addWidget(self.who)
        actions.addSpacing(6)
        for b in (self.print_button, self.save_button, self.logout_button):
            actions.addWidget(b)
        # one line on a 1366-wide laptop in Vietnamese: the spacings are kept narrow
        self.top_row = ResponsiveRow(left, right, stretches=(1, 0), spacing=12)
        top.addWidget(self.top_row)
        self.sync_banner = PlainLabel()
        self.sync_banner.setObjectName("syncBanner")
        self.sync_banner.setWordWrap(True)
        self.sync_banner.hide()
        self.report_status = PlainLabel()
        self.report_status.setObjectName("okText")
        self.report_status.setContentsMargins(16, 4, 16, 0)
        self.report_status.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.live, "")
        self.tabs.addTab(self.setup, "")
        self.what_if = WhatIfPage(self.client, self.lang)
        self.tabs.addTab(self.what_if, "")
        self.online = OnlinePage(self.client, self.lang)
        self.tabs.addTab(self.online, "")
        self.notices = NoticesPage(self.client, self.lang)
        self.tabs.addTab(self.notices, "")
        self.cases_page = CasesPage(self.client, self.lang)  # cases and complaints
        self.tabs.addTab(self.cases_page, "")
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        layout.addWidget(bar)
        layout.addWidget(self.sync_banner)
        layout.addWidget(self.report_status)
        layout.addWidget(self.tabs, 1)
        return page

    def _soon(self) -> None:
        """Refresh within 250 ms: a steady stream of events must not keep postponing it."""
        if not self._pending.isActive():
            self._pending.start()

    def _connect_signals(self) -> None:
        self.client.connectedChanged.connect(self.on_connected)
        self.client.stateReset.connect(self.on_state_reset)
        self.client.eventReceived.connect(self.on_event)
        self.client.summaryChanged.connect(lambda _: self._soon())
        self.login_page.button.clicked.connect(self.on_login)
        self.logout_button.clicked.connect(self.on_logout)
        self.print_button.clicked.connect(lambda: self.on_report("print"))
        self.save_button.clicked.connect(lambda: self.on_report("save"))
        self.report.finished.connect(self.on_report_done)
        self.alerts.countChanged.connect(self.on_alert_count)
        self.tabs.currentChanged.connect(self._tab_shown)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("hallq — supervisor"))
        self.print_button.setText(self.tr("Print today's report"))
        self.save_button.setText(self.tr("Save report as PDF…"))
        self.logout_button.setText(self.tr("Log out"))
        self.on_alert_count(len(self.alerts.rows))
        self.tabs.setTabText(1, self.tr("Set-up"))
        self.tabs.setTabText(2, self.tr("What if"))
        self.tabs.setTabText(3, self.tr("Appointments and messages"))
        self.tabs.setTabText(self.tabs.indexOf(self.notices), self.notices.title())
        self.tabs.setTabText(self.tabs.indexOf(self.cases_page), self.cases_page.title())
        self.who.setText(self.tr("Supervisor: {name}").format(name=self.staff_name)
                         if self.staff_name else "")
        self.on_connected(self.client.connected)
        self.show_sync_banner()

    def service_name(self, prefix: str) -> str:
        names = (self.client.service(prefix) or {}).get("names") or {}
        return f"{prefix} " + name_in(names, self.lang)

    # ------------------------------------------------------------ hub state
    def on_connected(self, ok: bool) -> None:
        self.connection.setText(self.tr("Connected") if ok else
                                self.tr("Not connected to the hall server"))
        self.connection.setProperty("ok", "true" if ok else "false")
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)
        self.login_page.connection.setText("" if ok else
                                           self.tr("Waiting for the hall server…"))
        self.login_page.button.setEnabled(ok)
        if ok and self.client.staff_session:  # back after a break: what moved up meanwhile
            self.alerts.reload(self.now())

    def on_state_reset(self, snap: dict) -> None:
        if self.now == self.clock.now:
            self.clock.sync(snap.get("now"))
        hall = snap.get("hall") or {}
        self.hall_name.setText(hall.get("name", ""))
        self.login_page.hall.setText(hall.get("name", ""))
        self.alerts.reset(self.now())
        self.setup.reload()
        self.refresh()

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.online and self.client.staff_session:
            self.online.refresh()

    def on_event(self, ev: dict) -> None:
        self.alerts.on_event(ev)
        if ev["type"].startswith(("appointment_", "message_")) \
                and self.tabs.currentWidget() is self.online:
            self.online.refresh()
        if ev["type"] in ("note_added", "note_resolved") and self.client.staff_session:
            self.load_follow_ups()
        self._soon()

    def on_tick(self) -> None:
        now = self.now()
        hall = self.client.snapshot.get("hall") or {}
        try:
            local = now.astimezone(ZoneInfo(hall.get("timezone") or "UTC"))
        except (KeyError, ValueError):
            local = now
        self.clock_label.setText(local.strftime("%d/%m/%Y  %H:%M:%S"))
        self.alerts.check(now)
        self.live.refresh(figures=False)

    def refresh(self) -> None:
        self.alerts.check(self.now())
        self.live.refresh()

    # ------------------------------------------------------------ log-in
    def on_login(self) -> None:
        code = self.login_page.code.text().strip().upper()
        pin = self.login_page.pin.text()
        if not code or not pin:
            self.login_page.error.setText(self.tr("Type your staff code and PIN."))
            return
        self.login_page.button.setEnabled(False)
        self.client.login(code, pin, None, self._logged_in)

    def _logged_in(self, ok: bool, data: dict) -> None:
        self.login_page.button.setEnabled(self.client.connected)
        self.login_page.pin.clear()
        if not ok:
            if data.get("code") == "forbidden":
                self.login_page.error.setText(self.tr("Only a supervisor or an administrator "
                                                      "can log in here."))
            else:
                self.login_page.error.setText(error_text(data))
            return
        self.login_page.error.clear()
        self.staff_name = (data.get("staff") or {}).get("name", "")
        self.retranslate_ui()
        self.stack.setCurrentWidget(self.main_page)
        self.alerts.reload(self.now())
        self.load_follow_ups()
        self.load_sync_status()
        self.setup.reload()
        self.refresh()
        self.on_tick()
        self.tick.start()
        self.sync_timer.start()

    def on_logout(self) -> None:
        self.client.logout(lambda ok, data: None)
        self.client.staff_session = None  # leave even if the hub is away
        self.staff_name = ""
        self.tick.stop()
        self.sync_timer.stop()
        self.stack.setCurrentWidget(self.login_page)
        self.login_page.code.clear()
        self.login_page.code.setFocus()

    def load_follow_ups(self) -> None:
        def done(ok: bool, data: dict) -> None:
            if ok:
                self.live.open_follow_ups = len(data.get("notes") or [])
                self._soon()
        self.client.notes(done, open_only=True)

    # ------------------------------------------------------------ sync banner
    def load_sync_status(self) -> None:
        def done(ok: bool, data: dict) -> None:
            self.sync_status = data if ok else None  # no such route: no banner
            self.show_sync_banner()
        self.client.sync_status(done)

    def show_sync_banner(self) -> None:
        if not self.sync_status:
            self.sync_banner.hide()
            return
        configured, last = last_sync_success(self.sync_status)
        if not configured or (last is not None and self.now() - last <= SYNC_STALE):
            self.sync_banner.hide()
            return
        if last is None:
            self.sync_banner.setText(self.tr("Head office has never received this hall's "
                                             "data. Check the network or call support."))
        else:
            self.sync_banner.setText(self.tr("Head office has not received this hall's data "
                                             "since {when}. Check the network or call "
                                             "support.").format(
                when=last.astimezone().strftime("%d/%m/%Y %H:%M")))
        error = str(self.sync_status.get("last_error") or "")
        if error:
            self.sync_banner.setText(self.sync_banner.text() + " " + self.tr(
                "Last error: {error}").format(error=error[:200]))
        self.sync_banner.show()

    # ------------------------------------------------------------ alerts and report
    def on_alert_count(self, n: int) -> None:
        self.tabs.setTabText(0, self.tr("Live view — {n} alerts").format(n=n) if n
                             else self.tr("Live view"))

    def on_report(self, mode: str) -> None:
        hall = self.client.snapshot.get("hall") or {}
        day = live_figures.business_day(self.now(), hall) if hall else \
            self.now().date().isoformat()
        self.report_status.setObjectName("okText")
        self.report_status.setText(self.tr("Preparing the report for {day}…").format(day=day))
        self.report_status.show()
        self.report.run(day, mode)

    def on_report_done(self, ok: bool, text: str) -> None:
        self.report_status.setObjectName("okText" if ok else "errorText")
        self.report_status.setText(text)
        self.report_status.style().unpolish(self.report_status)
        self.report_status.style().polish(self.report_status)
        self.report_status.show()


def create_window(client: HallClient, settings: Settings, counter: int | None = None
                  ) -> QWidget:
    return SupervisorWindow(client, settings)


def run(args: argparse.Namespace) -> int:
    app, settings, client = start_role(args)
    window = create_window(client, settings)
    client.start()
    show(window, settings)
    return app.exec()
