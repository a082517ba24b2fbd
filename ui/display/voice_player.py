"""The voice of the hall display: plays call announcements clip by clip with QtMultimedia."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

from hallq import voice

log = logging.getLogger(__name__)

# A clip that neither ends nor fails within this time is skipped, so one broken file or a
# stuck audio backend can never silence every later call.
CLIP_WATCHDOG_MS = 15_000


class VoicePlayer(QObject):
    """Drains an AnnouncementQueue: one clip at a time, in order, never overlapping.

    ``announce(number, counter)`` queues a whole call (chime + each language). The
    QMediaPlayer asks for the next clip only when the previous one has ended or failed,
    so calls that come fast wait their turn and none is dropped.

    ``played`` lists every clip handed to QtMultimedia, in order (what tests read).
    ``playback_rate`` > 1 plays faster (tests); a hall leaves it at 1.0.
    """

    clipStarted = Signal(str)  # relative clip name, e.g. "vi/digit_0.wav"
    idle = Signal()  # the queue has been played to the end

    def __init__(self, languages: Callable[[], list[str]], *, enabled: bool = True,
                 volume: float = 0.9, chime: bool = True, playback_rate: float = 1.0,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._languages = languages
        self.enabled = enabled
        self.chime = chime
        self.queue = voice.AnnouncementQueue()
        self.played: list[str] = []
        self._current: str | None = None
        self._output = QAudioOutput(self)
        self._output.setVolume(max(0.0, min(1.0, float(volume))))
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.setPlaybackRate(playback_rate)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(self._on_error)
        self._watchdog = QTimer(self, singleShot=True,
                                interval=max(200, int(CLIP_WATCHDOG_MS / playback_rate)))
        self._watchdog.timeout.connect(self._on_watchdog)

    @classmethod
    def from_settings(cls, settings: object, languages: Callable[[], list[str]],
                      parent: QObject | None = None) -> VoicePlayer:
        """A player configured by the [voice] settings; voice.languages overrides the hall's."""
        v = settings.voice  # type: ignore[attr-defined]
        configured = list(v.languages or [])
        return cls((lambda: configured) if configured else languages, enabled=v.enabled,
                   volume=v.volume, chime=v.chime, parent=parent)

    # ------------------------------------------------------------------ public
    def set_volume(self, volume: float) -> None:
        self._output.setVolume(max(0.0, min(1.0, float(volume))))

    def volume(self) -> float:
        return self._output.volume()

    def set_muted(self, muted: bool) -> None:
        self._output.setMuted(muted)

    def announce(self, number: str, counter: int) -> bool:
        """Queue the call of ``number`` to ``counter``; False if muted or not announceable."""
        if not self.enabled:
            return False
        langs = [lang for lang in self._languages() if self._has_voice(lang)]
        try:
            clips = voice.call_clips(number, int(counter), langs, chime=self.chime)
        except (ValueError, TypeError) as exc:
            log.warning("cannot announce %r to counter %r: %s", number, counter, exc)
            return False
        if not clips:
            return False
        if self.queue.put(clips):
            self._play_next()
        return True

    @property
    def busy(self) -> bool:
        return self.queue.busy

    def stop(self) -> None:
        """Drop what is waiting and stop the current clip (window closing)."""
        self.queue.clear()
        self._current = None
        self._watchdog.stop()
        self._call_player("stop")
        while self.queue.next_clip() is not None:  # marks the queue idle
            pass
        self._current = None

    # ------------------------------------------------------------------ playing
    @staticmethod
    def _has_voice(language: str) -> bool:
        try:
            voice.normalize_language(language)
            return True
        except ValueError:
            return False

    def _play_next(self) -> None:
        clip = self.queue.next_clip()
        self._current = clip
        if clip is None:
            self._watchdog.stop()
            self.idle.emit()
            return
        self.played.append(clip)
        self.clipStarted.emit(clip)
        path = voice.clip_path(clip)
        if not path.is_file():
            log.warning("voice clip missing: %s", path)
            QTimer.singleShot(0, self._play_next)  # skip it, keep the order
            return
        self._watchdog.start()
        self._call_player("setSource", Q_ARG(QUrl, QUrl.fromLocalFile(str(path))))
        self._call_player("play")

    def _call_player(self, slot: str, *args: object) -> None:
        """Run a QMediaPlayer slot from the event loop, never straight from Python.

        stop() and setSource() end the playing clip's audio thread and wait for it, and that
        thread, as it winds down, calls into the PySide wrapper of our QAudioOutput (its
        disconnectNotify override check), which needs the GIL. Called from Python, the main
        thread holds the GIL while it waits on that thread: both wait for ever (about one
        stop in ten under load). Queued, Qt runs the slot from its event loop, where PySide
        has released the GIL; queued calls keep their order (stop, setSource, play)."""
        QMetaObject.invokeMethod(self._player, slot, Qt.ConnectionType.QueuedConnection, *args)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._current is None:
            return
        if status in (QMediaPlayer.MediaStatus.EndOfMedia,
                      QMediaPlayer.MediaStatus.InvalidMedia):
            self._finished()

    def _on_error(self, error: QMediaPlayer.Error, message: str) -> None:
        if error != QMediaPlayer.Error.NoError and self._current is not None:
            log.warning("voice clip %s failed: %s", self._current, message)
            self._finished()

    def _on_watchdog(self) -> None:
        if self._current is not None:
            log.warning("voice clip %s did not finish; skipping it", self._current)
            self._call_player("stop")
            self._finished()

    def _finished(self) -> None:
        self._watchdog.stop()
        self._current = None
        # Next clip from the event loop: QMediaPlayer must not be re-sourced inside its own
        # status signal.
        QTimer.singleShot(0, self._play_next)
