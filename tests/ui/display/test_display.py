"""Hall and counter displays against a real hub: calls, announcements, counter state, restart."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtMultimedia")

from hallq import settings as hsettings  # noqa: E402
from hallq import voice  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.display.counter import CounterDisplay  # noqa: E402
from ui.display.hall import HallDisplay, create_window  # noqa: E402
from ui.display.voice_player import VoicePlayer  # noqa: E402

HALL_LANGS = ["vi", "zh_CN", "en"]  # the sample hall's languages


def _settings() -> hsettings.Settings:
    s = hsettings.defaults()
    s.values["device"]["fullscreen"] = False
    return s


def _client(qtbot, hub, role: str, counter: int | None = None) -> HallClient:
    c = HallClient(hub.url, hub.token(role, counter))
    with qtbot.waitSignal(c.connectedChanged, timeout=5000):
        c.start()
    return c


@pytest.fixture
def display(qtbot, hub):
    """A hall display whose voice plays the real clips 40x faster."""
    client = HallClient(hub.url, hub.token("display"))
    player = VoicePlayer(lambda: list(client.snapshot["hall"]["languages"]),
                         playback_rate=40.0)
    w = HallDisplay(client, _settings(), voice=player)
    qtbot.addWidget(w)
    with qtbot.waitSignal(client.connectedChanged, timeout=5000):
        client.start()
    w.show()
    yield w
    client.stop()
    player.stop()


def _clerk(qtbot, hub, counter: int, code: str, pin: str) -> HallClient:
    c = _client(qtbot, hub, "counter", counter)
    done = []
    c.login(code, pin, counter, lambda ok, d: done.append(ok))
    qtbot.waitUntil(lambda: bool(done), timeout=3000)
    assert done == [True]
    return c


def _act(qtbot, clerk: HallClient, counter: int, action: str) -> dict:
    got = []
    clerk.counter_action(counter, action, callback=lambda ok, d: got.append((ok, d)))
    qtbot.waitUntil(lambda: bool(got), timeout=3000)
    assert got[0][0], got
    return got[0][1]


def test_a_call_shows_number_and_counter_large_and_is_announced(qtbot, hub, display):
    assert display.latest_number.text() == "—"
    assert display.hall_name.text() == "Điện lực Quận 3"
    assert display.message.text() == "Giờ làm việc 7:30–17:00 · Hotline 19001006"
    kiosk = _client(qtbot, hub, "kiosk")
    kiosk.issue("A", callback=lambda ok, d: None)
    qtbot.waitUntil(lambda: display.service_cards["A"][2].text() == "1 waiting", timeout=3000)
    assert display.service_cards["A"][0].text() == "Thanh toán tiền điện"
    # The hall's second language only (vi, zh_CN, en: zh_CN), never three at once.
    assert display.service_cards["A"][1].text() == "缴纳电费"
    clerk = _clerk(qtbot, hub, 3, "NV03", "3333")
    with qtbot.waitSignal(display.latestChanged, timeout=3000) as sig:
        _act(qtbot, clerk, 3, "call-next")  # the clerk's real command through the hub
    assert sig.args == ["A001", 3]
    assert display.latest_number.text() == "A001"
    assert display.latest_counter.text() == "Counter 3"
    assert display.highlighted
    assert display.latest_number.font().pixelSize() >= 250  # very large on 1080 lines
    qtbot.waitUntil(lambda: display.service_cards["A"][2].text() == "0 waiting", timeout=3000)
    qtbot.waitUntil(lambda: not display.voice.busy, timeout=15000)
    assert display.voice.queue.history == [voice.call_clips("A001", 3, HALL_LANGS)]
    for c in (kiosk, clerk):
        c.stop()
    # A new message and new languages from the supervisor reach the screen and the voice.
    hub.hall.update_hall({"message": "Nghỉ trưa 11:30–13:00", "languages": ["en", "zh_TW"]})
    qtbot.waitUntil(lambda: display.message.text() == "Nghỉ trưa 11:30–13:00", timeout=3000)
    qtbot.waitUntil(lambda: display.service_cards["A"][0].text() == "Pay a bill", timeout=3000)
    assert display.service_cards["A"][1].text() == "繳納電費"
    hub.hall.issue("A")
    hub.hall.login("NV02", "2222", 2)
    hub.hall.call_next(2)
    qtbot.waitUntil(lambda: len(display.voice.queue.history) == 2 and not display.voice.busy,
                    timeout=15000)
    assert display.voice.queue.history[1] == voice.call_clips("A002", 2, ["en", "zh"])


def test_five_quick_calls_make_five_announcements_in_order(qtbot, hub, display):
    for _ in range(6):
        hub.hall.issue("A")
    clerks = {n: (code, pin) for n, code, pin in
              [(1, "NV01", "1111"), (2, "NV02", "2222"), (3, "NV03", "3333")]}
    for n, (code, pin) in clerks.items():
        hub.hall.login(code, pin, n)
    # Five calls in quick succession, faster than one announcement lasts; one is a recall.
    hub.hall.call_next(1)
    hub.hall.call_next(2)
    hub.hall.call_next(3)
    hub.hall.recall(1)
    hub.hall.finish(2)
    hub.hall.call_next(2)
    expected = [("A001", 1), ("A002", 2), ("A003", 3), ("A001", 1), ("A004", 2)]
    qtbot.waitUntil(lambda: len(display.voice.queue.history) == 5
                    and not display.voice.busy, timeout=30000)
    assert display.voice.queue.history == [voice.call_clips(n, c, HALL_LANGS)
                                           for n, c in expected]
    assert display.voice.played == [clip for n, c in expected
                                    for clip in voice.call_clips(n, c, HALL_LANGS)]
    # The board: latest on top, a recalled ticket listed once.
    assert display.latest_number.text() == "A004"
    recent = [(a.text(), b.text()) for a, b in display.recent_rows[:3]]
    assert recent == [("A001", "→ 1"), ("A003", "→ 3"), ("A002", "→ 2")]


def test_the_counter_display_follows_its_counter(qtbot, hub):
    client = HallClient(hub.url, hub.token("display", 4))
    w = create_window(client, _settings(), 4)
    assert isinstance(w, CounterDisplay)
    qtbot.addWidget(w)
    with qtbot.waitSignal(client.connectedChanged, timeout=5000):
        client.start()
    assert w.title.text() == "Counter 4"
    assert w.number.text() == "Closed" and w.staff.text() == ""
    hub.hall.issue("B")
    hub.hall.issue("A")
    clerk = _clerk(qtbot, hub, 4, "NV04", "4444")
    qtbot.waitUntil(lambda: w.staff.text() == "Phạm Thị Hoa", timeout=3000)
    assert w.number.text() == "—"
    _act(qtbot, clerk, 4, "call-next")
    qtbot.waitUntil(lambda: w.number.text() == "B001", timeout=3000)
    # Called, not yet served: the display asks the customer in, it does not say "serving".
    assert w.highlighted and w.caption.text() == "Now calling"
    hub.hall.login("NV01", "1111", 1)
    hub.hall.call_next(1)  # another counter's call does not move this display
    qtbot.waitUntil(lambda: client.tickets and any(
        t["number"] == "A001" and t["state"] == "called" for t in client.tickets.values()),
        timeout=3000)
    assert w.number.text() == "B001"
    _act(qtbot, clerk, 4, "start")
    qtbot.waitUntil(lambda: w.caption.text() == "Now serving", timeout=3000)
    _act(qtbot, clerk, 4, "finish")
    qtbot.waitUntil(lambda: w.number.text() == "—", timeout=3000)
    clerk.counter_action(4, "pause", {"reason": "lunch"})
    qtbot.waitUntil(lambda: w.number.text() == "On break", timeout=3000)
    assert not w.highlighted and w.staff.text() == "Phạm Thị Hoa"
    _act(qtbot, clerk, 4, "resume")
    qtbot.waitUntil(lambda: w.number.text() == "—", timeout=3000)
    _act(qtbot, clerk, 4, "close")
    qtbot.waitUntil(lambda: w.number.text() == "Closed", timeout=3000)
    assert w.staff.text() == ""
    clerk.stop()
    client.stop()


def test_after_a_hub_restart_the_display_shows_the_hubs_truth(qtbot, hub, display):
    for _ in range(4):
        hub.hall.issue("A")
    hub.hall.issue("C")
    hub.hall.login("NV03", "3333", 3)
    hub.hall.login("NV05", "5555", 5)
    hub.hall.call_next(3)
    qtbot.waitUntil(lambda: display.latest_number.text() == "A001", timeout=3000)
    with qtbot.waitSignal(display.client.connectedChanged, timeout=5000):
        hub.server.stop()
    qtbot.waitUntil(lambda: display.offline.isVisible(), timeout=2000)
    # While the display was cut off the hall went on.
    hub.hall.finish(3)
    hub.hall.call_next(3)
    hub.hall.call_next(5)
    hub.hall.issue("A")
    resets = []
    display.client.stateReset.connect(resets.append)
    with qtbot.waitSignal(display.client.connectedChanged, timeout=10000):
        hub.restart()
    qtbot.waitUntil(lambda: display.latest_number.text() == "C001", timeout=5000)
    assert resets, "the window redraws from the fresh snapshot"
    assert display.latest_counter.text() == "Counter 5"
    assert [(a.text(), b.text()) for a, b in display.recent_rows[:2]] == [
        ("A002", "→ 3"), ("A001", "→ 3")]
    truth = hub.hall.summary()["A"]["waiting"]
    assert display.service_cards["A"][2].text() == f"{truth} waiting"
    assert not display.offline.isVisible()
    # Calls made while the display was away are shown but not announced late.
    qtbot.waitUntil(lambda: not display.voice.busy, timeout=15000)
    assert [h[1:2] for h in display.voice.queue.history] == [["vi/phrase_call_intro.wav"]]
    assert len(display.voice.queue.history) == 1


def test_a_display_with_a_bad_token_says_so(qtbot, hub):
    client = HallClient(hub.url, "not-a-token")
    w = create_window(client, _settings(), None)
    qtbot.addWidget(w)
    client.start()
    w.show()
    qtbot.waitUntil(lambda: w.offline.text() == "This device is not paired with the hall "
                    "server.", timeout=8000)
    assert w.offline.isVisible() and w.latest_number.text() == "—"
    client.stop()
