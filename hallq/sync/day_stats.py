"""Per hall, day and service sums at head office, refreshed by each sync for the days it
touched: the central report groups 200 halls x 30 days x 5 services of these rows instead of
millions of tickets. PostgreSQL only (the SQLite demo has no report)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hallq.sync.central import Central

# Visits are first legs (a transfer is the same customer); wait = arrival -> first call;
# "within" compares it with the service's target wait (head office's config).
TICKETS = """
SELECT t.hall_code, t.day, t.service, max(s.target_wait_min) AS target,
       count(*) FILTER (WHERE t.leg = 1) AS visits,
       count(*) FILTER (WHERE t.leg = 1 AND t.called_at IS NOT NULL) AS called,
       sum(extract(epoch FROM t.called_at - t.arrival) / 60) FILTER (WHERE t.leg = 1)
         AS wait_sum,
       count(*) FILTER (WHERE t.leg = 1 AND t.called_at - t.arrival
                        <= coalesce(s.target_wait_min, 15) * interval '1 minute') AS within,
       count(*) FILTER (WHERE t.state = 'done') AS served,
       count(*) FILTER (WHERE t.state = 'no_show') AS no_shows
FROM tickets t LEFT JOIN services s ON s.hall_code = t.hall_code AND s.prefix = t.service
WHERE {where} GROUP BY t.hall_code, t.day, t.service
"""
RATINGS = """
SELECT hall_code, day, service, count(*) FILTER (WHERE rated) AS rated, count(*) AS offered,
       sum(score) FILTER (WHERE rated) AS score_sum
FROM ratings WHERE {where} GROUP BY hall_code, day, service
"""
INSERT = """
INSERT INTO day_stats (hall_code, day, service, target, visits, called, wait_sum, within,
                       served, no_shows, rated, offered, score_sum)
SELECT hall_code, day, service, t.target, coalesce(t.visits, 0), coalesce(t.called, 0),
       t.wait_sum, coalesce(t.within, 0), coalesce(t.served, 0), coalesce(t.no_shows, 0),
       coalesce(r.rated, 0), coalesce(r.offered, 0), r.score_sum
FROM ({tickets}) t FULL JOIN ({ratings}) r USING (hall_code, day, service)
"""


def hall_days(db: Any, after: int, upto: int) -> list[str]:
    """The days touched by the hall's events in (after, upto]: theirs, and those of the
    tickets they changed — read from the hall's own file, at no cost to head office."""
    return [r[0] for r in db.execute_sql(
        "SELECT day FROM event WHERE seq > ? AND seq <= ? UNION SELECT day FROM ticket "
        "WHERE id IN (SELECT ticket_id FROM event WHERE seq > ? AND seq <= ?)",
        (after, upto, after, upto)).fetchall() if r[0]]


def hall_online(db: Any, days: list[Any]) -> list[tuple[str, str, int]]:
    """(day, service, visits booked ahead or queued from a phone) of the hall's own days:
    its ticket_issued events marked with an origin (no phone number is read)."""
    if not days:
        return []
    marks = ", ".join("?" for _ in days)
    return [(str(d), s, int(n)) for d, s, n in db.execute_sql(
        "SELECT day, json_extract(data, '$.ticket.service'), count(*) FROM event "
        "WHERE type = 'ticket_issued' AND json_extract(data, '$.origin') IN "
        f"('phone', 'appointment') AND day IN ({marks}) GROUP BY 1, 2",
        [str(d) for d in days]).fetchall() if s]


def _central_days(central: Central, code: str, done: int, acked: int) -> list[Any]:
    """The same days found at head office: the events' days, and the days of the tickets
    they changed (a ticket's id grows with time, so those are among the tickets from the
    smallest id the events name: one range of the key, not a look-up per event)."""
    return [r[0] for r in central.all(
        "WITH e AS (SELECT day, ticket_id FROM events WHERE hall_code = %(c)s "
        "AND seq > %(a)s AND seq <= %(b)s) SELECT day FROM e UNION SELECT day FROM "
        "tickets WHERE hall_code = %(c)s AND id >= (SELECT min(ticket_id) FROM e)",
        {"c": code, "a": done, "b": acked})]


def refresh(central: Central, code: str,
            days_of: Callable[[int, int], list[str]] | None = None,
            online_of: Callable[[list[Any]], list[tuple[str, str, int]]] | None = None) -> int:
    """Recompute this hall's sums for the days touched since the last refresh (events after
    stats_seq): `days_of(after, upto)` from the hall when given, else found at head office;
    `online_of(days)`, from the hall, its visits booked ahead or queued from a phone.
    Returns the days."""
    if not central.pg:
        return 0
    with central.transaction():
        row = central.one("SELECT acked_seq, stats_seq FROM halls WHERE hall_code = %s "
                          "FOR UPDATE", (code,))
        if row is None or row[0] <= row[1]:
            return 0
        acked, done = row
        days = days_of(done, acked) if days_of else _central_days(central, code, done, acked)
        p = {"c": code, "days": days}
        central.execute("DELETE FROM day_stats WHERE hall_code = %(c)s AND day = ANY(%(days)s)",
                        p)
        central.execute(INSERT.format(
            tickets=TICKETS.format(where="t.hall_code = %(c)s AND t.day = ANY(%(days)s)"),
            ratings=RATINGS.format(where="hall_code = %(c)s AND day = ANY(%(days)s)")), p)
        if online_of is not None:
            central.executemany(
                "UPDATE day_stats SET online = %s WHERE hall_code = %s AND day = %s "
                "AND service = %s", [(n, code, date.fromisoformat(d), svc)
                                     for d, svc, n in online_of(days)])
        central.execute("UPDATE halls SET stats_seq = %s WHERE hall_code = %s", (acked, code))
    return len(days)


def rebuild(central: Central) -> None:
    """Recompute every hall's sums from scratch (head office, after loading rows by hand)."""
    with central.transaction():
        central.execute("DELETE FROM day_stats")
        central.execute(INSERT.format(tickets=TICKETS.format(where="true"),
                                      ratings=RATINGS.format(where="true")))
        central.execute("UPDATE halls SET stats_seq = acked_seq")
