"""The hall display's recent calls: the newest first, as many as the panel holds whole, in
one column on a landscape screen and two on a portrait one; never an older call shown
while a newer one is left out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

import pytest

pytest.importorskip("PySide6.QtMultimedia")

from PySide6.QtCore import QPoint, QRect  # noqa: E402

from ui.app import set_language  # noqa: E402
from ui.display.hall import HallDisplay  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from display_helpers import LONG_NAMES, held_display  # noqa: E402
from layout_checks import problems  # noqa: E402

SIZES = ((1920, 1080), (1366, 768), (1280, 1024), (1080, 1920))


def _line(waiting: int, eta: float) -> dict:
    return {"waiting": waiting, "longest_min": 1.0, "eta_min": eta, "eta_low_min": None,
            "eta_high_min": None, "opens_at": None, "target_min": 15}


def _shown(w: HallDisplay) -> list[str]:
    """The recent calls a customer reads, top to bottom and then the next column."""
    got = []
    for num, _ in w.recent_rows:
        if num.isVisibleTo(w) and num.text():
            i = w.recent_grid.indexOf(num)
            row, col, _, _ = cast(tuple[int, int, int, int], w.recent_grid.getItemPosition(i))
            got.append((col, row, num.text()))
    return [t for _, _, t in sorted(got)]


@pytest.mark.parametrize("lang", ["vi", "zh_CN"])
def test_the_newest_recent_calls_show_whole_at_every_size(qtbot, hub, lang, tmp_path):
    for prefix, name in LONG_NAMES.items():
        hub.hall.upsert_service({"prefix": prefix, "names": {"vi": name}})
    hub.hall.update_hall({"languages": [lang, "zh_CN" if lang == "vi" else "vi"]})
    with held_display(qtbot, hub) as w:
        set_language(lang)
        summary = {p: _line(28, 0.4) for p in "ABCDE"}  # "very soon" on every card
        w.client.summary = summary
        w.client.summaryChanged.emit(summary)
        for n in range(1, 8):  # A001 … A007: A007 the latest, six before it
            w.on_event({"type": "ticket_called", "counter": n % 4 + 1, "replay": True,
                        "data": {"ticket": {"id": n, "number": f"A{n:03d}"}}})
        w.show()
        newest = [f"A{n:03d}" for n in range(6, 0, -1)]
        for size in SIZES:
            w.resize(*size)
            qtbot.waitUntil(lambda s=size: w.size().toTuple() == s, timeout=3000)
            qtbot.wait(100)
            w.grab().save(str(tmp_path / f"hall-recent-{lang}-{size[0]}x{size[1]}.png"))
            assert w.latest_number.text() == "A007"
            assert problems(w, [w.latest_number]) == [], size
            shown = _shown(w)
            assert shown and shown == newest[:len(shown)], (size, shown)
            if size == (1080, 1920):  # two columns, the newest down the first one
                assert len(shown) % 2 == 0 and len(shown) >= 2, shown


@pytest.mark.parametrize("lang", ["vi", "zh_CN"])
def test_a_portrait_screen_shows_at_least_four_recent_calls(qtbot, hub, lang, tmp_path):
    """The sample hall (five services, Vietnamese names first, some wrapping on two lines)
    on a 1080×1920 TV after seven calls: the called number as large as on 1080 lines, and
    at least four earlier calls readable in the panel under it (it showed two)."""
    set_language(lang)
    with held_display(qtbot, hub, hold=False) as w:  # the calls come from the hub
        w.resize(1080, 1920)
        w.show()
        for _ in range(7):
            hub.hall.issue("A")
        hub.hall.issue("C")  # someone still waiting, the cards' estimate lines filled
        for n, code, pin in [(1, "NV01", "1111"), (2, "NV02", "2222"), (3, "NV03", "3333")]:
            hub.hall.login(code, pin, n)
        for i in range(7):  # A001 … A007 through the hub, at counters 1, 2, 3, 1, …
            hub.hall.next_customer(i % 3 + 1)
        qtbot.waitUntil(lambda: w.latest_number.text() == "A007", timeout=5000)
        qtbot.waitUntil(lambda: w.size().toTuple() == (1080, 1920), timeout=3000)
        qtbot.wait(100)
        w.grab().save(str(tmp_path / f"hall-portrait-{lang}.png"))
        assert w.latest_number.font().pixelSize() >= 250
        assert problems(w, [w.latest_number]) == []
        panel = w.recent_panel
        inside = panel.rect()
        seen = []
        for num, cnt in w.recent_rows:
            if not (num.isVisible() and cnt.isVisible() and num.text()):
                continue
            for lab in (num, cnt):  # whole, in the panel (and so in the window)
                r = QRect(lab.mapTo(panel, QPoint(0, 0)), lab.size())
                assert inside.contains(r), (lab.text(), r.getRect(), inside.getRect())
                assert w.rect().contains(r.translated(panel.mapTo(w, QPoint(0, 0))))
            seen.append(num.text())
        assert seen[:4] == ["A006", "A005", "A004", "A003"], seen
        assert _shown(w) == seen  # read in order: down the first column, then the next
