"""hallq.spec, cheaply: every role and command module goes into the bundle, resources are found."""

from __future__ import annotations

import ast
import shlex
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from hallq import paths
from hallq.commands import main as cli
from hallq.commands import roles

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "hallq.spec").read_text(encoding="utf-8")


def _spec_list(name: str) -> list[str] | set[str]:
    for node in ast.parse(SPEC).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == name:
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not in hallq.spec")


def test_every_role_is_a_hidden_import() -> None:
    listed = set(_spec_list("ROLES"))
    assert set(roles.ROLE_MODULES.values()) | {"ui.demo"} <= listed


def test_every_command_module_is_collected_from_the_hallq_folder() -> None:
    assert '_modules("hallq")' in SPEC and '_modules("ui")' in SPEC
    for name in cli.COMMAND_MODULES:
        assert (ROOT / (name.replace(".", "/") + ".py")).exists(), name


def test_resources_ship_and_are_found_inside_a_bundle(monkeypatch, tmp_path) -> None:
    assert '(str(ROOT / "resources"), "resources")' in SPEC
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_voice_keeps_the_qt_libraries_its_plugin_needs() -> None:
    """Qt Multimedia's FFmpeg plugin links Qt Quick and Qml: dropping them silences calls."""
    unused = _spec_list("QT_LIBS_UNUSED")
    assert "Quick" not in unused and "Qml" not in unused
    assert "multimedia" in _spec_list("QT_PLUGINS_KEPT")


def test_the_service_recipes_run_real_commands() -> None:
    """The systemd unit and the Task Scheduler recipe call hallq with arguments it accepts."""
    unit = (ROOT / "packaging" / "hallq-hub.service").read_text(encoding="utf-8")
    commands = [line.split("=", 1)[1] for line in unit.splitlines()
                if line.startswith(("ExecStart=", "ExecStartPre="))]
    task = ET.parse(ROOT / "packaging" / "hallq-hub-task.xml").getroot()
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    commands.append("hallq " + task.find(".//t:Exec/t:Arguments", ns).text)
    assert len(commands) == 3
    for command in commands:
        args = cli.build_parser().parse_args(shlex.split(command, posix=True)[1:])
        assert args.func
