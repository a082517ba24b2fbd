"""The core (hallq/) imports without PySide6, and the import-linter contract holds."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import hallq

ROOT = Path(__file__).resolve().parent.parent

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


def test_every_core_module_imports_with_qt_blocked():
    out = subprocess.run([sys.executable, "-c", BLOCK_QT], cwd=ROOT, capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok")


def test_the_core_has_modules_to_check():
    names = {m.name for m in pkgutil.walk_packages(hallq.__path__, "hallq.")}
    assert {"hallq.domain.queue", "hallq.hall.service", "hallq.hub.app", "hallq.store.database"} <= names


def test_import_linter_contract():
    exe = shutil.which("lint-imports")
    if exe is None:
        import pytest
        pytest.skip("import-linter is not installed")
    out = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
