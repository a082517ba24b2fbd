"""Head office's changes to the hall's cases and complaints, pulled by each sync and applied
through the hall's own methods (an event each, by "head office"), then acknowledged.

Applying is idempotent: a change is compared with the row first, so one applied before a
sync was cut off (not yet acknowledged) is found done and changes nothing the second time.
Conflict rule (hallq.sync.central_cases): the hall's own change since head office looked wins.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg

from hallq.domain import DomainError
from hallq.sync.central import Central, CentralError
from hallq.sync.central_cases import BY, CLOSED_CASES


@dataclass(frozen=True)
class Change:
    id: int
    kind: str
    number: str
    owner: str | None
    outcome: str | None
    closing_text: str | None
    seen_owner: str | None


def pending(central: Central, code: str) -> list[Change]:
    """This hall's changes waiting at head office, oldest first."""
    try:
        rows = central.all("SELECT id, kind, number, owner, outcome, closing_text, seen_owner "
                           "FROM central_changes WHERE hall_code = %s AND state = 'pending' "
                           "ORDER BY id", (code,))
    except (psycopg.errors.UndefinedTable, sqlite3.OperationalError):
        raise CentralError("old_schema", "Head office's database is of an earlier release: "
                           "run `hallq central init --dsn ...` there first (this hall's "
                           "events wait, nothing is lost).") from None
    return [Change(int(r[0]), *r[1:]) for r in rows]


def _case(hall: Any, ch: Change) -> tuple[str, str]:
    row = hall.m.Case.get_or_none(hall.m.Case.number == ch.number)
    if row is None:
        return "refused", f"the hall has no case {ch.number}"
    if row.owner == ch.owner:
        return "applied", f"case {ch.number} is {ch.owner}'s"  # (again: nothing to do)
    if row.status in CLOSED_CASES:
        return "refused", f"case {ch.number} was closed at the hall ({row.status})"
    if ch.seen_owner and row.owner != ch.seen_owner:
        return "conflict", (f"the hall gave case {ch.number} to {row.owner} meanwhile; "
                            "the hall's choice stands")
    hall.reassign_case(ch.number, ch.owner, by=BY)
    return "applied", f"case {ch.number} given to {ch.owner}"


def _complaint(hall: Any, ch: Change) -> tuple[str, str]:
    row = hall.m.Complaint.get_or_none(hall.m.Complaint.number == ch.number)
    if row is None:
        return "refused", f"the hall has no complaint {ch.number}"
    if row.closed_at is not None:
        if row.outcome == ch.outcome and row.closing_text == ch.closing_text:
            return "applied", f"complaint {ch.number} closed"  # (again: nothing to do)
        return "conflict", (f"the hall closed complaint {ch.number} meanwhile "
                            f"({row.outcome}); the hall's closing stands")
    hall.close_complaint(ch.number, ch.outcome, ch.closing_text, by=BY)
    return "applied", f"complaint {ch.number} closed ({ch.outcome})"


def apply(hall: Any, ch: Change) -> tuple[str, str]:
    """(state, sentence): applied, conflict or refused. Never raises for what the hall
    refuses (the sentence says why)."""
    try:
        if ch.kind == "case_owner":
            return _case(hall, ch)
        if ch.kind == "complaint_close":
            return _complaint(hall, ch)
    except DomainError as exc:
        return "refused", f"{ch.number}: {exc.message}"
    return "refused", f"unknown change {ch.kind!r}"


def pull(central: Central, code: str, hall: Any | None, res: Any) -> None:
    """Apply head office's pending changes through `hall` and mark each done (with no hall —
    a hub serves it — they wait for the hub's own sync)."""
    changes = pending(central, code)
    if not changes:
        return
    if hall is None:
        res.changes_waiting = len(changes)
        return
    for ch in changes:
        state, said = apply(hall, ch)
        # Acknowledged one by one: a sync cut off here finds the rest still pending, and the
        # ones applied but not marked are found done by apply() next time.
        with central.transaction():
            central.execute("UPDATE central_changes SET state = %s, result = %s, done_at = %s "
                            "WHERE id = %s AND state = 'pending'",
                            (state, said, datetime.now().astimezone().isoformat(), ch.id))
        (res.changes_applied if state == "applied" else res.changes_refused).append(said)
