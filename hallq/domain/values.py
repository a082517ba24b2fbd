"""Plain data of a hall: services, counters, staff, tickets, events (no Qt, no database)."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, NotRequired, TypedDict
from zoneinfo import ZoneInfo

# The languages hallq speaks; the first is the default of a new hall and of a ticket.
LANGUAGES = ("vi", "zh_CN", "zh_TW", "en")
DEFAULT_TARGET_WAIT_MIN = 15  # a ticket of a service the hall no longer knows
DEFAULT_SERVICE_MIN = 5.0  # typical minutes at the counter, when nothing else is known


def name_in(names: Mapping[str, str], language: str, default: str = "") -> str:
    """A name in this language; Traditional Chinese falls back to Simplified, then English,
    then Vietnamese, then any name there is, then `default`."""
    fallbacks = [language] + (["zh_CN"] if language == "zh_TW" else []) + ["en", "vi"]
    for lang in fallbacks:
        if names.get(lang):
            return names[lang]
    return next((n for n in names.values() if n), default)


def local_business_day(now: datetime, timezone: str, day_start_hour: int) -> date:
    """The business day `now` falls in: days start at `day_start_hour`, local time."""
    local = now.astimezone(ZoneInfo(timezone))
    return (local - timedelta(hours=day_start_hour)).date()


def parse_time(value: str | None) -> datetime | None:
    """A time as the wire writes it (ISO 8601); None or "" is no time."""
    return datetime.fromisoformat(value) if value else None


def overdue_at(arrival: datetime, target_wait_min: float | None) -> datetime:
    """When a customer who arrived at `arrival` has waited the service's target wait."""
    target = DEFAULT_TARGET_WAIT_MIN if target_wait_min is None else target_wait_min
    return arrival + timedelta(minutes=target)


def is_overdue(arrival: datetime, target_wait_min: float | None, now: datetime) -> bool:
    """The call rule's "overdue": waited (since first arrival) at least the target wait."""
    return now >= overdue_at(arrival, target_wait_min)


def valid_customer_code(code: str) -> bool:
    """A customer code or phone number: 4 to 20 ASCII letters or digits."""
    code = code.strip()
    return code.isascii() and code.isalnum() and 4 <= len(code) <= 20


def valid_phone(phone: str) -> bool:
    """A phone number: 4 to 20 digits, with an optional leading "+"."""
    return valid_customer_code(phone) and phone.lstrip("+").isdigit()


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
    target_wait_min: int = DEFAULT_TARGET_WAIT_MIN
    typical_service_min: float = DEFAULT_SERVICE_MIN
    active: bool = True
    kiosk_order: int = 0
    queue_limit: int = 30

    def name(self, language: str) -> str:
        return name_in(self.names, language, self.prefix)


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


class RatingChoice(TypedDict):
    """One answer the rating keypad offers; `low` ones raise an alert."""

    key: str
    score: int
    color: str
    low: NotRequired[bool]


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
    pin_max_failures: int = 10  # PCI DSS 4.0, 8.3.4: at most 10 tries
    pin_lock_minutes: int = 30  # and locked for at least 30 minutes
    rating_choices: tuple[RatingChoice, ...] = (
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
    # The hall's calendar: opening periods ("HH:MM", "HH:MM") each working day, the working
    # weekdays (ISO: 1 = Monday) and holidays (ISO dates). Appointment slots come from it.
    opening_hours: tuple[tuple[str, str], ...] = (("07:30", "11:30"), ("13:30", "17:00"))
    open_weekdays: tuple[int, ...] = (1, 2, 3, 4, 5)
    holidays: tuple[str, ...] = ()


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
    language: str = LANGUAGES[0]
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
