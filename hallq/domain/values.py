"""Plain data of a hall: services, counters, staff, tickets, events (no Qt, no database)."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

LANGUAGES = ("vi", "zh_CN", "zh_TW", "en")


class DomainError(Exception):
    """A command that the rules refuse; `code` is stable, the UI maps it to translated text."""

    def __init__(self, code: str, message: str = "", status: int = 409):
        super().__init__(message or code)
        self.code = code
        self.message = message or code
        self.status = status


class TicketState(enum.StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    TRANSFERRED = "transferred"
    CANCELLED = "cancelled"


ACTIVE_STATES = frozenset({TicketState.WAITING, TicketState.CALLED, TicketState.SERVING})
AT_COUNTER_STATES = frozenset({TicketState.CALLED, TicketState.SERVING})


class Priority(enum.StrEnum):
    NONE = ""
    ELDERLY = "elderly"
    DISABLED = "disabled"
    PREGNANT = "pregnant"
    APPOINTMENT = "appointment"


class CounterState(enum.StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    PAUSED = "paused"


class StaffRole(enum.StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class DeviceRole(enum.StrEnum):
    KIOSK = "kiosk"
    COUNTER = "counter"
    DISPLAY = "display"
    KEYPAD = "keypad"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


@dataclass(frozen=True)
class Service:
    prefix: str
    names: dict[str, str]
    target_wait_min: int = 15
    typical_service_min: float = 5.0
    active: bool = True
    kiosk_order: int = 0
    queue_limit: int = 30

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or self.prefix


@dataclass(frozen=True)
class Counter:
    number: int
    name: str
    services: tuple[str, ...]


@dataclass(frozen=True)
class Staff:
    code: str
    name: str
    role: StaffRole = StaffRole.CLERK
    active: bool = True


@dataclass(frozen=True)
class HallInfo:
    code: str
    name: str
    timezone: str = "Asia/Ho_Chi_Minh"
    day_start_hour: int = 4
    languages: tuple[str, ...] = ("vi", "en")
    message: str = ""
    footer: str = ""
    recalls_before_no_show: int = 1
    rating_timeout_s: int = 30
    pin_max_failures: int = 5
    pin_lock_minutes: int = 5
    rating_choices: tuple[dict, ...] = (
        {"key": "very_satisfied", "score": 4, "color": "#1b8a3a"},
        {"key": "satisfied", "score": 3, "color": "#5cb85c"},
        {"key": "acceptable", "score": 2, "color": "#f0ad4e"},
        {"key": "unsatisfied", "score": 1, "color": "#d9534f", "low": True},
    )
    rating_reasons: tuple[str, ...] = (
        "waited_too_long", "staff_attitude", "explanation_unclear",
        "procedure_complicated", "other",
    )
    idle_alert_min: int = 15
    pause_alert_min: int = 30


@dataclass(frozen=True)
class Ticket:
    """One leg of a customer's visit; a transfer ends a leg and starts a new one, same number."""

    id: int
    day: date
    number: str
    service: str
    arrival: datetime  # the customer's first arrival: kept across transfers for fairness
    queued_at: datetime  # when this leg started waiting
    priority: Priority = Priority.NONE
    customer_code: str = ""
    language: str = "vi"
    state: TicketState = TicketState.WAITING
    leg: int = 1
    parent_id: int | None = None
    target_counter: int | None = None
    counter: int | None = None
    staff: str | None = None
    called_at: datetime | None = None
    recalls: int = 0
    serving_at: datetime | None = None
    finished_at: datetime | None = None
    eta_min: float | None = None

    @property
    def seq_no(self) -> int:
        return int(self.number[1:])

    def with_(self, **changes: Any) -> Ticket:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class CounterStatus:
    number: int
    state: CounterState = CounterState.CLOSED
    staff: str | None = None
    ticket_id: int | None = None
    since: datetime | None = None
    pause_reason: str = ""

    def with_(self, **changes: Any) -> CounterStatus:
        return dataclasses.replace(self, **changes)


@dataclass
class Event:
    """An append-only record of a change; `seq` is given by the store."""

    type: str
    ts: datetime
    day: date
    ticket_id: int | None = None
    counter: int | None = None
    staff: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    seq: int | None = None


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_PLAIN = (str, int, float, bool, type(None))


def jsonable(value: Any) -> Any:
    """Turn dataclasses, enums, dates into JSON-ready values (on every command's hot path)."""
    if isinstance(value, enum.Enum):  # before _PLAIN: a StrEnum is also a str
        return value.value
    if isinstance(value, _PLAIN):
        return value
    names = _FIELD_NAMES.get(type(value))
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[type(value)] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        return {n: jsonable(getattr(value, n)) for n in names}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def ticket_from_json(d: dict[str, Any]) -> Ticket:
    """Inverse of jsonable for a Ticket."""

    def dt(v: str | None) -> datetime | None:
        return datetime.fromisoformat(v) if v else None

    return Ticket(
        id=d["id"],
        day=date.fromisoformat(d["day"]),
        number=d["number"],
        service=d["service"],
        arrival=datetime.fromisoformat(d["arrival"]),
        queued_at=datetime.fromisoformat(d["queued_at"]),
        priority=Priority(d.get("priority") or ""),
        customer_code=d.get("customer_code") or "",
        language=d.get("language") or "vi",
        state=TicketState(d["state"]),
        leg=d.get("leg", 1),
        parent_id=d.get("parent_id"),
        target_counter=d.get("target_counter"),
        counter=d.get("counter"),
        staff=d.get("staff"),
        called_at=dt(d.get("called_at")),
        recalls=d.get("recalls", 0),
        serving_at=dt(d.get("serving_at")),
        finished_at=dt(d.get("finished_at")),
        eta_min=d.get("eta_min"),
    )
