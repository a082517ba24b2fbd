"""Device settings: one TOML file per device, every setting declared once with type, default
and range (the pydantic models of hallq.settings_schema); every problem named by its line."""

from __future__ import annotations

import difflib
import logging
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from hallq.paths import user_config_dir
from hallq.settings_schema import SCHEMA, SettingsFile

log = logging.getLogger(__name__)


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
    return Settings(SettingsFile().model_dump())


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


def _base(annotation: Any) -> type:
    """The Python type a TOML value must have: int for an int, str for a Literal of texts,
    list for a list (whatever its items)."""
    origin = get_origin(annotation)
    if origin is Literal:
        return type(get_args(annotation)[0])
    if origin is Annotated:
        return _base(get_args(annotation)[0])
    return origin or annotation


def _item(annotation: Any) -> Any:
    """The type of a list's items; the annotation itself for anything else."""
    return get_args(annotation)[0] if _base(annotation) is list else annotation


def _choices(annotation: Any) -> tuple[Any, ...]:
    item = _item(annotation)
    if get_origin(item) is Annotated:
        item = get_args(item)[0]
    return get_args(item) if get_origin(item) is Literal else ()


def _limits(spec: FieldInfo) -> tuple[float, float]:
    """A number's (or each listed number's) declared range, from ge= and le=."""
    metadata = list(spec.metadata)
    item = _item(spec.annotation)
    if get_origin(item) is Annotated:
        metadata += [m for info in get_args(item)[1:] if isinstance(info, FieldInfo)
                     for m in info.metadata]
    ge = next(m.ge for m in metadata if hasattr(m, "ge"))
    le = next(m.le for m in metadata if hasattr(m, "le"))
    return ge, le


def _wrong_type(error: ErrorDetails, want: type) -> bool:
    """Whether pydantic refused the value for its type (a Literal refuses both a wrong type
    and a wrong choice; only the first is a type error)."""
    return error["type"].endswith("_type") or (
        error["type"] == "literal_error" and not isinstance(error["input"], want))


def _allowed(spec: FieldInfo, errors: Sequence[ErrorDetails]) -> str:
    """What is allowed, in plain words, for pydantic's errors about one setting (of a list:
    a wrong type before a wrong choice before a wrong number, the first item first)."""
    kind = _base(spec.annotation)
    item_kind = _base(_item(spec.annotation))

    def rank(e: ErrorDetails) -> tuple[int, int]:
        at = e["loc"][2] if len(e["loc"]) > 2 else -1
        want = item_kind if len(e["loc"]) > 2 else kind
        return (0 if _wrong_type(e, want) else 1 if e["type"] == "literal_error" else 2,
                at if isinstance(at, int) else -1)

    error = min(errors, key=rank)
    in_list, value = len(error["loc"]) > 2, error["input"]
    if _wrong_type(error, item_kind if in_list else kind):
        return (f"must be a list of {_ITEM_KINDS[item_kind]} (not {_shown(value)})"
                if in_list else f"must be {_KINDS[kind]}")
    if error["type"] == "literal_error":
        allowed = ", ".join(_shown(c) for c in _choices(spec.annotation))
        return (f"has {_shown(value)}; each item must be one of: {allowed}"
                if in_list else f"must be one of: {allowed}")
    if error["type"] == "finite_number":  # nan passes every range check
        return f"must be {_KINDS[kind]}, not {_shown(value)}"
    if error["type"] in ("greater_than_equal", "less_than_equal"):
        low, high = _limits(spec)
        return f"must be between {low:g} and {high:g}"
    extra = spec.json_schema_extra
    if error["type"] == "string_pattern_mismatch" and isinstance(extra, dict):
        return f"must be {extra['looks_like']}"
    return f"is refused: {error['msg']}"


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
    homes = [section for section, model in SCHEMA.items() if key in model.model_fields]
    return homes[0] if len(homes) == 1 else None


def parse(text: str, path: Path | None = None) -> Settings:
    """Check a whole file; raise SettingsError listing every problem (never half a config)."""
    where = str(path) if path else "settings"
    text = text.removeprefix("\ufeff")  # Windows Notepad writes a BOM
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError([_toml_error(where, exc)]) from None
    try:
        checked: SettingsFile | None = SettingsFile.model_validate(raw)
        errors: list[ErrorDetails] = []
    except ValidationError as exc:
        checked, errors = None, exc.errors()
    by_key: dict[tuple[str, str], list[ErrorDetails]] = {}
    for e in errors:
        if len(e["loc"]) >= 2:
            by_key.setdefault((str(e["loc"][0]), str(e["loc"][1])), []).append(e)
    problems: list[str] = []
    for section, keys in raw.items():  # in the file's order
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
        known = SCHEMA[section].model_fields
        for key, value in keys.items():
            wrong = by_key.get((section, key))
            if not wrong:
                continue
            line = _line_of(text, section, key)
            if key not in known:
                close = _closest(key, known)
                home = _where_else(key)
                hint = (f" (it belongs under [{home}])" if home else
                        f" (did you mean {close}?)" if close else "")
                problems.append(f"{_at(where, line)}: unknown setting {section}.{key}{hint}. "
                                "Settings here: " + ", ".join(known))
                continue
            problems.append(f"{_at(where, line)}: {section}.{key} = {_shown(value)} "
                            f"{_allowed(known[key], wrong)} ({known[key].description}).")
    if errors and not problems:  # (every refusal above has a sentence; this never loads)
        problems = [f"{where}: {e['msg']} at {'.'.join(map(str, e['loc']))}" for e in errors]
    if problems or checked is None:
        raise SettingsError(problems)
    return Settings(checked.model_dump(), path)


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
    for section, model in SCHEMA.items():
        lines.append(f"[{section}]")
        for key, spec in model.model_fields.items():
            value = spec.get_default(call_default_factory=True)
            shown = ("true" if value else "false") if isinstance(value, bool) else \
                f'"{value}"' if isinstance(value, str) else repr(value).replace("'", '"')
            lines.append(f"# {spec.description}")
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
