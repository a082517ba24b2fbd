"""The kiosk's hidden way out: a corner that opens the supervisor PIN prompt."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

TAPS = 5  # taps in the corner ...
TAPS_WITHIN_S = 4.0  # ... within this many seconds
LONG_PRESS_MS = 3000  # or one press held this long
SIZE = 90  # px square, top-left corner


class CornerHotspot(QWidget):
    """Invisible square in the top-left corner; `triggered` on 5 quick taps or a long press.

    Nothing marks it on screen: customers never find it, supervisors are told."""

    triggered = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("kioskCorner")
        self.setGeometry(0, 0, SIZE, SIZE)
        self._taps: list[float] = []
        self._hold = QTimer(self, singleShot=True, interval=LONG_PRESS_MS)
        self._hold.timeout.connect(self._fire)
        parent.installEventFilter(self)  # stay on top of the window's layout
        self.raise_()

    def eventFilter(self, obj: object, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.ChildAdded, QEvent.Type.Show):
            self.raise_()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t < TAPS_WITHIN_S] + [now]
        if len(self._taps) >= TAPS:
            self._fire()
            return
        self._hold.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._hold.stop()

    def _fire(self) -> None:
        self._hold.stop()
        self._taps.clear()
        self.triggered.emit()
