"""The hall's one writer: commands run one at a time on the event loop, committed in groups."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from hallq.domain import DomainError, Unavailable
from hallq.hall.service import Hall

log = logging.getLogger(__name__)

MAX_BATCH = 64  # commands committed together at most

P = ParamSpec("P")
T = TypeVar("T")


class Writer:
    """Executes commands one at a time on the event loop, committing them in groups.

    Commands that arrive while a commit is under way wait together and share the next
    transaction (one fsync for all); each caller gets its reply only after the commit.
    """

    def __init__(self, hall: Hall):
        self.hall = hall
        self.pending: list[tuple[Callable[[], Any], asyncio.Future[Any]]] = []
        self.wakeup = asyncio.Event()
        self.task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.task = asyncio.create_task(self._loop())

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    async def execute(self, fn: Callable[P, T], *args: P.args, **kw: P.kwargs) -> T:
        """Run fn(*args, **kw) in the next batch; its result once that batch is committed."""
        fut: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self.pending.append((functools.partial(fn, *args, **kw), fut))
        self.wakeup.set()
        return await fut

    async def _loop(self) -> None:
        while True:
            await self.wakeup.wait()
            self.wakeup.clear()
            batch, self.pending = self.pending[:MAX_BATCH], self.pending[MAX_BATCH:]
            if self.pending:
                self.wakeup.set()
            results: list[tuple[asyncio.Future[Any], bool, Any]] = []
            try:
                with self.hall.batch():
                    for call, fut in batch:
                        try:
                            results.append((fut, True, call()))
                        except DomainError as exc:
                            results.append((fut, False, exc))
            except DomainError as exc:  # the commit itself failed: nobody's command happened
                results = [(fut, False, exc) for _, fut in batch]
            except Exception as exc:
                log.exception("a command batch failed")
                err = Unavailable("storage_error", f"The hall database cannot be written: "
                                  f"{exc}. Nothing was changed.")
                results = [(fut, False, err) for _, fut in batch]
            for fut, ok, value in results:
                if fut.done():
                    continue
                if ok:
                    fut.set_result(value)
                else:
                    fut.set_exception(value)
            await asyncio.sleep(0)  # let the replies go out before the next batch
