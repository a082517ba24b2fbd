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
