"""A command is never lost nor doubled when the hub closes an idle keep-alive connection."""

from __future__ import annotations

import socket
import threading

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from ui.client import HallClient  # noqa: E402

OK = b'{"ok": true}'


class ClosingHub:
    """An HTTP server with the hub's keep-alive race made certain: it answers the first
    request of each connection; a connection kept open after that is closed the moment the
    next request comes in, unanswered (as uvicorn does when its idle timeout expires just
    as the client sends)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.answered: list[str] = []  # request lines the server read and answered
        self.dropped: list[str] = []  # request lines that came in on a closing connection
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _read_request(self, conn: socket.socket, buf: bytes) -> tuple[bytes, bytes, bytes]:
        while b"\r\n\r\n" not in buf:
            chunk = conn.recv(65536)
            if not chunk:
                return b"", b"", b""
            buf += chunk
        head, rest = buf.split(b"\r\n\r\n", 1)
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(rest) < length:
            rest += conn.recv(65536)
        return head, rest[:length], rest[length:]

    def _connection(self, conn: socket.socket) -> None:
        with conn:
            head, _, buf = self._read_request(conn, b"")
            if not head:
                return
            line = head.split(b"\r\n")[0].decode()
            self.answered.append(line)
            close = b"connection: close" in head.lower()
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         + f"Content-Length: {len(OK)}\r\n".encode()
                         + (b"Connection: close\r\n" if close else b"") + b"\r\n" + OK)
            if close:
                return
            head, _, _ = self._read_request(conn, buf)  # the idle connection's next request
            if head:
                self.dropped.append(head.split(b"\r\n")[0].decode())
            # closed here, unanswered

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def closing_hub():
    server = ClosingHub()
    yield server
    server.close()


def test_commands_after_an_idle_pause_are_each_answered_once(qtbot, closing_hub):
    client = HallClient(closing_hub.url, "token")
    got: list[tuple[bool, dict]] = []
    try:
        for n in range(4):
            client._request("POST", f"/api/tickets?n={n}", {"service": "A"},
                            lambda ok, data: got.append((ok, data)), require_connection=False)
            qtbot.waitUntil(lambda n=n: len(got) == n + 1, timeout=5000)
            qtbot.wait(50)  # idle between two taps: the connection would sit in Qt's pool
    finally:
        client.stop()
        client.deleteLater()
    assert got == [(True, {"ok": True})] * 4
    assert closing_hub.answered == [f"POST /api/tickets?n={n} HTTP/1.1" for n in range(4)]
    assert closing_hub.dropped == []
