"""What the window benchmarks share: waiting for a condition while Qt runs its events."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def wait_until(cond: Callable[[], object], timeout_s: float = 10.0) -> None:
    """Run the Qt event loop (1 ms at a time) until cond() holds."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    while not cond():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step timed out")
        QTimer.singleShot(1, loop.quit)
        loop.exec()
