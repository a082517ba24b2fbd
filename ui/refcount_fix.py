"""Work-around: PySide6 6.12.0 on CPython before 3.12 drops a reference to None on each
Qt call that returns nothing, until Python aborts ("Fatal Python error: none_dealloc").

The upstream bug: every PySide6 method that returns void (QLabel.setText, QWidget.hide,
QTimer.stop, ...) hands Python a None it took no reference for, and every signal emit a
True. Measured on CPython 3.11.7: PySide6 6.12.0 loses one reference per call (a thousand
emits abort with "bool_dealloc"); 6.11.3 loses none. On 3.12+ None, True and False are
immortal, so nothing happens there. A display calls setText twice a second and would die
within the hour. No PYSIDE-nnnn report of it was found in the bug reports searched; other
projects pin "PySide6!=6.12.0" for the same abort. A possible cause (not confirmed) is the
one of CPython gh-134989: Py_RETURN_NONE / Py_RETURN_TRUE in the limited C API (PySide6's
abi3 wheels) built with headers that treat None and True as immortal.

Version range: PySide6 >= 6.12.0 and < 6.12.1 (only 6.12.0 is known bad; it is also the
newest release while this is written). tests/ui/test_refcount_fix.py measures the loss of
the installed PySide6 and fails when it disagrees with `AFFECTED`: with a newer PySide6
that still loses references, widen the range.

The fix: give None, True and False a huge reference count, as good as immortal, the way
Python 3.12 does. Remove it when PySide6 6.12.0 is no longer allowed.
"""

from __future__ import annotations

import ctypes
import gc
import sys

import PySide6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

AFFECTED = ((6, 12, 0), (6, 12, 1))  # [first bad, first good): PySide6.__version_info__[:3]
_BOOST = 1 << 48


def needed(pyside: tuple | None = None, python: tuple | None = None,
           implementation: str | None = None) -> bool:
    """True for a PySide6 in AFFECTED running on CPython before 3.12 (by default the ones
    running now, read at each call)."""
    pyside = PySide6.__version_info__ if pyside is None else pyside
    python = tuple(sys.version_info) if python is None else python
    implementation = sys.implementation.name if implementation is None else implementation
    first_bad, first_good = AFFECTED
    version = tuple(int(p) for p in pyside[:3])
    return implementation == "cpython" and tuple(python[:2]) < (3, 12) and \
        first_bad <= version < first_good


def immortalize_singletons(objects: tuple = (None, True, False)) -> bool:
    """Idempotent; True if counts were raised (only where `needed()`)."""
    if not needed():
        return False
    raised = False
    for obj in objects:
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _BOOST // 2:
            count.value += _BOOST
            raised = True
    return raised


class _Pinger(QObject):
    ping = Signal()


def references_lost_per_call(calls: int = 200) -> dict[str, float]:
    """References one PySide6 call takes away: from None per void call (QLabel.setText),
    from True per signal emit; 0.0 each for a sound PySide6, and always on Python 3.12+.
    Without the work-around a few thousand calls abort the process: measure in a child
    process. Needs a QApplication; makes one if there is none."""
    app = QApplication.instance() or QApplication([])  # noqa: F841 - widgets need it
    label, pinger = QLabel(), _Pinger()
    lost = {}
    for name, obj, call in (("None", None, lambda: label.setText("x")),
                            ("True", True, pinger.ping.emit)):
        call()
        gc.collect()
        before = sys.getrefcount(obj)
        for _ in range(calls):
            call()
        gc.collect()
        lost[name] = (before - sys.getrefcount(obj)) / calls
    label.deleteLater()
    pinger.deleteLater()
    return lost
