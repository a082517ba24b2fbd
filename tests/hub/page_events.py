"""Following a customer's page's event stream in a test: open it, then read to "changed"."""

from __future__ import annotations

import threading
import time

import httpx


class Changes:
    """Reads `url` (a page's /events) on a thread until "data: changed"; `lines` so far."""

    def __init__(self, url: str):
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._listen, args=(url,), daemon=True)
        self._reader.start()
        deadline = time.monotonic() + 5
        while not self.lines and time.monotonic() < deadline:  # until the stream is open
            time.sleep(0.02)

    def _listen(self, url: str) -> None:
        with httpx.stream("GET", url, timeout=10) as r:
            for line in r.iter_lines():
                self.lines.append(line)
                if line == "data: changed":
                    return

    def wait(self) -> list[str]:
        """The lines read, once "changed" came (or after 10 s)."""
        self._reader.join(10)
        return self.lines
