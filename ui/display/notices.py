"""Notices on the hall display: the ones in force, read from the hub when one is posted or
withdrawn and when one starts or ends, shown in a band that rotates between them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ui.client import HallClient
from ui.display import style as st

NOTICE_EVENTS = ("notice_posted", "notice_withdrawn")
ROTATE_MS = 10_000  # each notice this long when there are several
TURN_MS = ROTATE_MS // 2  # each language this long, when a long notice shows them in turns
RETRY_MS = 30_000  # the hub did not answer: ask again
RECHECK_MS = 3_600_000  # at the latest, ask again every hour (a clock set wrong, a lost event)
LATE_MS = 500  # ask a little after a start or end, so the hub's clock has passed it


# A cream band with dark text: read at once on the dark display, and unlike the amber of a
# new call, so the two are never confused.
NOTICE_BG = "#fff4d6"
NOTICE_TEXT = "#0b1f3a"
NOTICE_MARK = "#b3261e"


def band_style(quiet: bool) -> str:
    """The band; while a call is highlighted its text is drawn in the band's own colour."""
    text = NOTICE_BG if quiet else NOTICE_TEXT
    mark = NOTICE_BG if quiet else NOTICE_MARK
    return (f"QFrame#notice {{ background: {NOTICE_BG}; }}"
            f"QFrame#notice QLabel {{ color: {text}; }}"
            f"QFrame#notice QLabel#noticeMark {{ color: {mark}; }}")


class NoticeFeed(QObject):
    """The notices in force now, kept up to date; `changed` with the list each time."""

    changed = Signal(list)  # [{id, starts_at, ends_at, text: {lang: text}}]

    def __init__(self, client: HallClient, parent: QObject | None = None):
        super().__init__(parent)
        self.client = client
        self.notices: list[dict] = []
        self._asked = False  # a request is out: one at a time
        self._again = False  # something changed while it was out: ask once more
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.refresh)
        client.stateReset.connect(lambda _snap: self.refresh())
        client.eventReceived.connect(self._on_event)
        client.connectedChanged.connect(lambda up: self.refresh() if up else None)

    def _on_event(self, ev: dict) -> None:
        if ev.get("type") in NOTICE_EVENTS:
            self.refresh()

    def refresh(self) -> None:
        if self._asked:
            self._again = True
            return
        self._asked = True
        self.client.current_notices(self._on_current)

    def _on_current(self, ok: bool, data: dict) -> None:
        self._asked = False
        if self._again:
            self._again = False
            self.refresh()
            return
        if not ok:
            self._timer.start(RETRY_MS)
            return
        self._timer.start(self._next_ms(data))
        notices = list(data.get("notices") or [])
        if notices != self.notices:
            self.notices = notices
            self.changed.emit(notices)

    @staticmethod
    def _next_ms(data: dict) -> int:
        """Until the next start or end, measured on the hub's clock (not this PC's)."""
        try:
            wait = (datetime.fromisoformat(data["next_change"])
                    - datetime.fromisoformat(data["now"])).total_seconds() * 1000
        except (KeyError, TypeError, ValueError):
            return RECHECK_MS
        return int(min(RECHECK_MS, max(0.0, wait) + LATE_MS))


class NoticeBand(QFrame):
    """One notice at a time, in the hall's first language with its second under it; hidden
    when none is in force. Its text shrinks to stay within a few lines, so the call keeps
    its size; a notice too long for both languages at LEAST_TOGETHER of the size shows
    them in turns (TURN_MS each), each with the whole band, where it reads larger. While a
    new call is highlighted the text steps aside (the band keeps its room, so the call does
    not move)."""

    FIRST_PX, SECOND_PX = 32, 26  # at 1080 lines, like the services' names
    BUDGET_PX = {False: 100, True: 190}  # the text's height at most (landscape, portrait)
    LEAST_TOGETHER = 0.8  # below this share of the size, the languages take turns

    def __init__(self, fonts: st.ScaledFonts, parent: QWidget | None = None):
        super().__init__(parent, objectName="notice")
        self.fonts = fonts
        self.setStyleSheet(band_style(False))
        self.notices: list[dict] = []
        self.languages: list[str] = ["vi"]
        self.index = 0
        self.quiet = False  # a call is being highlighted
        row = QHBoxLayout(self)
        row.setContentsMargins(36, 8, 36, 10)
        row.setSpacing(24)
        self.mark = fonts.add(st.label("!", name="noticeMark"), 56, bold=True)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.mark)
        col = QVBoxLayout()
        col.setSpacing(2)
        self.first = st.label()
        self.second = st.label()
        for lab in (self.first, self.second):
            lab.setWordWrap(True)
            lab.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            col.addWidget(lab)
        row.addLayout(col, 1)
        self.page = fonts.add(st.label(), 26)  # "1/3" when several rotate
        self.page.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.page)
        self._rotate = QTimer(self, interval=ROTATE_MS)
        self._rotate.timeout.connect(self._next)
        self.turn = 0  # which language shows, when they take turns
        self._turns = QTimer(self, interval=TURN_MS)
        self._turns.timeout.connect(self._next_language)
        self.hide()

    def set_notices(self, notices: list[dict], languages: list[str]) -> None:
        self.notices, self.languages = notices, languages or ["vi"]
        self.index = 0 if self.index >= len(notices) else self.index
        if len(notices) > 1:
            self._rotate.start()
        else:
            self._rotate.stop()
        self._show()

    def set_quiet(self, quiet: bool) -> None:
        """A new call takes the hall's eyes: the notice's text steps aside meanwhile."""
        if quiet != self.quiet:
            self.quiet = quiet
            self.setStyleSheet(band_style(quiet))

    def texts(self) -> list[str]:
        """The shown notice in the display's languages, each once (first language first)."""
        if not self.notices:
            return []
        text = self.notices[self.index].get("text") or {}
        out: list[str] = []
        for lang in self.languages[:2]:
            line = text.get(lang) or ""
            if line and line not in out:
                out.append(line)
        return out

    def _next(self) -> None:
        if self.notices:
            self.index = (self.index + 1) % len(self.notices)
            self.turn = 0
            self._show()

    def _next_language(self) -> None:
        self.turn += 1
        self._show()

    def _show(self) -> None:
        lines = self.texts()
        many = len(self.notices) > 1
        self.page.setText(f"{self.index + 1}/{len(self.notices)}" if many else "")
        self.first.setText(lines[0] if lines else "")
        self.second.setText(lines[1] if len(lines) > 1 else "")
        together = self._fit()
        if len(lines) > 1 and together < self.LEAST_TOGETHER:
            # too long to read both at once from the hall: one language at a time
            self.first.setText(lines[self.turn % len(lines)])
            self.second.setText("")
            self._fit()
            if not self._turns.isActive():
                self._turns.start()
        else:
            self._turns.stop()
        self.second.setVisible(bool(self.second.text()))
        self.setVisible(bool(lines))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._show()  # another width: together or in turns may change

    def _fit(self) -> float:
        """The largest text size, down to a third, at which the notice fits its budget; its
        share of the full size."""
        scale = self.fonts.scale
        win = self.window()
        budget = self.BUDGET_PX[win.height() > win.width()] * scale
        m = self.layout().contentsMargins()
        width = (self.width() - m.left() - m.right() - self.mark.sizeHint().width() - 24
                 - (self.page.sizeHint().width() + 24 if self.page.text() else 0))
        width = max(50, width)
        for step in range(12):
            k = 1 - step * 0.06
            f1 = self._font(self.FIRST_PX * scale * k, True)
            f2 = self._font(self.SECOND_PX * scale * k, False)
            high = self._height(f1, self.first.text(), width)
            if self.second.text():
                high += 2 + self._height(f2, self.second.text(), width)
            if high <= budget:
                break
        self.first.setFont(f1)
        self.second.setFont(f2)
        return k

    @staticmethod
    def _font(px: float, bold: bool) -> QFont:
        font = QFont()
        font.setFamilies(st.FAMILIES)
        font.setPixelSize(max(8, round(px)))
        font.setBold(bold)
        return font

    @staticmethod
    def _height(font: QFont, text: str, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), flags,
                                               text).height()

    def shown_text(self) -> str:
        """What a person reads on the band now ("" when hidden or stepped aside)."""
        if not self.isVisible() or self.quiet:
            return ""
        return "\n".join(t for t in (self.first.text(), self.second.text()) if t)
