"""What every role's `run(args)` shares: the QApplication, settings, translations, the client."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from hallq import settings as hsettings
from hallq.paths import resources_dir
from ui.client import HallClient

_translators: list[QTranslator] = []


def qapp() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("hallq")
    app.setOrganizationName("hallq")
    load_fonts()
    collect_on_gui_thread(app)
    return app  # type: ignore[return-value]


def collect_on_gui_thread(app: QApplication) -> None:
    """Qt objects must be freed on the thread that owns them, but Python's cycle collector
    runs on whichever thread allocates when it decides to: in the demo a hub's threads share
    the process with the windows, and a window's object freed there crashes Qt. Automatic
    collection is turned off and done here, on the GUI thread, every second."""
    if getattr(app, "_hallq_gc", None) is not None:
        return
    gc.disable()
    timer = QTimer(app)
    timer.setInterval(1000)
    timer.timeout.connect(gc.collect)
    timer.start()
    app._hallq_gc = timer  # type: ignore[attr-defined]


def load_fonts() -> None:
    """Fonts hallq ships (Vietnamese and Chinese glyphs) work without system fonts."""
    fonts = resources_dir() / "fonts"
    for f in sorted(fonts.glob("*.tt[fc]")) if fonts.exists() else []:
        QFontDatabase.addApplicationFont(str(f))


def set_language(lang: str) -> None:
    """Switch every translated string; windows retranslate on QEvent.LanguageChange."""
    app = QCoreApplication.instance()
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    QLocale.setDefault(QLocale(lang))
    qm = resources_dir() / "i18n" / f"hallq_{lang}.qm"
    if lang != "en" and qm.exists():
        t = QTranslator(app)
        if t.load(str(qm)):
            app.installTranslator(t)
            _translators.append(t)
    # Qt's own words (Cancel, the file dialog ...): Qt's qtbase file where Qt ships one
    # (zh_CN, zh_TW), and ours (qt_<lang>.qm: all of vi, the words Qt's zh files leave in
    # English), so no English button is left in another language. Compiled files only: a
    # translator written in Python would be called from Qt's network threads under Qt's
    # translator lock and wait for the GIL, while a language switch on the main thread
    # holds the GIL and waits for that lock (a hung kiosk).
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in ((f"qtbase_{lang}", qt_dir), (f"qt_{lang}", str(qm.parent))):
        t = QTranslator(app)
        if lang != "en" and t.load(name, where):
            app.installTranslator(t)
            _translators.append(t)


def load_settings(args: argparse.Namespace) -> hsettings.Settings:
    """Settings file first, then command-line options over it."""
    try:
        s = hsettings.load(getattr(args, "config", None))
    except hsettings.SettingsError as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        raise SystemExit(2) from None
    dev = s.values["device"]
    for key in ("hub", "token", "counter"):
        if getattr(args, key, None):
            dev[key] = getattr(args, key)
    if getattr(args, "lang", None):
        dev["language"] = args.lang
    if getattr(args, "windowed", False):
        dev["fullscreen"] = False
    return s


def start_role(args: argparse.Namespace) -> tuple[QApplication, hsettings.Settings, HallClient]:
    app = qapp()
    s = load_settings(args)
    if not s.device.token:
        print("hallq: this device has no token. Pair it on the hub PC with "
              "`hallq device add --role ROLE`, then pass --token or set [device] token in "
              f"{hsettings.default_path()}.", file=sys.stderr)
        raise SystemExit(2)
    set_language(s.device.language)
    client = HallClient(s.device.hub, s.device.token)
    return app, s, client


def show(window, s: hsettings.Settings) -> None:
    if s.device.fullscreen:
        fill_screen(window)
    else:
        window.show()


def fill_screen(window) -> None:
    """Full screen with or without a window manager: a session that starts only the kiosk
    has nobody to honour the full-screen request, so the window takes the screen's size
    itself first (else it stays at its default size in a corner)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
