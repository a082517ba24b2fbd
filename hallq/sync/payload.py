"""What one push batch carries from the hall: its events, and the current rows of the
tickets, ratings, notes, sessions, cases and complaints those events touch, as head office
keeps them (no personal data or free text: see central_tables)."""

from __future__ import annotations

from typing import Any

from hallq.sync.central_tables import TABLES, Table
from hallq.sync.touched import Touched, select_in


def _cols(table: Table) -> str:
    """The hall's SELECT list of a table: its columns as head office keeps them."""
    return ", ".join(table.select(c) for c in table.names)


def read_batch(db: Any, after: int, limit: int) -> dict[str, list[tuple]]:
    """Events after `after` and the current rows they touch, in one read snapshot."""
    ev = TABLES["events"]
    events = db.execute_sql(f"SELECT {_cols(ev)} FROM event WHERE seq > ? ORDER BY seq "
                            "LIMIT ?", (after, limit)).fetchall()
    touched = Touched()
    for _seq, ts, _day, kind, ticket_id, _counter, _staff, data in events:
        touched.add(ts, kind, ticket_id, data)
    out = {"events": events}
    t = TABLES
    out["tickets"] = select_in(db, f"SELECT {_cols(t['tickets'])} FROM ticket WHERE id IN ({{qs}})",
                         sorted(touched.tickets))
    out["ratings"] = select_in(db, f"SELECT {_cols(t['ratings'])} FROM rating "
                             "WHERE ticket_id IN ({qs})", sorted(touched.rated))
    out["notes"] = select_in(db, f"SELECT {_cols(t['notes'])} FROM note WHERE ticket_id IN ({{qs}})",
                       sorted(touched.noted))
    stamps = sorted(touched.stamps)
    sessions: dict[str, tuple] = {}
    for col in ("login_at", "logout_at"):
        for r in select_in(db, f"SELECT {_cols(t['sessions'])} FROM session WHERE {col} IN ({{qs}})",
                     stamps):
            sessions[r[0]] = r
    out["sessions"] = list(sessions.values())
    out["cases"] = select_in(db, f"SELECT {_cols(t['cases'])} FROM hall_case WHERE number "
                             "IN ({qs})", sorted(touched.cases))
    out["complaints"] = select_in(db, f"SELECT {_cols(t['complaints'])} FROM complaint "
                                  "WHERE number IN ({qs})", sorted(touched.complaints))
    for name, table in t.items():
        if table.day_from:
            # Its day: the date of that column as the hall wrote it (see central_tables.TABLES).
            at = table.names.index(table.day_from)
            out[name] = [r + (r[at][:10],) for r in out[name]]
    return out
