"""Set-up and customers' text shows as written in every window: markup is never rendered."""

from __future__ import annotations

import importlib

import pytest

pytest.importorskip("PySide6.QtWebSockets")
pytest.importorskip("PySide6.QtMultimedia")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from ui.app import set_language  # noqa: E402
from ui.client import HallClient  # noqa: E402

MARKUP = "<b>X</b><br><br>"
ROLES = [("ui.kiosk.window", "kiosk", None), ("ui.counter.window", "counter", 1),
         ("ui.keypad.window", "keypad", 1), ("ui.display.hall", "display", None),
         ("ui.display.hall", "display", 1), ("ui.supervisor.window", "supervisor", None)]


@pytest.fixture(autouse=True)
def _source_language_after():
    """A kiosk starts in its device's language (vi) for the whole application: the next
    test must not inherit it."""
    yield
    set_language("en")


def _settings() -> hsettings.Settings:
    s = hsettings.defaults()
    s.values["device"]["fullscreen"] = False
    s.values["voice"]["enabled"] = False
    s.values["printer"].update({"kind": "none"})
    return s


@pytest.fixture
def marked_up(hub):
    """The sample hall with a service, a hall name and a message written as HTML."""
    hall = hub.hall
    hall.upsert_service({"prefix": "A", "names": {"vi": MARKUP, "en": MARKUP}})
    hall.upsert_service({"prefix": "B", "names": {"vi": "Y", "en": "Y"}})
    hall.update_hall({"name": "<h1>Hall</h1>", "message": "<i>closed</i><br>at noon"})
    hall.issue("A")
    return hub


def _open(qtbot, hub, module: str, role: str, counter: int | None):
    client = HallClient(hub.url, hub.token(role, counter))
    with qtbot.waitSignal(client.stateReset, timeout=5000):
        client.start()
    window = importlib.import_module(module).create_window(client, _settings(), counter)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(50)
    return client, window


@pytest.mark.parametrize("module, role, counter", ROLES,
                         ids=[f"{r}{c or ''}" for _, r, c in ROLES])
def test_every_label_of_every_window_is_plain_text(qtbot, marked_up, module, role, counter):
    client, window = _open(qtbot, marked_up, module, role, counter)
    try:
        # (the supervisor's set-up tab has its own test: tests/ui/supervisor/test_setup*)
        setup = getattr(window, "setup", None)
        labels = [lab for lab in window.findChildren(QLabel)
                  if setup is None or not setup.isAncestorOf(lab)]
        assert labels
        rich = [(lab.objectName(), lab.text()) for lab in labels
                if lab.textFormat() != Qt.TextFormat.PlainText]
        assert rich == []
    finally:
        window.close()
        client.stop()


def test_a_service_named_in_markup_shows_literally_on_the_kiosk(qtbot, marked_up):
    client, window = _open(qtbot, marked_up, "ui.kiosk.window", "kiosk", None)
    try:
        buttons = window.start_page.buttons
        qtbot.waitUntil(lambda: buttons["A"].name.text() == MARKUP, timeout=3000)
        name = buttons["A"].name
        assert buttons["B"].name.text() == "Y"
        # Its twin: the same style, place and text, told explicitly to show plain text.
        twin = QLabel(buttons["B"])
        twin.setObjectName("kioskServiceName")
        twin.setWordWrap(True)
        twin.setTextFormat(Qt.TextFormat.PlainText)
        twin.setText(MARKUP)
        twin.ensurePolished()
        # "<br><br>" adds no lines, "<b>" no boldness: the layout is the plain text's.
        assert name.sizeHint() == twin.sizeHint()
        assert name.textFormat() == Qt.TextFormat.PlainText
        assert window.hall_name.text() == "<h1>Hall</h1>"
    finally:
        window.close()
        client.stop()
