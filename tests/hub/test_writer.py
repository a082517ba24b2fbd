"""The hub's writer: group commit with a savepoint per command, off the event loop."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from hallq.domain import DomainError
from hallq.hall.service import Hall
from hallq.hall.setup import HallAdmin
from hallq.hub.routes.sync import sync_of
from hallq.hub.writer import Writer
from hallq.sync.push import status as sync_status


def through_writer(hall: Hall, calls: list[Callable[[], Any]]) -> list[Any]:
    """Hand every call to one writer at once (so they share batches); results or errors."""

    async def main() -> list[Any]:
        writer = Writer(hall)
        writer.start()
        try:
            return await asyncio.gather(*(writer.execute(c) for c in calls),
                                        return_exceptions=True)
        finally:
            writer.stop()

    return asyncio.run(main())


def test_one_commands_unexpected_error_fails_that_command_alone(hall):
    published: list[str] = []
    hall.listeners.append(lambda evs: published.extend(e["type"] for e in evs))

    def broken() -> None:
        hall.issue("A")  # written, then the command breaks: the ticket must not stay
        raise RuntimeError("a bug in one command")

    calls: list[Callable[[], Any]] = [lambda: hall.issue("A") for _ in range(5)]
    calls += [broken] + [lambda: hall.issue("A") for _ in range(5)]
    results = through_writer(hall, calls)
    failed = results[5]
    assert isinstance(failed, DomainError) and failed.code == "storage_error"
    assert "Nothing was changed" in failed.message
    numbers = [r[0].number for i, r in enumerate(results) if i != 5]
    assert numbers == [f"A{i:03d}" for i in range(1, 11)]  # gapless, none lost
    assert hall.m.Ticket.select().count() == 10
    assert published.count("ticket_issued") == 10
    assert sorted(t.number for t in hall.state.tickets.values()) == numbers


def test_a_refused_command_leaves_no_trace_of_its_first_steps(hall):
    def half_done() -> None:
        hall.record("alert_acknowledged", {"alert_id": "x"})
        raise DomainError("refused", "A later check refused the command.")

    seq = hall.last_seq()
    results = through_writer(hall, [half_done, lambda: hall.issue("B")])
    assert isinstance(results[0], DomainError) and results[0].code == "refused"
    assert results[1][0].number == "B001"
    assert [e["type"] for e in hall.events_since(seq)] == ["ticket_issued"]


def test_slow_commands_do_not_hold_up_the_event_loop(hall, monkeypatch):
    """PIN hashing and fsync run on the writer's thread: the loop keeps answering."""
    original = HallAdmin.upsert_staff

    def slow_upsert(self: Hall, data: dict[str, Any]) -> Any:
        time.sleep(0.5)  # a PIN hash on a slow PC
        return original(self, data)

    monkeypatch.setattr(Hall, "upsert_staff", slow_upsert)

    async def main() -> float:
        writer = Writer(hall)
        writer.start()
        try:
            slow = asyncio.ensure_future(writer.execute(
                hall.upsert_staff, {"code": "NV09", "name": "Chín", "pin": "9090"}))
            t0 = time.perf_counter()
            for _ in range(5):  # the loop keeps turning while the command runs
                await asyncio.sleep(0.01)
            lag = time.perf_counter() - t0 - 0.05
            await slow
            return lag
        finally:
            writer.stop()

    assert asyncio.run(main()) < 0.2
    assert "NV09" in hall.staff


def test_commands_run_on_one_thread_that_is_not_the_event_loops(hall):
    seen: set[int] = set()

    def where() -> int:
        seen.add(threading.get_ident())
        return threading.get_ident()

    async def main() -> int:
        writer = Writer(hall)
        writer.start()
        try:
            await asyncio.gather(*(writer.execute(where) for _ in range(50)))
            return threading.get_ident()
        finally:
            writer.stop()

    loop_thread = asyncio.run(main())
    assert len(seen) == 1 and loop_thread not in seen


def test_a_stopped_writer_refuses_new_commands(hall):
    async def main() -> None:
        writer = Writer(hall)
        writer.start()
        writer.stop()
        with pytest.raises(DomainError) as exc:
            await writer.execute(hall.issue, "A")
        assert exc.value.code == "hub_stopping"

    asyncio.run(main())
    assert hall.m.Ticket.select().count() == 0


def test_the_nightly_syncs_writes_go_through_the_hubs_writer(hub):
    """A sync runs on its own thread; what it records is written by the hub's writer."""
    writers: list[str] = []
    hub.hall.listeners.append(
        lambda evs: writers.extend(threading.current_thread().name for _ in evs))
    scheduler = sync_of(hub.server.app).scheduler
    scheduler.dsn = "postgresql://hallq@127.0.0.1:1/nowhere?connect_timeout=2"  # refused
    done: list[Any] = []
    worker = threading.Thread(target=lambda: done.append(scheduler.run_now()), name="sync")
    worker.start()
    worker.join(30)
    assert done and not done[0].ok and done[0].error_code == "unreachable"
    last = hub.hall.events_since(hub.hall.last_seq() - 1)[-1]
    assert last["type"] == "sync_failed" and last["data"]["code"] == "unreachable"
    assert writers == ["hallq-writer"]
    assert sync_status(hub.db)["last_error_code"] == "unreachable"
