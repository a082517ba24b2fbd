"""Voice calls: a ticket call as an ordered list of WAV clips per language (Qt-free)."""

from __future__ import annotations

import os
import re
import string
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from hallq.paths import resources_dir

#: Environment variable naming a directory that replaces ``resources/voice``
#: (e.g. a hall's recorded human voice with the same file names).
VOICE_DIR_ENV = "HALLQ_VOICE_DIR"

#: The chime played before a call, relative to the voice directory.
CHIME = "chime.wav"

#: Counters are announced as natural numbers 1..MAX_COUNTER (see counter_clip_names).
MAX_COUNTER = 99

_TICKET_RE = re.compile(r"[A-Z]*[0-9]+")


@dataclass(frozen=True)
class CallTemplate:
    """How one language orders a call: intro, ticket, to-counter, counter, [suffix].

    ``unit_forms``: units that sound different after the tens and so have
    their own ``unit_N`` clip (Vietnamese 21 "hai mươi mốt", 24 "... tư",
    25 "... lăm"); other units reuse ``number_N``.
    """

    intro: str
    to_counter: str
    counter_suffix: str | None = None
    unit_forms: tuple[int, ...] = ()

    def phrases(self) -> list[str]:
        names = [self.intro, self.to_counter]
        if self.counter_suffix is not None:
            names.append(self.counter_suffix)
        return names


#: Voice languages and the order of their phrases. Keys are the clip subdirectories.
#:  vi: "Mời khách hàng số" A không hai ba "đến quầy số" ba
#:  zh: "qing3" A ling2 er4 san1 "hao4 gu4 ke4 dao4" san1 "hao4 chuang1 kou3"
#:  en: "Ticket" A zero two three "please go to counter" three
TEMPLATES: dict[str, CallTemplate] = {
    "vi": CallTemplate("phrase_call_intro", "phrase_to_counter", unit_forms=(1, 4, 5)),
    "zh": CallTemplate("phrase_call_intro", "phrase_to_counter", "phrase_counter_suffix"),
    "en": CallTemplate("phrase_call_intro", "phrase_to_counter"),
}

LANGUAGES: tuple[str, ...] = tuple(TEMPLATES)


def normalize_language(language: str) -> str:
    """Map a language tag (``vi``, ``zh_TW``, ``en-GB``, ``ZH``) to a voice language.

    Only the primary subtag counts, so Traditional and Simplified Chinese both
    get the Mandarin voice. Raises ValueError for a language without clips.
    """
    if not isinstance(language, str):
        raise ValueError(f"voice language must be a string, got {language!r}")
    primary = language.strip().replace("-", "_").split("_", 1)[0].lower()
    if primary not in TEMPLATES:
        raise ValueError(
            f"no voice clips for language {language!r}; "
            f"available: {', '.join(LANGUAGES)}"
        )
    return primary


def _ticket_parts(number: str) -> tuple[str, str]:
    if not isinstance(number, str):
        raise ValueError(f"ticket number must be a string, got {number!r}")
    text = number.strip().upper()
    if not _TICKET_RE.fullmatch(text):
        raise ValueError(
            f"ticket number {number!r} is not letters followed by digits (e.g. 'A023')"
        )
    digits_at = len(text.rstrip(string.digits))
    return text[:digits_at], text[digits_at:]


def _check_counter(counter: int) -> int:
    if isinstance(counter, bool) or not isinstance(counter, int):
        raise ValueError(f"counter must be an int, got {counter!r}")
    if not 1 <= counter <= MAX_COUNTER:
        raise ValueError(f"counter {counter} cannot be announced (1..{MAX_COUNTER})")
    return counter


def counter_clip_names(counter: int, language: str) -> list[str]:
    """Clip names (no language dir, no .wav) that say counter 1..99 in ``language``.

    1..19 and the round tens have a clip each (``number_7``, ``number_15``,
    ``number_20``); 21..99 are the tens then the unit: ``number_20`` +
    ``number_3`` ("twenty" "three", "er4 shi2" "san1"), or ``unit_N`` where the
    language says the unit differently after tens ("hai mươi" + ``unit_1`` "mốt").
    """
    lang = normalize_language(language)
    _check_counter(counter)
    if counter < 20:
        return [f"number_{counter}"]
    tens, unit = divmod(counter, 10)
    names = [f"number_{tens * 10}"]
    if unit:
        kind = "unit" if unit in TEMPLATES[lang].unit_forms else "number"
        names.append(f"{kind}_{unit}")
    return names


def announcement_clips(number: str, counter: int, language: str) -> list[str]:
    """The clips, relative to the voice directory, that call ``number`` to ``counter``.

    >>> announcement_clips("a023", 3, "en")[:3]
    ['en/phrase_call_intro.wav', 'en/letter_a.wav', 'en/digit_0.wav']
    """
    lang = normalize_language(language)
    letters, digits = _ticket_parts(number)
    _check_counter(counter)
    template = TEMPLATES[lang]
    names = [template.intro]
    names += [f"letter_{ch.lower()}" for ch in letters]
    names += [f"digit_{d}" for d in digits]
    names += [template.to_counter, *counter_clip_names(counter, lang)]
    if template.counter_suffix is not None:
        names.append(template.counter_suffix)
    return [f"{lang}/{name}.wav" for name in names]


def call_clips(
    number: str, counter: int, languages: list[str], chime: bool = True
) -> list[str]:
    """The whole call: the chime, then the announcement in each language in turn.

    A language given twice (also ``zh_CN`` and ``zh_TW``) is announced once.
    """
    clips = [CHIME] if chime else []
    seen: set[str] = set()
    for language in languages:
        lang = normalize_language(language)
        if lang not in seen:
            seen.add(lang)
            clips += announcement_clips(number, counter, lang)
    return clips


def voice_dir() -> Path:
    """The directory holding the clips.

    ``$HALLQ_VOICE_DIR`` if set; else ``resources/voice`` inside a PyInstaller
    bundle (``sys._MEIPASS``); else ``resources/voice`` of the source tree.
    """
    override = os.environ.get(VOICE_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return resources_dir() / "voice"


def clip_path(clip: str) -> Path:
    """Absolute path of a clip returned by ``announcement_clips``/``call_clips``."""
    return voice_dir() / clip


def required_clips(
    language: str,
    *,
    letters: str = string.ascii_uppercase,
    max_counter: int = MAX_COUNTER,
) -> list[str]:
    """Every clip a language needs for tickets with ``letters`` and counters 1..max_counter."""
    lang = normalize_language(language)
    names = TEMPLATES[lang].phrases()
    names += [f"letter_{ch.lower()}" for ch in dict.fromkeys(letters.upper())]
    names += [f"digit_{d}" for d in range(10)]
    for counter in range(1, min(max_counter, MAX_COUNTER) + 1):
        names += [n for n in counter_clip_names(counter, lang) if n not in names]
    return [f"{lang}/{name}.wav" for name in names]


def missing_clips(
    languages: list[str],
    *,
    letters: str = string.ascii_uppercase,
    max_counter: int = MAX_COUNTER,
    directory: Path | str | None = None,
) -> list[str]:
    """Clips (relative paths) that ``directory`` (default ``voice_dir()``) lacks.

    Use it to check a recorded human voice before pointing HALLQ_VOICE_DIR at it;
    ``letters`` and ``max_counter`` narrow the check to what the hall uses.
    A file no bigger than a bare WAV header (44 bytes) counts as missing.
    """
    root = Path(directory) if directory is not None else voice_dir()
    wanted = [CHIME]
    for language in dict.fromkeys(normalize_language(x) for x in languages):
        wanted += required_clips(language, letters=letters, max_counter=max_counter)
    missing = []
    for clip in wanted:
        path = root / clip
        try:
            ok = path.is_file() and path.stat().st_size > 44
        except OSError:
            ok = False
        if not ok:
            missing.append(clip)
    return missing


class AnnouncementQueue:
    """Announcements waiting to be played, one clip at a time, in order.

    The player drains it: call ``put`` for each call; when it returns True the
    player was idle and should start with ``next_clip()``; when a clip ends
    (or fails to play) ask ``next_clip()`` again; None means idle. Since the
    player only asks for a clip when the previous one is over, announcements
    never overlap; nothing is dropped, however fast calls arrive.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: deque[list[str]] = deque()
        self._current: deque[str] = deque()
        self._active = False
        #: Every announcement started, in the order it began playing.
        self.history: list[list[str]] = []

    def put(self, clips: list[str]) -> bool:
        """Queue one announcement; True if the player is idle and should start now."""
        clips = list(clips)
        if not all(isinstance(c, str) and c for c in clips):
            raise ValueError(f"announcement clips must be non-empty strings: {clips!r}")
        with self._lock:
            if not clips:
                return False
            self._pending.append(clips)
            start = not self._active
            self._active = True  # claimed: a second put before next_clip gets False
            return start

    def next_clip(self) -> str | None:
        """The next clip to play, or None when everything has been played."""
        with self._lock:
            if not self._current and self._pending:
                announcement = self._pending.popleft()
                self.history.append(announcement)
                self._current.extend(announcement)
            if self._current:
                self._active = True
                return self._current.popleft()
            self._active = False
            return None

    @property
    def busy(self) -> bool:
        """True from a ``put`` that returned True until ``next_clip`` returns None."""
        with self._lock:
            return self._active

    def __len__(self) -> int:
        """Announcements not yet started."""
        with self._lock:
            return len(self._pending)

    def clear(self) -> None:
        """Forget waiting announcements and the rest of the current one."""
        with self._lock:
            self._pending.clear()
            self._current.clear()
