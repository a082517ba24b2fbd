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


def test_defaults_cover_every_setting_and_pass_their_own_checks() -> None:
    s = settings.defaults()
    for section, keys in settings.SCHEMA.items():
        for key, spec in keys.items():
            assert s.get(section, key) == spec.default
            assert settings._check_value(spec, spec.default) is None, (section, key)
    assert s.kiosk.idle_timeout_s == 45
    with pytest.raises(AttributeError):
        _ = s.kiosk.no_such_setting


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
