"""The displays' font scaler forgets a label once Qt has deleted it (a rebuilt service card):
a later resize (a screen turned to portrait) must not reach for it."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

import shiboken6  # noqa: E402
from PySide6.QtWidgets import QLabel, QWidget  # noqa: E402

from ui.display.style import ScaledFonts  # noqa: E402


def test_a_deleted_label_is_forgotten_and_the_rest_rescaled(qtbot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    fonts = ScaledFonts()
    kept = fonts.add(QLabel("A", screen), 40)
    card = QWidget(screen)
    gone = fonts.add(QLabel("Thanh toán tiền điện", card), 30, bold=True)
    card.deleteLater()  # the service cards are made again when the services change
    qtbot.waitUntil(lambda: not shiboken6.isValid(gone), timeout=2000)
    screen.resize(1080, 1920)
    fonts.resize(screen, design_width=1080, design_height=1920)  # raised RuntimeError
    assert kept.font().pixelSize() == 40
    screen.resize(960, 540)
    fonts.resize(screen)
    assert kept.font().pixelSize() == 20
