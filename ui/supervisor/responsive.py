"""Parts side by side that stack when the window is too narrow, and scroll when too short."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class ResponsiveRow(QWidget):
    """Parts in a row where they fit, one under the other where they do not.

    A plain row asks the window for the sum of its parts' widths, so a window holding one
    cannot be narrower than that: the supervisor's window was wider than a 1366×768
    laptop's screen or a portrait one. This row asks only for its widest part, and tells
    the layout around it the height it needs at a given width (Qt's height-for-width), so
    the room for a stacked row is given in the same pass that narrows it. It places its
    parts itself: Qt asks a widget with a layout of its own the layout's height-for-width.
    """

    def __init__(self, *parts: QWidget, stretches: tuple[int, ...] | None = None,
                 spacing: int = 12, parent: QWidget | None = None):
        super().__init__(parent)
        self.parts = parts
        self.stretches = dict(zip(parts, stretches or (1,) * len(parts), strict=True))
        self.spacing = spacing
        for part in parts:
            part.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.stacked = False

    def _shown(self) -> list[QWidget]:
        return [p for p in self.parts if not p.isHidden()]

    @staticmethod
    def _height(part: QWidget) -> int:
        return max(part.sizeHint().height(), part.minimumSizeHint().height())

    def row_width(self) -> int:
        """The width the parts need side by side."""
        shown = self._shown()
        return sum(p.minimumSizeHint().width() for p in shown) + \
            self.spacing * max(0, len(shown) - 1)

    def fits(self, width: int) -> bool:
        return width >= self.row_width()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        heights = [self._height(p) for p in self._shown()] or [0]
        if self.fits(width):
            return max(heights)
        return sum(heights) + self.spacing * (len(heights) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        shown = self._shown()
        return QSize(max((p.minimumSizeHint().width() for p in shown), default=0),
                     max((p.minimumSizeHint().height() for p in shown), default=0))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.row_width(), self.heightForWidth(self.row_width()))

    def place(self) -> None:
        """Side by side, the room beyond each part's minimum shared by stretch; else each
        part the whole width, one under the other."""
        shown, width = self._shown(), self.width()
        self.stacked = not self.fits(width)
        if self.stacked:
            y = 0
            for p in shown:
                p.setGeometry(0, y, width, self._height(p))
                y += self._height(p) + self.spacing
            return
        spare = width - self.row_width()
        total = sum(self.stretches[p] for p in shown) or 1
        x = 0
        for p in shown:
            w = p.minimumSizeHint().width() + spare * self.stretches[p] // total
            p.setGeometry(x, 0, w, self.height())
            x += w + self.spacing

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self.place()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a part's size hint changed
            self.updateGeometry()
            self.place()
        return super().event(event)


class ScrollWhenShort(QScrollArea):
    """Its page at full height where the window has the room, scrolled where it has not
    (a page in a plain scroll area asks for a fixed, smaller height)."""

    def __init__(self, page: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll area asks its page's own layout whether height follows width: the page
        # sits in a plain column so a ResponsiveRow's answer is heard.
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(page)
        self.setWidget(holder)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self.widget().heightForWidth(width) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.widget().sizeHint()
        return QSize(page.width(), page.height() + 2 * self.frameWidth())
