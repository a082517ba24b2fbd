"""The rating keypad's painted parts: big choice buttons with faces, reason buttons, avatars."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

WRAP = Qt.TextFlag.TextWordWrap
CENTER = Qt.AlignmentFlag.AlignCenter


def ink_for(background: QColor) -> QColor:
    """Black or white text, whichever reads better on this background."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#1a1a1a") if luminance > 0.55 else QColor("#ffffff")


def fitted_font(base: QFont, text: str, rect: QRectF, max_px: int, min_px: int = 12,
                flags: int = CENTER | WRAP) -> QFont:
    """The largest font up to max_px in which `text` fits `rect` (wrapped at spaces)."""
    font = QFont(base)
    for px in range(max_px, min_px - 1, -2):
        font.setPixelSize(px)
        box = QFontMetricsF(font).boundingRect(rect, int(flags), text)
        if box.width() <= rect.width() + 0.5 and box.height() <= rect.height() + 0.5:
            return font
    font.setPixelSize(min_px)
    return font


def draw_face(p: QPainter, center: QPointF, radius: float, mood: float, ink: QColor) -> None:
    """A face from frowning (mood -1) to beaming (+1): readable without reading a word."""
    pen = QPen(ink, max(3.0, radius / 7), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(center, radius, radius)
    p.setBrush(ink)
    p.setPen(Qt.PenStyle.NoPen)
    eye = radius / 8
    for dx in (-0.36, 0.36):
        p.drawEllipse(QPointF(center.x() + dx * radius, center.y() - 0.22 * radius), eye, eye)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    mouth_y = center.y() + radius * (0.35 - 0.1 * mood)
    half = radius * 0.45
    path = QPainterPath(QPointF(center.x() - half, mouth_y))
    path.quadTo(QPointF(center.x(), mouth_y + mood * radius * 0.5),
                QPointF(center.x() + half, mouth_y))
    p.drawPath(path)


def draw_badge(p: QPainter, center: QPointF, radius: float, label: str, fill: QColor,
               ink: QColor) -> None:
    """The small number that tells a USB-keypad user which key is which."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fill)
    p.drawEllipse(center, radius, radius)
    font = QFont(p.font())
    font.setPixelSize(int(radius * 1.2))
    font.setBold(True)
    p.setFont(font)
    p.setPen(ink)
    p.drawText(QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius),
               CENTER, label)


class ChoiceButton(QAbstractButton):
    """One big coloured rating choice: key number, face, label."""

    def __init__(self, key: str, color: str, mood: float, hint: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.color = QColor(color) if QColor.isValidColorName(color) else QColor("#777777")
        self.mood = mood
        self.hint = hint
        self.chosen = False
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # key presses belong to the window
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(220, 360)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        fill = QColor(self.color)
        if self.isDown():
            fill = fill.darker(125)
        if not self.isEnabled() and not self.chosen:
            p.setOpacity(0.3)  # the others fade; the chosen one stays bright
        p.setPen(QPen(QColor("#1a1a1a"), 6) if self.chosen else Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(r, 22, 22)
        ink = ink_for(fill)
        radius = min(r.width() * 0.3, r.height() * 0.2)
        face = QPointF(r.center().x(), r.top() + r.height() * 0.36)
        draw_face(p, face, radius, self.mood, ink)
        badge = QColor(ink)
        badge.setAlpha(60)
        draw_badge(p, QPointF(r.left() + 30, r.top() + 30), 20, self.hint, badge, ink)
        text_rect = QRectF(r.left() + 12, face.y() + radius + 14, r.width() - 24,
                           r.bottom() - (face.y() + radius + 14) - 12)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(fitted_font(font, self.text(), text_rect, 40, 14))
        p.setPen(ink)
        p.drawText(text_rect, CENTER | WRAP, self.text())


class ReasonButton(QAbstractButton):
    """A reason the customer can tick (several allowed); a clear box shows the tick."""

    def __init__(self, key: str, hint: str, accent: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.hint = hint
        self.accent = QColor(accent) if QColor.isValidColorName(accent) else QColor("#d9534f")
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(440, 100)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        on = self.isChecked()
        fill = QColor(self.accent) if on else QColor("#ffffff")
        if self.isDown():
            fill = fill.darker(115)
        if not self.isEnabled():
            p.setOpacity(0.5)
        ink = ink_for(fill)
        p.setPen(QPen(self.accent.darker(120), 4))
        p.setBrush(fill)
        p.drawRoundedRect(r, 16, 16)
        muted = QColor(ink)
        muted.setAlpha(50)
        draw_badge(p, QPointF(r.left() + 30, r.center().y()), 18, self.hint, muted, ink)
        box = QRectF(r.left() + 64, r.center().y() - 20, 40, 40)
        p.setPen(QPen(ink, 4))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(box, 6, 6)
        if on:
            tick = QPainterPath(QPointF(box.left() + 8, box.center().y()))
            tick.lineTo(box.left() + 17, box.bottom() - 9)
            tick.lineTo(box.right() - 7, box.top() + 8)
            p.setPen(QPen(ink, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                          Qt.PenJoinStyle.RoundJoin))
            p.drawPath(tick)
        text_rect = QRectF(box.right() + 18, r.top() + 8, r.right() - box.right() - 30,
                           r.height() - 16)
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft) | int(WRAP)
        font = QFont(self.font())
        font.setBold(on)
        p.setFont(fitted_font(font, self.text(), text_rect, 30, 14, flags))
        p.setPen(ink)
        p.drawText(text_rect, flags, self.text())


def find_photo(folder: str, code: str) -> Path | None:
    """A staff photo named after the staff code (NV01.jpg, NV01.png) in the photo folder."""
    if not folder or not code:
        return None
    for ext in ("jpg", "jpeg", "png", "JPG", "PNG"):
        path = Path(folder).expanduser() / f"{code}.{ext}"
        if path.is_file():
            return path
    return None


def avatar(name: str, code: str, photo: Path | None, size: int) -> QPixmap:
    """The staff member's photo in a circle, or their initial on a colour of their own."""
    out = QPixmap(size, size)
    out.fill(Qt.GlobalColor.transparent)
    p = QPainter(out)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    circle = QPainterPath()
    circle.addEllipse(QRectF(0, 0, size, size))
    image = QPixmap(str(photo)) if photo else QPixmap()
    if not image.isNull():
        image = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                             Qt.TransformationMode.SmoothTransformation)
        p.setClipPath(circle)
        p.drawPixmap((size - image.width()) // 2, (size - image.height()) // 2, image)
    else:
        hue = int(hashlib.md5(code.encode()).hexdigest()[:4], 16) % 360
        p.fillPath(circle, QColor.fromHsv(hue, 110, 170))
        # Vietnamese names end with the given name, the one people are called by.
        initial = (name.split()[-1][:1] if name.split() else code[:1]).upper()
        font = QFont(p.font())
        font.setPixelSize(int(size * 0.45))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("#ffffff"))
        p.drawText(QRectF(0, 0, size, size), CENTER, initial)
    p.end()
    return out
