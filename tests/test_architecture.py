"""The rooms hold: the core imports without Qt, the import contracts and types pass, no
module hides an import of the project inside a function, and no module outgrows 450 lines."""

from __future__ import annotations

import ast
import pkgutil
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import hallq

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 450
# Where the project imports its own modules inside functions on purpose: the CLI loads a
# verb's heavy modules (Qt, FastAPI, reportlab, psycopg) only when that verb runs, and the
# demo launcher loads each role's window by name.
LAZY_ALLOWED = ("hallq/commands/", "ui/demo.py")
# What a window may import of the core (ui/demo.py, the launcher, composes a hub as well).
UI_MAY_IMPORT = ("hallq.domain", "hallq.wire", "hallq.settings", "hallq.paths",
                 "hallq.tickets", "hallq.voice")

BLOCK_QT = """
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError("Qt is not allowed in the core: " + name)
sys.meta_path.insert(0, Block())
import hallq
for m in pkgutil.walk_packages(hallq.__path__, "hallq."):
    if not m.name.endswith("__main__"):
        importlib.import_module(m.name)
print("ok", len(sys.modules))
"""


def sources() -> list[Path]:
    return sorted(p for root in ("hallq", "ui") for p in (ROOT / root).rglob("*.py"))


def project_imports(tree: ast.AST) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in ("hallq", "ui"):
            out += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out += [(node.lineno, node.module)]
        elif isinstance(node, ast.ImportFrom):
            out += [(node.lineno, "." * node.level + (node.module or ""))]
        elif isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
    return [(n, m) for n, m in out if m.split(".")[0] in ("hallq", "ui", "")]


def test_every_core_module_imports_with_qt_blocked() -> None:
    out = subprocess.run([sys.executable, "-c", BLOCK_QT], cwd=ROOT, capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok")


def test_the_core_has_its_rooms() -> None:
    names = {m.name for m in pkgutil.walk_packages(hallq.__path__, "hallq.")}
    rooms = {"hallq.domain", "hallq.wire", "hallq.hall", "hallq.store", "hallq.hub",
             "hallq.hub.routes", "hallq.tickets", "hallq.report", "hallq.sync",
             "hallq.commands", "hallq.simulation"}
    assert rooms <= names


def test_every_core_room_is_a_layer_of_the_contract() -> None:
    """A new subpackage of hallq must be given its place in the layers contract."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers")
    named = {part.strip() for layer in layers for part in layer.split("|")}
    packages = {f"hallq.{p.name}" for p in (ROOT / "hallq").iterdir()
                if (p / "__init__.py").exists()}
    assert packages <= named, packages - named


def test_import_contracts_hold() -> None:
    exe = shutil.which("lint-imports")
    assert exe is not None, "import-linter is installed by the README's test command"
    out = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_clean() -> None:
    """The project's lint rules ([tool.ruff] in pyproject) hold over every file."""
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_types_check() -> None:
    """mypy over hallq and ui/client.py (strict on domain, wire and hall: see pyproject)."""
    out = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_no_project_import_hides_inside_a_function() -> None:
    """An import inside a function is how a cycle hides; the layers contract cannot see it."""
    hidden = []
    for path in sources():
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(LAZY_ALLOWED):
            continue
        tree = ast.parse(path.read_text(), str(path))
        for fn in ast.walk(tree):
            if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                hidden += [f"{rel}:{n} {m}" for n, m in project_imports(fn)]
    assert not sorted(set(hidden))


def test_windows_import_only_what_they_may() -> None:
    wrong = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel == "ui/demo.py":
            continue
        for n, m in project_imports(ast.parse(path.read_text())):
            if m.startswith("hallq") and not any(m == a or m.startswith(a + ".")
                                                 for a in UI_MAY_IMPORT):
                wrong.append(f"{rel}:{n} {m}")
    assert not wrong


def test_no_module_outgrows_its_room() -> None:
    long = [f"{p.relative_to(ROOT)}: {n}" for p in sources()
            if (n := len(p.read_text().splitlines())) > MAX_LINES]
    assert not long
