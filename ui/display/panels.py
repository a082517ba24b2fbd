"""The hall display's two panels that size themselves: the latest call and the recent calls."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from ui.display import style as st


class CallPanel(QFrame):
    """The latest call. On a portrait screen it asks for the height its number takes at
    full size (the number's label asks for none: it takes what the others leave it and fits
    its font to that), so that the recent calls under it can have the rest; short of room
    the layout still squeezes it, the number a little smaller rather than anything cut."""

    number: st.FitLabel | None = None
    hold = False  # portrait: the number's height asked for
    # A ticket number is its service's prefix and digits: the height asked for is theirs,
    # whichever number is shown (the layout holds still; no room kept for a Q's tail in a
    # hall without a Q service).
    glyphs = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        if not self.hold or self.number is None:
            return hint
        font = QFont(self.number.font())
        font.setPixelSize(max(8, self.number.wanted))
        ink = QFontMetrics(font).tightBoundingRect(self.glyphs).height()
        # and a twentieth to spare: the label centres the line, not the ink, a little lower
        return QSize(hint.width(), hint.height() + ink + self.number.wanted // 20)


class RecentPanel(QFrame):
    """The recent calls: as many lines as its height holds (a short screen drops the oldest
    rather than squeezing every line until none can be read); on a portrait screen in two
    columns, the newest down the first one, so the calls shown are always the newest."""

    rows: list[tuple[QLabel, QLabel]] = []
    caption: QLabel | None = None
    grid: QGridLayout | None = None
    columns = 1
    placed: tuple[int, int] = (-1, -1)  # (calls shown, columns) as the grid has them

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Never so short that not one call shows: its caption and one line of calls (the
        lines it shows depend on its height, so the lines it has now cannot say it)."""
        hint = super().minimumSizeHint()
        if not self.rows or self.caption is None or self.grid is None:
            return hint
        return QSize(hint.width(), max(hint.height(), self._frame() + self._line()))

    def _frame(self) -> int:
        """Its height without the lines of calls: margins, caption and the gap under it."""
        layout = self.layout()
        assert self.caption is not None and layout is not None
        m = layout.contentsMargins()
        return m.top() + m.bottom() + self.caption.sizeHint().height() + 8

    def _line(self) -> int:
        assert self.grid is not None
        return self.rows[0][0].sizeHint().height() + max(0, self.grid.verticalSpacing())

    def fit(self) -> None:
        if not self.rows or self.caption is None or self.grid is None:
            return
        fit = max(0, (self.height() - self._frame()) // max(1, self._line()))
        shown = min(len(self.rows), fit * self.columns)
        if (shown, self.columns) == self.placed:
            return
        self.placed = (shown, self.columns)
        per_col = max(1, -(-shown // self.columns))
        for i, (num, cnt) in enumerate(self.rows):
            self.grid.removeWidget(num)
            self.grid.removeWidget(cnt)
            # a pair of columns per column of calls, an empty one between the pairs
            row, col = (i % per_col, 3 * (i // per_col)) if i < shown else (i, 0)
            self.grid.addWidget(num, row, col)
            self.grid.addWidget(cnt, row, col + 1)
            num.setVisible(i < shown)
            cnt.setVisible(i < shown)
        self.grid.setColumnMinimumWidth(2, 48 if self.columns > 1 else 0)
