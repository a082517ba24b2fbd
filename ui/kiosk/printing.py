"""Prints kiosk tickets on a worker thread, one after another, so the screen never freezes."""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from hallq.tickets.escpos import escpos_bytes
from hallq.tickets.layout import TicketPrint, sample_ticket
from hallq.tickets.printers import PrinterError, print_ticket

log = logging.getLogger(__name__)


def _render_sample() -> None:
    try:
        escpos_bytes(sample_ticket(language="zh_CN"))
    except Exception:  # the real ticket will report it
        log.exception("ticket renderer warm-up failed")


class TicketPrinter(QObject):
    """submit(job, ticket) -> finished(job, code, detail): code "" when printed.

    A slow or dead printer (up to ~3 s for an offline network printer) only delays its
    own signal; tickets print in the order they were issued (one worker)."""

    finished = Signal(int, str, str)

    def __init__(self, config: dict[str, Any] | None, parent: QObject | None = None):
        super().__init__(parent)
        self.config = config
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hallq-print")

    def warm_up(self) -> None:
        """Load fonts and the ESC/POS profile once now, not for the first customer (~0.5 s)."""
        if self.enabled:
            self._pool.submit(_render_sample)

    @property
    def enabled(self) -> bool:
        return self.config is not None

    def submit(self, job: int, ticket: TicketPrint) -> None:
        future = self._pool.submit(self._print, ticket)
        future.add_done_callback(lambda f: self._done(job, f))

    def _print(self, ticket: TicketPrint) -> tuple[str, str]:
        try:
            return "", print_ticket(ticket, self.config)
        except PrinterError as e:
            return e.code, e.message
        except Exception as e:  # a bug in rendering must not take the kiosk down
            log.exception("printing %s failed", ticket.number)
            return "printer_error", f"{type(e).__name__}: {e}"

    def _done(self, job: int, future: Future) -> None:
        code, detail = future.result()
        # Emitted on the worker thread; Qt queues it to the window's thread.
        self.finished.emit(job, code, detail)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
