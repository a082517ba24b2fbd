"""ui.refcount_fix: applied for exactly the PySide6 versions that lose references, and the
range agrees with what the installed PySide6 really does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from ui import refcount_fix

ROOT = Path(__file__).resolve().parents[2]
BEFORE_312 = sys.version_info < (3, 12) and sys.implementation.name == "cpython"


@pytest.mark.parametrize("version, bad", [
    ((6, 11, 3, "", ""), False),
    ((6, 12, 0, "", ""), True),
    ((6, 12, 1, "", ""), False),
    ((6, 13, 0, "", ""), False),
])
def test_applied_exactly_for_the_affected_pyside6_versions(monkeypatch, version, bad) -> None:
    monkeypatch.setattr(PySide6, "__version_info__", version)  # read at run time
    assert refcount_fix.needed() == (bad and BEFORE_312)
    assert refcount_fix.needed(python=(3, 11, 7)) == bad
    assert not refcount_fix.needed(python=(3, 12, 0))  # None is immortal there
    assert not refcount_fix.needed(python=(3, 11, 7), implementation="pypy")
    stand_in = object()  # for None: its count is raised, or left alone
    before = sys.getrefcount(stand_in)
    assert refcount_fix.immortalize_singletons((stand_in,)) == (bad and BEFORE_312)
    raised = sys.getrefcount(stand_in) - before >= refcount_fix._BOOST // 2
    assert raised == (bad and BEFORE_312)
    assert not refcount_fix.immortalize_singletons((stand_in,))  # once only


def test_the_range_matches_what_the_installed_pyside6_does() -> None:
    """Measured in a child process: an affected PySide6 without the work-around aborts."""
    code = ("import ui.refcount_fix as r; lost = r.references_lost_per_call(); "
            "print(r.needed(), max(lost.values()) > 0.5)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, (f"PySide6 {PySide6.__version__} aborted losing references "
                                 f"without the work-around: widen refcount_fix.AFFECTED\n"
                                 + out.stderr[-500:])
    applied, loses = out.stdout.split()
    assert applied == loses, (f"PySide6 {PySide6.__version__} on Python "
                              f"{sys.version.split()[0]}: work-around applied={applied}, "
                              f"loses references={loses}: fix refcount_fix.AFFECTED")
