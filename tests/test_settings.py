"""The device settings file: every problem reported with file, line and what is allowed."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from hallq import settings
from hallq.commands.main import main


def write(tmp_path: Path, text: str, name: str = "hallq.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def problems(text: str) -> list[str]:
    with pytest.raises(settings.SettingsError) as exc:
        settings.parse(text, Path("/etc/hallq.toml"))
    return exc.value.problems


# The declaration before it was pydantic: (default, min, max) of every setting, by section.
# The models must keep each default and range exactly.
OLD_DECLARATION: dict[str, dict[str, tuple]] = {
    "device": {"hub": ("http://127.0.0.1:8470", None, None), "token": ("", None, None),
               "counter": (0, 0, 99), "language": ("vi", None, None),
               "fullscreen": (True, None, None)},
    "kiosk": {"idle_timeout_s": (45, 5, 3600), "result_s": (12, 2, 120),
              "languages": (["vi", "zh_CN", "zh_TW", "en"], None, None),
              "supervisor_pin_exit": (True, None, None)},
    "printer": {"kind": ("none", None, None), "host": ("", None, None),
                "port": (9100, 1, 65535), "device": ("", None, None),
                "baudrate": (38400, 1200, 921600), "vendor_id": ("", None, None),
                "product_id": ("", None, None), "path": ("", None, None),
                "profile": ("TM-T20II", None, None)},
    "display": {"recent_calls": (6, 1, 20), "highlight_s": (8, 1, 60)},
    "voice": {"enabled": (True, None, None), "volume": (0.9, 0.0, 1.0),
              "languages": ([], None, None), "chime": (True, None, None)},
    "keypad": {"rating_timeout_s": (30, 5, 600), "thanks_s": (4, 1, 60),
               "photo_dir": ("", None, None)},
    "hub": {"db": ("", None, None), "host": ("127.0.0.1", None, None),
            "port": (8470, 1, 65535), "backup_dir": ("", None, None),
            "backup_keep_days": (14, 1, 3650), "backup_time": ("01:30", None, None)},
    "sync": {"dsn": ("", None, None), "time": ("02:00", None, None),
             "enabled": (False, None, None), "retry_minutes": ([1, 5, 15, 60], 0, 1440),
             "window_minutes": (120, 0, 1440)},
    "central": {"dsn": ("", None, None), "report_work_mem_mb": (64, 4, 4096)},
    "log": {"dir": ("", None, None), "level": ("INFO", None, None),
            "keep_files": (7, 1, 100)},
}


def test_every_pydantic_field_has_the_default_and_range_it_had() -> None:
    assert list(settings.SCHEMA) == list(OLD_DECLARATION)
    s = settings.defaults()
    for section, model in settings.SCHEMA.items():
        assert model.model_config["extra"] == "forbid" and model.model_config["strict"]
        assert list(model.model_fields) == list(OLD_DECLARATION[section]), section
        for key, spec in model.model_fields.items():
            default, low, high = OLD_DECLARATION[section][key]
            assert spec.get_default(call_default_factory=True) == default, (section, key)
            assert type(s.get(section, key)) is type(default), (section, key)
            assert s.get(section, key) == default, (section, key)
            assert spec.description, (section, key)
            if low is not None:
                assert settings._limits(spec) == (low, high), (section, key)
        # the defaults pass their own model's checks
        assert model.model_validate(s.values[section]).model_dump() == s.values[section]
    assert s.kiosk.idle_timeout_s == 45
    with pytest.raises(AttributeError):
        _ = s.kiosk.no_such_setting


def test_defaults_are_fresh_each_time() -> None:
    """A window that changes its copy (tests do) does not change the next one's defaults."""
    a = settings.defaults()
    a.values["kiosk"]["languages"].append("xx")
    a.values["sync"]["retry_minutes"].clear()
    b = settings.defaults()
    assert b.kiosk.languages == ["vi", "zh_CN", "zh_TW", "en"]
    assert b.sync.retry_minutes == [1, 5, 15, 60]


# In each section: a value of the wrong type, and one out of its range.
WRONG = {
    "device": (("fullscreen", '"yes"', "must be true or false"),
               ("counter", "100", "must be between 0 and 99")),
    "kiosk": (("supervisor_pin_exit", "1", "must be true or false"),
              ("result_s", "121", "must be between 2 and 120")),
    "printer": (("host", "10", "must be text in quotes"),
                ("baudrate", "1199", "must be between 1200 and 921600")),
    "display": (("recent_calls", "6.0", "must be a whole number"),
                ("highlight_s", "0", "must be between 1 and 60")),
    "voice": (("chime", '"no"', "must be true or false"),
              ("volume", "-0.1", "must be between 0 and 1")),
    "keypad": (("photo_dir", "false", "must be text in quotes"),
               ("rating_timeout_s", "601", "must be between 5 and 600")),
    "hub": (("port", '"8470"', "must be a whole number"),
            ("backup_keep_days", "3651", "must be between 1 and 3650")),
    "sync": (("retry_minutes", "5", "must be a list in [ ]"),
             ("retry_minutes", "[1, 1441]", "must be between 0 and 1440")),
    "log": (("level", "3", "must be text in quotes"),
            ("keep_files", "101", "must be between 1 and 100")),
}


@pytest.mark.parametrize("section", list(WRONG))
@pytest.mark.parametrize("which", [0, 1], ids=["wrong type", "out of range"])
def test_a_wrong_value_in_each_section_is_refused_naming_line_and_key(
        tmp_path, monkeypatch, section, which) -> None:
    key, value, allowed = WRONG[section][which]
    good = ('[hub]\nport = 8471\nhost = "0.0.0.0"\n\n' if section != "hub" else
            '[log]\nkeep_files = 3\nlevel = "DEBUG"\n\n')
    p = write(tmp_path, f"{good}[{section}]\n# the one wrong value:\n{key} = {value}\n")
    with pytest.raises(settings.SettingsError) as exc:
        settings.load(p)
    [problem] = exc.value.problems
    assert problem.startswith(f"{p}, line 7: {section}.{key} = {value} {allowed}"), problem
    # nothing else is loaded: the good section's values are not taken either
    monkeypatch.setenv("HALLQ_CONFIG_DIR", str(tmp_path))
    assert settings.default_path() == p
    other = "hub" if section != "hub" else "log"
    assert settings.section_or_defaults(other, "defaults") == \
        getattr(settings.defaults(), other).as_dict()
    assert main(["config", "check", "--file", str(p)]) == 1


def test_the_sample_file_is_valid_and_uncommented_it_gives_the_defaults(tmp_path) -> None:
    text = settings.sample_text()
    assert settings.parse(text).values == settings.defaults().values
    # Every "# key = value" line, uncommented, is a valid setting at its default.
    live = "\n".join(line[2:] if re.match(r"^# [a-z_]+ = ", line) else line
                      for line in text.splitlines())
    assert settings.parse(live).values == settings.defaults().values


def test_a_good_file_overrides_only_what_it_says(tmp_path) -> None:
    p = write(tmp_path, '[device]\nhub = "http://192.168.1.10:8470"\ncounter = 3\n'
                        '[voice]\nvolume = 1\nlanguages = ["vi", "zh"]\n')
    s = settings.load(p)
    assert s.device.hub == "http://192.168.1.10:8470" and s.device.counter == 3
    assert s.voice.volume == 1.0 and isinstance(s.voice.volume, float)
    assert s.voice.languages == ["vi", "zh"]
    assert s.kiosk.idle_timeout_s == 45
    assert s.path == p


def test_a_typo_in_a_setting_names_the_line_and_the_likely_setting() -> None:
    [p] = problems('[kiosk]\nresult_s = 10\n\nidle_timout_s = 30\n')
    assert p.startswith("/etc/hallq.toml, line 4: unknown setting kiosk.idle_timout_s")
    assert "did you mean idle_timeout_s?" in p


def test_a_typo_in_a_section_names_the_line_and_the_likely_section() -> None:
    [p] = problems('# printer at the kiosk\n\n[printr]\nkind = "network"\n')
    assert p.startswith("/etc/hallq.toml, line 3: unknown section [printr]")
    assert "did you mean [printer]?" in p


def test_a_setting_in_the_wrong_section_says_where_it_belongs() -> None:
    [p] = problems('[kiosk]\nrating_timeout_s = 20\n')
    assert "line 2" in p and "it belongs under [keypad]" in p
    [p] = problems('language = "zh_CN"\n[device]\ncounter = 2\n')
    assert "line 1" in p and "put it under [device]" in p


@pytest.mark.parametrize(("text", "line", "allowed"), [
    ('[kiosk]\nidle_timeout_s = "soon"\n', 2, "must be a whole number"),
    ('[kiosk]\nidle_timeout_s = 30.5\n', 2, "must be a whole number"),
    ('[device]\nfullscreen = "yes"\n', 2, "must be true or false"),
    ('[device]\ncounter = true\n', 2, "must be a whole number"),
    ('[voice]\nvolume = "loud"\n', 2, "must be a number"),
    ('[voice]\nvolume = 3\n', 2, "must be between 0 and 1"),
    ('[kiosk]\nidle_timeout_s = 1\n', 2, "must be between 5 and 3600"),
    ('[device]\nlanguage = "fr"\n', 2, 'must be one of: "vi", "zh_CN", "zh_TW", "en"'),
    ('[kiosk]\nlanguages = "vi"\n', 2, "must be a list in [ ]"),
    ('[kiosk]\nlanguages = ["vi", "th"]\n', 2, 'has "th"; each item must be one of'),
    ('[sync]\nretry_minutes = [1, "5"]\n', 2, "must be a list of whole numbers"),
    ('[hub]\n\nbackup_time = "1:30am"\n', 3, "must be a time of day like 02:00"),
    ('[device]\nhub = "192.168.1.10"\n', 2, "must be an address like http://"),
    ('[printer]\nkind = "laser"\n', 2, 'must be one of: "none", "network"'),
])
def test_a_wrong_value_names_the_line_and_what_is_allowed(text, line, allowed) -> None:
    [p] = problems(text)
    assert p.startswith(f"/etc/hallq.toml, line {line}: "), p
    assert allowed in p, p


def test_every_problem_is_reported_at_once() -> None:
    found = problems('[device]\ncounter = "3"\nlanguag = "vi"\n[kiosk]\nresult_s = 0\n'
                     '[sound]\non = true\n')
    assert [p.split(":")[0] for p in found] == [
        "/etc/hallq.toml, line 2", "/etc/hallq.toml, line 3", "/etc/hallq.toml, line 5",
        "/etc/hallq.toml, line 6"]


def test_a_broken_file_names_its_line_in_plain_words() -> None:
    [p] = problems('[device]\ncounter = 3\nhub = http://10.0.0.2:8470\n')
    assert p.startswith("/etc/hallq.toml, line 3: this line is not valid TOML")
    assert 'need "quotes"' in p


def test_a_windows_notepad_file_with_a_bom_is_read(tmp_path) -> None:
    p = tmp_path / "hallq.toml"
    p.write_bytes('\ufeff[device]\nlanguage = "zh_TW"\n'.encode())
    assert settings.load(p).device.language == "zh_TW"


def test_a_file_that_is_not_text_says_so(tmp_path) -> None:
    p = tmp_path / "hallq.toml"
    p.write_bytes(b"[device]\nlanguage = \"\xff\xfe\"\n")
    with pytest.raises(settings.SettingsError) as exc:
        settings.load(p)
    assert "UTF-8" in exc.value.problems[0]


def test_a_missing_file_means_defaults_unless_it_is_required(tmp_path) -> None:
    missing = tmp_path / "nope.toml"
    assert settings.load(missing).values == settings.defaults().values
    with pytest.raises(settings.SettingsError) as exc:
        settings.load(missing, required=True)
    assert str(missing) in exc.value.problems[0] and "hallq config sample" in \
        exc.value.problems[0]


def test_the_default_file_follows_the_platform_convention(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("HALLQ_CONFIG_DIR", str(tmp_path / "conf"))
    assert settings.default_path() == tmp_path / "conf" / "hallq.toml"
    monkeypatch.delenv("HALLQ_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    if settings.default_path().is_relative_to(tmp_path):  # Linux; %APPDATA% on Windows
        assert settings.default_path() == tmp_path / "xdg" / "hallq" / "hallq.toml"


def test_config_check_reports_and_refuses(tmp_path, capsys) -> None:
    bad = write(tmp_path, '[kiosk]\nidle_timeout_s = "soon"\n[printr]\n')
    assert main(["config", "check", "--file", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}, line 2: kiosk.idle_timeout_s" in out
    assert f"{bad}, line 3: unknown section [printr]" in out
    assert "2 problem(s); nothing was started with this file." in out

    assert main(["config", "check", "--file", str(tmp_path / "missing.toml")]) == 1
    assert "no such settings file" in capsys.readouterr().out
    # The hub's service checks its file before starting; no file at all means defaults.
    assert main(["config", "check", "--file", str(tmp_path / "missing.toml"),
                 "--missing-ok"]) == 0
    assert main(["config", "check", "--file", str(bad), "--missing-ok"]) == 1

    good = write(tmp_path, '[device]\ncounter = 2\n', "good.toml")
    assert main(["config", "check", "--file", str(good)]) == 0
    assert "OK" in capsys.readouterr().out


def test_config_show_and_sample(tmp_path, capsys) -> None:
    good = write(tmp_path, '[device]\ncounter = 2\n')
    assert main(["config", "show", "--file", str(good)]) == 0
    out = capsys.readouterr().out
    assert "[device]" in out and "counter = 2" in out
    assert main(["config", "sample"]) == 0
    assert "# idle_timeout_s = 45" in capsys.readouterr().out


def test_a_role_never_starts_with_half_a_configuration(tmp_path, capsys) -> None:
    """ui.app.load_settings: a bad file stops the role before any window opens."""
    pytest.importorskip("PySide6")
    from ui.app import load_settings

    bad = write(tmp_path, '[device]\ncounter = 2\nlanguage = "klingon"\n')
    with pytest.raises(SystemExit) as exc:
        load_settings(argparse.Namespace(config=str(bad), hub=None, token="t", counter=None,
                                         lang=None, windowed=True))
    assert exc.value.code == 2
    assert "line 3" in capsys.readouterr().err
