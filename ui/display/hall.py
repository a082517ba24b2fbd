"""The hall display: the latest call very large, recent calls, queues per service, voice."""

from __future__ import annotations

import argparse
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from hallq.domain.estimate import shown_range
from hallq.settings import Settings
from ui.app import show, start_role
from ui.base import Retranslating, RoleWindow
from ui.client import HallClient
from ui.display import style as st
from ui.display.counter import CounterDisplay
from ui.display.model import CallBoard, hall_languages, service_rows
from ui.display.notices import NoticeBand, NoticeFeed
from ui.display.offline import OfflineBadge
from ui.display.panels import CallPanel, RecentPanel
from ui.display.voice_player import VoicePlayer


class HallDisplay(Retranslating, RoleWindow, QWidget):
    """The hall TV. Everything shown comes from the client's model, redrawn on stateReset."""

    latestChanged = Signal(str, int)  # number, counter: after the big label has changed

    def __init__(self, client: HallClient, settings: Settings,
                 voice: VoicePlayer | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.recent_count = settings.display.recent_calls
        self.highlight_ms = settings.display.highlight_s * 1000
        self.board = CallBoard(keep=max(20, self.recent_count + 1))
        self.voice = voice if voice is not None else VoicePlayer.from_settings(
            settings, lambda: hall_languages(self.client.snapshot), parent=self)
        self.fonts = st.ScaledFonts()
        self.highlighted = False
        self._highlight_timer = QTimer(self, singleShot=True)
        self._highlight_timer.timeout.connect(lambda: self._set_highlight(False))
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._tick)
        self._build()
        self._connect_signals()
        self.notice_feed = NoticeFeed(client, self)  # notices between calls
        self.notice_feed.changed.connect(self.on_notices)
        self.retranslate_ui()
        self.resize(1920, 1080)
        self._clock.start()
        if client.snapshot:
            self.on_state_reset(client.snapshot)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        f = self.fonts
        layout = st.root_layout(self, (36, 20, 36, 0), 18)
        # The screen decides the size (a portrait TV is 1080 wide): _place lays it out.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.portrait = False
        self.shape = (False, False)  # (portrait, squarer than 3:2): what _place laid out

        self.header = QGridLayout()
        self.header.setHorizontalSpacing(28)
        self.hall_name = f.add(st.label(), 52, bold=True)
        self.hall_name.setWordWrap(True)
        self.offline_badge = OfflineBadge(self.client, f, self)
        self.offline = self.offline_badge.label
        self.date = f.add(st.label(muted=True), 34)
        self.clock = f.add(st.label(), 64, bold=True)
        self.header.setColumnStretch(0, 1)
        layout.addLayout(self.header)

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(28)
        self.latest_panel = CallPanel()
        self.latest_panel.setObjectName("latest")
        self.latest_panel.setStyleSheet(st.panel_style(False))
        lp = QVBoxLayout(self.latest_panel)
        lp.setContentsMargins(30, 18, 30, 24)
        lp.setSpacing(0)
        self.latest_caption = f.add(st.label(), 48, bold=True)
        number = self.latest_panel.number = st.FitLabel("—")
        self.latest_number = f.add(number, 270, bold=True)
        self.latest_counter = f.add(st.label(accent=True), 150, bold=True)
        for w in (self.latest_caption, self.latest_number, self.latest_counter):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lp.addWidget(w)
        lp.setStretch(1, 1)
        self.body.addWidget(self.latest_panel, 3)

        recent = self.recent_panel = RecentPanel(self)
        recent.setObjectName("panel")
        rl = QVBoxLayout(recent)
        rl.setContentsMargins(30, 18, 30, 18)
        self.recent_caption = f.add(st.label(muted=True), 40, bold=True)
        rl.addWidget(self.recent_caption)
        self.recent_grid = QGridLayout()
        self.recent_grid.setHorizontalSpacing(24)
        self.recent_rows: list[tuple[QLabel, QLabel]] = []
        for _ in range(self.recent_count):
            num = f.add(st.label(), 64, bold=True)
            cnt = f.add(st.label(accent=True), 64, bold=True)
            cnt.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.recent_rows.append((num, cnt))
        rl.addLayout(self.recent_grid)
        rl.addStretch(1)
        recent.rows, recent.caption = self.recent_rows, self.recent_caption
        recent.grid = self.recent_grid
        self.body.addWidget(recent, 2)
        layout.addLayout(self.body, 1)

        self.services_caption = f.add(st.label(muted=True), 32, bold=True)
        layout.addWidget(self.services_caption)
        self.services_box = QGridLayout()
        self.services_box.setSpacing(18)
        layout.addLayout(self.services_box)
        self.service_cards: dict[str, tuple[QLabel, QLabel, QLabel, QLabel]] = {}
        self.card_frames: list[QFrame] = []

        # Notices (a planned outage, changed hours) at the foot, never over the call; while
        # one is in force it stands where the hall's message does.
        self.notice_band = NoticeBand(f, self)
        layout.addWidget(self.notice_band)

        msg = self.message_bar = QFrame()
        msg.setObjectName("message")
        ml = QHBoxLayout(msg)
        ml.setContentsMargins(36, 10, 36, 12)
        self.message = f.add(st.label(), 40, bold=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        ml.addWidget(self.message)
        layout.addWidget(msg)
        # The message bar runs edge to edge under the margins of everything else.
        layout.setContentsMargins(0, 20, 0, 0)
        for item in (self.header, self.body):
            item.setContentsMargins(36, 0, 36, 0)
        self.services_box.setContentsMargins(36, 0, 36, 14)
        self.services_caption.setContentsMargins(36, 0, 36, 0)
        self._place()

    def _place(self) -> None:
        """Landscape: the call and the recent calls side by side, the services in one row.
        Portrait: the call over the recent calls (two columns), the services in a grid; the
        call's panel as tall as its number needs at full size (CallPanel), the recent calls
        all the height left: shared 3:1, the number's label stood mostly empty (its font
        never grows past its size) and the recent calls had room for one line."""
        p = self.portrait
        for w in (self.hall_name, self.offline, self.date, self.clock):
            self.header.removeWidget(w)
        if p:
            self.header.addWidget(self.hall_name, 0, 0, 1, 3)
            self.header.addWidget(self.offline, 1, 0)
            self.header.addWidget(self.date, 1, 1, Qt.AlignmentFlag.AlignBottom)
            self.header.addWidget(self.clock, 1, 2)
        else:
            self.header.addWidget(self.hall_name, 0, 0)
            self.header.addWidget(self.offline, 0, 1)
            self.header.addWidget(self.date, 0, 2, Qt.AlignmentFlag.AlignBottom)
            self.header.addWidget(self.clock, 0, 3)
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if p
                               else QBoxLayout.Direction.LeftToRight)
        self.body.setStretch(0, 0 if p else 3)
        self.body.setStretch(1, 1 if p else 2)
        self.latest_panel.hold = p
        self.latest_panel.glyphs = "".join(self.service_cards) + "0123456789"
        self.latest_panel.updateGeometry()
        self.recent_panel.columns = 2 if p else 1
        self.recent_panel.fit()
        n = len(self.card_frames)
        squarer = self.width() < 1.5 * self.height() and n > 3  # 5:4, 4:3: three a row
        cols = (2 if n <= 6 else 3) if p else (3 if squarer else max(1, n))
        for i, card in enumerate(self.card_frames):
            self.services_box.removeWidget(card)
            self.services_box.addWidget(card, i // cols, i % cols)
        for c in range(max(cols, self.services_box.columnCount())):
            self.services_box.setColumnStretch(c, 1 if c < cols else 0)

    def _service_card(self, prefix: str) -> tuple[QLabel, QLabel, QLabel, QLabel]:
        f = self.fonts
        card = QFrame(self)
        card.setObjectName("panel")
        cl = QGridLayout(card)
        cl.setContentsMargins(20, 12, 20, 14)
        cl.setVerticalSpacing(2)
        badge = f.add(st.label(prefix, accent=True), 64, bold=True)
        name = f.add(st.label(), 30, bold=True)
        name.setWordWrap(True)
        # The hall's second language, readable across the hall: 80 % of the first, not grey.
        other = f.add(st.label(name="secondLanguage"), 24, bold=True)
        other.setWordWrap(True)
        # "28 waiting" in one of five cards a row: a little smaller rather than cut.
        waiting = f.add(st.label(fit_width=True), 44, bold=True)
        eta = f.add(st.label(), 32)
        eta.setWordWrap(True)
        cl.addWidget(badge, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        cl.addWidget(name, 0, 1, 1, 2)
        cl.addWidget(other, 1, 1, 1, 2, Qt.AlignmentFlag.AlignTop)
        cl.addWidget(waiting, 2, 0, 1, 3)
        cl.addWidget(eta, 3, 0, 1, 3)
        cl.setColumnStretch(1, 1)
        cl.setRowStretch(1, 1)
        self.card_frames.append(card)
        return name, other, waiting, eta

    def _connect_signals(self) -> None:
        self.client.stateReset.connect(self.on_state_reset)
        self.client.eventReceived.connect(self.on_event)
        self.client.summaryChanged.connect(self.on_summary)

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("hallq — hall display"))
        self.latest_caption.setText(self.tr("Now calling"))
        self.recent_caption.setText(self.tr("Recent calls"))
        self.services_caption.setText(self.tr("Waiting now"))
        self.offline_badge.retranslate()
        self._show_calls()
        self.on_summary(self.client.summary)
        self._tick()

    def resizeEvent(self, event) -> None:
        portrait = self.height() > self.width()
        shape = (portrait, self.width() < 1.5 * self.height())
        if shape != self.shape:
            self.portrait, self.shape = portrait, shape
            self._place()
        if portrait:  # sizes are drawn for 1920×1080; a portrait screen is 1080×1920
            self.fonts.resize(self, design_width=1080, design_height=1920)
        else:
            self.fonts.resize(self)
        self.latest_panel.updateGeometry()  # its number's full size is the fonts' new one
        super().resizeEvent(event)

    def counter_text(self, counter: int) -> str:
        return self.tr("Counter %1").replace("%1", str(counter))

    # ------------------------------------------------------------------ slots
    def on_state_reset(self, snap: dict) -> None:
        hall = snap.get("hall") or {}
        self.hall_name.setText(hall.get("name", ""))
        self.message.setText(hall.get("message", ""))
        self.message_bar.setVisible(bool(hall.get("message")))
        self.board.reset(snap.get("tickets") or [])
        self.on_notices(self.notice_feed.notices)
        self._rebuild_services()
        self._show_calls()
        self._tick()

    def on_event(self, ev: dict) -> None:
        call = self.board.on_event(ev)
        if call is None:
            return
        self._show_calls()
        if not ev.get("replay"):
            self._set_highlight(True)
            self._highlight_timer.start(self.highlight_ms)
            self.voice.announce(call.number, call.counter)
        self.latestChanged.emit(call.number, call.counter)

    def on_notices(self, notices: list) -> None:
        self.notice_band.set_notices(notices, hall_languages(self.client.snapshot)[:2])
        message = bool((self.client.snapshot.get("hall") or {}).get("message"))
        self.message_bar.setVisible(message and not notices)

    def on_summary(self, summary: dict) -> None:
        if not self.client.snapshot:
            return
        for row in service_rows(self.client.snapshot, summary,
                                hall_languages(self.client.snapshot)[:2]):
            card = self.service_cards.get(row.prefix)
            if card is None:
                self._rebuild_services()
                card = self.service_cards.get(row.prefix)
                if card is None:
                    continue
            name, other, waiting, eta = card
            name.setText(row.names[0])
            other.setText(row.names[1] if len(row.names) > 1 else "")
            other.setVisible(len(row.names) > 1)
            waiting.setText(self.tr("%1 waiting").replace("%1", str(row.waiting)))
            eta.setText(self.eta_text(row))

    def eta_text(self, row) -> str:
        """The wait, or when the service opens, or that nobody knows yet: never "0 min"
        (under a minute away it is "very soon", as on the ticket page and the kiosk)."""
        if row.eta_min is not None:
            if not row.waiting:
                return ""
            minutes = round(row.eta_min)  # Python's rounding, halves to even: as the TV page
            if minutes < 1:
                return self.tr("very soon")
            span = shown_range(row.eta_min, row.eta_low_min, row.eta_high_min)
            if span is not None:  # "≈ 6 min (4–9)": the range the wait usually falls in
                return self.tr("≈ %1 min (%2–%3)").replace("%1", str(minutes)) \
                    .replace("%2", str(span[0])).replace("%3", str(span[1]))
            return self.tr("≈ %1 min").replace("%1", str(minutes))
        if row.opens_at:
            return self.tr("opens at %1").replace("%1", row.opens_at)
        return self.tr("wait not known yet") if row.waiting else ""

    # ------------------------------------------------------------------ drawing
    def _rebuild_services(self) -> None:
        for card in self.card_frames:
            self.services_box.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.card_frames = []
        self.service_cards = {}
        for row in service_rows(self.client.snapshot, self.client.summary,
                                hall_languages(self.client.snapshot)[:2]):
            self.service_cards[row.prefix] = self._service_card(row.prefix)
        self._place()
        self.on_summary(self.client.summary)

    def _show_calls(self) -> None:
        latest = self.board.latest
        self.latest_number.setText(latest.number if latest else "—")
        self.latest_counter.setText(self.counter_text(latest.counter) if latest else "")
        recent = self.board.recent(self.recent_count)
        for i, (num, cnt) in enumerate(self.recent_rows):
            call = recent[i] if i < len(recent) else None
            num.setText(call.number if call else "")
            cnt.setText(f"→ {call.counter}" if call else "")

    def _set_highlight(self, on: bool) -> None:
        self.highlighted = on
        self.latest_panel.setStyleSheet(st.panel_style(on))
        self.notice_band.set_quiet(on)  # a new call takes precedence over a notice

    def _tick(self) -> None:
        tz_name = (self.client.snapshot.get("hall") or {}).get("timezone") or "UTC"
        try:
            now = datetime.now(ZoneInfo(tz_name))
        except (ZoneInfoNotFoundError, ValueError):
            now = datetime.now().astimezone()
        self.clock.setText(now.strftime("%H:%M"))
        self.date.setText(QLocale().toString(QDate(now.year, now.month, now.day),
                                             QLocale.FormatType.LongFormat))

    def closeEvent(self, event) -> None:
        self.voice.stop()
        super().closeEvent(event)


def create_window(client: HallClient, settings: Settings, counter: int | None = None
                  ) -> QWidget:
    """The hall display, or with ``counter`` that counter's own small display."""
    if counter:
        return CounterDisplay(client, settings, counter)
    return HallDisplay(client, settings)


def run(args: argparse.Namespace) -> int:
    app, settings, client = start_role(args)
    counter = getattr(args, "counter", None) or settings.device.counter or None
    window = create_window(client, settings, counter)
    client.start()
    show(window, settings)
    return app.exec()
