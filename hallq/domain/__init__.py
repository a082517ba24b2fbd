"""Pure rules and value types of a hall: services, tickets, the queue's order, alerts (no I/O)."""

from hallq.domain.values import (
    ACTIVE_STATES,
    AT_COUNTER_STATES,
    LANGUAGES,
    Counter,
    CounterState,
    CounterStatus,
    DeviceRole,
    DomainError,
    Event,
    HallInfo,
    Priority,
    Service,
    Staff,
    StaffRole,
    Ticket,
    TicketState,
    jsonable,
    ticket_from_json,
)

__all__ = [
    "ACTIVE_STATES", "AT_COUNTER_STATES", "LANGUAGES", "Counter", "CounterState",
    "CounterStatus", "DeviceRole", "DomainError", "Event", "HallInfo", "Priority", "Service",
    "Staff", "StaffRole", "Ticket", "TicketState", "jsonable", "ticket_from_json",
]
