"""The supervisor's live view: services against their targets, counters, today's figures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallq.domain import live_figures, name_in
from hallq.domain.alerts import served_now
from hallq.domain.estimate import shown_range
from ui.base import Retranslating
from ui.client import HallClient
from ui.supervisor import style
from ui.text import PlainLabel


def duration(seconds: float) -> str:
    """"4:05" for minutes:seconds, "1:02:05" past an hour."""
    s = max(0, int(seconds))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setFlags(Qt.ItemFlag.ItemIsEnabled)
    if align_right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


def _figures_table(table: QTableWidget) -> None:
    """A table a supervisor reads, never edits or selects in: no grid, tall rows."""
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setShowGrid(False)
    table.verticalHeader().setDefaultSectionSize(42)


class ServicesTable(Retranslating, QTableWidget):
    """Per service: waiting now, longest wait against its target, estimate, served today."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 5, parent)
        _figures_table(self)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Service"), self.tr("Waiting"),
                                        self.tr("Longest wait / target"),
                                        self.tr("Estimated wait"), self.tr("Served today")])

    def update_rows(self, rows: list[dict]) -> None:
        self.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for i, r in enumerate(rows):
            name = _item(f"{r['prefix']}  {r['name']}")
            name.setFont(bold)
            self.setItem(i, 0, name)
            waiting = _item(str(r["waiting"]), True)
            if r.get("limit") and r["waiting"] > r["limit"]:  # longer than its queue limit
                waiting.setForeground(QBrush(style.OVER))
                waiting.setFont(bold)
            self.setItem(i, 1, waiting)
            longest, target = r["longest_min"], r["target_min"]
            text = self.tr("{m} min / {t}").format(m=int(longest), t=target) if r["waiting"] \
                else self.tr("— / {t}").format(t=target)
            cell = _item(text, True)
            if r["waiting"] and longest >= target:
                cell.setForeground(QBrush(style.OVER))
                cell.setBackground(QBrush(style.OVER_BG))
                cell.setFont(bold)
            elif r["waiting"] and longest >= 0.75 * target:
                cell.setForeground(QBrush(style.NEAR))
                cell.setBackground(QBrush(style.NEAR_BG))
            self.setItem(i, 2, cell)
            self.setItem(i, 3, _item(self.eta_text(r), True))
            self.setItem(i, 4, _item(str(r["served"]), True))


    def eta_text(self, r: dict) -> str:
        """What a ticket taken now would wait: never "≈ 0 min" (nobody waiting and a counter
        free is "no wait"), the range as the hall display shows it, or when it opens."""
        eta = r.get("eta_min")
        if eta is None:
            if r.get("opens_at"):
                return self.tr("opens at {t}").format(t=r["opens_at"])
            # customers wait and no counter that serves them is open (nor on a break)
            return self.tr("no open counter") if r["waiting"] and not r.get("staffed", True) \
                else "—"
        minutes = round(eta)  # Python's rounding, as the hall display and the TV page
        if minutes < 1:
            return self.tr("< 1 min") if r["waiting"] else self.tr("no wait")
        span = shown_range(eta, r.get("eta_low_min"), r.get("eta_high_min"))
        if span is not None:
            return self.tr("≈ {m} min ({lo}–{hi})").format(m=minutes, lo=span[0], hi=span[1])
        return self.tr("≈ {m} min").format(m=minutes)


class CountersTable(Retranslating, QTableWidget):
    """Per counter: open/paused/closed, who is there, the current ticket and for how long."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 5, parent)
        _figures_table(self)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.retranslate_ui()

    WIDTHS = (0.15, 0.17, 0.30, 0.22, 0.16)  # share of the width per column

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        for i, share in enumerate(self.WIDTHS):
            self.setColumnWidth(i, int(width * share))

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Counter"), self.tr("State"), self.tr("Staff"),
                                        self.tr("Current ticket"), self.tr("For how long")])

    def state_text(self, state: str, reason: str) -> str:
        if state == "open":
            return self.tr("Open")
        if state == "paused":
            return self.tr("Break: {reason}").format(reason=reason) if reason \
                else self.tr("Break")
        return self.tr("Closed")

    def ticket_text(self, ticket: dict | None) -> str:
        if ticket is None:
            return ""
        if ticket["state"] == "called":
            return self.tr("{number} called").format(number=ticket["number"])
        if ticket["state"] == "serving":
            return self.tr("{number} serving").format(number=ticket["number"])
        return ticket["number"]

    def update_rows(self, rows: list[dict]) -> None:
        self.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for i, r in enumerate(rows):
            num = _item(self.tr("Counter {n}").format(n=r["number"]))
            num.setFont(bold)
            self.setItem(i, 0, num)
            st = _item(self.state_text(r["state"], r.get("reason", "")))
            st.setForeground(QBrush(QColor(style.STATE_COLORS.get(r["state"], "#000"))))
            st.setFont(bold)
            self.setItem(i, 1, st)
            self.setItem(i, 2, _item(r.get("staff_name") or ""))
            ticket = _item(self.ticket_text(r.get("ticket")))
            ticket.setFont(bold)
            self.setItem(i, 3, ticket)
            long_text = "" if r["state"] == "closed" or r.get("seconds") is None else (
                duration(r["seconds"]) if r.get("ticket") else
                self.tr("idle {d}").format(d=duration(r["seconds"])) if r["state"] == "open"
                else duration(r["seconds"]))
            cell = _item(long_text, True)
            if r.get("warn"):
                cell.setForeground(QBrush(style.OVER))
                cell.setFont(bold)
            self.setItem(i, 4, cell)


class Tile(QFrame):
    """A figure: a big value and what it is."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.value = PlainLabel("—")
        self.value.setObjectName("tileValue")
        self.caption = PlainLabel()
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class FiguresPanel(Retranslating, QWidget):
    """Today's figures, the same definitions as the daily report."""

    KEYS = ("issued", "served", "no_shows", "waiting", "mean_wait", "p90_wait",
            "within_target", "mean_rating", "response_rate", "follow_ups")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.tiles = {k: Tile(k) for k in self.KEYS}
        for i, k in enumerate(self.KEYS):
            layout.addWidget(self.tiles[k], i // 5, i % 5)
        self.figures = live_figures.Figures()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        captions = {
            "issued": self.tr("Tickets issued"), "served": self.tr("Served"),
            "no_shows": self.tr("No-shows"), "waiting": self.tr("Waiting now"),
            "mean_wait": self.tr("Average wait"), "p90_wait": self.tr("90% waited less than"),
            "within_target": self.tr("Served within target"),
            "mean_rating": self.tr("Average rating"),
            "response_rate": self.tr("Rating response rate"),
            "follow_ups": self.tr("Open follow-ups"),
        }
        for k, tile in self.tiles.items():
            tile.caption.setText(captions[k])
        self.show_figures(self.figures)

    def show_figures(self, f: live_figures.Figures) -> None:
        self.figures = f

        def mins(v: float | None) -> str:  # "4,5 phút" in Vietnamese, as the counter writes it
            return "—" if v is None else self.tr("{m} min").format(
                m=QLocale().toString(float(v), "f", 1))

        def pct(v: float | None) -> str:
            return "—" if v is None else f"{v:.0f}%"

        values = {
            "issued": str(f.issued), "served": str(f.served), "no_shows": str(f.no_shows),
            "waiting": str(f.waiting), "mean_wait": mins(f.mean_wait_min),
            "p90_wait": mins(f.p90_wait_min), "within_target": pct(f.within_target_pct),
            "mean_rating": "—" if f.mean_rating is None else
            f"{QLocale().toString(float(f.mean_rating), 'f', 2)} / 4",
            "response_rate": pct(f.response_rate_pct), "follow_ups": str(f.open_follow_ups),
        }
        for k, tile in self.tiles.items():
            tile.value.setText(values[k])


class LiveView(Retranslating, QWidget):
    """Reads the client's model; the window calls refresh() on events and once a second."""

    def __init__(self, client: HallClient, lang: str, now: Callable[[], datetime],
                 alerts: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.lang = lang
        self.now = now
        self.open_follow_ups = 0
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setHorizontalSpacing(16)
        self.services_title = PlainLabel()
        self.services_title.setObjectName("sectionTitle")
        self.services = ServicesTable()
        self.counters_title = PlainLabel()
        self.counters_title.setObjectName("sectionTitle")
        self.counters = CountersTable()
        self.figures_title = PlainLabel()
        self.figures_title.setObjectName("sectionTitle")
        self.figures = FiguresPanel()
        left = QVBoxLayout()
        left.addWidget(self.figures_title)
        left.addWidget(self.figures)
        left.addWidget(self.services_title)
        left.addWidget(self.services, 5)
        left.addWidget(self.counters_title)
        left.addWidget(self.counters, 6)
        layout.addLayout(left, 0, 0)
        self.grid, self.alerts = layout, alerts
        self.alerts_below: bool | None = None
        self._place_alerts(below=False)
        self.retranslate_ui()

    def _place_alerts(self, below: bool) -> None:
        """Beside the figures on a wide screen; under them on a portrait one, where a third
        of the width for alerts left the services table too narrow for its names."""
        if below == self.alerts_below:
            return
        self.alerts_below = below
        self.grid.removeWidget(self.alerts)
        self.grid.addWidget(self.alerts, *((1, 0) if below else (0, 1)))
        self.grid.setColumnStretch(0, 7)
        self.grid.setColumnStretch(1, 0 if below else 3)
        self.grid.setRowStretch(0, 4 if below else 1)
        self.grid.setRowStretch(1, 1 if below else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._place_alerts(below=event.size().height() > event.size().width())
        super().resizeEvent(event)

    def retranslate_ui(self) -> None:
        self.services_title.setText(self.tr("Services"))
        self.counters_title.setText(self.tr("Counters"))
        self.figures_title.setText(self.tr("Today"))

    def service_name(self, prefix: str) -> str:
        return name_in((self.client.service(prefix) or {}).get("names") or {}, self.lang,
                       prefix)

    def refresh(self, figures: bool = True) -> None:
        """Redraw; `figures=False` (the one-second tick) skips today's figures, which only
        events change."""
        now = self.now()
        hall = self.client.snapshot.get("hall") or {}
        day = live_figures.business_day(now, hall) if hall else ""
        tickets = [t for t in self.client.tickets.values() if t.get("day") == day]
        services = self.client.snapshot.get("services") or []
        served = live_figures.served_by_service(tickets, day)
        waiting: dict[str, list[dict]] = {}
        for t in tickets:
            if t["state"] == "waiting":
                waiting.setdefault(t["service"], []).append(t)
        rows = []
        for svc in services:
            if not svc.get("active", True):
                continue
            queue = waiting.get(svc["prefix"], [])
            longest = max(((now - datetime.fromisoformat(t["arrival"])).total_seconds() / 60
                           for t in queue), default=0.0)
            summary = self.client.summary.get(svc["prefix"]) or {}
            rows.append({"prefix": svc["prefix"], "name": self.service_name(svc["prefix"]),
                         "waiting": len(queue), "longest_min": longest,
                         "target_min": svc["target_wait_min"],
                         "limit": svc.get("queue_limit"),
                         "eta_min": summary.get("eta_min"),
                         "eta_low_min": summary.get("eta_low_min"),
                         "eta_high_min": summary.get("eta_high_min"),
                         "opens_at": summary.get("opens_at"),
                         "staffed": served_now(svc["prefix"], self.client.counters),
                         "served": served.get(svc["prefix"], 0)})
        self.services.update_rows(rows)
        self.counters.update_rows(self.counter_rows(now))
        if figures:
            targets = {s["prefix"]: s["target_wait_min"] for s in services}
            self.figures.show_figures(live_figures.compute(
                tickets, self.client.ratings, targets, day, self.open_follow_ups))

    def counter_rows(self, now: datetime) -> list[dict]:
        hall = self.client.snapshot.get("hall") or {}
        staff = self.client.snapshot.get("staff") or {}
        out = []
        for n, c in sorted(self.client.counters.items()):
            st = c.get("status") or {}
            since = st.get("since")
            seconds = (now - datetime.fromisoformat(since)).total_seconds() if since else None
            ticket = self.client.tickets.get(st.get("ticket_id")) if st.get("ticket_id") else None
            if ticket is not None and ticket["state"] not in ("called", "serving"):
                ticket = None
            state = st.get("state", "closed")
            warn = False
            if seconds is not None and ticket is None:
                limit = {"paused": hall.get("pause_alert_min"),
                         "open": hall.get("idle_alert_min")}.get(state)
                warn = bool(limit) and seconds >= 60 * limit
            out.append({"number": n, "state": state, "reason": st.get("pause_reason", ""),
                        "staff_name": (staff.get(st.get("staff") or "") or {}).get("name", "")
                        if state != "closed" else "",
                        "ticket": ticket, "seconds": seconds, "warn": warn})
        return out
