"""Role logging: a rotating file per long-running role, set up once however often it is called."""

from __future__ import annotations

import logging
import sys
import threading

import pytest

from hallq.commands import logs


@pytest.fixture
def clean_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    hooks = (sys.excepthook, threading.excepthook)
    yield
    for h in list(root.handlers):
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    root.setLevel(level)
    sys.excepthook, threading.excepthook = hooks


def test_a_role_logs_to_its_own_file(tmp_path, clean_logging) -> None:
    conf = {"dir": str(tmp_path / "logs"), "level": "INFO", "keep_files": 3}
    path = logs.setup_logging("hub", log_settings=conf)
    assert path == tmp_path / "logs" / "hub.log"
    logging.getLogger("hallq.test").info("ticket A001 issued")
    logging.getLogger("hallq.test").debug("not at INFO")
    # Called again (tests, a role restarting in one process): still one file handler.
    logs.setup_logging("hub", log_settings=conf)
    logging.getLogger("hallq.test").warning("once")
    for h in logging.getLogger().handlers:
        h.flush()
    text = path.read_text(encoding="utf-8")
    assert "ticket A001 issued" in text and "not at INFO" not in text
    assert text.count("once") == 1


def test_files_rotate_and_only_keep_files_are_kept(tmp_path, clean_logging, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    conf = {"dir": str(tmp_path), "level": "INFO", "keep_files": 2}
    logs.setup_logging("kiosk", log_settings=conf)
    for i in range(200):
        logging.getLogger("hallq.test").info("line %d of the kiosk's day", i)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]


def test_one_shot_commands_only_print(tmp_path, clean_logging) -> None:
    assert logs.setup_logging("config", log_settings={"dir": str(tmp_path)}) is None
    assert not list(tmp_path.iterdir())


def test_an_unwritable_log_folder_does_not_stop_the_role(tmp_path, clean_logging) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert logs.setup_logging("hub", log_settings={"dir": str(blocker / "logs")}) is None


def test_a_crash_in_a_thread_reaches_the_log(tmp_path, clean_logging) -> None:
    heard = []
    threading.excepthook = heard.append  # stands for whoever listened before (pytest here)
    path = logs.setup_logging("display", log_settings={"dir": str(tmp_path)})
    t = threading.Thread(target=lambda: 1 / 0, name="voice")
    t.start()
    t.join()
    for h in logging.getLogger().handlers:
        h.flush()
    text = path.read_text(encoding="utf-8")
    assert "uncaught exception in thread voice" in text and "ZeroDivisionError" in text
    assert len(heard) == 1  # and the previous hook still heard it
