"""Cases through the sync on the real PostgreSQL: a case changed over days arrives with each
change once, a sync cut off doubles nothing, head office's reassignment comes back."""
# ruff: noqa: F811 - pytest fixtures imported from test_sync_support

from __future__ import annotations

import httpx
import pytest
from test_sync_support import (  # noqa: F401 - fixtures
    assert_identical,
    day_template,
    free_ticket,
    pg_hall,
    pgdb,
)

from hallq.commands.main import main
from hallq.hub.server import HubThread
from hallq.sync import central_cases
from hallq.sync import push as sync


class Cut(Exception):
    """A sync cut off at a hook point."""


def _ok(dsn, db, hall, **kw):
    res = sync.run_sync(dsn, db, hall, **kw)
    assert res.ok, res.error
    return res


def _open_case(hall, owner="NV01", phone="0912345678"):
    row, _ = hall.open_case(free_ticket(hall), owner, phone, by="NV01")
    return row["number"]


def _central_case(c, code, number):
    return c.one("SELECT owner, status, updated_at, day::text FROM cases WHERE hall_code = %s "
                 "AND number = %s", (code, number))


def _case_events(c, code, number):
    return c.all("SELECT type, count(*), count(DISTINCT seq) FROM events WHERE hall_code = %s "
                 "AND type LIKE 'case%%' AND data->'case'->>'number' = %s GROUP BY type "
                 "ORDER BY type", (code, number))


def test_a_case_changed_over_three_days_arrives_with_each_change_once(pgdb, day_template,
                                                                      tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    number = _open_case(hall)
    _ok(dsn, db, hall)
    with pgdb.owner() as c:
        owner, status, _, day = _central_case(c, code, number)
        assert (owner, status) == ("NV01", "received")
        assert day == hall.case(number).opened_at.isoformat()[:10]
    # Day 2: in progress, and given to NV02; day 3: done.
    hall.clock.advance(seconds=86400)
    hall.set_case_status(number, "in_progress", by="NV01")
    hall.reassign_case(number, "NV02", by="GS01")
    _ok(dsn, db, hall)
    with pgdb.owner() as c:
        assert _central_case(c, code, number)[:2] == ("NV02", "in_progress")
    hall.clock.advance(seconds=86400)
    hall.set_case_status(number, "done", by="NV02")
    res = _ok(dsn, db, hall)
    assert res.rows["cases"] == 1 and res.reconcile["ok"]
    with pgdb.owner() as c:
        owner, status, updated, _ = _central_case(c, code, number)
        assert (owner, status) == ("NV02", "done")
        assert updated == hall.m.Case.get_by_id(number).updated_at
        # Every change once: one event each, and one row of the case.
        assert _case_events(c, code, number) == [("case_opened", 1, 1), ("case_reassigned", 1, 1),
                                         ("case_status_changed", 2, 2)]
        assert c.value("SELECT count(*) FROM cases WHERE hall_code = %s AND number = %s",
                       (code, number)) == 1
        assert_identical(c, db, code)
    # The whole history compared with --reconcile-all too; a re-run sends nothing.
    again = _ok(dsn, db, hall, reconcile_all=True)
    assert again.rows_sent == 0 and again.reconcile["ok"]
    hall.store.close()


@pytest.mark.parametrize("where", ["sent_cases", "before_commit", "after_commit"])
def test_a_sync_cut_off_and_run_again_doubles_nothing(pgdb, day_template, tmp_path, where):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    _ok(dsn, db, hall)
    number = _open_case(hall)
    hall.clock.advance(seconds=3600)
    hall.set_case_status(number, "in_progress", by="NV01")

    def cut(point: str, batch: int) -> None:
        if point == where:
            raise Cut(point)

    with pytest.raises(Cut):
        sync.run_sync(dsn, db, hall, hook=cut)
    hall.set_case_status(number, "waiting_customer", by="NV01")  # the hall goes on meanwhile
    _ok(dsn, db, hall)
    _ok(dsn, db, hall)  # and once more: nothing new
    with pgdb.owner() as c:
        assert _central_case(c, code, number)[1] == "waiting_customer"
        assert _case_events(c, code, number) == [("case_opened", 1, 1),
                                                 ("case_status_changed", 2, 2)]
        assert_identical(c, db, code)
    hall.store.close()


def test_head_office_reassigns_a_case_and_the_hall_applies_it_once(pgdb, day_template,
                                                                  tmp_path, capsys):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    number = _open_case(hall)
    other = _open_case_on_another_ticket(hall)
    _ok(dsn, db, hall)
    owner_dsn = pgdb.dsn()
    assert main(["central", "case-owner", "--central", owner_dsn, "--hall", code, number,
                 "NV03"]) == 0
    assert "takes it at its next sync" in capsys.readouterr().out
    # Refused at head office, nothing written: unknown staff, unknown case, same owner.
    for args, said in [([number, "XX9"], "no staff member 'XX9'"),
                       (["HS-1999-000001", "NV03"], "no case HS-1999-000001"),
                       ([other, "NV01"], "already NV01's")]:
        with pytest.raises(SystemExit, match=said):
            main(["central", "case-owner", "--dsn", owner_dsn, "--hall", code, *args])
    # Meanwhile the hall gives the other case to NV04; head office (which saw NV01) to NV05.
    assert main(["central", "case-owner", "--dsn", owner_dsn, "--hall", code, other,
                 "NV05"]) == 0
    hall.reassign_case(other, "NV04", by="GS01")
    seq = hall.last_seq()
    res = _ok(dsn, db, hall)
    assert res.changes_applied == [f"case {number} given to NV03"]
    assert res.changes_refused == [f"the hall gave case {other} to NV04 meanwhile; the hall's "
                                   "choice stands"]
    assert hall.case(number).owner == "NV03" and hall.case(other).owner == "NV04"
    mine = [e for e in hall.events_since(seq, 100) if e["type"] == "case_reassigned"]
    assert len(mine) == 1 and mine[0]["staff"] == "head office"
    assert mine[0]["data"]["was"] == "NV01"
    with pgdb.owner() as c:
        assert _central_case(c, code, number)[0] == "NV03"  # sent back in the same sync
        assert c.all("SELECT number, state FROM central_changes ORDER BY id") == [
            (number, "applied"), (other, "conflict")]
    capsys.readouterr()
    assert main(["central", "changes", "--dsn", owner_dsn, "--hall", code]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[3:] for line in lines] == [
        [code, other, "case_owner", "to", "NV05", "conflict:", "the", "hall", "gave", "case",
         other, "to", "NV04", "meanwhile;", "the", "hall's", "choice", "stands"],
        [code, number, "case_owner", "to", "NV03", "applied:", "case", number, "given", "to",
         "NV03"]]
    assert main(["central", "changes", "--dsn", owner_dsn, "--pending"]) == 0
    assert capsys.readouterr().out == "No change from head office waits.\n"
    # Applying twice changes nothing: marked pending again (as if the mark was lost).
    with pgdb.owner() as c:
        c.execute("UPDATE central_changes SET state = 'pending' WHERE number = %s", (number,))
    seq = hall.last_seq()
    res = _ok(dsn, db, hall)
    assert res.changes_applied == [f"case {number} is NV03's"]
    assert [e["type"] for e in hall.events_since(seq, 100)] == ["sync_completed"]
    hall.store.close()


def _open_case_on_another_ticket(hall):
    row, _ = hall.open_case(free_ticket(hall), "NV01", "", by="NV01")
    return row["number"]


def test_cases_wait_for_the_hub_when_the_sync_has_no_hall(pgdb, day_template, tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    number = _open_case(hall)
    _ok(dsn, db, hall)
    with pgdb.owner() as c:
        central_cases.set_case_owner(c, code, number, "NV02")
    res = _ok(dsn, db, None)  # a hub serves the hall: this sync only sends
    assert res.changes_waiting == 1 and hall.case(number).owner == "NV01"
    hall.clock.advance(minutes=5)
    res = _ok(dsn, db, hall)
    assert hall.case(number).owner == "NV02" and res.changes_waiting == 0
    hall.store.close()


def test_index_answers_and_visits_served_reach_head_office_once(pgdb, day_template, tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    keys = [ix["key"] for ix in hall.satisfaction_indices()][:3]
    answered = {r.ticket_id for r in hall.m.IndexAnswer.select()}
    done = [t for t in hall.state.tickets.values() if t.state.value == "done"]
    for i, t in enumerate([t for t in done if t.id not in answered][:20]):
        hall.answer_indices({k: 1 + (i + j) % 5 for j, k in enumerate(keys)}, ticket_id=t.id)
    # Every answer of the day (the simulation's and these), by index; and by owner: the
    # case's owner when about a case, else the clerk who served the ticket.
    by_index: dict[tuple[str, str], list[int]] = {}
    by_owner: dict[str, list[int]] = {}
    for r in hall.m.IndexAnswer.select():
        owner = hall.case(r.case).owner if r.case else hall.state.tickets[r.ticket_id].staff
        by_index.setdefault((r.day.isoformat(), r.index), []).append(r.score)
        by_owner.setdefault(owner, []).append(r.score)
    served: dict[str, int] = {}
    for t in done:
        served[t.staff] = served.get(t.staff, 0) + 1

    def sums(v: list[int]) -> tuple[int, int, int]:
        return len(v), sum(v), sum(x * x for x in v)

    def cut(point: str, batch: int) -> None:
        if point == "after_commit":
            raise Cut(point)

    with pytest.raises(Cut):  # everything sent and acknowledged, the figures not yet made
        sync.run_sync(dsn, db, hall, hook=cut)
    for _ in range(2):  # then made, and made again the same
        _ok(dsn, db, hall)
        with pgdb.owner() as c:
            got = {(d, k): (n, s, q) for d, k, n, s, q in c.all(
                "SELECT day::text, index_key, answers, score_sum, score_sq FROM index_stats "
                "WHERE hall_code = %s", (code,))}
            assert got == {key: sums(v) for key, v in by_index.items()}
            assert sum(n for n, _, _ in got.values()) >= 60
            owners = {o: (v, (n, s, q)) for o, v, n, s, q in c.all(
                "SELECT owner, served, answers, score_sum, score_sq FROM owner_stats "
                "WHERE hall_code = %s", (code,))}
            assert owners == {o: (served.get(o, 0), sums(by_owner.get(o, [])))
                              for o in set(served) | set(by_owner)}
    hall.store.close()


def test_a_serving_hub_applies_head_offices_change_through_its_writer(pgdb, day_template,
                                                                     tmp_path, monkeypatch):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "hallq.toml").write_text(f'[sync]\ndsn = "{dsn}"\nenabled = true\n')
    monkeypatch.setenv("HALLQ_CONFIG_DIR", str(conf))
    number = _open_case(hall)
    _ok(dsn, db, hall)
    with pgdb.owner() as c:
        central_cases.set_case_owner(c, code, number, "NV06")
    server = HubThread(hall).start()
    try:
        sup, _ = hall.add_device("supervisor")
        auth = {"Authorization": f"Bearer {sup['token']}"}
        with httpx.Client(base_url=server.url, timeout=30) as http:
            login = http.post("/api/staff/login", headers=auth,
                              json={"code": "GS01", "pin": "9999"}).json()
            r = http.post("/api/sync/run", headers=auth | {"X-Staff-Session": login["session"]})
            assert r.status_code == 200, r.text
            out = r.json()["result"]
            assert out["ok"] and out["changes_applied"] == [f"case {number} given to NV06"]
            case = http.get(f"/api/cases/{number}", headers=auth |
                            {"X-Staff-Session": login["session"]}).json()
            assert case["case"]["owner"] == "NV06"
    finally:
        server.stop()
    assert hall.case(number).owner == "NV06"
    with pgdb.owner() as c:
        assert _central_case(c, code, number)[0] == "NV06"
        assert_identical(c, db, code)
    hall.store.close()
