"""The report's reads of the event log: a day's events, notes open at a day's end, events by seq."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

EVENT_COLUMNS = "seq, ts, day, type, ticket_id, counter, staff, data"


def day_events(store: Any, day: date) -> list[tuple]:
    """The day's events in order (one indexed read)."""
    sql = f"SELECT {EVENT_COLUMNS} FROM event WHERE day = ? ORDER BY seq"
    return list(store.db.execute_sql(sql, (day.isoformat(),)).fetchall())


def note_events(store: Any, day: date) -> list[tuple]:
    sql = (f"SELECT {EVENT_COLUMNS} FROM event WHERE type IN ('note_added', 'note_resolved') "
           "AND day <= ? ORDER BY seq")
    return list(store.db.execute_sql(sql, (day.isoformat(),)).fetchall())


def events_by_seq(store: Any, seqs: list[int], columns: str = EVENT_COLUMNS) -> list[tuple]:
    """The events at these places in the log (primary-key reads), in order."""
    out: list[tuple] = []
    for i in range(0, len(seqs), 500):  # well under SQLite's limit of parameters
        part = seqs[i:i + 500]
        out += store.db.execute_sql(f"SELECT {columns} FROM event WHERE seq IN "
                                    f"({', '.join('?' * len(part))})", part).fetchall()
    return sorted(out)


def open_follow_ups(notes: list[tuple], staff: dict[str, str], dkey: str
                    ) -> list[dict[str, Any]]:
    """Notes to follow up, added on or before the day and not resolved by its end;
    `staff`: the hall's staff names by code."""
    return [follow_up(nid, row, staff) for nid, row in open_notes(notes, dkey)]


def open_notes(notes: list[tuple], dkey: str) -> list[tuple[int, tuple]]:
    """(note id, its note_added event) of each note to follow up added on or before the day
    and not resolved by its end, by id.

    A note's id is not in its event; ids are given in insertion order, one note a
    note_added event, so the n-th note_added event is note n (checked against
    data["id"] when a newer hub logs it)."""
    added: dict[int, tuple] = {}
    resolved: set[int | None] = set()
    n = 0
    for row in notes:
        evday, typ, data = row[2], row[3], row[7]
        if evday > dkey:
            continue
        d = json.loads(data) if data else {}
        if typ == "note_added":
            n += 1
            if d.get("follow_up"):
                added[d.get("id", n)] = row
        elif typ == "note_resolved":
            resolved.add(d.get("note_id"))
    return [(k, v) for k, v in sorted(added.items()) if k not in resolved]


def follow_up(nid: int, row: tuple, staff_names: dict[str, str]) -> dict[str, Any]:
    """A note to follow up, from its note_added event (EVENT_COLUMNS)."""
    _seq, ts, evday, _typ, tid, counter, staff, data = row
    d = json.loads(data) if data else {}
    return {"id": nid, "day": evday, "ts": ts, "ticket_id": tid,
            "number": d.get("number", ""), "counter": counter,
            "staff": staff or "", "name": staff_names.get(staff or "", staff),
            "kind": d.get("kind", ""), "category": d.get("category", ""),
            "text": d.get("text", "")}
