"""What the windows and pages share: redraw texts on a language change; a role's window
stops its HallClient when it closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent

from ui.client import HallClient


class Retranslating:
    """Mixin, named before the Qt class: `retranslate_ui()` runs again on every
    LanguageChange, which Qt sends when the application's translator changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate_ui(self) -> None:  # pragma: no cover - every user overrides it
        raise NotImplementedError


class RoleWindow:
    """Mixin for a role's top-level window: closing it stops `self.client`, so nothing
    reconnects or calls back into a window that is gone. (A window that refuses to close
    ignores the event in its own closeEvent, before this one runs.)"""

    client: HallClient

    def closeEvent(self, event: QCloseEvent) -> None:
        self.client.stop()
        super().closeEvent(event)  # type: ignore[misc]
