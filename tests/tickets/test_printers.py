"""Sending tickets to printers: a fake ESC/POS network printer on 127.0.0.1, files, PDFs, faults."""

from __future__ import annotations

import gc
import socket
import threading
import time
import warnings

import escpos.printer
import pytest

from hallq.tickets.escpos import escpos_bytes
from hallq.tickets.layout import sample_ticket
from hallq.tickets.printers import (
    DLE_EOT_PAPER,
    PrinterError,
    paper_state,
    print_ticket,
    printer_test,
)

PAPER_OK, PAPER_LOW, PAPER_OUT = 0x12, 0x1E, 0x72  # DLE EOT 4 answers


class FakePrinter:
    """A port-9100 printer: answers DLE EOT 4 with `status` (None = never answers),
    and records everything else it receives, per connection."""

    def __init__(self, status: int | None = PAPER_OK):
        self.status = status
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.jobs: list[bytes] = []
        self.queries = 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.server.accept()
        with conn:
            conn.settimeout(5)
            received = b""
            while True:
                try:
                    chunk = conn.recv(65536)
                except OSError:
                    break
                if not chunk:
                    break
                received += chunk
                while received.startswith(DLE_EOT_PAPER):  # a real-time query, not print data
                    received = received[len(DLE_EOT_PAPER):]
                    self.queries += 1
                    if self.status is not None:
                        conn.sendall(bytes([self.status]))
            self.jobs.append(received)
        self.done.set()

    def wait(self) -> bytes:
        assert self.done.wait(5), "the printer connection was never closed"
        return self.jobs[-1]

    def close(self) -> None:
        self.server.close()

    def __enter__(self) -> FakePrinter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@pytest.fixture
def ticket():
    return sample_ticket()


def network(port: int, **extra) -> dict:
    return {"kind": "network", "host": "127.0.0.1", "port": port, **extra}


def test_network_printer_receives_exactly_the_ticket_bytes(ticket):
    with FakePrinter(PAPER_OK) as printer:
        line = print_ticket(ticket, network(printer.port))
        assert printer.wait() == escpos_bytes(ticket)
        assert printer.queries == 1
        assert "A001" in line and f"127.0.0.1:{printer.port}" in line


def test_network_printer_without_status_check(ticket):
    with FakePrinter(None) as printer:
        start = time.monotonic()
        print_ticket(ticket, network(printer.port, check_paper=False))
        assert time.monotonic() - start < 0.5
        assert printer.wait() == escpos_bytes(ticket) and printer.queries == 0


def test_printer_that_never_answers_status_still_prints_quickly(ticket):
    with FakePrinter(None) as printer:
        start = time.monotonic()
        line = print_ticket(ticket, network(printer.port))
        assert time.monotonic() - start < 3
        assert printer.wait() == escpos_bytes(ticket)
        assert "not reported" in line


def test_paper_out_gives_no_paper_and_prints_nothing(ticket):
    with FakePrinter(PAPER_OUT) as printer:
        with pytest.raises(PrinterError) as err:
            print_ticket(ticket, network(printer.port))
        assert err.value.code == "no_paper"
        assert printer.wait() == b""  # the query went out, the ticket did not


def test_paper_low_prints_and_says_so(ticket):
    with FakePrinter(PAPER_LOW) as printer:
        line = print_ticket(ticket, network(printer.port))
        assert printer.wait() == escpos_bytes(ticket)
        assert "paper is running low" in line


def test_closed_port_is_offline_within_3_seconds(ticket):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    start = time.monotonic()
    with pytest.raises(PrinterError) as err:
        print_ticket(ticket, network(port))
    assert err.value.code == "printer_offline"
    assert time.monotonic() - start < 3


def test_an_offline_printer_leaves_no_socket_open(ticket):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        for _ in range(3):
            with pytest.raises(PrinterError):
                print_ticket(ticket, network(port))
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_unreachable_host_is_offline_within_3_seconds(ticket):
    # 192.0.2.0/24 is TEST-NET-1: never routed; either no route at once or a connect timeout
    start = time.monotonic()
    with pytest.raises(PrinterError) as err:
        print_ticket(ticket, {"kind": "network", "host": "192.0.2.1", "port": 9100})
    assert err.value.code == "printer_offline"
    assert time.monotonic() - start < 3


def test_silent_host_times_out_as_offline_within_3_seconds(ticket):
    """A printer that is switched off on a switched LAN: SYNs get no answer at all.
    Simulated with a listening socket whose accept queue is full."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    fillers = []
    try:
        for _ in range(3):
            probe = socket.socket()
            probe.settimeout(0.3)
            fillers.append(probe)
            try:
                probe.connect(("127.0.0.1", port))
            except TimeoutError:
                break  # the queue is full: the next connect will hang too
        else:
            pytest.skip("this OS does not let connects hang on a full accept queue")
        start = time.monotonic()
        with pytest.raises(PrinterError) as err:
            print_ticket(ticket, network(port))
        elapsed = time.monotonic() - start
        assert err.value.code == "printer_offline"
        assert 1 < elapsed < 3  # it did wait for the connect timeout, and not longer
    finally:
        for s in fillers:
            s.close()
        server.close()


def test_printer_that_hangs_up_is_offline(ticket):
    server = socket.create_server(("127.0.0.1", 0))

    def hang_up():
        conn, _ = server.accept()
        conn.close()

    threading.Thread(target=hang_up, daemon=True).start()
    try:
        with pytest.raises(PrinterError) as err:
            print_ticket(ticket, network(server.getsockname()[1]))
        assert err.value.code == "printer_offline"
    finally:
        server.close()


@pytest.mark.parametrize("config", [
    {"kind": "bluetooth"},
    {"kind": None},
    {"kind": "network"},  # no host
    {"kind": "network", "host": "10.0.0.5", "port": "ninety"},
    {"kind": "file"},  # no path
    {"kind": "pdf"},  # no path
    {"kind": "usb", "vendor_id": "0x04b8"},  # no product id
    {"kind": "serial"},  # no device
])
def test_bad_config_is_unknown_printer(ticket, config):
    with pytest.raises(PrinterError) as err:
        print_ticket(ticket, config)
    assert err.value.code == "unknown_printer"


def test_none_prints_nothing(ticket):
    assert "not printed" in print_ticket(ticket, {"kind": "none"})
    assert "not printed" in print_ticket(ticket, None)
    assert "not printed" in print_ticket(ticket, {})


def test_file_printer_writes_the_bytes(ticket, tmp_path):
    path = tmp_path / "lp0"
    print_ticket(ticket, {"kind": "file", "path": str(path)})
    assert path.read_bytes() == escpos_bytes(ticket)


def test_missing_device_node_is_offline(ticket):
    with pytest.raises(PrinterError) as err:
        print_ticket(ticket, {"kind": "file", "path": "/dev/usb/hallq-no-such-lp"})
    assert err.value.code == "printer_offline"


def test_pdf_printer_writes_into_a_folder(ticket, tmp_path):
    line = print_ticket(ticket, {"kind": "pdf", "path": str(tmp_path) + "/"})
    pdf = tmp_path / "2025-03-12-A001.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and str(pdf) in line


def test_pdf_printer_that_cannot_write_is_printer_error(ticket, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(PrinterError) as err:
        print_ticket(ticket, {"kind": "pdf", "path": str(blocker / "sub" / "t.pdf")})
    assert err.value.code == "printer_error"


@pytest.mark.parametrize("config,cls", [
    ({"kind": "usb", "vendor_id": "0x04b8", "product_id": "0x0202"}, "Usb"),
    ({"kind": "serial", "device": "/dev/ttyUSB0"}, "Serial"),
])
def test_usb_and_serial_without_their_library_is_printer_error(ticket, monkeypatch, config, cls):
    monkeypatch.setattr(getattr(escpos.printer, cls), "is_usable", staticmethod(lambda: False))
    with pytest.raises(PrinterError) as err:
        print_ticket(ticket, config)
    assert err.value.code == "printer_error"


def test_unknown_profile_is_printer_error(ticket, tmp_path):
    with pytest.raises(PrinterError) as err:
        print_ticket(ticket, {"kind": "file", "path": str(tmp_path / "x"), "profile": "NoSuchPrinter"})
    assert err.value.code == "printer_error"


@pytest.mark.parametrize("reply,state", [
    (b"\x12", "ok"), (b"\x1e", "low"), (b"\x72", "out"), (b"\x7e", "out"),
    (b"\x12\x72", "out"), (b"", None), (b"\xff", None), (b"\x00", None),
])
def test_paper_state(reply, state):
    assert paper_state(reply) == state


def test_printer_error_codes_are_checked():
    assert PrinterError("no_paper", "x").code == "no_paper"
    with pytest.raises(ValueError):
        PrinterError("on_fire", "x")


def test_printer_test_writes_files_and_prints(ticket, tmp_path):
    with FakePrinter(PAPER_OK) as printer:
        lines = printer_test(ticket, network(printer.port), pdf_path=tmp_path / "t.pdf",
                             escpos_path=tmp_path / "t.bin")
        assert (tmp_path / "t.pdf").read_bytes().startswith(b"%PDF")
        assert (tmp_path / "t.bin").read_bytes() == escpos_bytes(ticket) == printer.wait()
        assert len(lines) == 3 and "sent" in lines[2]
    assert printer_test(ticket, None) == ["A001: no printer configured, ticket not printed"]
