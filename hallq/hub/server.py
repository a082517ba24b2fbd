"""Running the hub: in the foreground (`hallq hub`) or on a background thread (demo, tests)."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from hallq.hall.clock import FixedClock, SystemClock
from hallq.hall.service import Hall
from hallq.hub.app import create_app
from hallq.hub.context import hub_of
from hallq.store.database import Store

log = logging.getLogger(__name__)

DEFAULT_PORT = 8470


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        port: int = s.getsockname()[1]
        return port


def _config(app: FastAPI, host: str, port: int) -> uvicorn.Config:
    # One event loop executes every command in turn: the hall's single writer.
    return uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                          ws_ping_interval=10, ws_ping_timeout=10, lifespan="on",
                          timeout_graceful_shutdown=1,
                          # Longer than Qt keeps an idle connection (120 s): the client closes
                          # first, so a command never goes out on a socket the hub is closing.
                          timeout_keep_alive=300)


def serve(db: str | Path, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
          clock: SystemClock | FixedClock | None = None) -> None:
    """Serve a hall until stopped (Ctrl+C or SIGTERM)."""
    hall = Hall(Store(db), clock)
    app = create_app(hall)
    print(f"hallq hub: hall {hall.info.code} ({hall.info.name}) from {db}", flush=True)
    print(f"hallq hub: listening on http://{host}:{port} (API docs at /docs)", flush=True)
    server = uvicorn.Server(_config(app, host, port))
    try:
        server.run()
    finally:
        hall.store.close()


class HubThread:
    """A hub serving on a background thread of this process (the demo, and tests)."""

    def __init__(self, hall: Hall, host: str = "127.0.0.1", port: int | None = None):
        self.hall = hall
        self.host = host
        self.port = port or free_port(host)
        self.app = create_app(hall)
        # uvicorn sets signal handlers only when it serves on the main thread, so a hub on
        # this background thread leaves the process's Ctrl+C and SIGTERM to their owner.
        self.server = uvicorn.Server(_config(self.app, self.host, self.port))
        self.thread = threading.Thread(target=self._run, name="hallq-hub", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _run(self) -> None:
        asyncio.run(self.server.serve())

    def start(self, timeout: float = 10.0) -> HubThread:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the hub did not start on {self.url}")
            time.sleep(0.01)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        bus = hub_of(self.app).bus
        if bus.loop is not None and not bus.loop.is_closed():
            bus.loop.call_soon_threadsafe(bus.close_all)
        self.server.should_exit = True
        self.thread.join(timeout)

    def __enter__(self) -> HubThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
