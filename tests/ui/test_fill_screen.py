"""Without a window manager (a session that starts only `hallq kiosk`), the kiosk and the
displays still cover the whole screen: on a real X server (Xvfb), portrait 1080×1920."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

XVFB = shutil.which("Xvfb")
ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
from hallq import settings as hsettings
from ui.app import qapp, show
from ui.client import HallClient
from ui.kiosk.window import KioskWindow
from ui.display.hall import HallDisplay
from ui.display.counter import CounterDisplay
app = qapp()
s = hsettings.defaults()
s.values["printer"]["kind"] = "none"
s.values["voice"]["enabled"] = False
client = HallClient("http://127.0.0.1:9", "t")  # never started: the windows only lay out
for make in (lambda: KioskWindow(client, s), lambda: HallDisplay(client, s),
             lambda: CounterDisplay(client, s, 2)):
    w = make()
    show(w, s)  # as `hallq kiosk` / `hallq display` do with fullscreen = true
    for _ in range(50):
        app.processEvents()
    print(type(w).__name__, *w.geometry().getRect(), *w.screen().geometry().getRect())
    w.hide()
"""


@pytest.mark.skipif(XVFB is None, reason="Xvfb is not installed (apt install xvfb)")
def test_kiosk_and_displays_fill_a_portrait_screen_with_no_window_manager(tmp_path):
    display = f":{90 + os.getpid() % 500}"
    server = subprocess.Popen([XVFB, display, "-screen", "0", "1080x1920x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.5)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "PYTHONPATH": str(ROOT)}
        run = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                             text=True, timeout=60, cwd=tmp_path)
        lines = [line.split() for line in run.stdout.splitlines()]
        assert [line[0] for line in lines] == ["KioskWindow", "HallDisplay",
                                               "CounterDisplay"], run.stderr[-2000:]
        for name, *rect in lines:
            assert rect == ["0", "0", "1080", "1920"] * 2, (name, rect)
    finally:
        server.terminate()
        server.wait(5)
