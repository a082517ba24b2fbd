"""What the parts of Hall share: the state Hall sets up, its write path, and their types."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar
from zoneinfo import ZoneInfo

from hallq.domain import HallInfo, Staff, queue
from hallq.hall.clock import Clock
from hallq.store.database import Store

Events = list[dict[str, Any]]  # events as published, one JSON object each (wire.event_json)
Reply = tuple[dict[str, Any], Events]  # what a command answers, and the events it caused


class RatingRow(Protocol):
    """What the hall reads of a visit's rating (a Rating row, or the same fields)."""

    @property
    def choice(self) -> str: ...
    @property
    def score(self) -> int | None: ...
    @property
    def rated(self) -> bool: ...


class DeviceRow(Protocol):
    """What the hall and the hub read of a registered device (a Device row)."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def counter(self) -> int | None: ...


class HallBase:
    """The attributes and methods Hall's parts (HallAdmin, HallSessions, HallVisits) use.

    Hall (hallq.hall.service) sets the attributes in __init__/load and defines the methods.
    """

    store: Store
    m: SimpleNamespace  # the store's peewee models (hallq.store.models.build_models)
    clock: Clock
    lock: threading.RLock  # commands are executed one at a time
    info: HallInfo
    state: queue.QueueState
    staff: dict[str, Staff]
    photos: dict[str, str]
    sessions: dict[str, tuple[str, int | None]]  # token hash -> (staff code, counter)
    ratings: dict[int, RatingRow]  # today's, by ticket id
    devices: dict[str, DeviceRow]  # token hash -> device, the ones not revoked

    def now(self) -> datetime:
        return self.clock.now()

    def zone(self) -> ZoneInfo:
        """The hall's time zone: its days, due dates and numbers' years are read in it."""
        return ZoneInfo(self.info.timezone)

    def last_seq(self) -> int:
        """The position of the last event written (defined by Hall)."""
        raise NotImplementedError

    def _commit(self, change: queue.Change, extra: Callable[[], object] | None = None
                ) -> Events:
        """Persist a change and its events in one transaction (defined by Hall)."""
        raise NotImplementedError

    def run(self, command: Callable[..., queue.Change], *args: Any,
            extra: Callable[[queue.Change], Callable[[], object] | None] | None = None,
            **kw: Any) -> tuple[Any, Events]:
        """Run one rule command at the current time (defined by Hall)."""
        raise NotImplementedError

    def booking_message(self, kind: str, appt: Any, now: datetime) -> None:
        """Write a booking's message to the outbox (defined by HallMessages)."""
        raise NotImplementedError

    def add_contact(self, ticket_id: int, phone: str, language: str, now: datetime,
                    ahead: int | None = None) -> None:
        """Keep a ticket's phone for its messages (defined by HallMessages)."""
        raise NotImplementedError

    def appointments_on(self, day: date) -> list[Any]:
        """A day's appointments (defined by HallAppointments)."""
        raise NotImplementedError

    def complaint_from_note(self, ticket_id: int, staff: str | None, category: str,
                            text: str) -> dict[str, Any] | None:
        """A complaint from a counter note (defined by HallComplaints)."""
        raise NotImplementedError

    def complaint_from_rating(self, ticket_id: int, reasons: list[str]
                              ) -> dict[str, Any] | None:
        """A complaint from an unsatisfied rating (defined by HallComplaints)."""
        raise NotImplementedError

    def complaint_texts_due(self, before: datetime) -> bool:
        """Closed complaints whose words are past the retention (defined by HallComplaints)."""
        raise NotImplementedError

    def erase_complaint_texts(self, before: datetime) -> int:
        """Erase those words (defined by HallComplaints)."""
        raise NotImplementedError


H = TypeVar("H", bound=HallBase)
P = ParamSpec("P")
R = TypeVar("R")


def locked(fn: Callable[Concatenate[H, P], R]) -> Callable[Concatenate[H, P], R]:
    """Run a command under the hall's command lock, like every other command."""

    @functools.wraps(fn)
    def inner(self: H, /, *args: P.args, **kw: P.kwargs) -> R:
        with self.lock:
            return fn(self, *args, **kw)

    return inner
