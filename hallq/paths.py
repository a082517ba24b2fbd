"""Where hallq keeps its files, following each platform's convention."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def user_data_dir() -> Path:
    """~/.local/share/hallq, %LOCALAPPDATA%\\hallq, ~/Library/Application Support/hallq."""
    if os.environ.get("HALLQ_DATA_DIR"):
        return Path(os.environ["HALLQ_DATA_DIR"])
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "hallq"


def user_config_dir() -> Path:
    """~/.config/hallq, %APPDATA%\\hallq, ~/Library/Preferences/hallq."""
    if os.environ.get("HALLQ_CONFIG_DIR"):
        return Path(os.environ["HALLQ_CONFIG_DIR"])
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Preferences"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "hallq"


def resources_dir() -> Path:
    """resources/ in the source tree, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_db() -> Path:
    return user_data_dir() / "hall.db"
