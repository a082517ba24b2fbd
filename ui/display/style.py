"""Look of the hall and counter displays: colours, and fonts that scale with the screen."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.text import PlainLabel

# Dark background, light text: what reads best across a bright hall. The highlight is a
# strong amber that a waiting customer notices from the corner of the eye.
BG = "#0b1f3a"
PANEL = "#13305a"
TEXT = "#ffffff"
MUTED = "#a9c1e0"
ACCENT = "#ffd23f"
SECOND = "#dfe9f7"  # the hall's second language: near white, 11:1 on the panels
HIGHLIGHT_BG = "#ffb000"
HIGHLIGHT_TEXT = "#0b1f3a"
WARN_BG = "#b3261e"
MESSAGE_BG = "#1d4f91"

FAMILIES = ["DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Sans Serif"]
DESIGN_HEIGHT = 1080  # pixel sizes below are for a 1080-line screen


def base_style() -> str:
    return (f"QWidget#displayRoot {{ background: {BG}; }}"
            f"QLabel {{ color: {TEXT}; background: transparent; }}"
            f"QLabel[muted=\"true\"] {{ color: {MUTED}; }}"
            f"QLabel[accent=\"true\"] {{ color: {ACCENT}; }}"
            f"QLabel#secondLanguage {{ color: {SECOND}; }}"
            f"QFrame#panel {{ background: {PANEL}; border-radius: 18px; }}"
            f"QFrame#message {{ background: {MESSAGE_BG}; }}"
            f"QLabel#offline {{ background: {WARN_BG}; color: {TEXT}; border-radius: 8px;"
            f" padding: 4px 16px; }}")


def root_layout(display: QWidget, margins: tuple[int, int, int, int],
                spacing: int) -> QVBoxLayout:
    """A display's dark background and the column everything on it stands in."""
    display.setObjectName("displayRoot")
    display.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    display.setStyleSheet(base_style())
    layout = QVBoxLayout(display)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return layout


def panel_style(highlight: bool) -> str:
    """The latest-call panel, amber while a new call is highlighted."""
    if highlight:
        return (f"QFrame#latest {{ background: {HIGHLIGHT_BG}; border-radius: 24px; }}"
                f"QFrame#latest QLabel {{ color: {HIGHLIGHT_TEXT}; }}")
    return (f"QFrame#latest {{ background: {PANEL}; border-radius: 24px; }}"
            f"QFrame#latest QLabel {{ color: {TEXT}; }}"
            f"QFrame#latest QLabel[accent=\"true\"] {{ color: {ACCENT}; }}")


class ScaledFonts:
    """Remembers each label's pixel size at 1080 lines and rescales them all on resize."""

    def __init__(self) -> None:
        self._labels: list[tuple[QLabel, int, bool]] = []
        self.scale = 1.0

    def add(self, label: QLabel, px: int, bold: bool = False) -> QLabel:
        """Give ``label`` a size at 1080 lines (again: replaces its earlier size)."""
        self._labels = [e for e in self._labels if e[0] is not label]
        self._labels.append((label, px, bold))
        self._apply(label, px, bold)
        return label

    def resize(self, widget: QWidget, design_width: int = 1920,
               design_height: int = DESIGN_HEIGHT) -> None:
        # Fit both ways so a 4:3 or portrait screen does not clip the big number.
        self.scale = max(0.2, min(widget.height() / design_height,
                                  widget.width() / design_width))
        # A label Qt has deleted since (a service card made again) is forgotten: setting its
        # font raised in the window's resizeEvent, which PySide turns into a crash.
        self._labels = [e for e in self._labels if shiboken6.isValid(e[0])]
        for label, px, bold in self._labels:
            self._apply(label, px, bold)

    def _apply(self, label: QLabel, px: int, bold: bool) -> None:
        font = QFont()
        font.setFamilies(FAMILIES)
        font.setPixelSize(max(8, round(px * self.scale)))
        font.setBold(bold)
        label.setFont(font)


class FitLabel(PlainLabel):
    """The big number: takes the room the others leave it and shrinks its font, if it must,
    so the whole number shows (a short or narrow screen never cuts it).

    ``width_only``: a line that keeps the height its font asks for and shrinks only when
    its width is short of the text ("28 waiting" in one of five cards on a 1920 screen)."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 width_only: bool = False):
        self.wanted = 0  # the size ScaledFonts asked for; the font never grows past it
        self.width_only = width_only
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
                           if width_only else QSizePolicy.Policy.Ignored)

    def setFont(self, font: QFont) -> None:  # noqa: N802 - Qt's name
        self.wanted = font.pixelSize()
        self._fit(font)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit(self.font())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._fit(self.font())
        super().resizeEvent(event)

    def _fit(self, font: QFont) -> None:
        if self.wanted <= 0:
            return
        f = QFont(font)
        f.setPixelSize(self.wanted)
        room = self.contentsRect()
        text = self.text()
        if text and self.width_only and room.width() > 0:
            # the largest size up to the wanted one at which the whole line fits its width
            while f.pixelSize() > 8 and \
                    QFontMetrics(f).horizontalAdvance(text) > room.width():
                f.setPixelSize(f.pixelSize() - 1)
        elif text and room.width() > 0 and room.height() > 0:
            fm = QFontMetrics(f)
            wide = max(1, fm.horizontalAdvance(text))
            high = max(1, fm.tightBoundingRect(text).height())
            ratio = min(1.0, room.width() / wide, room.height() / high)
            f.setPixelSize(max(8, int(self.wanted * ratio * 0.97)))
        if f != super().font():
            super().setFont(f)


def label(text: str = "", *, muted: bool = False, accent: bool = False,
          name: str = "", fit: bool = False, fit_width: bool = False) -> QLabel:
    """A display's label; ``fit``: the big number, ``fit_width``: a line that shrinks only
    when its width is short of it (see FitLabel)."""
    lab = FitLabel(text, width_only=fit_width) if fit or fit_width else PlainLabel(text)
    if muted:
        lab.setProperty("muted", True)
    if accent:
        lab.setProperty("accent", True)
    if name:
        lab.setObjectName(name)
    return lab
