"""Pictures of every window, and of the daily report's first page, for the README.

    python tools/screenshots.py                 # -> docs/pictures/*.png, vi, both sizes
    python tools/screenshots.py --lang zh_CN --out /tmp/pics
    faketime '2026-12-07 02:30:00' python tools/screenshots.py   # at 09:30 in the hall

The windows' clocks read the machine's: docs/pictures were drawn under faketime (Debian's
package) at 09:30 in the hall, a working morning.

A sample hall (the demo's) is served by a hub in this process; each window connects to it
as its device would, with a morning's tickets issued and called, and is drawn offscreen at
1920×1080 (landscape) and 1080×1920 (portrait). The layout test (tests/ui/test_layout.py)
builds the same scene. Run it again whenever a window changes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from PySide6.QtCore import QCoreApplication, QSize  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from hallq.domain import queue, sample  # noqa: E402
from hallq.hall.service import Hall  # noqa: E402
from hallq.hub.server import HubThread  # noqa: E402
from ui.app import qapp, set_language  # noqa: E402
from ui.client import HallClient  # noqa: E402

SUPERVISOR = ("GS01", "9999")  # the sample hall's supervisor (hallq.domain.sample.STAFF)
SIZES = {"landscape": QSize(1920, 1080), "portrait": QSize(1080, 1920)}


def wait_until(pred: Callable[[], bool], timeout_s: float = 10.0) -> None:
    """Run Qt's event loop until `pred()` holds (the hub's replies and events arrive)."""
    end = time.monotonic() + timeout_s
    while not pred():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def settle(ms: int = 60) -> None:
    """Let layouts and paints run."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)


@dataclass
class Scene:
    """A sample hall with a morning's queue, served by a hub on an ephemeral port."""

    hall: Hall
    hub: HubThread
    db: Path
    tokens: dict[str, str] = field(default_factory=dict)
    clients: list[HallClient] = field(default_factory=list)

    def token(self, role: str, counter: int | None = None) -> str:
        key = f"{role}{counter or ''}"
        if key not in self.tokens:
            self.tokens[key] = self.hall.add_device(role, counter)[0]["token"]
        return self.tokens[key]

    def client(self, role: str, counter: int | None = None) -> HallClient:
        """A device's client, not started: the window connects its signals first."""
        c = HallClient(self.hub.url, self.token(role, counter))
        self.clients.append(c)
        return c

    def window(self, make: Callable[[HallClient], QWidget], role: str,
               counter: int | None = None) -> QWidget:
        """A window over a new client, once the hub's snapshot has reached it."""
        c = self.client(role, counter)
        w = make(c)
        c.start()
        wait_until(lambda: c.connected and bool(c.snapshot))
        settle(30)
        return w


def morning(hall: Hall) -> None:
    """Tickets in every service, a priority customer, two counters calling, one serving."""
    for service, prio in (("A", ""), ("A", "elderly"), ("B", ""), ("A", ""), ("C", ""),
                          ("E", ""), ("A", ""), ("D", ""), ("B", ""), ("A", "")):
        hall.issue(service, priority=prio, customer_code="PE0123456" if prio else "")
    for service in "AEAAEA":  # earlier customers, served already: the recent calls
        hall.issue(service)
    hall.login("NV02", "2222", 2)
    hall.login("NV03", "3333", 3)
    for _ in range(3):
        for counter in (2, 3):
            hall.next_customer(counter)
    hall.next_customer(2)
    hall.login("NV04", "4444", 4)
    hall.call_next(4)
    hall.start_serving(4)


@contextmanager
def scene(folder: Path | None = None) -> Iterator[Scene]:
    qapp()
    with tempfile.TemporaryDirectory(prefix="hallq-pictures-") as tmp:
        db = Path(folder or tmp) / "hall.db"
        hall = Hall.create(db, sample.HALL, sample.SERVICES, sample.COUNTERS, sample.STAFF)
        morning(hall)
        hub = HubThread(hall).start()
        sc = Scene(hall, hub, db)
        try:
            yield sc
        finally:
            for c in sc.clients:
                c.stop()
            hub.stop()
            hall.store.close()


def settings(lang: str) -> hsettings.Settings:
    s = hsettings.defaults()
    s.values["device"]["language"] = lang
    s.values["device"]["fullscreen"] = False
    s.values["voice"]["enabled"] = False
    s.values["printer"]["kind"] = "none"
    return s


def kiosk(sc: Scene, lang: str, page: str = "start") -> QWidget:
    """The kiosk on its start page, its code keypad, or a just-issued ticket."""
    from ui.kiosk.window import KioskWindow  # noqa: PLC0415 - Qt windows load on demand
    w = sc.window(lambda c: KioskWindow(c, settings(lang)), "kiosk")
    if page == "code":
        w.on_code_requested()
    elif page == "issued":
        got: list[dict] = []
        w.ticketShown.connect(got.append)
        w.start_page.priority_buttons["elderly"].setChecked(True)
        w.on_service("B")
        wait_until(lambda: bool(got))
    return w


def hall_display(sc: Scene, lang: str) -> QWidget:
    from ui.display.hall import HallDisplay  # noqa: PLC0415
    return sc.window(lambda c: HallDisplay(c, settings(lang)), "display")


def counter_display(sc: Scene, lang: str) -> QWidget:
    from ui.display.counter import CounterDisplay  # noqa: PLC0415
    return sc.window(lambda c: CounterDisplay(c, settings(lang), 2), "display", 2)


def counter(sc: Scene, lang: str) -> QWidget:
    """Counter 1 with its clerk logged in (login through the window, as a clerk does)."""
    from ui.counter.window import CounterWindow  # noqa: PLC0415
    w = sc.window(lambda c: CounterWindow(c, settings(lang), 1), "counter", 1)
    w.on_login_requested("NV01", "1111")
    wait_until(lambda: w.pages.currentWidget() is w.work and w.pending is None)
    w.on_action("call_next")
    wait_until(lambda: w.pending is None and w.work.number.text() != "—")
    return w


def keypad(sc: Scene, lang: str) -> QWidget:
    """The rating keypad of counter 4, asking about the visit just finished there."""
    from ui.keypad.window import KeypadWindow  # noqa: PLC0415
    w = sc.window(lambda c: KeypadWindow(c, settings(lang), 4), "keypad", 4)
    if queue.ticket_at(sc.hall.state, 4) is None:
        sc.hall.call_next(4)
    sc.hall.finish(4)
    wait_until(lambda: w.stack.currentWidget() is w.prompt)
    return w


def supervisor(sc: Scene, lang: str) -> QWidget:
    from ui.supervisor.window import create_window  # noqa: PLC0415
    w = sc.window(lambda c: create_window(c, settings(lang)), "supervisor")
    w.login_page.code.setText(SUPERVISOR[0])  # logged in, as a supervisor at their desk
    w.login_page.pin.setText(SUPERVISOR[1])
    w.on_login()
    wait_until(lambda: w.stack.currentWidget() is not w.login_page)
    settle(300)
    return w


WINDOWS: dict[str, Callable[[Scene, str], QWidget]] = {
    "kiosk": kiosk,
    "kiosk-code": lambda sc, lang: kiosk(sc, lang, "code"),
    "kiosk-ticket": lambda sc, lang: kiosk(sc, lang, "issued"),
    "hall-display": hall_display,
    "counter-display": counter_display,
    "counter": counter,
    "keypad": keypad,
    "supervisor": supervisor,
}


def shoot(window: QWidget, size: QSize, path: Path) -> Path:
    window.resize(size)
    window.show()
    settle()
    window.grab().save(str(path))
    return path


def report_page(sc: Scene, lang: str, out: Path) -> Path | None:
    """The daily report's first page, as the supervisor prints it (PDF -> PNG, pdftoppm)."""
    pdf = out.with_suffix(".pdf")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    sc.hall.store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # a reader sees it all
    run = subprocess.run([sys.executable, "-m", "hallq", "report", "--db", str(sc.db),
                          "--date", str(sc.hall.state.day), "--lang", lang, "--out", str(pdf)],
                         env=env, capture_output=True, text=True)
    if run.returncode != 0 or not pdf.exists():
        print(f"report: not made ({run.stderr.strip()[-300:]})", file=sys.stderr)
        return None
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(out.with_suffix(""))], check=True)
    pdf.unlink()
    return out


def tv_page(sc: Scene, size: QSize, out: Path) -> Path | None:
    """The smart-TV page (/display) as headless Chromium draws it."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("tv page: chromium is not installed", file=sys.stderr)
        return None
    url = f"{sc.hub.url}/display?token={sc.token('display')}"
    with tempfile.TemporaryDirectory(prefix="hallq-chromium-") as profile:
        subprocess.run([browser, "--headless=new", "--no-sandbox", "--disable-gpu",
                        "--hide-scrollbars", f"--user-data-dir={profile}",
                        f"--window-size={size.width()},{size.height()}",
                        "--virtual-time-budget=4000", f"--screenshot={out}", url],
                       check=True, capture_output=True, timeout=60)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", default="vi", choices=["vi", "zh_CN", "zh_TW", "en"])
    ap.add_argument("--out", default=str(ROOT / "docs" / "pictures"))
    ap.add_argument("--only", nargs="*", help="window names (default: all)")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    qapp()
    set_language(args.lang)
    with scene() as sc:
        for name, make in WINDOWS.items():
            if args.only and name not in args.only:
                continue
            for shape, size in SIZES.items():
                w = make(sc, args.lang)
                print(shoot(w, size, out / f"{name}-{shape}.png"))
                w.close()
                w.deleteLater()
                settle(10)
        if not args.only or "tv-page" in args.only:
            for shape, size in SIZES.items():
                print(tv_page(sc, size, out / f"tv-page-{shape}.png"))
        if not args.only or "report" in args.only:
            print(report_page(sc, args.lang, out / "report-page1.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
