"""Pure rules and value types of a hall: services, tickets, the queue's order, alerts (no I/O)."""

from hallq.domain.errors import (
    DomainError,
    Forbidden,
    InvalidInput,
    Locked,
    NotFound,
    Unauthenticated,
    Unavailable,
)
from hallq.domain.values import (
    ACTIVE_STATES,
    AT_COUNTER_STATES,
    DEFAULT_SERVICE_MIN,
    DEFAULT_TARGET_WAIT_MIN,
    LANGUAGES,
    Counter,
    CounterState,
    CounterStatus,
    DeviceRole,
    Event,
    HallInfo,
    Priority,
    RatingChoice,
    Service,
    Staff,
    StaffRole,
    Ticket,
    TicketState,
    is_overdue,
    jsonable,
    local_business_day,
    name_in,
    overdue_at,
    parse_time,
    valid_customer_code,
)

__all__ = [
    "ACTIVE_STATES", "AT_COUNTER_STATES", "LANGUAGES", "Counter", "CounterState",
    "CounterStatus", "DeviceRole", "DomainError", "Forbidden", "InvalidInput", "Locked",
    "NotFound", "Unauthenticated", "Unavailable", "Event", "HallInfo", "Priority",
    "RatingChoice", "Service", "Staff", "StaffRole", "Ticket", "TicketState", "is_overdue",
    "jsonable", "local_business_day", "name_in", "overdue_at", "parse_time", "valid_customer_code",
    "DEFAULT_SERVICE_MIN", "DEFAULT_TARGET_WAIT_MIN",
]
