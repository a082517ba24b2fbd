"""Complaints through the sync on the real PostgreSQL: no phone and no customer's or staff's
words reach head office; a complaint escalated to head office is closed there and the hall
takes the closing once."""
# ruff: noqa: F811 - pytest fixtures imported from test_sync_support

from __future__ import annotations

from datetime import date

from test_sync_support import (  # noqa: F401 - fixtures
    assert_identical,
    day_template,
    free_tickets,
    pg_hall,
    pgdb,
)

from hallq.commands.main import main
from hallq.sync import push as sync

PHONE = "0987654321"
WORDS = "Nhân viên quát tôi RIENG-TU-KHACH"  # the customer's words
ANSWER = "Xin lỗi chị Lan RIENG-TU-TRA-LOI"  # the staff's answer, which may quote them
REASON = "Thiếu giấy tờ của ông Bình RIENG-TU-LY-DO"  # a case refused with its reason


def _ok(dsn, db, hall, **kw):
    res = sync.run_sync(dsn, db, hall, **kw)
    assert res.ok, res.error
    return res




def test_no_phone_and_no_words_of_customer_or_staff_reach_head_office(pgdb, day_template,
                                                                       tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    t1, t2, t3 = free_tickets(hall, 3)
    case, _ = hall.open_case(t1, "NV01", PHONE, by="NV01")
    hall.set_case_status(case["number"], "refused", reason=REASON, by="NV01")
    k1 = hall.open_complaint("customer", "NV02", "staff_attitude", ticket_id=t2, text=WORDS)
    hall.close_complaint(k1["number"], "resolved", ANSWER, by="NV02")
    k2 = hall.open_complaint("note", "NV03", "billing", ticket_id=t3, text=WORDS + " 2")
    hall.escalate_complaints(date(2024, 6, 3))
    res = _ok(dsn, db, hall)
    # (the simulated day made complaints of its own, from its notes and ratings)
    assert res.rows["complaints"] == hall.m.Complaint.select().count() > 2
    assert res.rows["cases"] == hall.m.Case.select().count() and res.reconcile["ok"]
    with pgdb.owner() as c:
        assert_identical(c, db, code)
        # The complaints are there, with cause, owner, level, dates and outcome ...
        assert c.all("SELECT owner, cause, level, outcome FROM complaints WHERE number IN "
                     "(%s, %s) ORDER BY number", (k1["number"], k2["number"])) == [
            ("NV02", "staff_attitude", 0, "resolved"), ("NV03", "billing", 2, None)]
        # ... and no column of any table at head office holds a phone or those words.
        columns = c.all("SELECT table_name, column_name FROM information_schema.columns "
                        "WHERE table_schema = 'public'")
        assert len(columns) > 100
        for table, column in columns:
            for secret in (PHONE, "RIENG-TU"):
                found = c.value(f'SELECT count(*) FROM "{table}" WHERE "{column}"::text '
                                "LIKE %s", (f"%{secret}%",))
                assert found == 0, (table, column, secret)
    hall.store.close()


def _escalated(hall, tickets):
    numbers = [hall.open_complaint("note", "NV01", "billing", ticket_id=t, text=WORDS)["number"]
               for t in tickets]
    hall.escalate_complaints(date(2024, 6, 3))  # past due and two working days more
    return numbers


def test_head_office_closes_an_escalated_complaint_and_the_hall_takes_it_once(
        pgdb, day_template, tmp_path, capsys):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    mine, theirs = _escalated(hall, free_tickets(hall, 2))
    _ok(dsn, db, hall)
    owner = pgdb.dsn()
    assert main(["central", "complaints", "--dsn", owner, "--open"]) == 0
    listed = capsys.readouterr().out
    assert mine in listed and theirs in listed
    for number in (mine, theirs):
        assert main(["central", "complaint-close", "--dsn", owner, "--hall", code, number,
                     "--outcome", "partly_resolved", "--text", "Đã giảm 50% hóa đơn"]) == 0
    # Meanwhile the hall closes one itself: its closing stands.
    hall.close_complaint(theirs, "unfounded", "Đã kiểm tra công tơ", by="GS01")
    seq = hall.last_seq()
    res = _ok(dsn, db, hall)
    assert res.changes_applied == [f"complaint {mine} closed (partly_resolved)"]
    assert res.changes_refused == [f"the hall closed complaint {theirs} meanwhile (unfounded); "
                                   "the hall's closing stands"]
    detail = hall.complaint_detail(mine)
    assert (detail["outcome"], detail["closing_text"]) == ("partly_resolved",
                                                          "Đã giảm 50% hóa đơn")
    closed = [e for e in hall.events_since(seq, 100) if e["type"] == "complaint_closed"]
    assert [(e["staff"], e["data"]["complaint"]["number"]) for e in closed] == [
        ("head office", mine)]
    assert hall.complaint_detail(theirs)["outcome"] == "unfounded"
    with pgdb.owner() as c:
        assert c.all("SELECT number, outcome FROM complaints WHERE number IN (%s, %s) "
                     "ORDER BY number", (mine, theirs)) == sorted(
            [(mine, "partly_resolved"), (theirs, "unfounded")])
        assert c.all("SELECT number, state FROM central_changes ORDER BY id") == [
            (mine, "applied"), (theirs, "conflict")]
    capsys.readouterr()
    assert main(["central", "complaints", "--dsn", owner, "--open"]) == 0
    still = capsys.readouterr().out  # (the simulated day's own complaints, escalated too)
    assert mine not in still and theirs not in still
    assert main(["central", "complaints", "--dsn", owner, "--hall", code]) == 0
    out = {line.split()[1]: line for line in capsys.readouterr().out.splitlines()[1:]}
    assert out[mine].endswith("partly_resolved / complaint_close applied: complaint "
                              f"{mine} closed (partly_resolved)")
    assert "unfounded / complaint_close conflict: the hall closed" in out[theirs]
    # Applying twice changes nothing (the mark lost, as if the sync was cut off there).
    with pgdb.owner() as c:
        c.execute("UPDATE central_changes SET state = 'pending' WHERE number = %s", (mine,))
    seq = hall.last_seq()
    res = _ok(dsn, db, hall)
    assert res.changes_applied == [f"complaint {mine} closed"] and res.rows_sent == 1
    assert [e["type"] for e in hall.events_since(seq, 100)] == ["sync_completed"]
    hall.store.close()
