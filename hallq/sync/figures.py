"""The hall's per-day figures for head office's report of cases, complaints and indices:
index answers (count, sum, sum of squares per day and index) and, per staff member, visits
served and the answers about them, counted from the hall's own file and replaced at head
office day by day.

Which days: those of the events sent since the last refresh (halls.figures_seq, moved in
the same transaction); every answer is an `indices_answered` event of its day, every visit
served a ticket's events. Replaced, not added: a re-run or a sync cut off before its refresh
doubles nothing; an empty re-sync costs one query. PostgreSQL only, like the report.
"""

from __future__ import annotations

from typing import Any

from hallq.sync.central import Central
from hallq.sync.day_stats import hall_days

INDEX_SQL = """
SELECT day, "index", count(*), sum(score), sum(score * score) FROM index_answer
WHERE day IN ({marks}) GROUP BY 1, 2
"""
# Per owner: visits served (a ticket leg finished at a counter, counted for its clerk) and
# the answers about them (the case's owner when about a case, else the clerk who served
# the ticket; '' when neither is known).
OWNER_SQL = """
WITH served AS (
  SELECT day, staff AS owner, count(*) AS n FROM ticket
  WHERE state = 'done' AND staff IS NOT NULL AND day IN ({marks}) GROUP BY 1, 2),
answered AS (
  SELECT a.day, coalesce(c.owner, t.staff, '') AS owner, count(*) AS n,
         sum(a.score) AS s, sum(a.score * a.score) AS q
  FROM index_answer a LEFT JOIN hall_case c ON c.number = a."case"
       LEFT JOIN ticket t ON t.id = a.ticket_id
  WHERE a.day IN ({marks}) GROUP BY 1, 2),
keys AS (SELECT day, owner FROM served UNION SELECT day, owner FROM answered)
SELECT k.day, k.owner, coalesce(v.n, 0), coalesce(a.n, 0), coalesce(a.s, 0), coalesce(a.q, 0)
FROM keys k LEFT JOIN served v USING (day, owner) LEFT JOIN answered a USING (day, owner)
"""


def _read(db: Any, sql: str, days: list[str]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for i in range(0, len(days), 400):
        part = days[i:i + 400]
        marks = ", ".join("?" * len(part))
        out += db.execute_sql(sql.format(marks=marks),
                              part * sql.count("{marks}")).fetchall()
    return out


def refresh(central: Central, code: str, db: Any) -> list[str]:
    """Replace this hall's figures for the days changed since the last refresh; returns them."""
    if not central.pg:
        return []
    with central.transaction():
        row = central.one("SELECT acked_seq, figures_seq FROM halls WHERE hall_code = %s "
                          "FOR UPDATE", (code,))
        if row is None:
            return []
        acked, done = int(row[0]), int(row[1])
        if acked <= done:
            return []
        days_l = sorted(set(hall_days(db, done, acked)))
        central.execute("DELETE FROM index_stats WHERE hall_code = %s AND day = ANY(%s::date[])",
                        (code, days_l))
        central.execute("DELETE FROM owner_stats WHERE hall_code = %s AND day = ANY(%s::date[])",
                        (code, days_l))
        central.executemany(
            "INSERT INTO index_stats (hall_code, day, index_key, answers, score_sum, "
            "score_sq) VALUES (%s, %s::date, %s, %s, %s, %s)",
            [(code, *r) for r in _read(db, INDEX_SQL, days_l)])
        central.executemany(
            "INSERT INTO owner_stats (hall_code, day, owner, served, answers, score_sum, "
            "score_sq) VALUES (%s, %s::date, %s, %s, %s, %s, %s)",
            [(code, *r) for r in _read(db, OWNER_SQL, days_l)])
        central.execute("UPDATE halls SET figures_seq = %s WHERE hall_code = %s",
                        (acked, code))
    return days_l
