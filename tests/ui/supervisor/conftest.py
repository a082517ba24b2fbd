"""The supervisor window on the test hub, signed in as GS01: made once here for every test."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from hallq import settings as hsettings
from tools import i18n
from ui import app as uiapp

if TYPE_CHECKING:
    from ui.supervisor.window import SupervisorWindow

WAIT = 8000


def built_translations() -> None:
    """Build the .qm files again where a .ts is newer: a window in another language reads them."""
    if any(not (i18n.I18N / f"hallq_{x}.qm").exists() or
           (i18n.I18N / f"hallq_{x}.qm").stat().st_mtime < i18n.ts_path(x).stat().st_mtime
           for x in i18n.TRANSLATED):
        i18n.build()


@pytest.fixture
def language(qapp):
    """Set the windows' language (translations built first); English again afterwards."""
    built_translations()
    yield uiapp.set_language
    uiapp.set_language("en")


class Supervisors:
    """Opens supervisor windows on the hub; each one's client is stopped at teardown."""

    def __init__(self, qtbot, hub) -> None:
        self.qtbot, self.hub = qtbot, hub
        self.clients: list = []

    def __call__(self, language: str = "en", code: str = "GS01", pin: str = "9999",
                 login: bool = True, size: tuple[int, int] | None = None) -> SupervisorWindow:
        """A shown window in `language`, connected, and (with `login`) on its main page."""
        # Imported here: the fault and number tests of this folder need no QtWebSockets.
        from ui.client import HallClient
        from ui.supervisor.alerts import AlertSound
        from ui.supervisor.window import SupervisorWindow

        if language != "en":
            built_translations()
        s = hsettings.defaults()
        s.values["device"].update(fullscreen=False, language=language)
        uiapp.set_language(language)
        client = HallClient(self.hub.url, self.hub.token("supervisor"))
        w = SupervisorWindow(client, s, sound=AlertSound(enabled=False))
        self.qtbot.addWidget(w)
        self.clients.append(client)
        with self.qtbot.waitSignal(client.connectedChanged, timeout=WAIT):
            client.start()
        if size is not None:
            w.resize(*size)
        w.show()
        if login:
            self.log_in(w, code, pin)
            self.qtbot.waitUntil(lambda: w.stack.currentWidget() is w.main_page, timeout=WAIT)
        return w

    def log_in(self, w: SupervisorWindow, code: str = "GS01", pin: str = "9999") -> None:
        """Type the staff code and PIN into the log-in page and click, as a person does."""
        self.qtbot.keyClicks(w.login_page.code, code)
        self.qtbot.keyClicks(w.login_page.pin, pin)
        self.qtbot.mouseClick(w.login_page.button, Qt.MouseButton.LeftButton)

    def stop(self) -> None:
        for client in self.clients:
            client.stop()


@pytest.fixture
def signed_in(qtbot, hub):
    """`signed_in(language="en", code="GS01", pin="9999", login=True, size=None)` -> a window."""
    windows = Supervisors(qtbot, hub)
    yield windows
    windows.stop()
    uiapp.set_language("en")
