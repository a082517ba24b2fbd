"""`hallq demo` lays its eight windows on one screen without squeezing any below its layout."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QRect  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from ui import demo  # noqa: E402


def test_every_window_gets_at_least_what_its_layout_needs(qtbot) -> None:
    s = hsettings.defaults()
    s.values["device"].update(fullscreen=False, language="vi")
    s.values["voice"]["enabled"] = False
    tokens = {f"demo {role} {counter or ''}".strip(): "t" for _, role, counter
              in demo.DEMO_WINDOWS}
    opened = demo.open_windows("http://127.0.0.1:9", tokens, s)
    windows = [w for w, _ in opened]
    for w in windows:
        qtbot.addWidget(w)
    assert len(windows) == len(demo.DEMO_WINDOWS) == 8
    demo.tile(windows, QRect(0, 0, 1920, 1080))
    for w in windows:
        least = w.minimumSizeHint()
        assert w.width() >= least.width() and w.height() >= least.height(), type(w)
        # a window manager cannot squeeze it below that either
        assert w.minimumSize().expandedTo(least) == w.minimumSize()
    # a 3 x 3 grid of 640 x 360 tiles, in the order of DEMO_WINDOWS: the kiosk top left,
    # the supervisor on the last row
    assert [(w.x(), w.y()) for w in windows] == [
        (0, 0), (640, 0), (1280, 0), (0, 360), (640, 360), (1280, 360), (0, 720), (640, 720)]
    assert windows[3].width() == 640  # a keypad fits its tile: it keeps the tile's size
    for _, client in opened:
        client.stop()


def test_a_scale_out_of_range_is_refused_before_anything_starts(capsys, monkeypatch) -> None:
    from hallq.commands.main import main

    monkeypatch.delenv("QT_SCALE_FACTOR", raising=False)
    assert main(["demo", "--scale", "5", "--db", "/nonexistent/hall.db"]) == 2
    assert "--scale takes a factor from 0.3 to 3" in capsys.readouterr().err
    assert "QT_SCALE_FACTOR" not in os.environ
