"""The counter's working page: the ticket at the counter, the big buttons, the queue, the day."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.base import Retranslating
from ui.counter.logic import clock_text, parse_ts
from ui.counter.queue import QueueModel
from ui.errors import error_text
from ui.text import PlainLabel

# (action, shortcut) in the order the buttons sit on screen, three to a row.
BUTTONS = (("call_next", "F1"), ("recall", "F2"), ("start", "F3"),
           ("finish", "F4"), ("no_show", "F5"), ("transfer", "F6"),
           ("pause", "F7"), ("note", "F8"), ("close", "F10"))

BUTTON_CSS = """
QPushButton { font-size: 19px; font-weight: bold; padding: 6px; border-radius: 8px;
              border: 1px solid #8ea4bb; background: #eef3f8; color: #15324f; }
QPushButton:disabled { color: #a9b4bf; background: #f4f6f8; border-color: #dde3e9; }
QPushButton#call_next:enabled { background: #1d6fc4; color: white; border-color: #155a9f; }
QPushButton#start:enabled { background: #1b8a3a; color: white; border-color: #146b2d; }
QPushButton#finish:enabled { background: #1b8a3a; color: white; border-color: #146b2d; }
QPushButton#no_show:enabled { background: #fbeaea; color: #8f1d1d; border-color: #d9a0a0; }
"""


def add_shortcuts(window: QWidget, keys: Iterable[tuple[str, str]],
                  handler: Callable[[str], None]) -> dict[str, QAction]:
    """One window-wide QAction per (action, key): the keys work wherever the focus is."""
    out = {}
    for name, key in keys:
        act = QAction(window)
        act.setShortcut(QKeySequence(key))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _=False, n=name: handler(n))
        window.addAction(act)
        out[name] = act
    return out


def decimal(x: float) -> str:
    """One decimal the way the window's language writes it ("4,5" in Vietnamese)."""
    return QLocale().toString(float(x), "f", 1)


def lines_height(px: int, lines: int) -> int:
    """The height of `lines` lines of `px`-pixel text, with room for a CJK fallback font."""
    font = QFont()
    font.setPixelSize(px)
    return round(lines * QFontMetrics(font).lineSpacing() * 1.25) + 4


class OfflineBanner(Retranslating, PlainLabel):
    """The red band shown while the hub cannot be reached."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("background: #b3261e; color: white; font-size: 20px;"
                           " font-weight: bold; padding: 8px;")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(error_text({"code": "hub_unreachable"}))


class HeaderBar(QWidget):
    """The band across the top: counter, clerk, counter state, the hall's clock."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("HeaderBar { background: #123a63; } QLabel { color: white; }")
        hl = QHBoxLayout(self)
        hl.setContentsMargins(16, 8, 16, 8)
        self.title = PlainLabel()
        self.title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.who = PlainLabel()
        self.who.setStyleSheet("font-size: 18px;")
        self.counter_state = PlainLabel()
        self.counter_state.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.clock = PlainLabel()
        self.clock.setStyleSheet("font-size: 22px; font-weight: bold;")
        hl.addWidget(self.title)
        hl.addSpacing(24)
        hl.addWidget(self.who, 1)
        hl.addWidget(self.counter_state)
        hl.addSpacing(24)
        hl.addWidget(self.clock)


class WorkPage(Retranslating, QWidget):
    """Widgets only; CounterWindow decides what they show and what the buttons do."""

    def __init__(self, queue_model: QueueModel, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(14)
        left = QVBoxLayout()
        right = QVBoxLayout()
        outer.addLayout(left, 3)
        outer.addLayout(right, 2)

        self.card = QFrame(self)
        self.card.setObjectName("ticketCard")
        card = QGridLayout(self.card)
        card.setContentsMargins(22, 12, 22, 12)
        self.number = PlainLabel("—")
        self.number.setObjectName("number")
        self.number.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.number.setStyleSheet("font-size: 96px; font-weight: bold; color: #0f2d4d;")
        self.state = PlainLabel()
        self.state.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.service = PlainLabel()
        self.service.setStyleSheet("font-size: 22px; color: #15324f;")
        self.service.setWordWrap(True)
        self.priority = PlainLabel()
        self.priority.setStyleSheet("font-size: 20px; font-weight: bold; color: #ffffff;"
                                    " background: #c0392b; border-radius: 6px; padding: 2px 10px;")
        self.customer = PlainLabel()
        self.customer.setStyleSheet("font-size: 18px; color: #33475b;")
        self.waited = PlainLabel()
        self.at_counter = PlainLabel()
        for w in (self.waited, self.at_counter):
            w.setStyleSheet("font-size: 20px; color: #33475b;")
        card.addWidget(self.number, 0, 0, 2, 1)
        card.addWidget(self.state, 0, 1)
        card.addWidget(self.priority, 1, 1, Qt.AlignmentFlag.AlignLeft)
        card.addWidget(self.service, 2, 0, 1, 2)
        card.addWidget(self.customer, 3, 0, 1, 2)
        card.addWidget(self.waited, 4, 0)
        card.addWidget(self.at_counter, 4, 1)
        card.setColumnStretch(1, 1)
        # The buttons below keep their places in every state: the badge keeps its room when
        # hidden, the service has two lines, and the card its height whatever it shows.
        keep = self.priority.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.priority.setSizePolicy(keep)
        self.service.setFixedHeight(lines_height(22, 2))
        self.state.setWordWrap(True)  # a long state wraps in its two lines, never widens
        self.state.setFixedHeight(lines_height(22, 2))
        for w in (self.customer, self.waited, self.at_counter):
            w.setMinimumWidth(1)  # nor do the lines under it (the column's width is fixed)
        self.card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        left.addWidget(self.card)

        grid = QGridLayout()
        grid.setSpacing(10)
        self.buttons: dict[str, QPushButton] = {}
        for i, (name, key) in enumerate(BUTTONS):
            b = QPushButton(self)
            b.setObjectName(name)
            b.setMinimumHeight(76)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the window
            b.setStyleSheet(BUTTON_CSS)
            b.setProperty("hallqKey", key)
            self.buttons[name] = b
            grid.addWidget(b, i // 3, i % 3)
        left.addLayout(grid, 1)
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 18px;")
        self.message.setFixedHeight(lines_height(18, 2))
        left.addWidget(self.message)

        self.queue_title = PlainLabel()
        self.queue_title.setStyleSheet("font-size: 20px; font-weight: bold; color: #15324f;")
        self.queue = QTableView(self)
        self.queue.setModel(queue_model)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.queue.verticalHeader().setVisible(False)
        self.queue.verticalHeader().setDefaultSectionSize(34)
        self.queue.setAlternatingRowColors(True)
        self.queue.setStyleSheet("QTableView { font-size: 17px; }"
                                 " QHeaderView::section { font-size: 15px; padding: 4px; }")
        # Fixed widths: sizing to contents would read every row on each change (slow at 200).
        head = self.queue.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 40), (1, 80), (3, 110), (4, 74)):
            head.resizeSection(col, width)
        self.call_selected = QPushButton(self)
        self.call_selected.setObjectName("call_ticket")
        self.call_selected.setMinimumHeight(48)
        self.call_selected.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.call_selected.setStyleSheet(BUTTON_CSS.replace("19px", "16px"))
        self.legend = PlainLabel()
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("font-size: 14px; color: #a11d1d;")
        self.day = PlainLabel()
        self.day.setWordWrap(True)
        self.day.setStyleSheet("font-size: 15px; color: #4a5a6a; border-top: 1px solid #dde3e9;"
                               " padding-top: 6px;")
        right.addWidget(self.queue_title)
        right.addWidget(self.queue, 1)
        right.addWidget(self.legend)
        right.addWidget(self.call_selected)
        self.book = QPushButton(self)  # an appointment for the customer here, another day
        self.book.setObjectName("book")
        self.book.setMinimumHeight(48)
        self.book.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.book.setStyleSheet(BUTTON_CSS.replace("19px", "16px"))
        right.addWidget(self.book)
        right.addWidget(self.day)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        names = {
            "call_next": self.tr("Next customer"), "recall": self.tr("Recall"),
            "start": self.tr("Start serving"), "finish": self.tr("Finish"),
            "no_show": self.tr("No-show"), "transfer": self.tr("Transfer…"),
            "pause": self.tr("Pause…"), "note": self.tr("Note…"),
            "close": self.tr("Close counter"),
        }
        self.pause_names = (self.tr("Pause…"), self.tr("Resume"))
        for name, b in self.buttons.items():
            b.setText(f"{names[name]}\n{b.property('hallqKey')}")
        self.call_selected.setText(self.tr("Call the selected ticket out of turn…") + "  F9")
        self.book.setText(self.tr("Book an appointment…") + "  F11")
        self.legend.setText(self.tr("Red: waited past the service's target"))
        model = self.queue.model()
        if isinstance(model, QueueModel):
            model.set_headers(["#", self.tr("Number"), self.tr("Service"),
                               self.tr("Priority"), self.tr("Waited")])

    def show_day(self, d: dict) -> None:
        """The clerk's own day, from GET /api/staff/{code}/day."""
        parts = [self.tr("Today: %1 served").replace("%1", str(d.get("served", 0)))]
        if d.get("mean_service_min") is not None:
            parts.append(self.tr("average %1 min").replace(
                "%1", decimal(d["mean_service_min"])))
        if d.get("mean_rating") is not None:
            parts.append(self.tr("rating %1/4 (%2 ratings)").replace(
                "%1", decimal(d["mean_rating"])).replace("%2", str(d.get("ratings", 0))))
        self.day.setText(" · ".join(parts))

    def done_text(self, action: str, r: dict) -> str:
        """What the message line says after the hub accepted `action` (reply `r`)."""
        number = str(r.get("number", "")) if "service" in r else ""
        return {
            "call-next": self.tr("Called %1.").replace("%1", number),
            "next": (self.tr("Called %1.") if r.get("state") == "called"
                     else self.tr("%1 finished.")).replace("%1", number),
            "call": self.tr("Called %1 out of turn.").replace("%1", number),
            "recall": self.tr("Recalled %1.").replace("%1", number),
            "start": self.tr("Serving %1.").replace("%1", number),
            "finish": self.tr("%1 finished.").replace("%1", number),
            "no-show": self.tr("%1 marked as no-show.").replace("%1", number),
            "transfer": self.tr("%1 transferred.").replace("%1", number),
            "pause": self.tr("The counter is on a break."),
            "resume": self.tr("The counter is open again."),
        }.get(action, "")

    def set_paused(self, paused: bool) -> None:
        b = self.buttons["pause"]
        b.setText(f"{self.pause_names[1 if paused else 0]}\nF7")

    def show_ticket(self, t: dict | None, service_name: str, priority_name: str,
                    now: datetime, free_text: str) -> None:
        """Draw the ticket at the counter, or `free_text` when there is none."""
        if t is None:
            self.number.setText("—")
            self.state.setText(free_text)
            self.state.setStyleSheet("font-size: 22px; font-weight: bold; color: #4a5a6a;")
            for w in (self.service, self.customer, self.waited, self.at_counter):
                w.clear()
            self.priority.hide()
            self.card.setStyleSheet("#ticketCard { background: #f4f6f8; border-radius: 12px; }")
            return
        self.number.setText(t["number"])
        serving = t["state"] == "serving"
        if serving:
            self.state.setText(self.tr("Serving"))
            color, bg = "#146b2d", "#e7f5eb"
        else:
            text = self.tr("Called — waiting for the customer")
            if t.get("recalls"):
                text += " " + self.tr("(recalled %1×)").replace("%1", str(t["recalls"]))
            self.state.setText(text)
            color, bg = "#8a5a00", "#fff5dc"
        self.state.setStyleSheet(f"font-size: 22px; font-weight: bold; color: {color};")
        self.card.setStyleSheet(f"#ticketCard {{ background: {bg}; border-radius: 12px; }}")
        self.service.setText(f"{t['service']} · {service_name}")
        self.priority.setVisible(bool(t.get("priority")))
        self.priority.setText("★ " + priority_name)
        code = t.get("customer_code") or ""
        self.customer.setText(self.tr("Customer code: %1").replace("%1", code) if code
                              else self.tr("No customer code"))
        self.tick(t, now)

    def tick(self, t: dict | None, now: datetime) -> None:
        """The running times: waited since arrival until called; time at the counter since."""
        if t is None:
            return
        arrival = parse_ts(t["arrival"])
        called = parse_ts(t.get("called_at")) or now
        waited = (called - arrival).total_seconds() if arrival else 0
        self.waited.setText(self.tr("Waited %1").replace("%1", clock_text(waited)))
        self.at_counter.setText(self.tr("At the counter %1").replace(
            "%1", clock_text((now - called).total_seconds())))
