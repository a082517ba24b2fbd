"""How fast the hall display follows a call: reply -> big label changed, call -> first clip.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/display_latency.py [--calls 200]

A real hub on loopback (HubThread) over a fresh sample hall; a counter HallClient sends
"call-next" through REST exactly as the counter window does; the hall display is the real
HallDisplay with its real VoicePlayer (QtMultimedia). Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import machine, pct, sample_hall  # noqa: E402
from _qt import wait_until  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from hallq.hub.server import HubThread  # noqa: E402
from ui.app import qapp  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.display.hall import HallDisplay  # noqa: E402
from ui.display.voice_player import VoicePlayer  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=200)
    ap.add_argument("--voice-samples", type=int, default=30)
    args = ap.parse_args()
    qapp()
    tmp = Path(tempfile.mkdtemp(prefix="hallq-bench-"))
    hall = sample_hall(tmp / "hall.db")
    for _ in range(args.calls + args.voice_samples + 2):
        hall.issue("A")
    display_token = hall.add_device("display", None)[0]["token"]
    counter_token = hall.add_device("counter", 1)[0]["token"]
    hub = HubThread(hall).start()
    s = hsettings.defaults()

    client = HallClient(hub.url, display_token)
    # The real player at normal speed: it keeps playing while calls keep coming, as in a hall.
    player = VoicePlayer(lambda: list(client.snapshot["hall"]["languages"]))
    window = HallDisplay(client, s, voice=player)
    window.resize(1920, 1080)
    window.show()
    clerk = HallClient(hub.url, counter_token)
    client.start()
    clerk.start()
    wait_until(lambda: client.connected and clerk.connected)
    logged = []
    clerk.login("NV01", "1111", 1, lambda ok, d: logged.append(ok))
    wait_until(lambda: bool(logged))

    marks: dict[str, float] = {}
    window.latestChanged.connect(lambda number, _c: marks.setdefault("label:" + number,
                                                                      time.perf_counter()))
    player.clipStarted.connect(lambda clip: marks.setdefault("clip", time.perf_counter()))

    def call_once() -> tuple[str, float, float]:
        got: list = []
        marks.pop("clip", None)
        sent = time.perf_counter()
        clerk.counter_action(1, "call-next", callback=lambda ok, d: got.append(
            (ok, d, time.perf_counter())))
        wait_until(lambda: bool(got))
        ok, data, replied = got[0]
        if not ok:
            raise RuntimeError(data)
        number = data["result"]["number"]
        wait_until(lambda: "label:" + number in marks)
        return number, sent, replied

    def finish() -> None:
        done: list = []
        clerk.counter_action(1, "finish", callback=lambda ok, d: done.append(ok))
        wait_until(lambda: bool(done))

    reply_to_label, call_to_label = [], []
    for _ in range(args.calls):
        number, sent, replied = call_once()
        shown = marks["label:" + number]
        reply_to_label.append((shown - replied) * 1000)
        call_to_label.append((shown - sent) * 1000)
        finish()

    # Call -> first clip (the chime) handed to QtMultimedia, with the player idle.
    player.stop()
    player._player.setPlaybackRate(40.0)  # only so that the queue empties between samples
    call_to_clip = []
    for _ in range(args.voice_samples):
        wait_until(lambda: not player.busy, 30)
        number, sent, _ = call_once()
        wait_until(lambda: "clip" in marks)
        call_to_clip.append((marks["clip"] - sent) * 1000)
        finish()

    print(f"hallq display latency — {datetime.now():%Y-%m-%d %H:%M}, {machine()}, "
          f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}")
    for name, vals in (("call reply -> display label changed", reply_to_label),
                       ("call sent  -> display label changed", call_to_label),
                       ("call sent  -> first clip to QtMultimedia", call_to_clip)):
        print(f"{name}: n={len(vals)} p50={statistics.median(vals):.1f} ms "
              f"p99={pct(vals, 99):.1f} ms max={max(vals):.1f} ms")
    clerk.stop()
    client.stop()
    player.stop()
    window.close()
    hub.stop()
    hall.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
