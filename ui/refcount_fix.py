"""Work-around: PySide6 6.12.0 on Python 3.11 drops references to None and True on each call."""

from __future__ import annotations

import ctypes
import sys

# PySide6 6.12.0 returns None from void methods without a new reference (harmless on 3.12+,
# where None is immortal). On 3.11 each call to e.g. QLabel.setText lowers None's count by
# one; after a few thousand calls (a display's clock ticks twice a second) the process dies
# with "Fatal Python error: none_dealloc". Giving None, True and False a huge count makes
# them as good as immortal, as Python 3.12 does. Remove once PySide6 is fixed or 3.12 used.
_BOOST = 1 << 48


def immortalize_singletons() -> bool:
    """Idempotent; True if counts were raised (CPython < 3.12 only)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    raised = False
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _BOOST // 2:
            count.value += _BOOST
            raised = True
    return raised
