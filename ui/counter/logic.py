"""The counter window's rules over the client's model, Qt-free: queue order, what may be pressed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from hallq.domain import Counter, Service, Ticket, is_overdue, queue
from hallq.wire import hall_info_from, ticket_from_json

KEEP = object()  # "draw the ticket the model says is at the counter"

# Every action the window offers, by the name the buttons and shortcuts use.
ACTIONS = ("call_next", "recall", "start", "finish", "no_show", "transfer", "pause",
           "note", "close", "call_ticket", "book")


def services_from(snapshot: dict[str, Any]) -> dict[str, Service]:
    out = {}
    for s in snapshot.get("services", []):
        out[s["prefix"]] = Service(s["prefix"], dict(s["names"]), s["target_wait_min"],
                                   s["typical_service_min"], s["active"], s["kiosk_order"],
                                   s["queue_limit"])
    return out


def counters_from(snapshot: dict[str, Any]) -> dict[int, Counter]:
    return {c["number"]: Counter(c["number"], c["name"], tuple(c["services"]))
            for c in snapshot.get("counters", [])}


class QueueView:
    """The hub's call rule (hallq.domain.queue.call_order) run over the client's copy of the hall.

    Built once per snapshot (services, counters, hall settings change only with one); the
    tickets come fresh from the client model each time the order is asked for.
    """

    def __init__(self, snapshot: dict[str, Any]):
        self.state = queue.QueueState(hall_info_from(snapshot.get("hall") or
                                                     {"code": "", "name": ""}),
                                      services_from(snapshot), counters_from(snapshot))
        # Parsed tickets by id, with the dict they came from: the client replaces a ticket's
        # dict when an event changes it, so an unchanged dict needs no parsing again.
        self._parsed: dict[int, tuple[dict, Ticket]] = {}

    def order(self, tickets: dict[int, dict], counter: int, now: datetime) -> list[Ticket]:
        """Waiting tickets in the order counter `counter` would call them (empty if unknown)."""
        if counter not in self.state.counters:
            return []
        waiting = [self._ticket(t) for t in tickets.values() if t["state"] == "waiting"]
        if len(self._parsed) > 4 * len(tickets) + 100:
            self._parsed = {k: v for k, v in self._parsed.items() if k in tickets}
        return queue.call_order(self.state, counter, now, waiting)

    def _ticket(self, d: dict) -> Ticket:
        hit = self._parsed.get(d["id"])
        if hit is not None and hit[0] is d:
            return hit[1]
        t = ticket_from_json(d)
        self._parsed[d["id"]] = (d, t)
        return t

    def overdue(self, t: Ticket, now: datetime) -> bool:
        """Waited its service's target (the call rule's "overdue"): drawn red."""
        svc = self.state.services.get(t.service)
        return is_overdue(t.arrival, svc.target_wait_min if svc else None, now)


@dataclass
class CounterView:
    """What the window needs to decide which actions apply, read from the client model."""

    connected: bool = False
    logged_in: bool = False
    busy: bool = False  # a command is on its way to the hub
    counter_state: str = "closed"  # closed | open | paused
    ticket: dict | None = None  # the ticket at the counter (called or serving)
    recalls_needed: int = 1
    waiting: int = 0  # tickets this counter could call
    note_ticket: int | None = None  # the visit a note would be about
    selected: int | None = None  # the ticket picked in the queue list
    reasons: dict[str, str] = field(default_factory=dict)


def allowed(v: CounterView) -> dict[str, bool]:
    """Which actions can apply now. The hub checks again; this keeps the clerk out of
    states the hub would refuse. A visit's service starts when its customer is called (see
    docs/counter.md): "Start serving" is optional, so a called customer can be finished,
    transferred or finished-and-next at once."""
    base = v.connected and v.logged_in and not v.busy
    t = v.ticket
    state = t["state"] if t else None
    is_open = v.counter_state == "open"
    free = t is None
    at_counter = state in ("called", "serving")
    return {
        # "Next": finish the customer at the counter (if any) and call the next, one press.
        "call_next": base and is_open and (at_counter or v.waiting > 0),
        "call_ticket": base and is_open and free and v.selected is not None,
        "recall": base and state == "called",
        "start": base and state == "called",
        "finish": base and at_counter,
        "no_show": base and state == "called" and t["recalls"] >= v.recalls_needed,
        "transfer": base and at_counter,
        "pause": base and free and v.counter_state in ("open", "paused"),
        "note": base and v.note_ticket is not None,
        "close": base and free and v.counter_state in ("open", "paused"),
        # An appointment for the customer here (another day): whatever the counter's state.
        "book": base,
    }


def current_ticket(tickets: dict[int, dict], counters: dict[int, dict],
                   counter: int) -> dict | None:
    """The ticket at the counter now: the one its status points to, if still called/serving."""
    st = (counters.get(counter) or {}).get("status") or {}
    tid = st.get("ticket_id")
    t = tickets.get(tid) if tid is not None else None
    if t is not None and t["state"] in ("called", "serving") and t.get("counter") == counter:
        return t
    return None


def confirmation(action: str, r: dict, client: Any, counter: int) -> Callable[[], bool]:
    """A test that the client's model shows the hub's reply `r` to `action`: its events
    have reached this window (the reply and the event stream race each other)."""
    if "service" not in r:  # a counter status (pause, resume), not a ticket
        return lambda: ((client.counters.get(counter) or {}).get("status") or {}).get(
            "state") == r.get("state")
    if action == "transfer":
        return lambda: client.tickets.get(r["parent_id"], {}).get("state") == "transferred"
    if action == "next" and r.get("state") != "called":  # nobody else waited: a finish
        action = "finish"
    if action in ("call-next", "call", "next"):
        return lambda: (current_ticket(client.tickets, client.counters, counter) or {}).get(
            "id") == r["id"]
    return lambda: client.tickets.get(r["id"], {}).get("state") == r["state"] and \
        client.tickets[r["id"]].get("recalls") == r.get("recalls")


def parse_ts(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def minutes_between(start: datetime | None, end: datetime) -> float:
    return max(0.0, (end - start).total_seconds() / 60) if start else 0.0


def clock_text(seconds: float) -> str:
    """A duration as M:SS under an hour, H:MM:SS past it (what a clerk reads at a glance)."""
    s = max(0, int(seconds))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def utc_now() -> datetime:
    return datetime.now(UTC)
