"""The kiosk's code keypad on the appointment page: finger-sized keys on a 1080×1920 portrait
screen (at least 120 px each way, text at least 32 px), the keyboard rows as before on a
landscape one, and nothing cut or off the screen either way; a tall screen's keys type."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebSockets")

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))

import screenshots as pics  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt  # noqa: E402

from tests.ui.layout_checks import problems, small_text  # noqa: E402
from ui.app import set_language  # noqa: E402
from ui.kiosk.keypad import BACKSPACE, CLEAR, LETTER_ROWS  # noqa: E402

LETTERS = "".join(LETTER_ROWS)
KEYS = [*LETTERS, *"0123456789", BACKSPACE, CLEAR]


@pytest.fixture(scope="module")
def scene(qapp):
    with pics.scene() as sc:
        yield sc
    set_language("en")


@pytest.fixture(params=["vi", "zh_CN"])
def kiosk(scene, request):
    set_language(request.param)
    w = pics.kiosk(scene, request.param)
    w.on_appointment_requested()
    yield w
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    set_language("en")


def show_at(w, size: QSize):
    w.resize(size)
    w.show()
    pics.settle(60)
    assert w.size() == size
    return w.appointment_page


def on_screen(w, key) -> bool:
    """The whole key is inside the window, visible."""
    r = QRect(key.mapTo(w, key.rect().topLeft()), key.size())
    return key.isVisible() and w.rect().contains(r)


def test_portrait_keys_are_finger_sized(kiosk) -> None:
    page = show_at(kiosk, QSize(1080, 1920))
    keypad = page.keypad
    assert keypad.tall
    for value in KEYS:
        key = keypad.keys[value]
        assert on_screen(kiosk, key), value
        assert key.width() >= 120 and key.height() >= 120, (value, key.size().toTuple())
        assert key.font().pixelSize() >= 32, (value, key.font().pixelSize())
    # Seven a row, in the order of the alphabet: A under nothing, H under A.
    a, h = keypad.keys["A"], keypad.keys["H"]
    assert h.x() == a.x() and h.y() > a.y()
    assert problems(kiosk, []) == [] and small_text(kiosk, 24) == []
    kiosk.grab().save("/tmp/hallq-keypad-portrait.png")


def test_landscape_keeps_its_keyboard_rows(kiosk) -> None:
    for size in (QSize(1920, 1080), QSize(1366, 768), QSize(1280, 1024)):
        page = show_at(kiosk, size)
        keypad = page.keypad
        assert not keypad.tall, size
        q, a = keypad.keys["Q"], keypad.keys["A"]
        assert q.y() < a.y() and a.x() > q.x()  # QWERTY rows, the second set in
        for value in KEYS:
            key = keypad.keys[value]
            assert on_screen(kiosk, key), (size.toTuple(), value)
            assert key.height() >= 56 and key.font().pixelSize() >= 26, (value, size)
        assert problems(kiosk, []) == [], size.toTuple()
        assert small_text(kiosk, 24) == [], size.toTuple()


def test_a_tall_screens_keys_type_the_code(kiosk, qtbot) -> None:
    page = show_at(kiosk, QSize(1080, 1920))
    for ch in "AC7":
        qtbot.mouseClick(page.keypad.keys[ch], Qt.MouseButton.LeftButton)
    assert page.entry.text() == "AC7"
    qtbot.mouseClick(page.keypad.keys[BACKSPACE], Qt.MouseButton.LeftButton)
    assert page.entry.text() == "AC"
    # Turned to landscape: the keyboard rows' keys type too.
    page = show_at(kiosk, QSize(1920, 1080))
    qtbot.mouseClick(page.keypad.keys["X"], Qt.MouseButton.LeftButton)
    assert page.entry.text() == "ACX"
