"""`hallq demo`: a hub in this process and every role's window against it, on one machine."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from hallq import settings as hsettings
from hallq.domain import sample
from hallq.hall.service import Hall
from hallq.hub.server import HubThread
from hallq.paths import user_data_dir
from hallq.store.database import Store
from ui.app import qapp, set_language
from ui.client import HallClient
from ui.eventlog import EventLogWindow

log = logging.getLogger(__name__)

# (role module, device role, counter) for each window the demo opens, when the module exists.
DEMO_WINDOWS = [
    ("ui.kiosk.window", "kiosk", None),
    ("ui.counter.window", "counter", 1),
    ("ui.counter.window", "counter", 2),
    ("ui.keypad.window", "keypad", 1),
    ("ui.keypad.window", "keypad", 2),
    ("ui.display.hall", "display", None),
    ("ui.display.hall", "display", 2),
    ("ui.supervisor.window", "supervisor", None),
]


def _device_tokens(hall: Hall, path: Path) -> dict[str, str]:
    """The demo's own devices, paired once and remembered next to its database."""
    tokens = json.loads(path.read_text()) if path.exists() else {}
    live = {d["name"] for d in hall.list_devices() if not d["revoked"]}
    wanted = {(role, counter) for _, role, counter in DEMO_WINDOWS} | {
        ("admin", None), ("keypad", 1), ("counter", 1)}
    for role, counter in sorted(wanted, key=str):
        key = f"demo {role} {counter or ''}".strip()
        if key not in tokens or key not in live:
            out, _ = hall.add_device(role, counter, key)
            tokens[key] = out["token"]
    path.write_text(json.dumps(tokens, indent=1))
    return tokens


def _token(tokens: dict[str, str], role: str, counter: int | None) -> str:
    return tokens[f"demo {role} {counter or ''}".strip()]


def open_windows(url: str, tokens: dict[str, str], s: hsettings.Settings
                 ) -> list[tuple[QWidget, HallClient]]:
    out = []
    for module, role, counter in DEMO_WINDOWS:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError:
            continue  # that role's window has not landed yet
        client = HallClient(url, _token(tokens, role, counter))
        window = mod.create_window(client, s, counter)
        out.append((window, client))
    if not out:
        client = HallClient(url, _token(tokens, "admin", None))
        out.append((EventLogWindow(client), client))
    return out


def run(args: argparse.Namespace) -> int:
    scale = getattr(args, "scale", None)
    if scale is not None:
        if not 0.3 <= scale <= 3:
            print("hallq demo: --scale takes a factor from 0.3 to 3 (0.6: everything smaller)",
                  file=sys.stderr)
            return 2
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"  # read once, when the app is made
    app = qapp()
    s = hsettings.defaults()
    s.values["device"]["fullscreen"] = False
    s.values["voice"]["enabled"] = not args.smoke
    lang = args.lang or "vi"
    s.values["device"]["language"] = lang
    set_language(lang)
    db = Path(args.db) if args.db else user_data_dir() / "demo" / "hall.db"
    if not db.exists():
        Hall.create(db, sample.HALL, sample.SERVICES, sample.COUNTERS, sample.STAFF,
                    plans=sample.APPOINTMENT_PLANS).store.close()
        print(f"hallq demo: created a sample hall in {db}")
    hall = Hall(Store(db))
    tokens = _device_tokens(hall, db.with_name("demo-devices.json"))
    hub = HubThread(hall, port=args.port or None).start()
    print(f"hallq demo: hub on {hub.url} (API docs: {hub.url}/docs), database {db}", flush=True)
    windows = open_windows(hub.url, tokens, s)
    for _, c in windows:
        c.start()
    tile([w for w, _ in windows])
    result = {"code": 0}
    if args.smoke:
        smoke = Smoke(hub.url, tokens, windows,
                      lambda code: (result.update(code=code), app.quit()))
        result["smoke"] = smoke  # keep it (and its clients) alive
        QTimer.singleShot(60_000, lambda: (print("smoke: timed out"), result.update(code=1),
                                           app.quit()))
    app.exec()
    for w, c in windows:
        c.stop()
        w.close()
    hub.stop()
    hall.store.close()
    return result["code"]


def tile(windows: list[QWidget], area: QRect | None = None) -> None:
    """Lay the windows out side by side on the screen, so each role can be seen at once.

    A window never gets less than the least its layout needs (a kiosk squeezed into a
    640 x 360 tile drew its buttons over each other): where the tiles are smaller, the
    windows overlap as windows do, and the window manager brings any one to the front."""
    if area is None:
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen else None
    cols = math.ceil(math.sqrt(len(windows))) or 1
    rows = math.ceil(len(windows) / cols) or 1
    for i, w in enumerate(windows):
        if area is not None:
            width, height = area.width() // cols, area.height() // rows
            w.resize(width, height)
            w.move(area.x() + (i % cols) * width, area.y() + (i // cols) * height)
        w.show()
        # what a window needs depends on the shape it is given (the kiosk lays itself out
        # for a tall or a wide screen): grow it until its layout's least fits
        for _ in range(3):
            least = w.minimumSizeHint()
            w.setMinimumSize(least)
            if w.width() >= least.width() and w.height() >= least.height():
                break
            w.resize(max(w.width(), least.width()), max(w.height(), least.height()))


class Smoke:
    """One ticket through the hub the way the roles do it: issue, call, finish, rate."""

    def __init__(self, url: str, tokens: dict[str, str],
                 windows: list[tuple[QWidget, HallClient]], done: Callable[[int], None]):
        self.done = done
        self.windows = windows
        self.kiosk = HallClient(url, _token(tokens, "kiosk", None))
        self.counter = HallClient(url, _token(tokens, "counter", 1))
        self.keypad = HallClient(url, _token(tokens, "keypad", 1))
        self.clients = [self.kiosk, self.counter, self.keypad]
        self.ticket: dict = {}
        for c in self.clients:
            c.connectedChanged.connect(self._maybe_start)
            c.start()
        self.started = False

    def _maybe_start(self, _: bool) -> None:
        if self.started or not all(c.connected for c in self.clients):
            return
        self.started = True
        self.step("login", self.counter.login, "NV01", "1111", 1, self._issue)

    def step(self, name: str, fn: Callable, *args: object) -> None:
        *rest, then = args

        def cb(ok: bool, data: dict) -> None:
            if not ok and data.get("code") not in ("counter_taken",):
                print(f"smoke: {name} failed: {data}", file=sys.stderr)
                self.done(1)
                return
            print(f"smoke: {name} ok")
            then(data)

        fn(*rest, callback=cb)

    def _issue(self, _: dict) -> None:
        self.step("issue", self.kiosk.issue, "A", "elderly", "", "vi", self._call)

    def _call(self, data: dict) -> None:
        self.ticket = data["ticket"]
        self.step("call", self.counter.call_next, 1, self._finish)

    def _finish(self, data: dict) -> None:
        self.called = data["result"]["number"]
        self.step("finish", self.counter.finish, 1, self._rate)

    def _rate(self, _: dict) -> None:
        tid = self.ticket["id"]

        def rate_now() -> None:
            # The keypad window may have rated already; the hub keeps exactly one rating.
            if tid in self.keypad.ratings:
                self._check({})
            else:
                self.step("rate", self.keypad.rate, tid, "satisfied", [], self._check)
        QTimer.singleShot(300, rate_now)

    def _check(self, _: dict) -> None:
        QTimer.singleShot(300, self._verify)

    def _verify(self) -> None:
        tid = self.ticket["id"]
        seen = [c for _, c in self.windows if c.tickets.get(tid, {}).get("state") == "done"]
        print(f"smoke: ticket {self.ticket['number']} issued, called as {self.called}, "
              f"finished, rated; {len(seen)}/{len(self.windows)} windows saw it finished")
        ok = len(seen) == len(self.windows) and self.called == self.ticket["number"]
        for c in self.clients:
            c.stop()
        self.done(0 if ok else 1)

