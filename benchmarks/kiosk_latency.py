"""Kiosk latency: tap -> number painted on screen, tap -> ESC/POS bytes at the printer.

A real hub (`hallq hub` in its own process, as on a hall's LAN; --in-process: a HubThread
in the kiosk's process, as in `hallq demo`) over a fresh sample hall with three counters
open, the real kiosk window (offscreen), and a fake port-9100 printer that answers the
paper-status query. The kiosk has been on for a few seconds first (renderer warmed up). Each of N
tickets: tap a service button (cycling A-E), wait for the number label's next paint and
for the printer to receive the final cut, tap "Done". Prints p50/p90/p99/max.

    python benchmarks/kiosk_latency.py [-n 200] [--in-process]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import machine, pct, sample_hall, wait_for_port  # noqa: E402
from _qt import wait_until  # noqa: E402
from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from hallq.hub.server import HubThread, free_port  # noqa: E402
from ui.app import qapp  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.kiosk.window import KioskWindow  # noqa: E402

CUT = b"\x1dV\x00"


class FakePrinter:
    """Answers DLE EOT 4 with "paper OK"; notes when each job's final cut arrived."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.done_at: list[float] = []
        self.sizes: list[int] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                data = b""
                while chunk := conn.recv(65536):
                    data += chunk
                    if data == b"\x10\x04\x04":
                        conn.sendall(b"\x12")
                    if data.endswith(CUT):
                        self.done_at.append(time.perf_counter())
                        self.sizes.append(len(data))


class PaintWatch(QObject):
    """The time of the first paint of a widget after arm()."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.at: float | None = None
        self.armed = False
        widget.installEventFilter(self)

    def arm(self) -> None:
        self.at, self.armed = None, True

    def eventFilter(self, obj, event) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint:
            self.at, self.armed = time.perf_counter(), False
        return False


def report(name: str, ms: list[float]) -> None:
    print(f"{name:<28} p50 {pct(ms, 50):7.1f} ms  p90 {pct(ms, 90):7.1f}  "
          f"p99 {pct(ms, 99):7.1f}  max {max(ms):7.1f}  mean {statistics.mean(ms):7.1f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=200, help="tickets (default 200)")
    ap.add_argument("--in-process", action="store_true",
                    help="run the hub on a thread of this process (like hallq demo)")
    args = ap.parse_args()
    qapp()
    tmp = Path(tempfile.mkdtemp(prefix="hallq-kiosk-bench-"))
    hall = sample_hall(tmp / "hall.db")
    for n, code in ((1, "NV01"), (4, "NV04"), (6, "NV06")):
        hall.open_counter(n, code)
    token = hall.add_device("kiosk", None, "bench kiosk")[0]["token"]
    if args.in_process:
        hub = HubThread(hall).start()
        url, proc = hub.url, None
    else:
        hall.store.close()
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen([sys.executable, "-m", "hallq.commands.main", "hub", "--db",
                                 str(tmp / "hall.db"), "--port", str(port)],
                                cwd=Path(__file__).resolve().parent.parent,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(port)
    printer = FakePrinter()
    s = hsettings.defaults()
    s.values["device"]["fullscreen"] = False
    s.values["printer"].update(kind="network", host="127.0.0.1", port=printer.port)
    client = HallClient(url, token)
    w = KioskWindow(client, s)
    w.resize(1280, 800)
    w.show()
    client.start()
    wait_until(lambda: client.connected and len(w.start_page.buttons) == 5)
    warm = time.monotonic() + 3
    wait_until(lambda: time.monotonic() > warm)
    watch = PaintWatch(w.issued_page.number)
    prefixes = list(w.start_page.buttons)
    to_screen, to_printer = [], []
    faults: list[str] = []
    w.printDone.connect(lambda _tid, code: code and faults.append(code))
    replies: list[dict] = []
    reply_ms: list[float] = []

    def on_shown(reply: dict) -> None:
        replies.append(reply)
        reply_ms.append((time.perf_counter() - reply["tapped_at"]) * 1000)

    w.ticketShown.connect(on_shown)
    for i in range(args.n):
        button = w.start_page.buttons[prefixes[i % len(prefixes)]]
        watch.arm()
        printed = len(printer.done_at)
        t0 = time.perf_counter()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        wait_until(lambda n=i + 1: watch.at is not None and len(replies) == n)
        to_screen.append((watch.at - t0) * 1000)
        wait_until(lambda p=printed: len(printer.done_at) > p or len(faults) > 0)
        if faults:
            print(f"printer fault: {faults}")
            return 1
        to_printer.append((printer.done_at[-1] - t0) * 1000)
        QTest.mouseClick(w.issued_page.done_button, Qt.MouseButton.LeftButton)
    print(f"kiosk latency, {args.n} tickets, {datetime.now():%Y-%m-%d %H:%M}, "
          f"{machine()}, {os.environ['QT_QPA_PLATFORM']}, hub "
          f"{'in this process' if proc is None else 'in its own process'}, "
          f"load average {os.getloadavg()[0]:.1f})")
    report("tap -> hub reply handled", reply_ms)
    report("tap -> number painted", to_screen)
    report("tap -> ESC/POS at printer", to_printer)
    slowest = max(range(len(to_printer)), key=to_printer.__getitem__)
    print(f"slowest to the printer: ticket #{slowest + 1}")
    q = len(to_screen) // 4
    print(f"number painted, mean of first / last {q} tickets: "
          f"{statistics.mean(to_screen[:q]):.1f} / {statistics.mean(to_screen[-q:]):.1f} ms")
    print(f"ticket size: {statistics.mean(printer.sizes) / 1024:.1f} KiB ESC/POS; "
          f"last number {replies[-1]['ticket']['number']}, waiting "
          f"{sum(v['waiting'] for v in client.summary.values())}")
    client.stop()
    w.allow_close = True
    w.close()
    if proc is None:
        hub.stop()
        hall.store.close()
    else:
        proc.terminate()
        proc.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
