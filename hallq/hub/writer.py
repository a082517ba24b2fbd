"""The hall's one writer: commands run one at a time on a thread of their own, committed in groups."""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import functools
import logging
import threading
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from hallq.domain import DomainError, Unavailable
from hallq.hall.service import Hall

log = logging.getLogger(__name__)

MAX_BATCH = 64  # commands committed together at most

P = ParamSpec("P")
T = TypeVar("T")

# A caller waits on an asyncio future (a route, on the event loop) or on a thread's future
# (the sync, from its own thread).
Waiter = asyncio.Future[Any] | concurrent.futures.Future[Any]
Job = tuple[Callable[[], Any], Waiter]
Outcome = tuple[Waiter, bool, Any]  # (future, ok, result or error)


def _storage_error(exc: BaseException) -> Unavailable:
    return Unavailable("storage_error", f"The hall database cannot be written: {exc}. "
                       "Nothing was changed.")


def _settle(outcomes: list[Outcome]) -> None:
    """Hand each caller its reply (a caller who went away has none); asyncio futures only
    on their event loop."""
    for fut, ok, value in outcomes:
        if fut.done():
            continue
        if ok:
            fut.set_result(value)
        else:
            fut.set_exception(value)


class Writer:
    """Executes commands one at a time on one dedicated thread, committing them in groups.

    Commands that arrive while a commit is under way wait together and share the next
    transaction (one fsync for all); each runs in its own savepoint, so one failing command
    fails alone. Each caller gets its reply, on the event loop, only after the commit. The
    thread keeps PIN hashing and fsync off the event loop: other replies and the WebSocket
    pings go on meanwhile.
    """

    def __init__(self, hall: Hall):
        self.hall = hall
        self.pending: collections.deque[Job] = collections.deque()
        self.ready = threading.Condition()
        self.stopping = False
        self.thread: threading.Thread | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    def start(self) -> None:
        """Start the writer's thread; replies go to the running event loop."""
        self.loop = asyncio.get_running_loop()
        self.stopping = False
        self.thread = threading.Thread(target=self._run, name="hallq-writer", daemon=True)
        self.thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Finish the commands already handed over, then end the thread."""
        with self.ready:
            self.stopping = True
            self.ready.notify()
        if self.thread is not None and self.thread is not threading.current_thread():
            self.thread.join(timeout)

    def _hand_over(self, call: Callable[[], Any], fut: Waiter) -> None:
        """Queue a command for the next batch, or refuse it once the hub is stopping."""
        with self.ready:
            if self.stopping or self.thread is None:
                raise Unavailable("hub_stopping", "The hall server is stopping; nothing was "
                                  "changed. Try again in a moment.")
            self.pending.append((call, fut))
            self.ready.notify()

    async def execute(self, fn: Callable[P, T], *args: P.args, **kw: P.kwargs) -> T:
        """Run fn(*args, **kw) in the next batch; its result once that batch is committed."""
        fut: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._hand_over(functools.partial(fn, *args, **kw), fut)
        return await fut

    def call(self, fn: Callable[P, T], *args: P.args, **kw: P.kwargs) -> T:
        """From a thread other than the event loop's (the sync): run fn(*args, **kw) in the
        next batch and wait for its result. On the writer's own thread it just runs."""
        if threading.current_thread() is self.thread:
            return fn(*args, **kw)
        fut: concurrent.futures.Future[T] = concurrent.futures.Future()
        self._hand_over(functools.partial(fn, *args, **kw), fut)
        return fut.result()

    # ------------------------------------------------------------ the writer's thread
    def _run(self) -> None:
        try:
            while True:
                with self.ready:
                    while not self.pending and not self.stopping:
                        self.ready.wait()
                    if not self.pending:
                        return
                    n = min(MAX_BATCH, len(self.pending))
                    batch = [self.pending.popleft() for _ in range(n)]
                self._reply(self._commit(batch))
        finally:
            self.hall.store.close()  # this thread's own connection (peewee keeps one a thread)

    def _commit(self, batch: list[Job]) -> list[Outcome]:
        hall = self.hall
        outcomes: list[Outcome] = []
        try:
            with hall.batch():
                for call, fut in batch:
                    try:
                        with hall.command():
                            outcomes.append((fut, True, call()))
                        continue
                    except DomainError as exc:
                        outcomes.append((fut, False, exc))
                    except Exception as exc:  # a bug or a storage fault in this command alone
                        log.exception("a command failed; the rest of its batch goes on")
                        outcomes.append((fut, False, _storage_error(exc)))
                    if not hall.in_transaction():
                        # SQLite dropped the whole transaction (disk full, I/O error): the
                        # commands before this one are gone too, so none may be confirmed.
                        raise outcomes[-1][2]
        except DomainError as exc:  # the commit itself failed: nobody's command happened
            outcomes = [(fut, False, exc) for _, fut in batch]
        except Exception as exc:
            log.exception("a command batch failed")
            outcomes = [(fut, False, _storage_error(exc)) for _, fut in batch]
        return outcomes

    def _reply(self, outcomes: list[Outcome]) -> None:
        threads = [o for o in outcomes if isinstance(o[0], concurrent.futures.Future)]
        _settle(threads)  # thread-safe futures, answered from here
        routes = [o for o in outcomes if not isinstance(o[0], concurrent.futures.Future)]
        if not routes or self.loop is None:
            return
        try:
            self.loop.call_soon_threadsafe(_settle, routes)
        except RuntimeError:  # the event loop has closed: nobody waits for these replies
            pass
