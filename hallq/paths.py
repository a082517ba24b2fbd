"""Where hallq keeps its files, following each platform's convention."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _user_dir(override: str, windows: tuple[str, str], mac: str, xdg: tuple[str, str]) -> Path:
    """<base>/hallq: the folder named by $override if set, else the platform's own base:
    (variable, fallback under ~/AppData) on Windows, a folder under ~/Library on macOS,
    (variable, fallback under ~) elsewhere (XDG)."""
    if os.environ.get(override):
        return Path(os.environ[override])
    if sys.platform == "win32":
        base = Path(os.environ.get(windows[0]) or Path.home() / "AppData" / windows[1])
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / mac
    else:
        base = Path(os.environ.get(xdg[0]) or Path.home() / xdg[1])
    return base / "hallq"


def user_data_dir() -> Path:
    """~/.local/share/hallq, %LOCALAPPDATA%\\hallq, ~/Library/Application Support/hallq."""
    return _user_dir("HALLQ_DATA_DIR", ("LOCALAPPDATA", "Local"), "Application Support",
                     ("XDG_DATA_HOME", ".local/share"))


def user_config_dir() -> Path:
    """~/.config/hallq, %APPDATA%\\hallq, ~/Library/Preferences/hallq."""
    return _user_dir("HALLQ_CONFIG_DIR", ("APPDATA", "Roaming"), "Preferences",
                     ("XDG_CONFIG_HOME", ".config"))


def resources_dir() -> Path:
    """resources/ in the source tree, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_db() -> Path:
    return user_data_dir() / "hall.db"
