"""Sending a ticket to the printer the kiosk is configured with.

A printer config is a plain dict (from the hall's settings file)::

    {"kind": "network", "host": "192.168.1.50", "port": 9100}   # Ethernet/Wi-Fi ESC/POS
    {"kind": "usb", "vendor_id": "0x04b8", "product_id": "0x0202"}  # needs python-escpos[usb]
    {"kind": "serial", "device": "/dev/ttyUSB0", "baudrate": 38400}  # needs pyserial
    {"kind": "file", "path": "/dev/usb/lp0"}   # raw ESC/POS to a device node or a file
    {"kind": "pdf", "path": "/srv/hallq/tickets/"}  # an 80 mm PDF, into a folder or a file
    {"kind": "none"}                            # tickets are only shown on screen

ESC/POS kinds also take "profile" (python-escpos printer profile; default TM-T20II,
576 dots), "native_qr" (default true), "check_paper" (default true: ask DLE EOT 4
before printing), and network takes "timeout" (connect timeout in s, default 2).

Every failure is a PrinterError with a stable code the kiosk translates:
"unknown_printer" (config names no printer we know how to drive), "printer_offline"
(cannot reach it), "no_paper" (it says its paper is out), "printer_error" (anything
else: missing driver library, write failed, disk full for a PDF).
"""

from __future__ import annotations

import contextlib
import errno
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from escpos.exceptions import DeviceNotFoundError
from escpos.printer import Serial, Usb

from hallq.tickets.escpos import escpos_bytes
from hallq.tickets.layout import TicketPrint
from hallq.tickets.pdf import ticket_pdf

KINDS = ("network", "usb", "serial", "file", "pdf", "none")
ERROR_CODES = ("unknown_printer", "printer_offline", "no_paper", "printer_error")

DLE_EOT_PAPER = b"\x10\x04\x04"  # real-time status, paper roll sensor
CONNECT_TIMEOUT = 2.0
STATUS_TIMEOUT = 0.7
SEND_TIMEOUT = 5.0


class PrinterError(Exception):
    """A printing failure with a stable code ("no_paper", ...) and a message for the log."""

    def __init__(self, code: str, message: str):
        if code not in ERROR_CODES:
            raise ValueError(f"unknown printer error code {code!r}")
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


def paper_state(reply: bytes) -> str | None:
    """Read a DLE EOT 4 answer: "ok", "low", "out", or None when it is not a status byte.

    The status byte has bit 1 and bit 4 set, bits 0 and 7 clear; bits 2-3 mean
    "near end", bits 5-6 mean "paper end". The last valid byte wins (a printer
    may have queued automatic status bytes before it).
    """
    for b in reversed(reply):
        if b & 0x93 == 0x12:
            if b & 0x60:
                return "out"
            return "low" if b & 0x0C else "ok"
    return None


def _config_value(config: dict[str, Any], key: str, kind: str) -> Any:
    if config.get(key) in (None, ""):
        raise PrinterError("unknown_printer", f"{kind} printer config needs {key!r}")
    return config[key]


def _int(value: Any, key: str) -> int:
    try:
        return int(value, 0) if isinstance(value, str) else int(value)
    except (TypeError, ValueError):
        raise PrinterError("unknown_printer", f"{key} must be a number, not {value!r}") from None


def print_ticket(t: TicketPrint, printer_config: dict[str, Any] | None) -> str:
    """Print the ticket; return one line saying what was done. Raises PrinterError."""
    config = dict(printer_config or {"kind": "none"})
    kind = config.get("kind")
    if kind not in KINDS:
        raise PrinterError("unknown_printer", f"unknown printer kind {kind!r}; known: {', '.join(KINDS)}")
    if kind == "none":
        return f"{t.number}: no printer configured, ticket not printed"
    if kind == "pdf":
        path = write_pdf(t, _config_value(config, "path", kind))
        return f"{t.number}: wrote PDF {path}"
    try:
        data = escpos_bytes(t, profile=config.get("profile") or "TM-T20II",
                            native_qr=bool(config.get("native_qr", True)))
    except Exception as e:  # an unknown profile name, a missing font
        raise PrinterError("printer_error", f"cannot build the ticket: {e}") from e
    if kind == "file":
        return _print_file(t, data, str(_config_value(config, "path", kind)))
    if kind == "network":
        return _print_network(t, data, config)
    return _print_device(t, data, config, kind)


def save_pdf(make: Callable[[], bytes], path: str | Path, name: str) -> Path:
    """Write the PDF `make` draws to a file, or into a folder as `name`; a failure to write
    is the printer's error (a full disk, a folder gone), in the printer's words."""
    target = Path(path)
    if target.is_dir() or str(path).endswith(("/", "\\")):
        target = target / name
    try:
        data = make()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except OSError as e:
        raise PrinterError("printer_error", f"cannot write {target}: {e.strerror or e}") from e
    return target


def write_pdf(t: TicketPrint, path: str | Path) -> Path:
    """Write the ticket PDF to a file, or into a folder as <day>-<number>.pdf."""
    return save_pdf(lambda: ticket_pdf(t), path, f"{t.issued_at:%Y-%m-%d}-{t.number}.pdf")


def _print_file(t: TicketPrint, data: bytes, path: str) -> str:
    try:
        with open(path, "wb") as f:
            f.write(data)
    except OSError as e:
        offline = path.startswith("/dev/") and e.errno in (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO)
        raise PrinterError("printer_offline" if offline else "printer_error",
                           f"cannot write to {path}: {e.strerror or e}") from e
    return f"{t.number}: wrote {len(data)} bytes of ESC/POS to {path}"


def _check_paper(reply: bytes | None, where: str) -> str:
    state = paper_state(reply) if reply else None
    if state == "out":
        raise PrinterError("no_paper", f"the printer at {where} is out of paper")
    return {"low": " (paper is running low)", None: " (paper status not reported)"}.get(state, "")


@contextlib.contextmanager
def _opened(printer: Any, offline: Callable[[DeviceNotFoundError], str],
            close_errors: type[Exception]) -> Iterator[None]:
    """Open the printer (PrinterError "printer_offline", with the message `offline` makes,
    when it cannot be opened); close it afterwards, whatever happened, ignoring close_errors."""
    try:
        printer.open()
    except DeviceNotFoundError as e:
        raise PrinterError("printer_offline", offline(e)) from e
    try:
        yield
    finally:
        with contextlib.suppress(close_errors):
            printer.close()


def _print_network(t: TicketPrint, data: bytes, config: dict[str, Any]) -> str:
    host = str(_config_value(config, "host", "network"))
    port = _int(config.get("port", 9100), "port")
    where = f"{host}:{port}"
    timeout = float(config.get("timeout", CONNECT_TIMEOUT))
    # Our own socket, not escpos's Network: that one drops the socket it failed to connect
    # without closing it (a leaked socket per ticket while the printer is away).
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
    except OSError as e:
        raise PrinterError("printer_offline", f"cannot reach the printer at {where}: {e}") from e
    with contextlib.closing(sock):
        note = ""
        if config.get("check_paper", True):
            try:
                sock.settimeout(STATUS_TIMEOUT)
                sock.sendall(DLE_EOT_PAPER)
                reply: bytes | None = sock.recv(16)
            except TimeoutError:
                reply = None  # many printers never answer on port 9100; print anyway
            except OSError as e:
                raise PrinterError("printer_offline", f"the printer at {where} dropped the connection: {e}") from e
            if reply == b"":
                raise PrinterError("printer_offline", f"the printer at {where} closed the connection")
            note = _check_paper(reply, where)
        sock.settimeout(float(config.get("send_timeout", SEND_TIMEOUT)))
        try:
            sock.sendall(data)
        except TimeoutError as e:
            raise PrinterError("printer_error", f"the printer at {where} stopped taking data "
                               "(cover open, paper jam?)") from e
        except OSError as e:
            raise PrinterError("printer_offline", f"lost the printer at {where}: {e}") from e
    return f"{t.number}: sent {len(data)} bytes to network printer {where}{note}"


def _print_device(t: TicketPrint, data: bytes, config: dict[str, Any], kind: str) -> str:
    profile = config.get("profile") or "TM-T20II"
    printer: Usb | Serial
    if kind == "usb":
        vendor = _int(_config_value(config, "vendor_id", kind), "vendor_id")
        product = _int(_config_value(config, "product_id", kind), "product_id")
        where = f"USB {vendor:04x}:{product:04x}"
        if not Usb.is_usable():
            raise PrinterError("printer_error", "USB printing needs pyusb: pip install 'python-escpos[usb]'")
        printer = Usb(vendor, product, timeout=_int(config.get("timeout_ms", 5000), "timeout_ms"),
                      in_ep=_int(config.get("in_ep", 0x82), "in_ep"),
                      out_ep=_int(config.get("out_ep", 0x01), "out_ep"), profile=profile)
    else:
        device = str(_config_value(config, "device", kind))
        baudrate = _int(config.get("baudrate", 9600), "baudrate")
        where = f"serial {device}"
        if not Serial.is_usable():
            raise PrinterError("printer_error", "serial printing needs pyserial: pip install pyserial")
        printer = Serial(device, baudrate=baudrate, timeout=STATUS_TIMEOUT, profile=profile)
    with _opened(printer, lambda e: f"cannot open the printer ({where}): {e}", Exception):
        note = ""
        if config.get("check_paper", True):
            try:
                reply = bytes(printer.query_status(DLE_EOT_PAPER))
            except Exception:  # no answer, no read endpoint: the status is simply unknown
                reply = b""
            note = _check_paper(reply, where)
        try:
            printer._raw(data)
        except Exception as e:
            raise PrinterError("printer_error", f"writing to the printer ({where}) failed: {e}") from e
    return f"{t.number}: sent {len(data)} bytes to {where}{note}"


def printer_test(ticket: TicketPrint, printer_config: dict[str, Any] | None,
                 pdf_path: str | Path | None = None,
                 escpos_path: str | Path | None = None) -> list[str]:
    """`hallq printer test`: write the sample PDF / ESC/POS files if asked, print on the
    configured printer, and return what was done, one line each. Printer faults raise
    PrinterError (after the files are written)."""
    lines = []
    if pdf_path:
        lines.append(f"wrote PDF {write_pdf(ticket, pdf_path)}")
    if escpos_path:
        data = escpos_bytes(ticket, profile=(printer_config or {}).get("profile") or "TM-T20II")
        try:
            Path(escpos_path).write_bytes(data)
        except OSError as e:
            raise PrinterError("printer_error", f"cannot write {escpos_path}: {e.strerror or e}") from e
        lines.append(f"wrote {len(data)} bytes of ESC/POS to {escpos_path}")
    lines.append(print_ticket(ticket, printer_config))
    return lines
