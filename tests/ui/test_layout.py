"""Every public window at 1920×1080, 1366×768, 1280×1024 and 1080×1920, in Vietnamese and
Simplified Chinese (Traditional Chinese and English too, marked slow): nothing leaves the
window, no text is cut, nothing covers the called number; on the kiosk every text reads at
4.5:1 or better and nothing is smaller than 24 px."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebSockets")

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import screenshots as pics  # noqa: E402
from layout_checks import low_contrast, problems, small_text  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QSize  # noqa: E402
from PySide6.QtWidgets import QTabWidget  # noqa: E402

from ui.app import set_language  # noqa: E402

SIZES = [QSize(1920, 1080), QSize(1366, 768), QSize(1280, 1024), QSize(1080, 1920)]
LANGS = ["vi", "zh_CN", pytest.param("zh_TW", marks=pytest.mark.slow),
         pytest.param("en", marks=pytest.mark.slow)]


def _number(window):
    """The called number on a window that shows one (nothing may cover it)."""
    for attr in ("latest_number", "number"):
        w = getattr(window, attr, None)
        if w is not None and hasattr(w, "text"):
            return [w]
    issued = getattr(window, "issued_page", None)
    return [issued.number] if issued is not None else []


@pytest.fixture(scope="module")
def scene(qapp):
    with pics.scene() as sc:
        yield sc
    set_language("en")


WINDOWS = ["kiosk", "kiosk-code", "kiosk-ticket", "hall-display", "counter-display",
           "counter", "keypad"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("which", WINDOWS)
def test_every_window_fits_every_screen(scene, lang, which):
    set_language(lang)
    window = pics.WINDOWS[which](scene, lang)
    try:
        found = {}
        for size in SIZES:
            window.resize(size)
            window.show()
            pics.settle(40)
            assert window.size() == size, f"the window keeps {window.size().toTuple()}"
            bad = problems(window, _number(window))
            if which.startswith("kiosk"):
                bad += low_contrast(window) + small_text(window, 24)
            if bad:
                found[f"{size.width()}×{size.height()}"] = bad
                window.grab().save(f"/tmp/hallq-layout-{which}-{lang}-{size.width()}.png")
        assert not found, f"{which} in {lang}: {found}"
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        set_language("en")  # the next test's windows start in the source language


def answered(window, seconds: float = 10.0) -> None:
    """Until the hub has answered what the tab asked for on showing (the appointments tab's
    plans, the set-up's lists) and the answers are laid out: on a loaded machine the
    plans came in while the tab was being checked, their box measured mid-layout."""
    deadline = time.monotonic() + seconds
    pics.settle(40)
    while window.client._replies and time.monotonic() < deadline:
        pics.settle(20)
    pics.settle(40)


@pytest.mark.parametrize("lang", LANGS)
def test_the_supervisor_fits_every_screen_on_every_tab(scene, lang):
    """A 1366×768 laptop or a portrait screen included: the window was 1,369 px wide in
    Vietnamese (1,143 in Chinese) whatever the screen, its right edge off a laptop's."""
    set_language(lang)
    window = pics.WINDOWS["supervisor"](scene, lang)
    try:
        found = {}
        for size in SIZES:
            window.resize(size)
            window.show()
            # every tab, and every tab of a tab (the set-up's hall, services, counters...)
            pages = [(i, None, None) for i in range(window.tabs.count())] + [
                (i, inner, j) for i in range(window.tabs.count())
                for inner in window.tabs.widget(i).findChildren(QTabWidget)
                for j in range(inner.count())]
            for i, inner, j in pages:
                window.tabs.setCurrentIndex(i)
                if inner is not None:
                    inner.setCurrentIndex(j)
                answered(window)
                assert window.size() == size, \
                    f"tab {i}: the window keeps {window.size().toTuple()}"
                bad = problems(window)
                # one line at the top and alerts beside the figures on a wide screen; two
                # lines and alerts under them on a portrait one
                if size.width() != 1280 and window.top_row.stacked != (size.width() < 1280):
                    bad.append(f"top bar stacked: {window.top_row.stacked}")
                if window.live.alerts_below != (size.height() > size.width()):
                    bad.append(f"alerts below: {window.live.alerts_below}")
                if bad:
                    found[f"{size.width()}×{size.height()} tab {i}.{j}"] = bad
                    window.grab().save(
                        f"/tmp/hallq-layout-supervisor-{lang}-{size.width()}-{i}.{j}.png")
        assert not found, f"supervisor in {lang}: {found}"
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        set_language("en")
