"""Shared fixtures (a sample hall database, a real hub on an ephemeral port) and the markers
each test gets from where it lives and what it uses."""

from __future__ import annotations

import gc
import importlib.util
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# Widget tests draw offscreen unless a display is asked for explicitly.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HALLQ_DATA_DIR", str(Path(__file__).parent / ".." / "build" / "test-data"))

from hallq.domain import sample  # noqa: E402
from hallq.hall.service import Hall  # noqa: E402
from hallq.hub.server import HubThread  # noqa: E402

TESTS = Path(__file__).parent
HAVE_QT = importlib.util.find_spec("PySide6") is not None
# Where the windows' tests live: they need PySide6 (marked gui, and not even collected
# without it, so `pytest -m "not gui"` runs on a machine that has no Qt at all).
GUI_PLACES = (TESTS / "ui", TESTS / "test_hall_day.py", TESTS / "hall_day_helpers.py")
GUI_FIXTURES = {"qtbot", "qapp"}
PG_FIXTURES = {"pgdb"}  # tests/sync/test_sync_support.py: a throwaway PostgreSQL database
# Modules whose tests take more than ~20 s alone on 2 cores: hub processes started cold and
# killed, schemathesis over every route, every route x device x session, hypothesis set-ups.
SLOW_MODULES = {TESTS / "hub" / "test_crash.py", TESTS / "hub" / "test_fuzz.py",
                TESTS / "hub" / "test_permissions.py", TESTS / "hall" / "test_setup_schema.py"}


def _in_gui_place(path: Path) -> bool:
    return any(path == p or p in path.parents for p in GUI_PLACES)


def pytest_addoption(parser: pytest.Parser) -> None:
    if importlib.util.find_spec("pytestqt") is None:
        # Without pytest-qt (a machine with no Qt), its setting in pyproject would fail
        # --strict-config: declare it here, unused.
        parser.addini("qt_api", "pytest-qt's Qt binding (pytest-qt is not installed)")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if not HAVE_QT and _in_gui_place(collection_path):
        return True
    return None


FULL_COLLECTION_EVERY = 50  # tests: the rest collect only what was made since (see below)
_ended = [0]  # tests ended so far


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_main_thread():
    """Python's cycle collector runs on whichever thread allocates when it decides to; here
    hubs' threads (uvicorn, the writer, the sender) share the process with the windows, and
    a window's Qt object freed on such a thread crashes Qt (a segfault that came and went
    with the order of the tests). Automatic collection is off (pytest_configure); each test
    ends with a collection here, on the main thread, as the demo's Qt timer does: of the
    young generations (what the test made: every object since the last collection is in
    them), and a full one every FULL_COLLECTION_EVERY tests. A full collection each time
    walks every object the run holds: late in a run it took most of the run's time."""
    yield
    _ended[0] += 1
    if _ended[0] % FULL_COLLECTION_EVERY:
        gc.collect(1)
    else:
        gc.collect()


@pytest.fixture(autouse=True)
def _windows_back_in_english():
    """Each test starts with the windows in English: one that switched the language (a kiosk
    does for each customer) must not leave it switched for the next, whose place in the
    random order is anyone's (a counter test read its message in Vietnamese)."""
    yield
    app = sys.modules.get("ui.app")  # only where a window test ran: no Qt import here
    if app is not None and app._translators:
        app.set_language("en")


def pytest_configure(config: pytest.Config) -> None:
    gc.disable()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if _in_gui_place(Path(item.path)) or names & GUI_FIXTURES:
            item.add_marker(pytest.mark.gui)
        if names & PG_FIXTURES:
            item.add_marker(pytest.mark.pg)
        if Path(item.path) in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


@dataclass
class HubFixture:
    """A hub serving a fresh sample hall, with one device token per role."""

    hall: Hall
    server: HubThread
    db: Path
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.server.url

    def token(self, role: str, counter: int | None = None) -> str:
        key = f"{role}{counter}" if counter is not None else role
        if key not in self.tokens:
            out, _ = self.hall.add_device(role, counter)
            self.tokens[key] = out["token"]
        return self.tokens[key]

    def restart(self) -> None:
        """Stop the hub and serve the same database again on the same port."""
        port = self.server.port
        self.server.stop()
        self.hall.store.close()
        from hallq.store.database import Store
        self.hall = Hall(Store(self.db), self.hall.clock)
        self.server = HubThread(self.hall, port=port).start()


_TEMPLATE: dict[str, Path] = {}


def make_hall(path: Path, clock=None) -> Hall:
    """A fresh sample hall. Hashing the sample PINs is slow on purpose, so the file is made
    once per test session and copied (only when the clock is the system's: a fixed clock
    must write the creation event at its own time)."""
    if clock is not None:
        return Hall.create(path, sample.HALL, sample.SERVICES, sample.COUNTERS, sample.STAFF,
                           clock)
    if "db" not in _TEMPLATE:
        import tempfile
        folder = Path(tempfile.mkdtemp(prefix="hallq-template-"))
        h = Hall.create(folder / "hall.db", sample.HALL, sample.SERVICES, sample.COUNTERS,
                        sample.STAFF)
        h.store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        h.store.close()
        _TEMPLATE["db"] = folder / "hall.db"
    import shutil
    shutil.copyfile(_TEMPLATE["db"], path)
    from hallq.store.database import Store
    return Hall(Store(path), clock)


@pytest.fixture
def hall(tmp_path: Path) -> Hall:
    h = make_hall(tmp_path / "hall.db")
    yield h
    h.store.close()


@pytest.fixture
def hub(tmp_path: Path) -> HubFixture:
    db = tmp_path / "hall.db"
    h = make_hall(db)
    fx = HubFixture(h, HubThread(h).start(), db)
    yield fx
    fx.server.stop()
    fx.hall.store.close()
