"""Head office's side of cases and complaints: its pending changes (reassign a case, close a
complaint escalated to it) and the per-day figures the halls send (index answers, visits
served per staff member), with their tables.

A change is written here as `pending`; the hall's next sync applies it through the hall's
own methods (an event each, by "head office") and marks it `applied`, `conflict` or
`refused` with a sentence. Conflict rule: the hall's change wins. Each change keeps the owner
head office saw; if the hall gave the case to someone else meanwhile, or closed the
complaint itself, the hall's decision stands and the change is marked `conflict` (head
office sees it in `hallq central changes` and may send it again). A complaint at level 2 is
head office's to close whoever owns it at the hall now.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from hallq.sync.errors import CentralError

if TYPE_CHECKING:
    from hallq.sync.central_db import CentralDB

BY = "head office"  # who a change applied at the hall was made by (its event's staff)
KINDS = ("case_owner", "complaint_close")
OUTCOMES = ("resolved", "partly_resolved", "unfounded")  # hallq.domain.complaints.Outcome
CLOSED_CASES = ("done", "refused")
# Tables a hall's role may read and write its own rows of (row-level security, grants).
HALL_TABLES = ("central_changes", "index_stats", "owner_stats")


def ddl(pg: bool, t: Any) -> list[str]:
    """The tables of head office's changes (both databases) and of the figures (PostgreSQL)."""
    serial = "bigserial" if pg else "INTEGER"
    out = [f"CREATE TABLE IF NOT EXISTS central_changes (id {serial} PRIMARY KEY, "
           f"hall_code text NOT NULL REFERENCES halls(hall_code), kind text NOT NULL, "
           f"number text NOT NULL, owner text, outcome text, closing_text text, "
           f"seen_owner text, made_at {t('ts')}, made_by text NOT NULL DEFAULT '', "
           f"state text NOT NULL DEFAULT 'pending', result text NOT NULL DEFAULT '', "
           f"done_at {t('ts')})",
           "CREATE INDEX IF NOT EXISTS central_changes_pending ON central_changes "
           "(hall_code, id) WHERE state = 'pending'",
           # head office's list of complaints escalated to it
           "CREATE INDEX IF NOT EXISTS complaints_level ON complaints (level, hall_code) "
           "WHERE level >= 2"]
    if pg:
        out += [
            # Per hall, day and index: answers, sum and sum of squares of the scores (mean
            # and spread).
            "CREATE TABLE IF NOT EXISTS index_stats (hall_code text NOT NULL, day date NOT "
            "NULL, index_key text NOT NULL, answers bigint NOT NULL, score_sum bigint NOT "
            "NULL, score_sq bigint NOT NULL, PRIMARY KEY (hall_code, day, index_key))",
            "CREATE INDEX IF NOT EXISTS index_stats_day ON index_stats (day)",
            # Per hall, day and staff member: visits served (complaints per 1,000 visits),
            # and the index answers about them (every index together: the case's owner,
            # else the clerk who served the ticket).
            "CREATE TABLE IF NOT EXISTS owner_stats (hall_code text NOT NULL, day date NOT "
            "NULL, owner text NOT NULL, served bigint NOT NULL, answers bigint NOT NULL, "
            "score_sum bigint NOT NULL, score_sq bigint NOT NULL, "
            "PRIMARY KEY (hall_code, day, owner))",
            "CREATE INDEX IF NOT EXISTS owner_stats_day ON owner_stats (day)",
            "ALTER TABLE halls ADD COLUMN IF NOT EXISTS figures_seq bigint NOT NULL DEFAULT 0",
            "CREATE INDEX IF NOT EXISTS cases_due ON cases (due)",
            "CREATE INDEX IF NOT EXISTS complaints_opened ON complaints (opened_at)",
        ]
    return out


def grants(central: CentralDB, role: Any) -> None:
    """What a hall's role may do here: read its pending changes and mark them done; replace
    its own figures."""
    from psycopg.sql import SQL

    central.execute(SQL("GRANT SELECT, UPDATE (state, result, done_at) ON central_changes "
                        "TO {}").format(role))
    central.execute(SQL("GRANT SELECT, INSERT, DELETE ON index_stats, owner_stats TO {}")
                    .format(role))


# ------------------------------------------------------------------ the operator's changes
def _row(central: CentralDB, table: str, code: str, number: str) -> tuple[Any, ...]:
    cols = "owner, status" if table == "cases" else "owner, level, closed_at"
    row = central.one(f"SELECT {cols} FROM {table} WHERE hall_code = %s AND number = %s",
                      (code, number))
    if row is None:
        what = "case" if table == "cases" else "complaint"
        raise CentralError(f"unknown_{what}", f"Head office has no {what} {number} of hall "
                           f"{code} (not sent yet? it arrives with the hall's next sync).")
    return row


def _add(central: CentralDB, code: str, kind: str, number: str, seen: str,
         **values: Any) -> int:
    """Write the change as pending; an older pending change of the same row and kind is
    superseded (the hall applies only the newest)."""
    now = datetime.now().astimezone().isoformat()
    central.execute("UPDATE central_changes SET state = 'superseded', done_at = %s "
                    "WHERE hall_code = %s AND number = %s AND kind = %s AND state = 'pending'",
                    (now, code, number, kind))
    cols = ["hall_code", "kind", "number", "seen_owner", "made_at", *values]
    by = "current_user" if central.pg else "'head office'"  # who wrote it, as PostgreSQL knows
    central.execute(f"INSERT INTO central_changes ({', '.join(cols)}, made_by) VALUES "
                    f"({', '.join(['%s'] * len(cols))}, {by})",
                    (code, kind, number, seen, now, *values.values()))
    return int(central.value("SELECT max(id) FROM central_changes WHERE hall_code = %s "
                             "AND number = %s AND kind = %s", (code, number, kind)))


def set_case_owner(central: CentralDB, code: str, number: str, owner: str) -> int:
    """Head office gives a hall's case to another of that hall's staff (pending until the
    hall's next sync). Returns the change's id."""
    number, owner = number.strip().upper(), owner.strip()
    with central.transaction():
        seen, status = _row(central, "cases", code, number)
        if status in CLOSED_CASES:
            raise CentralError("case_closed", f"Case {number} of hall {code} is {status}: "
                               "nothing to reassign.")
        if central.one("SELECT 1 FROM staff WHERE hall_code = %s AND code = %s", (code, owner)
                       ) is None:
            raise CentralError("unknown_staff", f"Hall {code} has no staff member {owner!r} "
                               "(as of its last sync).")
        if owner == seen:
            raise CentralError("same_owner", f"Case {number} is already {owner}'s.")
        return _add(central, code, "case_owner", number, seen, owner=owner)


def close_complaint(central: CentralDB, code: str, number: str, outcome: str,
                    text: str) -> int:
    """Head office closes a complaint escalated to it (level 2) with an outcome and its
    answer (pending until the hall's next sync). Returns the change's id."""
    number, text = number.strip().upper(), text.strip()
    if outcome not in OUTCOMES:
        raise CentralError("bad_outcome", f"Unknown outcome {outcome!r}: one of "
                           + ", ".join(OUTCOMES) + ".")
    if not text:
        raise CentralError("closing_text_required", "Write how the complaint was answered "
                           "(--text).")
    with central.transaction():
        seen, level, closed = _row(central, "complaints", code, number)
        if closed is not None:
            raise CentralError("complaint_closed", f"Complaint {number} of hall {code} is "
                               "already closed.")
        if int(level or 0) < 2:
            raise CentralError("not_escalated", f"Complaint {number} of hall {code} is still "
                               "the hall's (level " + str(int(level or 0)) + "): head office "
                               "closes only complaints escalated to it (level 2).")
        return _add(central, code, "complaint_close", number, seen, outcome=outcome,
                    closing_text=text)


COMPLAINTS_SQL = """
SELECT c.hall_code, c.number, c.cause, c.owner, c.opened_at, c.due, c.level, c.closed_at,
       c.outcome,
       (SELECT x.kind || ' ' || x.state || CASE WHEN x.result <> '' THEN ': ' || x.result
               ELSE '' END FROM central_changes x
        WHERE x.hall_code = c.hall_code AND x.number = c.number ORDER BY x.id DESC LIMIT 1)
FROM complaints c WHERE c.level >= 2 {open} {hall} ORDER BY c.opened_at, c.hall_code, c.number
"""
COMPLAINT_KEYS = ("hall", "number", "cause", "owner", "opened_at", "due", "level",
                  "closed_at", "outcome", "head_office_change")


def escalated(central: CentralDB, open_only: bool = False,
              hall: str | None = None) -> list[dict[str, Any]]:
    """Complaints escalated to head office (level 2), oldest first, with the state of head
    office's last change to each."""
    sql = COMPLAINTS_SQL.format(open="AND c.closed_at IS NULL" if open_only else "",
                                hall="AND c.hall_code = %s" if hall else "")
    return [dict(zip(COMPLAINT_KEYS, r, strict=True))
            for r in central.all(sql, (hall,) if hall else ())]


CHANGE_KEYS = ("id", "hall", "kind", "number", "owner", "outcome", "made_at", "made_by",
               "state", "result", "done_at")


def changes(central: CentralDB, hall: str | None = None,
            pending_only: bool = False) -> list[dict[str, Any]]:
    """Head office's changes, newest first, with how each went at its hall (never the
    closing text: it is the hall's business once sent)."""
    where = [w for w, on in (("hall_code = %s", hall), ("state = 'pending'", pending_only))
             if on]
    return [dict(zip(CHANGE_KEYS, r, strict=True)) for r in central.all(
        "SELECT id, hall_code, kind, number, owner, outcome, made_at, made_by, state, result, "
        "done_at FROM central_changes" + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY id DESC", (hall,) if hall else ())]
