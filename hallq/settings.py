"""Device settings: one TOML file per device, every setting declared once with type and default."""

from __future__ import annotations

import builtins
import difflib
import logging
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hallq.domain import LANGUAGES
from hallq.paths import user_config_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    type: builtins.type  # (the field named `type` hides the builtin inside this class)
    default: Any
    help: str
    choices: tuple | None = None  # for a list: the values each item may take
    min: float | None = None
    max: float | None = None
    item: builtins.type | None = None  # for a list: the type of each item
    pattern: tuple[str, str] | None = None  # (regex a text must match, what it looks like)


_TIME_OF_DAY = (r"([01]\d|2[0-3]):[0-5]\d", "a time of day like 02:00")


# Every setting hallq reads, by section. A role reads only its own sections.
SCHEMA: dict[str, dict[str, Setting]] = {
    "device": {
        "hub": Setting(str, "http://127.0.0.1:8470", "the hub's URL",
                       pattern=(r"https?://[^\s/]+(:\d+)?/?", "an address like "
                                "http://192.168.1.10:8470")),
        "token": Setting(str, "", "this device's token from `hallq device add`"),
        "counter": Setting(int, 0, "the counter this device belongs to (0: none)", min=0, max=99),
        "language": Setting(str, "vi", "interface language", LANGUAGES),
        "fullscreen": Setting(bool, True, "open the window full screen"),
    },
    "kiosk": {
        "idle_timeout_s": Setting(int, 45, "seconds before the kiosk returns to its default "
                                  "language and start screen", min=5, max=3600),
        "result_s": Setting(int, 12, "seconds the issued number stays on screen", min=2,
                            max=120),
        "languages": Setting(list, list(LANGUAGES), "language buttons shown", LANGUAGES,
                             item=str),
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
        "languages": Setting(list, [], "languages to announce in (empty: the hall's)",
                             ("vi", "zh", "en", "zh_CN", "zh_TW"), item=str),
        "chime": Setting(bool, True, "play a chime before each announcement"),
    },
    "keypad": {
        "rating_timeout_s": Setting(int, 30, "seconds to wait for a rating", min=5, max=600),
        "thanks_s": Setting(int, 4, "seconds the thank-you screen stays", min=1, max=60),
        "photo_dir": Setting(str, "", "folder of staff photos named by staff code, e.g. "
                             "NV01.jpg (empty: initials instead of photos)"),
    },
    "hub": {
        "db": Setting(str, "", "hall database (empty: in the user data folder)"),
        "host": Setting(str, "127.0.0.1", "address to listen on (0.0.0.0 for the LAN)"),
        "port": Setting(int, 8470, "port to listen on", min=1, max=65535),
        "backup_dir": Setting(str, "", "nightly backups (empty: next to the database)"),
        "backup_keep_days": Setting(int, 14, "days of nightly backups kept", min=1, max=3650),
        "backup_time": Setting(str, "01:30", "when the nightly backup runs (HH:MM)",
                               pattern=_TIME_OF_DAY),
    },
    "sync": {
        "dsn": Setting(str, "", "head office database, e.g. postgresql://user@host/db"),
        "time": Setting(str, "02:00", "when the nightly sync runs (HH:MM)",
                        pattern=_TIME_OF_DAY),
        "enabled": Setting(bool, False, "sync with head office every night"),
        "retry_minutes": Setting(list, [1, 5, 15, 60], "waits between retries", item=int,
                                 min=0, max=1440),
    },
    "log": {
        "dir": Setting(str, "", "log folder (empty: in the user data folder)"),
        "level": Setting(str, "INFO", "how much to log", ("DEBUG", "INFO", "WARNING", "ERROR")),
        "keep_files": Setting(int, 7, "rotated log files kept", min=1, max=100),
    },
}


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
    """The line a section or key is on, for messages (tomllib gives no positions); 0: unknown."""
    current = None
    for no, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        m = re.match(r"^\[\s*([^\]]+?)\s*\]", stripped)
        if m:
            current = m.group(1).strip('"')
            if key is None and current == section:
                return no
            continue
        if key is not None and current == section and re.match(
                rf"^[\"']?{re.escape(key)}[\"']?\s*=", stripped):
            return no
        if key is not None and current is None and section == "" and re.match(
                rf"^[\"']?{re.escape(key)}[\"']?\s*=", stripped):
            return no
    return 0


def _at(where: str, line: int) -> str:
    return f"{where}, line {line}" if line else where


def _shown(value: Any) -> str:
    """A value as it is written in the file (TOML), not as Python prints it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{...}"
    return str(value)


_KINDS = {str: "text in quotes", int: "a whole number", float: "a number",
          bool: "true or false", list: "a list in [ ]"}
_ITEM_KINDS = {str: "texts in quotes", int: "whole numbers", float: "numbers",
               bool: "true/false values"}


def _wrong_type(want: type, value: Any) -> bool:
    if want is float:
        return isinstance(value, bool) or not isinstance(value, int | float)
    if want is int:
        return isinstance(value, bool) or not isinstance(value, int)
    return not isinstance(value, want)


def _check_value(spec: Setting, value: Any) -> str | None:
    """None when fine, else what is allowed, in plain words."""
    if _wrong_type(spec.type, value):
        return f"must be {_KINDS[spec.type]}"
    items = value if spec.type is list else [value]
    if spec.type is list and spec.item is not None:
        bad = [v for v in items if _wrong_type(spec.item, v)]
        if bad:
            return f"must be a list of {_ITEM_KINDS[spec.item]} (not {_shown(bad[0])})"
    if spec.choices:
        bad = [v for v in items if v not in spec.choices]
        if bad:
            allowed = ", ".join(_shown(c) for c in spec.choices)
            return (f"has {_shown(bad[0])}; each item must be one of: {allowed}"
                    if spec.type is list else f"must be one of: {allowed}")
    numbers = [v for v in items if isinstance(v, int | float) and not isinstance(v, bool)]
    for v in numbers:
        if v != v or v in (float("inf"), float("-inf")):  # nan passes every range check
            return f"must be {_KINDS[spec.type]}, not {_shown(v)}"
        if spec.min is not None and v < spec.min or spec.max is not None and v > spec.max:
            return f"must be between {spec.min:g} and {spec.max:g}"
    if spec.pattern and isinstance(value, str) and not re.fullmatch(spec.pattern[0], value):
        return f"must be {spec.pattern[1]}"
    return None


def _toml_error(where: str, exc: tomllib.TOMLDecodeError) -> str:
    """tomllib's message, led by the line it names, in the same form as every other problem."""
    msg = str(exc)
    m = re.search(r"\s*\(at line (\d+), column \d+\)$", msg)
    if m:
        return f"{where}, line {m.group(1)}: this line is not valid TOML " \
            f"({msg[:m.start()]}). Text values need \"quotes\"; lists [ ]."
    return f"{where}: not valid TOML ({msg})."


def _where_else(key: str) -> str | None:
    """The section a setting written outside any section belongs in, if only one has it."""
    homes = [section for section, keys in SCHEMA.items() if key in keys]
    return homes[0] if len(homes) == 1 else None


def parse(text: str, path: Path | None = None) -> Settings:
    """Check a whole file; raise SettingsError listing every problem (never half a config)."""
    where = str(path) if path else "settings"
    text = text.removeprefix("\ufeff")  # Windows Notepad writes a BOM
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError([_toml_error(where, exc)]) from None
    problems: list[str] = []
    out = defaults()
    for section, keys in raw.items():
        if section not in SCHEMA and not isinstance(keys, dict):
            home = _where_else(section)
            problems.append(f"{_at(where, _line_of(text, '', section))}: {section} is not "
                            "under a [section] heading"
                            + (f"; put it under [{home}]." if home else
                               ". Sections: " + ", ".join(SCHEMA)))
            continue
        if section not in SCHEMA:
            line = _line_of(text, section, None)
            close = _closest(section, SCHEMA)
            problems.append(f"{_at(where, line)}: unknown section [{section}]"
                            + (f" (did you mean [{close}]?)" if close else "")
                            + ". Sections: " + ", ".join(SCHEMA))
            continue
        if not isinstance(keys, dict):
            problems.append(f"{_at(where, _line_of(text, '', section))}: "
                            f"{section} must be a [section]")
            continue
        for key, value in keys.items():
            line = _line_of(text, section, key)
            spec = SCHEMA[section].get(key)
            if spec is None:
                close = _closest(key, SCHEMA[section])
                home = _where_else(key)
                hint = (f" (it belongs under [{home}])" if home else
                        f" (did you mean {close}?)" if close else "")
                problems.append(f"{_at(where, line)}: unknown setting {section}.{key}{hint}. "
                                "Settings here: " + ", ".join(SCHEMA[section]))
                continue
            bad = _check_value(spec, value)
            if bad:
                problems.append(f"{_at(where, line)}: {section}.{key} = {_shown(value)} {bad} "
                                f"({spec.help}).")
                continue
            out.values[section][key] = float(value) if spec.type is float else value
    if problems:
        raise SettingsError(problems)
    out.path = path
    return out


def _closest(word: str, options: Any) -> str | None:
    found = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return found[0] if found else None


def load(path: Path | str | None = None, required: bool = False) -> Settings:
    """The device's settings: defaults where the file is missing or silent."""
    p = Path(path) if path else default_path()
    if not p.exists():
        if required:
            raise SettingsError([f"{p}: no such settings file. Write one with: "
                                 f"hallq config sample > {p}"])
        return defaults()
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SettingsError([f"{p}: cannot be read: save it as UTF-8 text."]) from None
    except OSError as exc:
        raise SettingsError([f"{p}: cannot be read: {exc.strerror or exc}."]) from None
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


def section_or_defaults(section: str, consequence: str) -> dict[str, Any]:
    """This PC's [section] settings; its defaults when the settings file has problems (a
    hub must still start), with a warning that says `consequence`."""
    try:
        conf: dict[str, Any] = getattr(load(), section).as_dict()
    except SettingsError as exc:
        log.warning("settings file has problems, %s: %s", consequence, exc)
        conf = getattr(defaults(), section).as_dict()
    return conf
