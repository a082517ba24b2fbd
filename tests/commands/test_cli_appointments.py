"""`hallq appointments book|list|cancel`: the code on the last line, a day's list, refusals."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from conftest import make_hall

from hallq.commands.main import main


def next_weekday() -> date:
    """A working day (Monday to Friday) at least two days ahead of the real clock."""
    d = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date() + timedelta(days=2)
    while d.isoweekday() > 5:
        d += timedelta(days=1)
    return d


def planned_hall(db: Path) -> None:
    hall = make_hall(db)
    hall.set_appointment_plan({"service": "B", "capacity": 1, "slot_min": 30})
    hall.store.close()


def test_book_list_and_cancel(tmp_path: Path, capsys) -> None:
    db = tmp_path / "hall.db"
    planned_hall(db)
    day = next_weekday().isoformat()
    assert main(["appointments", "book", "--db", str(db), "--service", "b",
                 "--at", f"{day} 08:00", "--phone", "0901234567", "--name", "Lan"]) == 0
    out = capsys.readouterr().out.splitlines()
    code = out[-1]
    assert len(code) == 6 and code.isalnum() and f"{day} 08:00" in out[0]
    assert main(["appointments", "list", "--db", str(db), "--date", day]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[1].split() == ["08:00", code, "B", "booked", "cli", "0901234567"]
    assert listed[-1] == "1 appointments; no-shows so far: none"
    # The slot holds one: a second booking is refused with a message, exit 2.
    assert main(["appointments", "book", "--db", str(db), "--service", "B",
                 "--at", f"{day} 08:00"]) == 2
    assert "fully booked" in capsys.readouterr().err
    assert main(["appointments", "cancel", "--db", str(db), code.lower()]) == 0
    assert capsys.readouterr().out.startswith(f"Cancelled: {code}")
    assert main(["appointments", "cancel", "--db", str(db), code]) == 2
    assert "already cancelled" in capsys.readouterr().err


def test_a_malformed_time_is_refused_before_the_file_is_opened(tmp_path: Path, capsys) -> None:
    db = tmp_path / "none.db"
    assert main(["appointments", "book", "--db", str(db), "--service", "B",
                 "--at", "tomorrow 8am"]) == 2
    err = capsys.readouterr().err
    assert 'is not a date written "YYYY-MM-DD HH:MM"' in err and not db.exists()
    assert main(["appointments", "list", "--db", str(db), "--date", "2026-02-30"]) == 2


def test_book_refuses_while_a_hub_serves(hub, capsys) -> None:
    day = next_weekday().isoformat()
    assert main(["appointments", "book", "--db", str(hub.db), "--service", "B",
                 "--at", f"{day} 08:00"]) == 1
    out = capsys.readouterr().out
    assert "booking page" in out and "Nothing was changed." in out
    assert hub.hall.appointments_on(date.fromisoformat(day)) == []
    assert main(["appointments", "list", "--db", str(hub.db), "--date", day]) == 0
