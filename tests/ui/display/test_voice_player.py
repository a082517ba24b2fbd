"""VoicePlayer: the exact clips handed to QtMultimedia, in order, none overlapping or lost."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtMultimedia")

from hallq import settings as hsettings  # noqa: E402
from hallq import voice  # noqa: E402
from ui.display.voice_player import VoicePlayer  # noqa: E402

FAST = 40.0  # playback rate: the real clips through QMediaPlayer, 40x faster

A023_TO_3 = {
    "vi": ["vi/phrase_call_intro.wav", "vi/letter_a.wav", "vi/digit_0.wav", "vi/digit_2.wav",
           "vi/digit_3.wav", "vi/phrase_to_counter.wav", "vi/number_3.wav"],
    "zh_CN": ["zh/phrase_call_intro.wav", "zh/letter_a.wav", "zh/digit_0.wav",
              "zh/digit_2.wav", "zh/digit_3.wav", "zh/phrase_to_counter.wav",
              "zh/number_3.wav", "zh/phrase_counter_suffix.wav"],
    "en": ["en/phrase_call_intro.wav", "en/letter_a.wav", "en/digit_0.wav", "en/digit_2.wav",
           "en/digit_3.wav", "en/phrase_to_counter.wav", "en/number_3.wav"],
}


def _player(qtbot, languages, **kw) -> VoicePlayer:
    p = VoicePlayer(lambda: list(languages), playback_rate=FAST, **kw)
    return p


def _drain(qtbot, p: VoicePlayer, timeout: int = 15000) -> None:
    qtbot.waitUntil(lambda: not p.busy, timeout=timeout)


@pytest.mark.parametrize("lang", ["vi", "zh_CN", "en"])
def test_a023_to_counter_3_in_each_language(qtbot, lang):
    p = _player(qtbot, [lang])
    assert p.announce("A023", 3) is True
    _drain(qtbot, p)
    assert p.played == ["chime.wav", *A023_TO_3[lang]]
    assert all(voice.clip_path(c).is_file() for c in p.played)


def test_the_hall_languages_in_turn_and_zh_tw_speaks_mandarin(qtbot):
    p = _player(qtbot, ["vi", "zh_CN", "zh_TW", "en"])
    p.announce("A023", 3)
    _drain(qtbot, p)
    assert p.played == ["chime.wav", *A023_TO_3["vi"], *A023_TO_3["zh_CN"], *A023_TO_3["en"]]


def test_quick_calls_queue_in_order_and_a_recall_is_announced_again(qtbot):
    p = _player(qtbot, ["vi", "en"])
    started = []
    p.clipStarted.connect(started.append)
    calls = [("A001", 1), ("B001", 4), ("A002", 2), ("A001", 1), ("C001", 5)]
    for number, counter in calls:  # all before the first clip has finished
        p.announce(number, counter)
    assert len(p.queue) == 4 and p.busy
    _drain(qtbot, p, 30000)
    expected = [voice.call_clips(n, c, ["vi", "en"]) for n, c in calls]
    assert p.queue.history == expected
    assert p.played == started == [clip for call in expected for clip in call]


def test_muted_volume_and_bad_input(qtbot):
    s = hsettings.defaults()
    s.values["voice"].update(enabled=False, volume=0.3)
    p = VoicePlayer.from_settings(s, lambda: ["vi"])
    assert p.announce("A001", 1) is False and p.played == []
    assert abs(p.volume() - 0.3) < 1e-6
    q = _player(qtbot, ["vi"], chime=False)
    assert q.announce("A-1", 3) is False  # not a ticket number: logged, nothing queued
    assert q.announce("A001", 0) is False  # counter 0 cannot be said
    assert q.announce("A001", 2) is True
    _drain(qtbot, q)
    assert q.played[0] == "vi/phrase_call_intro.wav"


def test_configured_languages_override_the_halls_and_unknown_ones_are_skipped(qtbot):
    s = hsettings.defaults()
    s.values["voice"]["languages"] = ["en", "fr"]
    p = VoicePlayer.from_settings(s, lambda: ["vi", "zh_CN"])
    p._player.setPlaybackRate(FAST)
    p.announce("A023", 3)
    _drain(qtbot, p)
    assert p.played == ["chime.wav", *A023_TO_3["en"]]


def test_a_missing_clip_is_skipped_without_stopping_the_queue(qtbot, tmp_path, monkeypatch):
    import shutil
    shutil.copytree(voice.voice_dir(), tmp_path / "voice")
    (tmp_path / "voice" / "en" / "digit_2.wav").unlink()
    monkeypatch.setenv(voice.VOICE_DIR_ENV, str(tmp_path / "voice"))
    p = _player(qtbot, ["en"])
    p.announce("A023", 3)
    p.announce("A024", 3)
    _drain(qtbot, p)
    assert len(p.queue.history) == 2
    assert p.played[-1] == "en/number_3.wav"


def test_stop_mid_clip_never_waits_on_the_audio_thread_with_the_gil_held(qtbot):
    """stop() (and the next clip's setSource) end QtMultimedia's audio thread and wait for
    it; that thread calls into PySide and needs the GIL. A call made from Python holds the
    GIL all the while: a deadlock about one stop in ten under load (a stack of the hang:
    main thread in QMediaPlayer::stop -> QObject::disconnect, audio thread in ~QObject ->
    Sbk_GetPyOverride -> take_gil). So no such call may come straight from Python: every
    one is queued to the event loop, which runs it with the GIL released."""
    p = _player(qtbot, ["vi"])
    p._player.setPlaybackRate(1.0)  # a clip long enough to be cut off
    from_python = []

    def noted(name: str):  # still done, but noted when called from here
        real = getattr(p._player, name)
        return lambda *a: (from_python.append(name), real(*a))

    for name in ("stop", "setSource", "play"):
        setattr(p._player, name, noted(name))
    states = []
    p._player.playbackStateChanged.connect(states.append)
    p.announce("A023", 3)
    qtbot.waitUntil(lambda: p._player.position() > 0, timeout=5000)  # the chime sounds
    p.stop()
    qtbot.waitUntil(lambda: p._player.playbackState() == p._player.PlaybackState.StoppedState,
                    timeout=5000)
    qtbot.wait(300)
    assert from_python == []
    assert p.played == ["chime.wav"] and not p.busy  # silenced: nothing more started
    assert states[-1] == p._player.PlaybackState.StoppedState
