"""`hallq simulate --days N`: cases (a few % of the visits of services with a case type; done
on time, late, refused), complaints (from ratings, notes and the ticket's page; closed with
an outcome and a text, or overdue) and index answers (a share of the served, lower scores
after longer waits), the same for the same seed."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from hallq.commands.main import main

START = date(2026, 3, 2)  # a Monday


def simulate(db: Path, days: int, tickets: int, seed: int = 3) -> None:
    assert main(["simulate", "--db", str(db), "--date", START.isoformat(), "--days", str(days),
                 "--tickets", str(tickets), "--seed", str(seed), "--fast"]) == 0


@pytest.fixture(scope="module")
def eight_days(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    db = tmp_path_factory.mktemp("sim") / "hall.db"
    simulate(db, 8, 300)
    con = sqlite3.connect(db)
    yield con
    con.close()


def one(con: sqlite3.Connection, sql: str) -> float:
    return con.execute(sql).fetchone()[0]


def test_cases_in_plausible_proportions(eight_days: sqlite3.Connection) -> None:
    con = eight_days
    served = one(con, "SELECT COUNT(*) FROM ticket WHERE state = 'done'")
    in_case_services = one(con, "SELECT COUNT(*) FROM ticket WHERE state = 'done' AND "
                                "service IN (SELECT service FROM case_type)")
    cases = one(con, "SELECT COUNT(*) FROM hall_case")
    assert one(con, "SELECT group_concat(service) FROM (SELECT service FROM case_type "
                    "ORDER BY service)") == "B,C,D"
    assert one(con, "SELECT COUNT(*) FROM hall_case WHERE service NOT IN ('B','C','D')") == 0
    assert 0.03 <= cases / in_case_services <= 0.10, (cases, in_case_services)
    assert 0.01 <= cases / served <= 0.04
    status = dict(con.execute("SELECT status, COUNT(*) FROM hall_case GROUP BY status"))
    closed = status.get("done", 0) + status.get("refused", 0)
    assert status.get("refused", 0) >= 1 and closed >= cases / 2
    late = one(con, "SELECT COUNT(*) FROM hall_case WHERE status = 'done' AND "
                    "substr(updated_at, 1, 10) > due")
    on_time = one(con, "SELECT COUNT(*) FROM hall_case WHERE status = 'done' AND "
                       "substr(updated_at, 1, 10) <= due")
    assert late >= 1 and on_time > 2 * late
    assert one(con, "SELECT COUNT(*) FROM hall_case WHERE phone != ''") == 0


def test_complaints_from_each_source_some_closed_some_overdue(
        eight_days: sqlite3.Connection) -> None:
    con = eight_days
    sources = dict(con.execute("SELECT source, COUNT(*) FROM complaint GROUP BY source"))
    assert set(sources) == {"rating", "note", "customer"}
    served = one(con, "SELECT COUNT(*) FROM ticket WHERE state = 'done'")
    assert sources["customer"] / served < 0.01  # the page's own are rare
    closed = con.execute("SELECT outcome, closing_text FROM complaint "
                         "WHERE closed_at IS NOT NULL").fetchall()
    total = sum(sources.values())
    assert 0.4 <= len(closed) / total <= 0.85
    assert {o for o, _ in closed} == {"resolved", "partly_resolved", "unfounded"}
    assert all(text for _, text in closed)
    overdue = one(con, "SELECT COUNT(*) FROM complaint WHERE closed_at IS NULL "
                       "AND due < '2026-03-11'")
    assert overdue >= 1
    assert one(con, "SELECT COUNT(*) FROM complaint WHERE level > 0") >= 1  # escalated
    # the next morning's sorting out: every complaint older than a day has its cause
    assert one(con, "SELECT COUNT(*) FROM complaint WHERE cause = '' "
                    "AND substr(opened_at, 1, 10) < '2026-03-11'") == 0


def test_index_answers_a_share_of_the_served_lower_after_long_waits(
        eight_days: sqlite3.Connection) -> None:
    con = eight_days
    served = one(con, "SELECT COUNT(*) FROM ticket WHERE state = 'done'")
    answered = one(con, "SELECT COUNT(DISTINCT ticket_id) FROM index_answer")
    assert 0.12 <= answered / served <= 0.24, (answered, served)
    assert one(con, "SELECT MIN(score) FROM index_answer") >= 1
    assert one(con, "SELECT MAX(score) FROM index_answer") <= 5
    # the wait: the first leg's call minus its arrival, in minutes
    waits = """SELECT a.score, (julianday(f.called_at) - julianday(f.arrival)) * 1440 AS w
               FROM index_answer a JOIN ticket t ON t.id = a.ticket_id
               JOIN ticket f ON f.day = t.day AND f.number = t.number AND f.leg = 1
               WHERE a."index" = 'waiting_time'"""
    short = [s for s, w in con.execute(waits) if w < 5]
    long = [s for s, w in con.execute(waits) if w > 20]
    assert len(short) >= 50 and len(long) >= 20
    assert sum(short) / len(short) - sum(long) / len(long) >= 1.5


def test_the_same_seed_gives_the_same_aftercare(tmp_path: Path) -> None:
    def tables(db: Path) -> list[list[tuple]]:
        con = sqlite3.connect(db)
        out = [con.execute(sql).fetchall() for sql in (
            "SELECT number, service, owner, status, opened_at, due, updated_at FROM hall_case",
            "SELECT number, source, cause, owner, opened_at, closed_at, outcome FROM complaint",
            'SELECT ticket_id, "index", score, answered_at FROM index_answer')]
        con.close()
        return out

    simulate(tmp_path / "a.db", 3, 80, seed=5)
    simulate(tmp_path / "b.db", 3, 80, seed=5)
    a, b = tables(tmp_path / "a.db"), tables(tmp_path / "b.db")
    assert a == b and all(a)
