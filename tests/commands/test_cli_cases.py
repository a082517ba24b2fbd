"""`hallq cases list`: every case or the open ones, one owner's, overdue marked."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from conftest import make_hall

from hallq.commands.main import main
from hallq.hall.clock import FixedClock

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def test_list_cases(tmp_path: Path, capsys) -> None:
    db = tmp_path / "hall.db"
    hall = make_hall(db)
    hall.clock = FixedClock(datetime(2024, 5, 2, 9, tzinfo=VN))  # long ago: overdue now
    hall.set_case_type({"service": "B", "name": {"vi": "Cấp điện mới"}, "due_working_days": 3})
    first = hall.open_case(hall.issue("B")[0].id, "NV04")[0]["number"]
    second = hall.open_case(hall.issue("A")[0].id, "NV01")[0]["number"]
    hall.set_case_status(second, "done")
    hall.store.close()
    assert main(["cases", "list", "--db", str(db), "--open"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split() == [first, "Cấp", "điện", "mới", "NV04", "received", "2024-05-07",
                              "overdue"]
    assert out[-1] == "1 case(s); 1 overdue"
    assert main(["cases", "list", "--db", str(db), "--owner", "NV01"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split()[0] == second and out[1].split()[-2:] == ["done", "2024-05-09"]


def test_the_table_is_printed_exactly(tmp_path: Path, capsys) -> None:
    """Columns padded to their widths, a long type cut at 28 characters, overdue marked."""
    db = tmp_path / "hall.db"
    hall = make_hall(db, FixedClock(datetime(2024, 5, 2, 9, tzinfo=VN)))
    hall.set_case_type({"service": "B", "name": {"vi": "Cấp điện mới cho hộ gia đình ở khu mới"},
                        "due_working_days": 3})
    first = hall.open_case(hall.issue("B")[0].id, "NV04")[0]["number"]
    second = hall.open_case(hall.issue("A")[0].id, "NV01")[0]["number"]
    hall.set_case_status(second, "done")  # long ago: the open one is late today
    hall.store.close()
    assert main(["cases", "list", "--db", str(db)]) == 0
    assert (first, second) == ("HS-2024-000001", "HS-2024-000002")
    assert capsys.readouterr().out == (
        "number           type                          owner   status            due\n"
        "HS-2024-000001   Cấp điện mới cho hộ gia đình  NV04    received          2024-05-07"
        "  overdue\n"
        "HS-2024-000002   Thanh toán tiền điện          NV01    done              2024-05-09\n"
        "2 case(s); 1 overdue\n")
    assert main(["cases", "list", "--db", str(db), "--owner", "NV09"]) == 0
    assert capsys.readouterr().out == "No cases.\n"
