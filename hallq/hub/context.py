"""What every route works with: the hall, its one writer and the event broadcaster.

create_app puts one Hub on app.state.hub; routes receive it through the HubDep dependency
(or hub_of(app) where no dependency can run: lifespans, the WebSocket, the server).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, ParamSpec, TypeVar

from fastapi import Depends
from starlette.applications import Starlette
from starlette.requests import HTTPConnection

from hallq.hall.service import Hall
from hallq.hub.broadcaster import Broadcaster
from hallq.hub.writer import Writer

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Hub:
    hall: Hall
    writer: Writer
    bus: Broadcaster

    async def run(self, fn: Callable[P, T], *args: P.args, **kw: P.kwargs) -> T:
        """A command through the writer: its result once its batch is committed."""
        return await self.writer.execute(fn, *args, **kw)


S = TypeVar("S")


def app_state(app: Starlette, name: str, kind: type[S]) -> S:
    """What create_app put on app.state under `name`, checked to be a `kind`."""
    value = getattr(app.state, name, None)
    if not isinstance(value, kind):
        raise RuntimeError("this app was not made by hallq.hub.app.create_app")
    return value


def hub_of(app: Starlette) -> Hub:
    return app_state(app, "hub", Hub)


async def current_hub(conn: HTTPConnection) -> Hub:
    return hub_of(conn.app)


HubDep = Annotated[Hub, Depends(current_hub)]
