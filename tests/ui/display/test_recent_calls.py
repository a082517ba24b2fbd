"""The hall display's recent calls: the newest first, as many as the panel holds whole, in
one column on a landscape screen and two on a portrait one; never an older call shown
while a newer one is left out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtMultimedia")

from hallq import settings as hsettings  # noqa: E402
from ui.app import set_language  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.display.hall import HallDisplay  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from layout_checks import problems  # noqa: E402

LONG_NAMES = {
    "A": "Thanh toán tiền điện và các khoản phí dịch vụ",
    "B": "Cấp điện mới cho hộ gia đình và doanh nghiệp",
    "C": "Hợp đồng mua bán điện, thay đổi thông tin khách hàng",
    "D": "Sự cố mất điện, khiếu nại về hoá đơn tiền điện",
    "E": "Tư vấn chung về sử dụng điện an toàn, tiết kiệm",
}
SIZES = ((1920, 1080), (1366, 768), (1280, 1024), (1080, 1920))


def _settings() -> hsettings.Settings:
    s = hsettings.defaults()
    s.values["device"]["fullscreen"] = False
    s.values["voice"]["enabled"] = False
    return s


def _line(waiting: int, eta: float) -> dict:
    return {"waiting": waiting, "longest_min": 1.0, "eta_min": eta, "eta_low_min": None,
            "eta_high_min": None, "opens_at": None, "target_min": 15}


def _shown(w: HallDisplay) -> list[str]:
    """The recent calls a customer reads, top to bottom and then the next column."""
    got = []
    for num, _ in w.recent_rows:
        if num.isVisibleTo(w) and num.text():
            i = w.recent_grid.indexOf(num)
            row, col, _, _ = w.recent_grid.getItemPosition(i)
            got.append((col, row, num.text()))
    return [t for _, _, t in sorted(got)]


@pytest.mark.parametrize("lang", ["vi", "zh_CN"])
def test_the_newest_recent_calls_show_whole_at_every_size(qtbot, hub, lang, tmp_path):
    for prefix, name in LONG_NAMES.items():
        hub.hall.upsert_service({"prefix": prefix, "names": {"vi": name}})
    hub.hall.update_hall({"languages": [lang, "zh_CN" if lang == "vi" else "vi"]})
    client = HallClient(hub.url, hub.token("display"))
    w = HallDisplay(client, _settings())
    qtbot.addWidget(w)
    try:
        with qtbot.waitSignal(client.connectedChanged, timeout=5000):
            client.start()
        qtbot.waitUntil(lambda: set(w.service_cards) == set("ABCDE"), timeout=5000)
        qtbot.wait(500)  # a summary the hub still owes for the renames has come
        set_language(lang)
        summary = {p: _line(28, 0.4) for p in "ABCDE"}  # "very soon" on every card
        client.summary = summary
        client.summaryChanged.emit(summary)
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
    finally:
        client.stop()
        set_language("en")
