"""Notices on the hall display, against a real hub: a posted notice's exact text in the hall's
two first languages, gone at its end or when withdrawn, shown from its start, stepping aside
while a new call is highlighted; the called number keeps its size."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest

pytest.importorskip("PySide6.QtMultimedia")

from hallq import settings as hsettings  # noqa: E402
from tests.notice_texts import LONG_VI, LONG_ZH  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.display.hall import HallDisplay  # noqa: E402
from ui.display.voice_player import VoicePlayer  # noqa: E402

VN = ZoneInfo("Asia/Ho_Chi_Minh")
VI = "Thứ Bảy 12/12 tạm ngừng cấp điện từ 8:00 đến 11:00"
ZH = "12月12日（周六）8:00至11:00暂停供电"
MESSAGE = "Giờ làm việc 7:30–17:00 · Hotline 19001006"  # the sample hall's own message


@pytest.fixture
def display(qtbot, hub):
    s = hsettings.defaults()
    s.values["device"]["fullscreen"] = False
    s.values["display"]["highlight_s"] = 1
    client = HallClient(hub.url, hub.token("display"))
    player = VoicePlayer(lambda: list(client.snapshot["hall"]["languages"]),
                         playback_rate=40.0)
    w = HallDisplay(client, s, voice=player)
    qtbot.addWidget(w)
    with qtbot.waitSignal(client.connectedChanged, timeout=5000):
        client.start()
    w.resize(1920, 1080)
    w.show()
    yield w
    client.stop()
    player.stop()


def supervisor(hub) -> dict:
    token = hub.token("supervisor")
    r = httpx.post(f"{hub.url}/api/staff/login", headers={"Authorization": f"Bearer {token}"},
                   json={"code": "GS01", "pin": "9999", "counter": None})
    return {"Authorization": f"Bearer {token}", "X-Staff-Session": r.json()["session"]}


def post(hub, boss: dict, text: dict, start_s: float, end_s: float) -> int:
    now = datetime.now(VN)
    r = httpx.post(f"{hub.url}/api/notices", headers=boss, json={
        "text": text, "starts_at": (now + timedelta(seconds=start_s)).isoformat(),
        "ends_at": (now + timedelta(seconds=end_s)).isoformat()})
    assert r.status_code == 200, r.text
    return int(r.json()["notice"]["id"])


def test_a_posted_notice_shows_its_exact_text_and_goes_at_its_end(qtbot, hub, display):
    band = display.notice_band
    assert not band.isVisible() and display.message.isVisible()
    number_px = display.latest_number.font().pixelSize()
    post(hub, supervisor(hub), {"vi": VI, "zh_CN": ZH}, -60, 4)
    qtbot.waitUntil(band.isVisible, timeout=3000)
    # The sample hall speaks vi, zh_CN, en: its first two, first language first.
    assert band.first.text() == VI and band.second.text() == ZH
    assert band.shown_text() == f"{VI}\n{ZH}"
    assert not display.message.isVisible()  # the notice stands where the message does
    qtbot.wait(100)
    assert display.latest_number.font().pixelSize() == number_px  # the call keeps its size
    band_top = band.mapTo(display, band.rect().topLeft()).y()
    number = display.latest_number
    assert number.mapTo(display, number.rect().bottomLeft()).y() < band_top
    # Its end passes: it goes by itself (nobody posts or withdraws anything).
    qtbot.waitUntil(lambda: not band.isVisible(), timeout=8000)
    assert band.shown_text() == "" and display.message.text() == MESSAGE
    assert display.message.isVisible()


def test_a_coming_notice_shows_from_its_start_and_a_withdrawn_one_goes(qtbot, hub, display):
    band = display.notice_band
    boss = supervisor(hub)
    notice = post(hub, boss, {"en": "Closed for stocktaking"}, 2, 3600)
    qtbot.wait(500)
    assert not band.isVisible()  # not yet
    qtbot.waitUntil(band.isVisible, timeout=6000)
    # Only English typed: the hall's first language (vi) reads it; shown once.
    assert band.shown_text() == "Closed for stocktaking"
    assert not band.second.isVisible()
    r = httpx.delete(f"{hub.url}/api/notices/{notice}", headers=boss)
    assert r.status_code == 200
    qtbot.waitUntil(lambda: not band.isVisible(), timeout=3000)


def test_a_new_call_takes_precedence_over_a_notice(qtbot, hub, display):
    band = display.notice_band
    post(hub, supervisor(hub), {"vi": VI, "zh_CN": ZH}, -60, 3600)
    qtbot.waitUntil(band.isVisible, timeout=3000)
    hub.hall.issue("A")
    hub.hall.login("NV03", "3333", 3)
    with qtbot.waitSignal(display.latestChanged, timeout=3000):
        hub.hall.call_next(3)
    assert display.latest_number.text() == "A001" and display.highlighted
    assert band.quiet and band.shown_text() == ""  # stepped aside while the call is new
    assert band.isVisible()  # ... keeping its room: the call does not move
    qtbot.waitUntil(lambda: not display.highlighted, timeout=3000)
    assert band.shown_text() == f"{VI}\n{ZH}"


def test_several_notices_take_turns(qtbot, hub, display, monkeypatch):
    band = display.notice_band
    boss = supervisor(hub)
    post(hub, boss, {"vi": "Một"}, -60, 3600)
    post(hub, boss, {"vi": "Hai"}, -30, 3600)
    qtbot.waitUntil(lambda: len(band.notices) == 2, timeout=3000)
    assert band.shown_text() == "Một" and band.page.text() == "1/2"
    band._rotate.timeout.emit()  # the rotation's tick (every 10 s)
    assert band.shown_text() == "Hai" and band.page.text() == "2/2"




def test_a_long_notice_shows_its_languages_in_turns_at_a_readable_size(qtbot, hub, display):
    """Both languages of a long notice under each other would shrink below 80 % of the
    notice's size (down to a third): they take turns, each read at 80 % or more, landscape
    and portrait."""
    band = display.notice_band
    assert len(LONG_VI) > 200 and len(LONG_ZH) > 150
    post(hub, supervisor(hub), {"vi": LONG_VI, "zh_CN": LONG_ZH}, -60, 3600)
    qtbot.waitUntil(band.isVisible, timeout=3000)
    full = band.FIRST_PX * band.fonts.scale
    assert band.shown_text() == LONG_VI and not band.second.isVisible()
    assert band.first.font().pixelSize() >= 0.8 * full
    band._turns.timeout.emit()  # the turn's tick (every 5 s)
    assert band.shown_text() == LONG_ZH
    assert band.first.font().pixelSize() >= 0.8 * full
    band._turns.timeout.emit()
    assert band.shown_text() == LONG_VI
    display.resize(1080, 1920)
    qtbot.waitUntil(lambda: band.fonts.scale == 1920 / 1080 or band.width() < 1100,
                    timeout=3000)
    full = band.FIRST_PX * band.fonts.scale
    assert band.shown_text() in (LONG_VI, LONG_ZH) and not band.second.isVisible()
    assert band.first.font().pixelSize() >= 0.8 * full
    display.resize(1920, 1080)
    # A short one after it: both languages together again, no turns.
    band.set_notices([{"text": {"vi": VI, "zh_CN": ZH}}], ["vi", "zh_CN"])
    assert band.shown_text() == f"{VI}\n{ZH}" and not band._turns.isActive()
