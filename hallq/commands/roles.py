"""The window roles (`hallq kiosk|counter|display|keypad|supervisor`) and `hallq demo`.

Each role lives in ui/<role>.py with run(args) -> int; Qt is imported only when one runs.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util

ROLES = {
    "kiosk": "the ticket kiosk at the entrance",
    "counter": "a counter clerk's window",
    "display": "the hall display (or --counter N: a counter display)",
    "keypad": "the rating keypad at a counter",
    "supervisor": "the supervisor's live view, set-up and daily report",
}
# The module of each role that has run(args) and create_window(client, settings, counter).
ROLE_MODULES = {
    "kiosk": "ui.kiosk.window",
    "counter": "ui.counter.window",
    "display": "ui.display.hall",
    "keypad": "ui.keypad.window",
    "supervisor": "ui.supervisor.window",
}


def _has(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _runner(module: str):
    def run(args: argparse.Namespace) -> int:
        return importlib.import_module(module).run(args)
    return run


def register(sub: argparse._SubParsersAction) -> None:
    for role, help_text in ROLES.items():
        module = ROLE_MODULES[role]
        if not _has(module):
            continue
        p = sub.add_parser(role, help=help_text)
        p.add_argument("--hub", default=None,
                       help="the hub's URL (default: [device] hub in the settings file)")
        p.add_argument("--token", default=None,
                       help="this device's token (default: [device] token in the settings)")
        p.add_argument("--config", default=None, help="settings file (default: the user's)")
        p.add_argument("--counter", type=int, help="counter number (counter, keypad, display)")
        p.add_argument("--windowed", action="store_true", help="not full screen (testing)")
        p.add_argument("--lang", help="interface language: vi, zh_CN, zh_TW, en")
        p.set_defaults(func=_runner(module))
    if _has("ui.demo"):
        p = sub.add_parser("demo", help="every role on this machine against an embedded hub")
        p.add_argument("--db", help="hall database (default: in the user data folder)")
        p.add_argument("--smoke", action="store_true",
                       help="run one ticket through every role, then exit 0 (for CI)")
        p.add_argument("--port", type=int, default=0, help="hub port (default: a free one)")
        p.add_argument("--lang", help="interface language: vi, zh_CN, zh_TW, en")
        p.add_argument("--scale", type=float, default=None,
                       help="draw every window this many times its size (e.g. 0.6 shows "
                            "all eight side by side on one 1920x1080 screen)")
        p.set_defaults(func=_runner("ui.demo"))
