"""A lean HTTP/1.1 keep-alive client for load benchmarks: the generator must cost less than the hub.

httpx spends about as much CPU per request as the hub does to answer it; on a 2-core machine
the generator would then measure itself. This client writes each request in one send and
reads the reply by its Content-Length, nothing more (no redirects, no chunking, no TLS).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any


class Reply:
    """Status and parsed JSON body of one answer."""

    def __init__(self, status_code: int, body: bytes):
        self.status_code = status_code
        self.body = body

    def json(self) -> Any:
        return json.loads(self.body)


class LeanClient:
    """One keep-alive connection; requests on it go one at a time."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def __aenter__(self) -> LeanClient:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.writer is not None:
            self.writer.close()

    async def post(self, path: str, json_body: dict, headers: dict[str, str]) -> Reply:
        assert self.reader is not None and self.writer is not None
        body = json.dumps(json_body).encode()
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.writer.write(f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\n{head}"
                          f"Content-Type: application/json\r\nContent-Length: {len(body)}"
                          f"\r\n\r\n".encode() + body)
        status_line, *lines = (await self.reader.readuntil(b"\r\n\r\n")).split(b"\r\n")
        length = 0
        for line in lines:
            if line[:15].lower() == b"content-length:":
                length = int(line[15:])
        return Reply(int(status_line.split()[1]), await self.reader.readexactly(length))
