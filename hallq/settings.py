"""Device settings: one TOML file per device, every setting declared once with type and default."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hallq.paths import user_config_dir

LANGS = ("vi", "zh_CN", "zh_TW", "en")


@dataclass(frozen=True)
class Setting:
    type: type
    default: Any
    help: str
    choices: tuple | None = None
    min: float | None = None
    max: float | None = None


# Every setting hallq reads, by section. A role reads only its own sections.
SCHEMA: dict[str, dict[str, Setting]] = {
    "device": {
        "hub": Setting(str, "http://127.0.0.1:8470", "the hub's URL"),
        "token": Setting(str, "", "this device's token from `hallq device add`"),
        "counter": Setting(int, 0, "the counter this device belongs to (0: none)", min=0, max=99),
        "language": Setting(str, "vi", "interface language", LANGS),
        "fullscreen": Setting(bool, True, "open the window full screen"),
    },
    "kiosk": {
        "idle_timeout_s": Setting(int, 45, "seconds before the kiosk returns to its default "
                                  "language and start screen", min=5, max=3600),
        "result_s": Setting(int, 12, "seconds the issued number stays on screen", min=2,
                            max=120),
        "languages": Setting(list, list(LANGS), "language buttons shown"),
        "supervisor_pin_exit": Setting(bool, True, "leaving full screen needs a supervisor PIN"),
    },
    "printer": {
        "kind": Setting(str, "none", "ticket printer", ("none", "network", "usb", "serial",
                                                         "file", "pdf")),
        "host": Setting(str, "", "network printer address"),
        "port": Setting(int, 9100, "network printer port", min=1, max=65535),
        "device": Setting(str, "", "serial device or file path"),
        "baudrate": Setting(int, 38400, "serial speed", min=1200, max=921600),
        "vendor_id": Setting(str, "", "USB vendor id, e.g. 0x04b8"),
        "product_id": Setting(str, "", "USB product id, e.g. 0x0202"),
        "path": Setting(str, "", "folder or file for kind = pdf / file"),
        "profile": Setting(str, "TM-T20II", "python-escpos printer profile"),
    },
    "display": {
        "recent_calls": Setting(int, 6, "calls listed under the latest one", min=1, max=20),
        "highlight_s": Setting(int, 8, "seconds a new call is highlighted", min=1, max=60),
    },
    "voice": {
        "enabled": Setting(bool, True, "announce calls aloud"),
        "volume": Setting(float, 0.9, "announcement volume 0.0-1.0", min=0.0, max=1.0),
        "languages": Setting(list, [], "languages to announce in (empty: the hall's)"),
        "chime": Setting(bool, True, "play a chime before each announcement"),
    },
    "keypad": {
        "rating_timeout_s": Setting(int, 30, "seconds to wait for a rating", min=5, max=600),
        "thanks_s": Setting(int, 4, "seconds the thank-you screen stays", min=1, max=60),
    },
    "hub": {
        "db": Setting(str, "", "hall database (empty: in the user data folder)"),
        "host": Setting(str, "127.0.0.1", "address to listen on (0.0.0.0 for the LAN)"),
        "port": Setting(int, 8470, "port to listen on", min=1, max=65535),
        "backup_dir": Setting(str, "", "nightly backups (empty: next to the database)"),
        "backup_keep_days": Setting(int, 14, "days of nightly backups kept", min=1, max=3650),
        "backup_time": Setting(str, "01:30", "when the nightly backup runs (HH:MM)"),
    },
    "sync": {
        "dsn": Setting(str, "", "head office database, e.g. postgresql://user@host/db"),
        "time": Setting(str, "02:00", "when the nightly sync runs (HH:MM)"),
        "enabled": Setting(bool, False, "sync with head office every night"),
        "retry_minutes": Setting(list, [1, 5, 15, 60], "waits between retries"),
    },
    "log": {
        "dir": Setting(str, "", "log folder (empty: in the user data folder)"),
        "level": Setting(str, "INFO", "how much to log", ("DEBUG", "INFO", "WARNING", "ERROR")),
        "keep_files": Setting(int, 7, "rotated log files kept", min=1, max=100),
    },
}

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class SettingsError(Exception):
    """A settings file that cannot be used; `problems` lists each one in plain words."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Settings:
    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    path: Path | None = None

    def __getattr__(self, section: str) -> Any:
        if section in ("values", "path") or section.startswith("__"):
            raise AttributeError(section)
        if section not in SCHEMA:
            raise AttributeError(f"no settings section {section!r}")
        return _Section(self.values.get(section, {}), section)

    def get(self, section: str, key: str) -> Any:
        return self.values[section][key]


class _Section:
    def __init__(self, values: dict[str, Any], name: str):
        self._values = values
        self._name = name

    def __getattr__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(f"no setting {self._name}.{key}") from None

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)


def default_path() -> Path:
    return user_config_dir() / "hallq.toml"


def defaults() -> Settings:
    return Settings({s: {k: v.default for k, v in keys.items()} for s, keys in SCHEMA.items()})


def _line_of(text: str, section: str, key: str | None) -> int:
    """The line a section or key is on, for messages (tomllib gives no positions)."""
    current = None
    for no, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        m = re.match(r"^\[\s*([^\]]+?)\s*\]", stripped)
        if m:
            current = m.group(1)
            if key is None and current == section:
                return no
            continue
        if key is not None and current == section and re.match(
                rf"^\"?{re.escape(key)}\"?\s*=", stripped):
            return no
    return 0


def _check_value(spec: Setting, value: Any) -> str | None:
    """None when fine, else what is allowed, in plain words."""
    if spec.type is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if spec.type is int and isinstance(value, bool) or not isinstance(value, spec.type):
        kind = {str: "text in quotes", int: "a whole number", float: "a number",
                bool: "true or false", list: "a list in [ ]"}[spec.type]
        return f"must be {kind}"
    if spec.choices and value not in spec.choices:
        return "must be one of: " + ", ".join(str(c) for c in spec.choices)
    if spec.min is not None and value < spec.min or spec.max is not None and value > spec.max:
        return f"must be between {spec.min:g} and {spec.max:g}"
    return None


def parse(text: str, path: Path | None = None) -> Settings:
    """Check a whole file; raise SettingsError listing every problem (never half a config)."""
    where = str(path) if path else "settings"
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError([f"{where}: not valid TOML: {exc}"]) from None
    problems: list[str] = []
    out = defaults()
    for section, keys in raw.items():
        if section not in SCHEMA:
            line = _line_of(text, section, None)
            close = _closest(section, SCHEMA)
            problems.append(f"{where}, line {line}: unknown section [{section}]"
                            + (f" (did you mean [{close}]?)" if close else "")
                            + ". Sections: " + ", ".join(SCHEMA))
            continue
        if not isinstance(keys, dict):
            problems.append(f"{where}, line {_line_of(text, section, None)}: "
                            f"{section} must be a [section]")
            continue
        for key, value in keys.items():
            line = _line_of(text, section, key)
            spec = SCHEMA[section].get(key)
            if spec is None:
                close = _closest(key, SCHEMA[section])
                problems.append(f"{where}, line {line}: unknown setting {section}.{key}"
                                + (f" (did you mean {close}?)" if close else "")
                                + ". Settings here: " + ", ".join(SCHEMA[section]))
                continue
            bad = _check_value(spec, value)
            if bad is None and isinstance(value, str) and key.endswith("time") and \
                    not _TIME.match(value):
                bad = "must be a time of day like 02:00"
            if bad:
                problems.append(f"{where}, line {line}: {section}.{key} = {value!r} {bad} "
                                f"({spec.help}).")
                continue
            out.values[section][key] = float(value) if spec.type is float else value
    if problems:
        raise SettingsError(problems)
    out.path = path
    return out


def _closest(word: str, options: Any) -> str | None:
    import difflib
    found = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return found[0] if found else None


def load(path: Path | str | None = None, required: bool = False) -> Settings:
    """The device's settings: defaults where the file is missing or silent."""
    p = Path(path) if path else default_path()
    if not p.exists():
        if required:
            raise SettingsError([f"{p}: no such settings file."])
        return defaults()
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError([f"{p}: cannot be read: {exc}"]) from None
    return parse(text, p)


def sample_text() -> str:
    """A settings file with every setting at its default, each explained."""
    lines = ["# hallq device settings. Every setting is optional; shown at its default.", ""]
    for section, keys in SCHEMA.items():
        lines.append(f"[{section}]")
        for key, spec in keys.items():
            value = spec.default
            shown = ("true" if value else "false") if isinstance(value, bool) else \
                f'"{value}"' if isinstance(value, str) else repr(value).replace("'", '"')
            lines.append(f"# {spec.help}")
            lines.append(f"# {key} = {shown}")
        lines.append("")
    return "\n".join(lines)
