"""Counter window: key press (F1) to the called number shown, over a real hub on loopback.

    python benchmarks/counter_latency.py [--calls 200] [--in-process]

Prints p50/p90/p99/max in milliseconds. Each round: F1 (call next), wait until the number
label shows the called ticket, then F3 + F4 (start, finish) to free the counter; only the
F1 -> number time is measured. The hub runs as its own process (`hallq hub`), as in a hall;
with --in-process it shares this process (and its GIL) with the window, as in `hallq demo`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import machine, pct, sample_hall, wait_for_port  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from hallq.hub.server import HubThread, free_port  # noqa: E402
from ui.app import qapp  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.counter.window import CounterWindow  # noqa: E402


def spin_until(app, cond, timeout: float = 20.0) -> float:
    """Process Qt events until cond() holds; returns the time it took."""
    t0 = time.perf_counter()
    while not cond():
        app.processEvents()
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError("the window did not update in time")
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=200)
    ap.add_argument("--in-process", action="store_true",
                    help="run the hub on a thread of this process (as `hallq demo` does); "
                         "by default it is its own process, as on a hall's hub PC")
    args = ap.parse_args()
    app = qapp()
    tmp = Path(tempfile.mkdtemp(prefix="hallq-bench-"))
    hall = sample_hall(tmp / "hall.db")
    token = hall.add_device("counter", 1)[0]["token"]
    for i in range(args.calls):  # the queue, before the window opens
        hall.issue("A" if i % 3 else "E")
    if args.in_process:
        hub = HubThread(hall).start()
        url, stop = hub.url, hub.stop
    else:
        hall.store.close()
        port = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "hallq", "hub", "--db",
                                 str(tmp / "hall.db"), "--port", str(port)],
                                stdout=subprocess.DEVNULL)
        url, stop = f"http://127.0.0.1:{port}", lambda: (proc.terminate(), proc.wait(10))
        wait_for_port(port)
    s = hsettings.defaults()
    s.values["device"]["language"] = "en"
    client = HallClient(url, token)
    w = CounterWindow(client, s, 1)
    w.resize(1280, 800)
    w.show()
    client.start()
    spin_until(app, lambda: client.connected and client.snapshot)
    w.login_page.code.setText("NV01")
    w.login_page.pin.setText("1111")
    w.login_page.button.click()
    spin_until(app, lambda: w.pages.currentWidget() is w.work and w.pending is None)
    spin_until(app, lambda: w.queue_model.rowCount() == args.calls)
    w.activateWindow()
    spin_until(app, w.isActiveWindow)
    shown: list[float] = []
    settled: list[float] = []
    replied: list[float] = []
    # The hub's share: when the reply to call-next reaches the window. The number is drawn
    # from whichever comes first, the reply or the hub's event.
    on_reply = w.on_reply

    def timed_reply(action: str, ok: bool, data: dict) -> None:
        if action == "call-next":
            replied.append(time.perf_counter())
        on_reply(action, ok, data)
    w.on_reply = timed_reply
    for _ in range(args.calls):
        expected = w.queue_model.ticket_at(0).number  # the hub calls the head of the list
        t0 = time.perf_counter()
        QTest.keyClick(w, Qt.Key.Key_F1)
        spin_until(app, lambda e=expected: w.work.number.text() == e)
        shown.append((time.perf_counter() - t0) * 1000)
        spin_until(app, lambda: w.pending is None)
        settled.append((time.perf_counter() - t0) * 1000)
        replied[-1] = (replied[-1] - t0) * 1000  # the reply or the event may come first
        QTest.keyClick(w, Qt.Key.Key_F3)
        spin_until(app, lambda: w.pending is None and w.work.buttons["finish"].isEnabled())
        QTest.keyClick(w, Qt.Key.Key_F4)
        spin_until(app, lambda: w.pending is None and w.work.number.text() == "—")
    client.stop()
    stop()
    if args.in_process:
        hall.store.close()

    print(f"counter latency, {datetime.now():%Y-%m-%d %H:%M}, {machine()}, QPA {os.environ['QT_QPA_PLATFORM']}, "
          f"hub {'in this process' if args.in_process else 'in its own process'}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average at the end: {load:.1f}")
    for name, xs in (("F1 -> hub's reply received", replied),
                     ("F1 -> number shown", shown),
                     ("F1 -> buttons ready (hub event seen)", settled)):
        print(f"{name:>38}: n={len(xs)} p50={statistics.median(xs):.1f} ms "
              f"p90={pct(xs, 90):.1f} ms p99={pct(xs, 99):.1f} ms "
              f"max={max(xs):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
