"""Every role's window stops its HallClient when it closes: no reconnecting, no replies
calling back into a window that is gone. A locked kiosk that refuses to close keeps it."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebSockets")
pytest.importorskip("PySide6.QtMultimedia")

from hallq import settings as hsettings  # noqa: E402
from ui.app import set_language  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.eventlog import EventLogWindow  # noqa: E402
from ui.kiosk.window import KioskWindow  # noqa: E402

ROLES = [  # (window module, device role, counter)
    ("ui.kiosk.window", "kiosk", None),
    ("ui.counter.window", "counter", 1),
    ("ui.keypad.window", "keypad", 1),
    ("ui.display.hall", "display", None),  # the hall display
    ("ui.display.hall", "display", 2),  # counter 2's display
    ("ui.supervisor.window", "supervisor", None),
]


@pytest.fixture(autouse=True)
def _source_language_after():
    """A kiosk starts in its device's language (vi) for the whole application: the next
    test must not inherit it."""
    yield
    set_language("en")


def _settings(fullscreen: bool = False) -> hsettings.Settings:
    s = hsettings.defaults()
    s.values["device"]["fullscreen"] = fullscreen
    s.values["voice"]["enabled"] = False
    s.values["printer"].update({"kind": "none"})
    return s


def _started(qtbot, hub, role: str, counter: int | None) -> HallClient:
    client = HallClient(hub.url, hub.token(role, counter))
    with qtbot.waitSignal(client.connectedChanged, timeout=5000):
        client.start()
    return client


@pytest.mark.parametrize("module, role, counter", ROLES,
                         ids=[f"{r}{c or ''}" for _, r, c in ROLES])
def test_closing_a_role_window_stops_its_client(qtbot, hub, module, role, counter) -> None:
    client = _started(qtbot, hub, role, counter)
    window = importlib.import_module(module).create_window(client, _settings(), counter)
    qtbot.addWidget(window)
    window.show()
    assert client.running and client.connected
    with qtbot.waitSignal(client.connectedChanged, timeout=1000):
        assert window.close()
    assert not client.running and not client.connected
    qtbot.wait(300)  # no reconnection behind the closed window's back
    assert not client.connected


def test_the_demo_event_log_stops_its_client(qtbot, hub) -> None:
    client = _started(qtbot, hub, "admin", None)
    window = EventLogWindow(client)
    qtbot.addWidget(window)
    window.show()
    assert window.close()
    assert not client.running and not client.connected


def test_a_locked_kiosk_that_refuses_to_close_keeps_its_client(qtbot, hub) -> None:
    client = _started(qtbot, hub, "kiosk", None)
    window = KioskWindow(client, _settings(fullscreen=True))
    qtbot.addWidget(window)
    window.show()
    assert window.locked and not window.close()  # only the supervisor's PIN closes it
    assert client.running and client.connected
    window.allow_close = True
    assert window.close()
    assert not client.running


def _threads() -> int:
    """Qt's network threads in this process (Linux names them; the hub's own threads in
    this process come and go and are not counted)."""
    tasks = Path(f"/proc/{os.getpid()}/task")
    names = [(t / "comm").read_text() for t in tasks.iterdir() if (t / "comm").exists()]
    return sum(n.startswith("QNetworkAccess") for n in names)


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts Linux threads")
def test_a_stopped_client_leaves_no_network_thread(qtbot, hub) -> None:
    before = _threads()
    clients = [_started(qtbot, hub, "display", None) for _ in range(4)]
    for c in clients:  # a command each, so each has its HTTP connection and thread
        with qtbot.waitCallback(timeout=5000) as done:
            c._request("GET", "/api/state", None, lambda ok, data: done(ok))
    assert _threads() > before
    for c in clients:
        c.stop()
    qtbot.waitUntil(lambda: _threads() <= before, timeout=3000)
