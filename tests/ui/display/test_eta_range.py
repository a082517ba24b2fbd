"""The hall display's service cards: the estimate with the range the wait usually falls in
("≈ 6 min (4–9)"), today's "≈ 6 min" when there is none, and the card still holds it all."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtMultimedia")

from PySide6.QtGui import QTextLayout, QTextOption  # noqa: E402

from ui.app import set_language  # noqa: E402
from ui.display.hall import HallDisplay  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from display_helpers import LONG_NAMES, held_display  # noqa: E402
from layout_checks import problems  # noqa: E402


@pytest.fixture
def display(qtbot, hub):
    with held_display(qtbot, hub) as w:
        w.show()
        yield w


def _summary(display: HallDisplay, per_service: dict[str, dict]) -> None:
    """The hub's per-service summary, as the client hands it to the display."""
    display.client.summary = per_service
    display.client.summaryChanged.emit(per_service)


def _eta(display: HallDisplay, prefix: str) -> str:
    return display.service_cards[prefix][3].text()


def _lines(label) -> list[str]:
    """The label's text as Qt breaks it into lines at the label's width."""
    text, width = label.text(), label.contentsRect().width()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def _line(waiting=3, eta=6.2, low=4.4, high=8.6, **more) -> dict:
    return {"waiting": waiting, "longest_min": 1.0, "eta_min": eta, "eta_low_min": low,
            "eta_high_min": high, "opens_at": None, "target_min": 15} | more


@pytest.mark.parametrize(("lang", "with_range", "without"), [
    ("vi", "≈ 6 phút (4–9)", "≈ 6 phút"),
    ("zh_CN", "约 6 分钟 (4–9)", "约 6 分钟"),
    ("zh_TW", "約 6 分鐘 (4–9)", "約 6 分鐘"),
    ("en", "≈ 6 min (4–9)", "≈ 6 min"),
])
def test_the_card_shows_the_range_beside_the_estimate(display, lang, with_range, without):
    set_language(lang)
    _summary(display, {
        "A": _line(),  # 6.2, 4.4 to 8.6: "≈ 6 (4–9)"
        "B": _line(low=None, high=None),  # no range sent: today's text
        "C": {k: v for k, v in _line().items() if k not in ("eta_low_min", "eta_high_min")},
        "D": _line(eta=2.2, low=2.0, high=2.4),  # rounds to one number
        "E": _line(waiting=0),  # nobody waiting: no estimate line at all, as today
    })
    assert _eta(display, "A") == with_range
    assert _eta(display, "B") == without
    assert _eta(display, "C") == without
    assert _eta(display, "D") == without.replace("6", "2")
    assert _eta(display, "E") == ""


@pytest.mark.parametrize(("lang", "soon", "one"), [
    ("vi", "Sắp đến lượt", "≈ 1 phút"),
    ("zh_CN", "即将叫号", "约 1 分钟"),
    ("zh_TW", "即將叫號", "約 1 分鐘"),
    ("en", "very soon", "≈ 1 min"),
])
def test_under_a_minute_the_card_says_very_soon_never_0_min(display, lang, soon, one):
    """People wait and the estimate rounds below a minute: the card says the turn is very
    soon, as the ticket page and the kiosk do, never "≈ 0 min"."""
    set_language(lang)
    _summary(display, {
        "A": _line(eta=0.4, low=0.0, high=1.4),  # with a range
        "B": _line(eta=0.5, low=None, high=None),  # a half rounds to 0 as Python rounds
        "C": _line(eta=0.0, low=0.0, high=0.0),
        "D": _line(eta=0.51, low=None, high=None),  # rounds to 1: a minute
        "E": _line(waiting=0, eta=0.0),  # nobody waiting: no line at all
    })
    assert [_eta(display, p) for p in "ABCDE"] == [soon, soon, soon, one, ""]


def test_a_service_not_open_yet_still_says_when_it_opens(display):
    set_language("vi")
    _summary(display, {"B": _line(eta=None, low=None, high=None, opens_at="13:00")})
    assert _eta(display, "B") == "mở lúc 13:00"


@pytest.mark.parametrize(("eta", "shown"), [(6.5, "≈ 6 phút"), (2.5, "≈ 2 phút"),
                                            (7.5, "≈ 8 phút"), (6.49, "≈ 6 phút")])
def test_a_half_minute_rounds_to_even_as_on_the_tv_page(display, eta, shown):
    set_language("vi")
    _summary(display, {p: _line(eta=eta, low=None, high=None) for p in "ABCDE"})
    assert _eta(display, "A") == shown


@pytest.mark.parametrize("lang", ["vi", "zh_CN"])
def test_the_range_fits_five_cards_with_long_names(qtbot, hub, lang, tmp_path):
    for prefix, name in LONG_NAMES.items():
        hub.hall.upsert_service({"prefix": prefix, "names": {"vi": name}})
    if lang == "zh_CN":
        hub.hall.update_hall({"languages": ["zh_CN", "vi"]})
    with held_display(qtbot, hub) as w:
        set_language(lang)
        # 28 waiting, three-figure waits: the widest lines a card is given.
        _summary(w, {p: _line(waiting=28, eta=125.0, low=100.2, high=163.4) for p in "ABCDE"})
        want = {"vi": "≈ 125 phút (100–163)", "zh_CN": "约 125 分钟 (100–163)"}[lang]
        assert all(_eta(w, p) == want for p in "ABCDE")
        waiting = {"vi": "28 người chờ", "zh_CN": "28 人等候"}[lang]
        assert all(w.service_cards[p][2].text() == waiting for p in "ABCDE")
        w.show()
        for size in ((1920, 1080), (1080, 1920), (1366, 768), (1280, 1024)):
            w.resize(*size)
            qtbot.waitUntil(lambda s=size: w.size().toTuple() == s, timeout=3000)
            qtbot.wait(100)
            w.grab().save(str(tmp_path / f"hall-{lang}-{size[0]}x{size[1]}.png"))
            assert all(_eta(w, p) == want for p in "ABCDE"), size
            assert problems(w, [w.latest_number]) == [], size
            for prefix in "ABCDE":  # the whole estimate in its card, on one or two lines
                eta = w.service_cards[prefix][3]
                card = eta.parentWidget()
                assert card.rect().contains(eta.geometry()), (size, prefix)
                assert eta.height() >= eta.heightForWidth(eta.width()), (size, prefix)
                lines = _lines(eta)  # a line too long wraps before the range, not inside it
                assert any(line.strip() == "(100–163)" or line.endswith("(100–163)")
                           for line in lines), (size, prefix, lines)
