"""Prints a case receipt on the counter's [printer] (ESC/POS), or writes its PDF; the same
printer kinds and faults as tickets (hallq.tickets.printers)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from hallq.tickets import printers
from hallq.tickets.case_receipt import CaseReceipt
from hallq.tickets.case_receipt_escpos import receipt_escpos
from hallq.tickets.case_receipt_pdf import case_receipt_pdf
from hallq.tickets.printers import PrinterError, save_pdf


def write_receipt_pdf(r: CaseReceipt, path: str | Path) -> Path:
    """Write the receipt PDF to a file, or into a folder as <number>.pdf."""
    return save_pdf(lambda: case_receipt_pdf(r), path, f"{r.number}.pdf")


def print_receipt(r: CaseReceipt, config: dict[str, Any] | None) -> str:
    """Print the receipt; one line saying what was done. Raises PrinterError."""
    config = dict(config or {"kind": "none"})
    kind = config.get("kind")
    if kind not in printers.KINDS:
        raise PrinterError("unknown_printer", f"unknown printer kind {kind!r}")
    if kind == "none":
        return f"{r.number}: no printer configured, receipt not printed"
    if kind == "pdf":
        return f"{r.number}: wrote PDF {write_receipt_pdf(r, config['path'])}"
    try:
        data = receipt_escpos(r, profile=config.get("profile") or "TM-T20II",
                              native_qr=bool(config.get("native_qr", True)))
    except Exception as e:  # an unknown profile name, a missing font
        raise PrinterError("printer_error", f"cannot build the receipt: {e}") from e
    # The ticket's senders only read `.number` of what they print (for their messages).
    job = cast(Any, r)
    if kind == "file":
        return printers._print_file(job, data, str(config.get("path") or ""))
    if kind == "network":
        return printers._print_network(job, data, config)
    return printers._print_device(job, data, config, str(kind))
