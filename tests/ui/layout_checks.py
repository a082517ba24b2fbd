"""What a person would see wrong in a drawn window: a widget out of the window, a text cut
or squeezed, two things on top of each other, text below 4.5:1 contrast or under a size."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontInfo, QFontMetrics, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


def rect_in(window: QWidget, w: QWidget) -> QRect:
    return QRect(w.mapTo(window, QPoint(0, 0)), w.size())


def shown(window: QWidget, w: QWidget) -> bool:
    return w.isVisibleTo(window) and w.width() > 0 and w.height() > 0


def text_of(w: QWidget) -> str:
    if isinstance(w, (QLabel, QAbstractButton)):
        return w.text()
    if isinstance(w, QLineEdit):
        return w.text() or w.placeholderText()
    return ""


def name(w: QWidget) -> str:
    return f"{type(w).__name__} {w.objectName() or ''} {text_of(w)[:40]!r}".replace("  ", " ")


def label_cut(w: QLabel) -> bool:
    """The label's text does not fit the room it has (Qt clips it, no "…" either)."""
    text = w.text()
    if not text:
        return False
    room = w.contentsRect()
    if w.wordWrap():
        return w.heightForWidth(w.width()) > w.height() + 1
    fm = QFontMetrics(w.font())
    lines = text.split("\n")
    wide = max(fm.horizontalAdvance(line) for line in lines)
    # Height: what the glyphs really cover (a big number's line has room for accents it
    # does not use), and a full line for each line above the last.
    ink = fm.tightBoundingRect(lines[-1]).height() + fm.lineSpacing() * (len(lines) - 1)
    return wide > room.width() + 1 or ink > room.height() + 2


def button_cut(w: QPushButton) -> bool:
    """Narrower or lower than the room its text needs (its style's padding included)."""
    if not w.text():
        return False
    need = w.minimumSizeHint()
    return w.width() + 1 < need.width() or w.height() + 1 < need.height()


def scrolled(w: QWidget) -> bool:
    """Inside a scroll area's page: what lies beyond its window is one scroll away (the
    scroll area itself must stay inside the window)."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and \
                parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def problems(window: QWidget, covered: list[QWidget] = ()) -> list[str]:
    """Every problem of `window` as drawn now; `covered`: widgets nothing may overlap (the
    called number)."""
    out = []
    whole = window.rect()
    widgets = [w for w in window.findChildren(QWidget) if shown(window, w)]
    for w in widgets:
        r = rect_in(window, w)
        if not whole.adjusted(-1, -1, 1, 1).contains(r) and not scrolled(w):
            out.append(f"{name(w)} leaves the window: {r.getRect()} of {whole.getRect()}")
        if isinstance(w, QLabel) and label_cut(w):
            out.append(f"{name(w)} is cut: needs more than {w.size().toTuple()}")
        if isinstance(w, QPushButton) and button_cut(w):
            out.append(f"{name(w)} is squeezed: {w.size().toTuple()} < "
                       f"{w.minimumSizeHint().toTuple()}")
    for target in covered:
        if not shown(window, target):
            continue
        t = rect_in(window, target)
        for w in widgets:
            if w is target or w.isAncestorOf(target) or target.isAncestorOf(w):
                continue
            if not text_of(w) and not w.autoFillBackground() and not w.styleSheet():
                continue  # an empty transparent box covers nothing
            hit = t.intersected(rect_in(window, w))
            if hit.width() > 2 and hit.height() > 2:
                out.append(f"{name(w)} covers {name(target)}")
    return out


# ------------------------------------------------------------------ contrast, sizes

def _luminance(rgb: np.ndarray) -> np.ndarray:
    c = rgb.astype(float) / 255
    c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * c[..., 0] + 0.7152 * c[..., 1] + 0.0722 * c[..., 2]


def contrast(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    la, lb = _luminance(a), _luminance(b)
    return (np.maximum(la, lb) + 0.05) / (np.minimum(la, lb) + 0.05)


def pixels(window: QWidget) -> np.ndarray:
    img = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    arr = np.frombuffer(img.constBits(), np.uint8, img.sizeInBytes()).copy()  # img goes
    return arr.reshape(img.height(), img.bytesPerLine())[:, :img.width() * 3].reshape(
        img.height(), img.width(), 3)


def text_contrast(image: np.ndarray, window: QWidget, w: QWidget) -> float:
    """The contrast of the text's strongest pixel against the commonest colour behind it
    (WCAG 2: what the core of a glyph reaches; antialiased edges are lighter)."""
    r = rect_in(window, w).intersected(window.rect())
    if isinstance(w, (QLabel, QLineEdit)):
        r = QRect(w.contentsRect().translated(rect_in(window, w).topLeft())).intersected(
            window.rect())
    crop = image[r.top():r.bottom() + 1, r.left():r.right() + 1].reshape(-1, 3)
    if len(crop) == 0:
        return 21.0
    colours, counts = np.unique(crop, axis=0, return_counts=True)
    bg = colours[counts.argmax()]
    return float(contrast(crop, bg[None, :]).max())


def low_contrast(window: QWidget, minimum: float = 4.5) -> list[str]:
    image = pixels(window)
    out = []
    for w in window.findChildren(QWidget):
        if not shown(window, w) or not text_of(w).strip() or not w.isEnabled():
            continue  # WCAG leaves disabled controls out
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            ratio = text_contrast(image, window, w)
            if ratio < minimum:
                out.append(f"{name(w)}: {ratio:.2f}:1")
    return out


def small_text(window: QWidget, minimum_px: int) -> list[str]:
    out = []
    for w in window.findChildren(QWidget):
        if shown(window, w) and text_of(w).strip() and \
                isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            px = QFontInfo(w.font()).pixelSize()
            if px < minimum_px:
                out.append(f"{name(w)}: {px} px")
    return out
