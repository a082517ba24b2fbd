"""`hallq complaints list`: every complaint or the open ones, one owner's, overdue marked,
never the customer's words."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from conftest import make_hall

from hallq.commands.main import main
from hallq.hall.clock import FixedClock

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def test_list_complaints(tmp_path: Path, capsys) -> None:
    db = tmp_path / "hall.db"
    hall = make_hall(db)
    hall.clock = FixedClock(datetime(2024, 5, 2, 9, tzinfo=VN))  # long ago: overdue now
    hall.open_counter(4, "NV04")
    t, _ = hall.issue("B")
    hall.call_next(4), hall.finish(4)
    first = hall.customer_complaint("Chờ rất lâu mà không ai giải thích", ticket_id=t.id)
    second = hall.open_complaint("note", "NV01", "billing", text="Hóa đơn sai")
    hall.close_complaint(second["number"], "resolved", "Đã điều chỉnh hóa đơn")
    hall.escalate_complaints(datetime(2024, 5, 7).date())  # due Mon 6: the supervisor's
    hall.store.close()
    assert main(["complaints", "list", "--db", str(db), "--open"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[1].split() == [first["number"], "customer", "-", "NV04", "supervisor",
                                "2024-05-06", "overdue"]
    assert lines[-1] == "1 complaint(s); 1 overdue"
    assert "Chờ rất lâu" not in out
    assert main(["complaints", "list", "--db", str(db), "--owner", "NV01"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split() == [second["number"], "note", "billing", "NV01", "resolved",
                                "2024-05-06"]
    assert main(["complaints", "list", "--db", str(db), "--owner", "NV06"]) == 0
    assert capsys.readouterr().out.strip() == "No complaints."


def test_the_table_is_printed_exactly(tmp_path: Path, capsys) -> None:
    """Columns padded to their widths; a long cause and level cut (18 and 10 characters),
    "-" for no cause or owner, overdue marked."""
    db = tmp_path / "hall.db"
    hall = make_hall(db, FixedClock(datetime(2024, 5, 2, 9, tzinfo=VN)))
    hall.set_complaint_causes({"causes": [{"key": "waiting_far_too_long_today",
                                           "name": {"vi": "Chờ quá lâu"}},
                                          {"key": "billing", "name": {"vi": "Hóa đơn"}}]})
    first = hall.open_complaint("note", "NV04", "waiting_far_too_long_today", text="Chờ lâu")
    second = hall.open_complaint("note", "NV01", "billing", text="Hóa đơn sai")
    hall.close_complaint(second["number"], "partly_resolved", "Đã điều chỉnh một phần")
    hall.open_complaint("note", "NV01", text="Nhân viên không giải thích")
    hall.escalate_complaints(datetime(2024, 5, 7).date())
    hall.escalate_complaints(datetime(2024, 5, 9).date())
    hall.store.close()
    assert main(["complaints", "list", "--db", str(db)]) == 0
    assert first["number"] == "KN-2024-000001"
    assert capsys.readouterr().out == (
        "number          source    cause               owner   level            due\n"
        "KN-2024-000001  note      waiting_far_too_lo  NV04    head office      2024-05-06  "
        "overdue\n"
        "KN-2024-000002  note      billing             NV01    partly_resolved  2024-05-06\n"
        "KN-2024-000003  note      -                   NV01    head office      2024-05-06  "
        "overdue\n"
        "3 complaint(s); 2 overdue\n")
