"""A local SMPP 3.4 server for the tests: binds anyone, answers submit_sm, keeps every PDU it
received, and sends a delivery receipt for each message (unless told to refuse)."""

from __future__ import annotations

import socket
import struct
import threading
from dataclasses import dataclass, field
from typing import Any

import smpplib.consts
import smpplib.smpp


class _Seq:
    """What smpplib's PDU factory asks of a client: a sequence to number new PDUs."""

    sequence = 1

    def next_sequence(self) -> int:
        self.sequence += 1
        return self.sequence


@dataclass
class SmppServer:
    receipts: bool = True
    refuse: int = 0  # answer this many submit_sm with an error (throttled) first
    received: list[Any] = field(default_factory=list)  # every submit_sm, parsed
    binds: list[tuple[str, str]] = field(default_factory=list)  # (system_id, password)

    def __post_init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.lock = threading.Lock()
        self.count = 0
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    @staticmethod
    def _read(conn: socket.socket) -> bytes | None:
        head = b""
        while len(head) < 4:
            part = conn.recv(4 - len(head))
            if not part:
                return None
            head += part
        length = struct.unpack(">L", head)[0]
        body = b""
        while len(body) < length - 4:
            part = conn.recv(length - 4 - len(body))
            if not part:
                return None
            body += part
        return head + body

    def _reply(self, conn: socket.socket, name: str, seq: int, status: int = 0,
               **kw: Any) -> None:
        pdu = smpplib.smpp.make_pdu(name, client=_Seq(), **kw)
        pdu.sequence = seq
        pdu.status = status
        conn.sendall(pdu.generate())

    def _serve(self, conn: socket.socket) -> None:
        seqs = _Seq()
        with conn:
            while self.running:
                try:
                    data = self._read(conn)
                except OSError:
                    return
                if data is None:
                    return
                pdu = smpplib.smpp.parse_pdu(data, client=seqs, allow_unknown_opt_params=True)
                if pdu.command == "bind_transceiver":
                    self.binds.append((pdu.system_id.decode(), pdu.password.decode()))
                    self._reply(conn, "bind_transceiver_resp", pdu.sequence,
                                system_id="LOCAL")
                elif pdu.command == "submit_sm":
                    with self.lock:
                        if self.refuse > 0:
                            self.refuse -= 1
                            self._reply(conn, "submit_sm_resp", pdu.sequence,
                                        status=smpplib.consts.SMPP_ESME_RTHROTTLED)
                            continue
                        self.count += 1
                        mid = f"M{self.count}"
                        self.received.append(pdu)
                    self._reply(conn, "submit_sm_resp", pdu.sequence, message_id=mid)
                    if self.receipts:
                        deliver = smpplib.smpp.make_pdu(
                            "deliver_sm", client=seqs, esm_class=4, source_addr="0",
                            destination_addr="0",
                            short_message=f"id:{mid} sub:001 dlvrd:001 stat:DELIVRD err:000"
                            .encode())
                        conn.sendall(deliver.generate())
                elif pdu.command == "enquire_link":
                    self._reply(conn, "enquire_link_resp", pdu.sequence)
                elif pdu.command == "unbind":
                    self._reply(conn, "unbind_resp", pdu.sequence)
                    return

    def texts(self) -> list[str]:
        """What arrived, each message put back together from its parts (UCS-2 or not)."""
        out: list[str] = []
        parts: dict[int, list[bytes]] = {}
        for pdu in self.received:
            raw = pdu.short_message
            if pdu.esm_class & 0x40:  # a UDH: reference, total, index
                ref, total, index = raw[3], raw[4], raw[5]
                parts.setdefault(ref, [b""] * total)[index - 1] = raw[6:]
                if all(parts[ref]):
                    out.append(b"".join(parts[ref]).decode(
                        "utf-16-be" if pdu.data_coding == 8 else "ascii"))
                continue
            out.append(raw.decode("utf-16-be" if pdu.data_coding == 8 else "ascii"))
        return out

    def close(self) -> None:
        self.running = False
        self.sock.close()
