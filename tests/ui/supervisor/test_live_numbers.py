"""The supervisor's live figures write decimals as the window's language does: "4,5 phút"
and "3,25 / 4" in Vietnamese, "4.5 min" in English (as the counter and the report do)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from hallq.domain import live_figures  # noqa: E402
from tools import i18n  # noqa: E402
from ui import app as uiapp  # noqa: E402
from ui.supervisor.live import FiguresPanel  # noqa: E402


@pytest.mark.parametrize(("lang", "wait", "rating"), [
    ("vi", "4,5 phút", "3,25 / 4"), ("en", "4.5 min", "3.25 / 4")])
def test_decimals_in_the_windows_language(qtbot, lang: str, wait: str, rating: str) -> None:
    if not (i18n.I18N / "hallq_vi.qm").exists():
        i18n.build()
    uiapp.set_language(lang)
    panel = FiguresPanel()
    qtbot.addWidget(panel)
    panel.show_figures(live_figures.Figures(mean_wait_min=4.5, mean_rating=3.25))
    assert panel.tiles["mean_wait"].value.text() == wait
    assert panel.tiles["mean_rating"].value.text() == rating
    uiapp.set_language("en")
