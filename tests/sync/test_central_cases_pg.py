"""Head office's figures of cases, complaints and indices, exact for a constructed set, on the
real PostgreSQL; its list of escalated complaints and its refusals."""
# ruff: noqa: F811 - pytest fixtures imported from test_sync_support

from __future__ import annotations

import json
from datetime import date

import pytest
from pypdf import PdfReader
from test_sync_support import pgdb  # noqa: F401 - fixtures

from hallq.commands.main import main
from hallq.sync.central_report import build_report, figures

CASES = [  # hall, number, owner, status, updated_at (UTC), due
    ("X", "HS-2024-000001", "NV01", "done", "2024-05-03 16:00+00", "2024-05-03"),  # 23:00 there
    ("X", "HS-2024-000002", "NV01", "done", "2024-05-03 18:00+00", "2024-05-03"),  # 01:00 next
    ("X", "HS-2024-000003", "NV02", "in_progress", "2024-05-08 09:00+00", "2024-05-10"),
    ("X", "HS-2024-000004", "NV02", "refused", "2024-05-02 09:00+00", "2024-05-05"),
    ("X", "HS-2024-000005", "NV01", "done", "2024-05-20 09:00+00", "2024-06-10"),  # due later
    ("Y", "HS-2024-000001", "NV01", "done", "2024-05-04 10:00+00", "2024-05-06"),
]
COMPLAINTS = [  # hall, number, owner, opened_at (UTC), level, closed_at
    ("X", "KN-2024-000001", "NV02", "2024-05-02 03:00+00", 0, "2024-05-02 08:00+00"),
    ("X", "KN-2024-000002", "NV02", "2024-04-30 18:00+00", 1, None),  # 1 May there
    ("X", "KN-2024-000003", "NV01", "2024-05-31 18:00+00", 0, None),  # 1 June there
    ("X", "KN-2024-000004", "NV01", "2024-05-10 03:00+00", 2, None),
]
INDEX = [  # hall, day, index, answers, sum, sum of squares
    ("X", "2024-05-02", "waiting_time", 15, 55, 220),
    ("X", "2024-05-02", "staff_attitude", 4, 18, 82),
    ("Y", "2024-05-03", "waiting_time", 2, 6, 18),
]
OWNERS = [  # hall, day, owner, visits served, answers about them, sum, sum of squares
    ("X", "2024-05-02", "NV01", 400, 14, 58, 252),
    ("X", "2024-05-02", "NV02", 100, 5, 15, 50),
    ("Y", "2024-05-03", "", 0, 2, 6, 18),
]


def _construct(c) -> None:
    c.add_hall("X", "Điện lực X", "Asia/Ho_Chi_Minh")
    c.add_hall("Y", "Điện lực Y")
    c.execute("UPDATE halls SET timezone = 'Asia/Ho_Chi_Minh' WHERE hall_code = 'X'")
    for code, visits in (("X", 2000), ("Y", 500)):
        c.execute("INSERT INTO day_stats (hall_code, day, service, target, visits, called, "
                  "wait_sum, within, served, no_shows, rated, offered, score_sum) VALUES "
                  "(%s, '2024-05-02', 'A', 15, %s, %s, 0, 0, 0, 0, 0, 0, 0)",
                  (code, visits, visits))
    for code, staff in (("X", "NV01"), ("X", "NV02"), ("Y", "NV01")):
        c.execute("INSERT INTO staff (hall_code, code, name, role, active) VALUES "
                  "(%s, %s, '', 'clerk', true)", (code, staff))
    for code, number, owner, status, updated, due in CASES:
        c.execute("INSERT INTO cases (hall_code, number, service, owner, status, opened_at, "
                  "due, ticket_id, updated_at, day) VALUES (%s, %s, 'A', %s, %s, "
                  "'2024-05-01 02:00+00', %s, 1, %s, '2024-05-01')",
                  (code, number, owner, status, due, updated))
    for code, number, owner, opened, level, closed in COMPLAINTS:
        c.execute("INSERT INTO complaints (hall_code, number, source, cause, owner, opened_at, "
                  "due, level, closed_at, outcome, updated_at, day) VALUES (%s, %s, 'note', "
                  "'waiting_time', %s, %s, '2024-05-20', %s, %s, %s, %s, %s::date)",
                  (code, number, owner, opened, level, closed,
                   "resolved" if closed else None, opened, opened[:10]))
    c.executemany("INSERT INTO index_stats VALUES (%s, %s, %s, %s, %s, %s)", INDEX)
    c.executemany("INSERT INTO owner_stats VALUES (%s, %s, %s, %s, %s, %s, %s)", OWNERS)


def test_central_figures_of_cases_complaints_and_indices_are_exact(pgdb, tmp_path):
    with pgdb.owner() as c:
        _construct(c)
        got = figures(c, date(2024, 5, 1), date(2024, 5, 31))["cases"]
        out = tmp_path / "central.pdf"
        info = build_report(c, date(2024, 5, 1), date(2024, 5, 31), out, halls=["X"])
    x, y = got["halls"]["X"], got["halls"]["Y"]
    # X: three cases due (the refused one and the one due in June left out), one done in
    # time (the other was done at 01:00 the next day, the hall's time); three complaints
    # opened in May, hall time (not the one of 1 June there), one open at head office.
    assert (x["cases_due"], x["in_time"], x["complaints"], x["escalated"], x["visits"]) == \
        (3, 1, 3, 1, 2000)
    assert x["in_time_pct"] == pytest.approx(100 / 3) and x["per_1000"] == 1.5
    assert (x["answers"], x["index_mean"]) == (19, pytest.approx(73 / 19))
    assert (y["cases_due"], y["in_time_pct"], y["complaints"], y["per_1000"]) == (1, 100, 0, 0)
    assert got["indices"]["X"] == {"waiting_time": (15, pytest.approx(55 / 15)),
                                   "staff_attitude": (4, 4.5)}
    assert got["indices"]["Y"] == {"waiting_time": (2, 3.0)}
    assert got["index_keys"] == ["waiting_time", "staff_attitude"]
    owners = [(o["hall_code"], o["owner"], o["cases_due"], o["in_time_pct"], o["complaints"],
               o["served"], o["per_1000"], o["answers"], o["index_mean"])
              for o in got["owners"]]
    assert owners == [("X", "NV02", 1, 0.0, 2, 100, 20.0, 5, 3.0),
                      ("X", "NV01", 2, 50.0, 1, 400, 2.5, 14, pytest.approx(58 / 14)),
                      ("Y", "NV01", 1, 100.0, 0, None, None, 0, None)]
    # The PDF: the hall comparison, then the halls' cases, complaints and indices, then the
    # owners across halls, then X's own page with its indices and owners.
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert info["pages"] == 4
    assert "Cases, complaints and indices" in pages[1]
    assert "Waiting time Staff attitude X 3 33% 3 1.50 1 3.67 (15) 4.50 (4) " \
        "Y 1 100% 0 0.00 0 3.00 (2) –" in pages[1]
    assert "Owners across halls" in pages[2]
    assert "Mean /5 X NV02 1 0% 2 100 20.00 5 3.00 X NV01 2 50% 1 400 2.50 14 4.14 " \
        "Y NV01 1 100% 0 – – 0 –" in pages[2]
    assert "Waiting time Staff attitude 3 33% 3 1.50 1 3.67 (15) 4.50 (4)" in pages[3]
    assert "Mean /5 NV02 1 0% 2 100 20.00 5 3.00 NV01 2 50% 1 400 2.50 14 4.14" in pages[3]


def test_head_office_lists_and_closes_escalated_complaints(pgdb, capsys):
    with pgdb.owner() as c:
        _construct(c)
    dsn = pgdb.dsn()
    assert main(["central", "complaints", "--central", dsn, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["hall"], r["number"], r["level"], r["closed_at"]) for r in listed] == [
        ("X", "KN-2024-000004", 2, None)]
    # Refused, nothing written: not escalated, unknown, no text, a wrong outcome.
    for number, extra, said in [
            ("KN-2024-000002", [], r"still the hall's \(level 1\)"),
            ("KN-2024-000009", [], "no complaint KN-2024-000009 of hall X"),
            ("KN-2024-000004", ["--text", " "], "Write how the complaint was answered"),
            ("KN-2024-000004", ["--outcome", "maybe"], "Unknown outcome 'maybe'")]:
        args = ["--outcome", "resolved", "--text", "Đã hoàn tiền"] + extra
        with pytest.raises(SystemExit, match=said):
            main(["central", "complaint-close", "--dsn", dsn, "--hall", "X", number, *args])
    with pgdb.owner() as c:
        assert c.value("SELECT count(*) FROM central_changes") == 0
    assert main(["central", "complaint-close", "--dsn", dsn, "--hall", "X", "KN-2024-000004",
                 "--outcome", "resolved", "--text", "Đã hoàn tiền"]) == 0
    capsys.readouterr()
    assert main(["central", "complaints", "--dsn", dsn, "--open"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[1].startswith("X            KN-2024-000004   waiting_time")
    assert lines[1].endswith("open / complaint_close pending")
