"""`hallq simulate --trace --counters --out`: the counters plan's columns, the estimate and
its range per ticket, and no estimate for a ticket taken before any counter opens."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from hallq.commands.main import main
from hallq.simulation import day as simulate
from tests.conftest import make_hall

DAY = date(2026, 6, 2)


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_the_counters_plan_takes_lunch_staff_and_pin_columns(tmp_path):
    hall = make_hall(tmp_path / "hall.db")
    plan = _write(tmp_path / "c.csv", ["counter", "open", "close", "lunch_start", "lunch_end",
                                       "staff", "pin"],
                  [["1", "08:00", "16:30", "11:45", "12:45", "", ""],
                   ["2", "07:30", "17:00", "", "", "NV03", "3333"]])
    got = simulate.read_counters(plan, hall, DAY)
    assert [(p.number, p.staff, p.open_at.strftime("%H:%M"), p.close_at.strftime("%H:%M"))
            for p in got] == [(1, "NV01", "08:00", "16:30"), (2, "NV03", "07:30", "17:00")]
    assert [x.strftime("%H:%M") for x in got[0].lunch] == ["11:45", "12:45"]
    assert got[1].lunch is None and got[1].pin == "3333"
    hall.store.close()


def test_a_bad_counters_line_is_named(tmp_path):
    hall = make_hall(tmp_path / "hall.db")
    bad = _write(tmp_path / "c.csv", ["counter", "open", "close"], [["1", "8h", "16:30"]])
    with pytest.raises(ValueError, match=r"c\.csv, line 2: "):
        simulate.read_counters(bad, hall, DAY)
    nobody = _write(tmp_path / "d.csv", ["counter", "open", "close"], [["42", "08:00", "16:30"]])
    with pytest.raises(ValueError, match="counter 42 has no clerk; give its staff and pin"):
        simulate.read_counters(nobody, hall, DAY)
    hall.store.close()


def test_replayed_day_writes_estimate_range_and_wait_and_no_zero_before_opening(tmp_path):
    trace = _write(tmp_path / "t.csv", ["arrival", "service", "priority", "service_minutes",
                                        "no_show"],
                   [[f"{DAY.isoformat()}T07:10:00+07:00", "A", "", "3", "0"],
                    [f"{DAY.isoformat()}T07:40:00+07:00", "A", "", "3", "0"],
                    [f"{DAY.isoformat()}T07:40:30+07:00", "A", "", "3", "0"],
                    [f"{DAY.isoformat()}T07:41:00+07:00", "A", "", "3", "0"]])
    plan = _write(tmp_path / "c.csv", ["counter", "open", "close"], [["1", "07:30", "17:00"]])
    out = tmp_path / "out.csv"
    assert main(["simulate", "--db", str(tmp_path / "h.db"), "--date", DAY.isoformat(),
                 "--trace", str(trace), "--counters", str(plan), "--out", str(out)]) == 0
    with open(out, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["number", "service", "arrival", "eta_min", "wait_min", "counter",
                             "outcome", "eta_low_min", "eta_high_min"]
    first, *later = rows
    # taken at 07:10, nothing open until 07:30: no estimate (never 0), called at the opening
    assert (first["eta_min"], first["eta_low_min"], first["eta_high_min"]) == ("", "", "")
    assert float(first["wait_min"]) == 20.0
    assert all(r["eta_min"] != "" and float(r["eta_low_min"]) <= float(r["eta_min"])
               <= float(r["eta_high_min"]) for r in later)
    assert [r["outcome"] for r in rows] == ["done"] * 4


def test_a_number_taken_yesterday_too_is_reported_as_todays(tmp_path):
    """Yesterday's A002 was still waiting at closing (cancelled at day's end); today's A002 is
    served at counter 1: the output says so, not yesterday's outcome."""
    before = date(2026, 6, 1)
    db = str(tmp_path / "h.db")
    plan = _write(tmp_path / "c.csv", ["counter", "open", "close"], [["1", "07:30", "17:00"]])
    late = _write(tmp_path / "y.csv", ["arrival", "service", "priority", "service_minutes",
                                       "no_show"],
                  [[f"{before.isoformat()}T16:50:00+07:00", "A", "", "30", "0"],
                   [f"{before.isoformat()}T16:51:00+07:00", "A", "", "3", "0"]])
    assert main(["simulate", "--db", db, "--date", before.isoformat(), "--trace", str(late),
                 "--counters", str(plan)]) == 0
    today = _write(tmp_path / "t.csv", ["arrival", "service", "priority", "service_minutes",
                                        "no_show"],
                   [[f"{DAY.isoformat()}T08:00:00+07:00", "A", "", "3", "0"],
                    [f"{DAY.isoformat()}T08:10:00+07:00", "A", "", "3", "0"]])
    out = tmp_path / "out.csv"
    assert main(["simulate", "--db", db, "--date", DAY.isoformat(), "--trace", str(today),
                 "--counters", str(plan), "--out", str(out)]) == 0
    with open(out, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["number"], r["counter"], r["outcome"]) for r in rows] == [
        ("A001", "1", "done"), ("A002", "1", "done")]
