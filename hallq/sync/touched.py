"""Which of the hall's rows an event changes: the rule the push uses to send each row with
its events, and reconcile uses to leave out rows still on their way to head office."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

MOVES = ("ticket_transferred", "ticket_requeued")  # name the other leg in data
RATINGS = ("ticket_rated", "ticket_not_rated")
NOTES = ("note_added", "note_resolved")
# A session row is opened or closed by one of these, and carries the event's exact time.
SESSIONS = ("staff_login", "staff_logout", "config_changed")
CASES = ("case_", "complaint_")  # the kinds of events that change a case or a complaint




def _number(d: dict[str, Any], key: str) -> str | None:
    """The case's or complaint's number an event names: data[key]["number"] (the row as the
    hall keeps it), else data["number"]."""
    row = d.get(key)
    found = row.get("number") if isinstance(row, dict) else None
    found = found or d.get("number")
    return str(found) if found else None


@dataclass
class Touched:
    """Tickets (by id), ratings and notes (by their ticket's id), sessions (by the time of
    the event that opened or closed them), cases and complaints (by number) changed by some
    events."""

    tickets: set[int] = field(default_factory=set)
    rated: set[int] = field(default_factory=set)
    noted: set[int] = field(default_factory=set)
    stamps: set[str] = field(default_factory=set)
    cases: set[str] = field(default_factory=set)
    complaints: set[str] = field(default_factory=set)

    def add(self, ts: str, kind: str, ticket_id: int | None, data: str | None) -> None:
        """One event row: its time as stored, type, ticket id and JSON data."""
        if ticket_id is not None:
            self.tickets.add(ticket_id)
        if kind in MOVES:
            d: dict[str, Any] = json.loads(data or "{}")
            self.tickets.update(x for x in (d.get("to_id"), d.get("from_id")) if x is not None)
        elif kind in RATINGS and ticket_id is not None:
            self.rated.add(ticket_id)
        elif kind in NOTES and ticket_id is not None:
            self.noted.add(ticket_id)
        elif kind in SESSIONS:
            self.stamps.add(ts)
        elif kind.startswith(CASES):  # every change of a case or complaint is an event
            d = json.loads(data or "{}")
            key = "case" if kind.startswith("case_") else "complaint"
            number = _number(d, key)
            if number:
                (self.cases if key == "case" else self.complaints).add(number)


def select_in(db: Any, sql: str, values: list[Any], chunk: int = 900) -> list[tuple[Any, ...]]:
    """SELECT ... WHERE x IN ({qs}) over the hall's SQLite, chunked below its limit of
    variables per statement."""
    out: list[tuple[Any, ...]] = []
    for i in range(0, len(values), chunk):
        part = values[i:i + chunk]
        out += db.execute_sql(sql.format(qs=", ".join(["?"] * len(part))), part).fetchall()
    return out
