"""A receipt printer on 127.0.0.1 speaking port 9100's protocol, for the kiosk's tests."""

from __future__ import annotations

import socket
import threading

PAPER_STATUS = b"\x10\x04\x04"  # DLE EOT 4: the paper roll's status
PAPER_OK = b"\x12"


class FakePrinter:
    """Answers the paper-status query with `paper` and keeps every job it is sent."""

    def __init__(self, paper: bytes = PAPER_OK) -> None:
        self.paper = paper
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.jobs: list[bytes] = []
        threading.Thread(target=self._serve, daemon=True, name="fake-printer").start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                data = b""
                while chunk := conn.recv(65536):
                    data += chunk
                    if data == PAPER_STATUS:
                        conn.sendall(self.paper)
                self.jobs.append(data)

    def close(self) -> None:
        self.sock.close()
