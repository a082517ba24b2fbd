"""What the benchmarks share: a fresh sample hall, percentiles, waiting for a hub, the machine.

Each benchmark puts the repository on sys.path first, then imports from here.
"""

from __future__ import annotations

import math
import os
import platform
import socket
import time
from pathlib import Path

from hallq.domain import sample
from hallq.hall.clock import Clock
from hallq.hall.service import Hall


def sample_hall(path: Path, clock: Clock | None = None) -> Hall:
    """A new hall file with the sample hall's services, counters and staff."""
    return Hall.create(path, sample.HALL, sample.SERVICES, sample.COUNTERS, sample.STAFF, clock)


def pct(values: list[float], p: float) -> float:
    """The p-th percentile, nearest index (NaN for no values)."""
    if not values:
        return math.nan
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def wait_for_port(port: int, timeout_s: float = 20.0) -> None:
    """Until a hub started in another process listens on 127.0.0.1:port."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"the hub did not start on port {port}")


def machine() -> str:
    """This machine in one phrase, for the first line of a benchmark's output."""
    return (f"{platform.node()}, {platform.processor() or platform.machine()}, "
            f"{os.cpu_count()} cores, Python {platform.python_version()}")
