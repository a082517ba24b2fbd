"""Tests for hallq.voice: clip sequences, clips on disk, the announcement queue."""

from __future__ import annotations

import string
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from hallq import voice
from hallq.voice import (
    CHIME,
    AnnouncementQueue,
    announcement_clips,
    call_clips,
    missing_clips,
    required_clips,
    voice_dir,
)

REPO = Path(__file__).resolve().parent.parent
SOURCE_VOICE_DIR = REPO / "resources" / "voice"


@pytest.fixture(autouse=True)
def _no_voice_override(monkeypatch):
    monkeypatch.delenv(voice.VOICE_DIR_ENV, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)


# --- clip sequences ---------------------------------------------------------

def test_vietnamese_a023_to_counter_3():
    # "Mời khách hàng số A không hai ba đến quầy số ba"
    assert announcement_clips("A023", 3, "vi") == [
        "vi/phrase_call_intro.wav",
        "vi/letter_a.wav",
        "vi/digit_0.wav",
        "vi/digit_2.wav",
        "vi/digit_3.wav",
        "vi/phrase_to_counter.wav",
        "vi/number_3.wav",
    ]


def test_mandarin_a023_to_counter_3():
    # 请 A 零二三 号顾客到 三 号窗口
    assert announcement_clips("A023", 3, "zh") == [
        "zh/phrase_call_intro.wav",
        "zh/letter_a.wav",
        "zh/digit_0.wav",
        "zh/digit_2.wav",
        "zh/digit_3.wav",
        "zh/phrase_to_counter.wav",
        "zh/number_3.wav",
        "zh/phrase_counter_suffix.wav",
    ]


def test_english_a023_to_counter_3():
    # "Ticket A zero two three, please go to counter three"
    assert announcement_clips("A023", 3, "en") == [
        "en/phrase_call_intro.wav",
        "en/letter_a.wav",
        "en/digit_0.wav",
        "en/digit_2.wav",
        "en/digit_3.wav",
        "en/phrase_to_counter.wav",
        "en/number_3.wav",
    ]


def test_call_is_chime_then_each_language_in_order():
    clips = call_clips("A023", 3, ["vi", "zh", "en"])
    assert clips[0] == CHIME == "chime.wav"
    assert clips[1:] == (
        announcement_clips("A023", 3, "vi")
        + announcement_clips("A023", 3, "zh")
        + announcement_clips("A023", 3, "en")
    )
    reordered = call_clips("A023", 3, ["en", "vi"])
    assert reordered[1:] == announcement_clips("A023", 3, "en") + announcement_clips(
        "A023", 3, "vi"
    )


def test_call_without_chime_and_repeated_language():
    assert call_clips("B007", 12, ["vi"], chime=False) == announcement_clips("B007", 12, "vi")
    # zh_CN and zh_TW are both the Mandarin voice: announced once
    assert call_clips("B007", 12, ["zh_CN", "zh-TW", "en"]) == [CHIME] + announcement_clips(
        "B007", 12, "zh"
    ) + announcement_clips("B007", 12, "en")


def test_four_digit_number_and_lowercase_letter():
    assert announcement_clips("a1000", 5, "en")[1:6] == [
        "en/letter_a.wav",
        "en/digit_1.wav",
        "en/digit_0.wav",
        "en/digit_0.wav",
        "en/digit_0.wav",
    ]
    assert announcement_clips(" b012 ", 1, "vi") == announcement_clips("B012", 1, "vi")


@pytest.mark.parametrize(
    ("counter", "vi", "zh", "en"),
    [
        (9, ["number_9"], ["number_9"], ["number_9"]),
        (10, ["number_10"], ["number_10"], ["number_10"]),
        (15, ["number_15"], ["number_15"], ["number_15"]),
        (20, ["number_20"], ["number_20"], ["number_20"]),
        (21, ["number_20", "unit_1"], ["number_20", "number_1"], ["number_20", "number_1"]),
        (24, ["number_20", "unit_4"], ["number_20", "number_4"], ["number_20", "number_4"]),
        (35, ["number_30", "unit_5"], ["number_30", "number_5"], ["number_30", "number_5"]),
        (99, ["number_90", "number_9"], ["number_90", "number_9"], ["number_90", "number_9"]),
    ],
)
def test_counter_numbers_read_naturally(counter, vi, zh, en):
    for lang, names in (("vi", vi), ("zh", zh), ("en", en)):
        clips = announcement_clips("A001", counter, lang)
        tail = clips[clips.index(f"{lang}/phrase_to_counter.wav") + 1 :]
        if lang == "zh":
            assert tail[-1] == "zh/phrase_counter_suffix.wav"
            tail = tail[:-1]
        assert tail == [f"{lang}/{n}.wav" for n in names]


# --- errors -------------------------------------------------------------------

def test_unknown_language_is_a_clear_error():
    with pytest.raises(ValueError, match=r"'fr'.*vi, zh, en"):
        announcement_clips("A023", 3, "fr")
    with pytest.raises(ValueError, match="'ko'"):
        call_clips("A023", 3, ["vi", "ko"])
    with pytest.raises(ValueError):
        missing_clips(["xx"])


@pytest.mark.parametrize("number", ["", "023A", "A-023", "A", "Ä023", "A 023", "A02.3"])
def test_malformed_ticket_number(number):
    with pytest.raises(ValueError, match="ticket number"):
        announcement_clips(number, 3, "vi")


@pytest.mark.parametrize("counter", [0, -1, 100, True, "3", 3.0])
def test_counter_out_of_range(counter):
    with pytest.raises(ValueError, match="counter"):
        announcement_clips("A023", counter, "vi")


# --- clips on disk --------------------------------------------------------------

def _all_referenced_clips() -> set[str]:
    clips = {CHIME}
    for lang in voice.LANGUAGES:
        for letter in string.ascii_uppercase:
            for digits in ("000", "123", "456", "789", "999"):
                clips.update(announcement_clips(letter + digits, 1, lang))
        for counter in range(1, voice.MAX_COUNTER + 1):
            clips.update(announcement_clips("A000", counter, lang))
    return clips


def test_every_clip_for_a000_z999_and_counters_1_to_99_exists():
    # every letter and every digit appear above, so this covers A000..Z999
    clips = _all_referenced_clips()
    assert clips == {CHIME} | {c for lang in voice.LANGUAGES for c in required_clips(lang)}
    missing = [c for c in sorted(clips) if not (voice_dir() / c).is_file()]
    assert missing == []
    assert missing_clips(list(voice.LANGUAGES)) == []


def test_clips_are_small_mono_16bit_wavs_under_3_seconds():
    total = 0
    for clip in sorted(_all_referenced_clips()):
        path = SOURCE_VOICE_DIR / clip
        with wave.open(str(path), "rb") as w:
            assert w.getnchannels() == 1, clip
            assert w.getsampwidth() == 2, clip
            assert w.getframerate() in (16000, 22050), clip
            seconds = w.getnframes() / w.getframerate()
        assert 0.1 < seconds < 3.0, (clip, seconds)
        total += path.stat().st_size
    assert total < 4_000_000


# --- voice directory ------------------------------------------------------------

def test_voice_dir_source_tree_env_and_bundle(monkeypatch, tmp_path):
    assert voice_dir() == SOURCE_VOICE_DIR
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert voice_dir() == tmp_path / "bundle" / "resources" / "voice"
    monkeypatch.setenv(voice.VOICE_DIR_ENV, str(tmp_path / "human"))
    assert voice_dir() == tmp_path / "human"
    assert voice.clip_path("vi/digit_0.wav") == tmp_path / "human" / "vi" / "digit_0.wav"


def test_missing_clips_for_a_partial_human_voice(monkeypatch, tmp_path):
    human = tmp_path / "human"
    (human / "vi").mkdir(parents=True)
    wav = (SOURCE_VOICE_DIR / "vi" / "digit_0.wav").read_bytes()
    # a hall with services A and B and 5 counters records only what it needs
    needed = [CHIME] + required_clips("vi", letters="AB", max_counter=5)
    for clip in needed[:-1]:
        (human / clip).write_bytes(wav)
    (human / needed[-1]).write_bytes(b"")  # an empty file does not count
    monkeypatch.setenv(voice.VOICE_DIR_ENV, str(human))
    assert missing_clips(["vi"], letters="AB", max_counter=5) == [needed[-1]]
    assert "vi/letter_c.wav" in missing_clips(["vi"])
    assert missing_clips(["vi"], letters="AB", max_counter=5, directory=SOURCE_VOICE_DIR) == []
    assert missing_clips(["en"], letters="A", max_counter=1)[0] == "en/phrase_call_intro.wav"


# --- announcement queue ---------------------------------------------------------

def _drain(queue: AnnouncementQueue) -> list[str]:
    played = []
    while (clip := queue.next_clip()) is not None:
        played.append(clip)
    return played


def test_queue_keeps_five_fast_announcements_in_order():
    queue = AnnouncementQueue()
    calls = [call_clips(f"A00{i}", i, ["vi", "en"]) for i in range(1, 6)]
    starts = [queue.put(c) for c in calls]
    # only the first put tells the (idle) player to start: no overlap
    assert starts == [True, False, False, False, False]
    assert len(queue) == 5
    played = _drain(queue)
    assert played == [clip for call in calls for clip in call]
    assert queue.history == calls
    assert not queue.busy


def test_queue_put_while_playing_waits_for_the_current_announcement():
    queue = AnnouncementQueue()
    first = call_clips("A001", 1, ["vi"])
    second = call_clips("B002", 2, ["en"])
    assert queue.put(first) is True
    played = [queue.next_clip(), queue.next_clip()]
    assert queue.put(second) is False  # player is busy: it will get there
    played += _drain(queue)
    assert played == first + second
    assert queue.next_clip() is None
    assert queue.put(first) is True  # idle again: start anew
    assert _drain(queue) == first
    assert queue.history == [first, second, first]


def test_queue_ignores_empty_and_rejects_bad_clips():
    queue = AnnouncementQueue()
    assert queue.put([]) is False
    assert queue.next_clip() is None
    with pytest.raises(ValueError):
        queue.put(["chime.wav", ""])
    with pytest.raises(ValueError):
        queue.put([None])
    assert queue.history == []


def test_queue_clear_forgets_waiting_announcements():
    queue = AnnouncementQueue()
    queue.put(["chime.wav", "vi/digit_1.wav"])
    queue.put(["chime.wav", "vi/digit_2.wav"])
    assert queue.next_clip() == "chime.wav"
    queue.clear()
    assert queue.next_clip() is None
    assert not queue.busy


# --- Qt-free --------------------------------------------------------------------

def test_import_does_not_load_pyside6():
    code = (
        "import sys, hallq.voice as v; "
        "v.call_clips('A023', 3, ['vi', 'zh', 'en']); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)
