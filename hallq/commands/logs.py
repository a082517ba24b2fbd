"""Logging for each role: a rotating file per role (logs/<role>.log) and the console."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType

from hallq import settings as hsettings
from hallq.paths import user_data_dir

# Long-running roles write a log file; one-shot commands (init, device, config) only print.
LOGGED_ROLES = {"hub", "kiosk", "counter", "display", "keypad", "supervisor", "demo",
                "simulate", "sync", "backup", "restore"}
MAX_BYTES = 5 * 1024 * 1024
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
_OURS = "_hallq_handler"  # marks handlers setup_logging added, so a second call replaces them


def log_dir(log_settings: dict | None = None) -> Path:
    """settings log.dir, else logs/ in the user data folder."""
    configured = (log_settings or {}).get("dir")
    return Path(configured) if configured else user_data_dir() / "logs"


def _log_settings() -> dict:
    try:
        return hsettings.load().log.as_dict()
    except hsettings.SettingsError:
        # The role itself reports the bad file; logging must still work to say so.
        return hsettings.defaults().log.as_dict()


def setup_logging(role: str, verbose: bool = False, log_settings: dict | None = None
                  ) -> Path | None:
    """Console logging for every command; a rotating file for long-running roles.

    Returns the log file's path (None when this role has no file or it cannot be written).
    """
    conf = log_settings if log_settings is not None else _log_settings()
    level = logging.DEBUG if verbose else getattr(logging, conf.get("level", "INFO"))
    root = logging.getLogger()
    for h in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(h)
        h.close()
    root.setLevel(level)
    fmt = logging.Formatter(FORMAT)
    if sys.stderr is not None:  # None in hallqw.exe, the Windows build without a console
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(fmt)
        console.setLevel(level)
        _add(root, console)
    if role not in LOGGED_ROLES:
        return None
    path = log_dir(conf) / f"{role}.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=int(conf.get("keep_files", 7)),
            encoding="utf-8", delay=True)
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", path, exc)
        return None
    handler.setFormatter(fmt)
    handler.setLevel(level)
    _add(root, handler)
    _log_uncaught()
    logging.getLogger("hallq").info("hallq %s started (%s)", role, " ".join(sys.argv[1:]))
    return path


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    setattr(handler, _OURS, True)
    root.addHandler(handler)


def _log_uncaught() -> None:
    """A crash in any thread ends up in the log file, not only on a console nobody reads."""
    log = logging.getLogger("hallq.crash")
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.critical("uncaught exception", exc_info=(kind, exc, tb))
        previous(kind, exc, tb)

    previous_thread = threading.excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        exc = args.exc_value  # None only if the thread raised nothing worth a traceback
        log.critical("uncaught exception in thread %s", getattr(args.thread, "name", "?"),
                     exc_info=None if exc is None else (args.exc_type, exc, args.exc_traceback))
        if getattr(previous_thread, "__name__", "") != "thread_hook":
            previous_thread(args)  # whoever was listening before (pytest, Qt tools) still hears

    if getattr(sys.excepthook, "__name__", "") != "hook":
        sys.excepthook = hook
    if getattr(threading.excepthook, "__name__", "") != "thread_hook":
        threading.excepthook = thread_hook
