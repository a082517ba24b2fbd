"""`hallq notices add|list|withdraw`: the IT officer posts a notice in the hall's time, lists
every notice with its state, withdraws one; bad input changes nothing."""

from __future__ import annotations

from pathlib import Path

from conftest import make_hall

from hallq.commands.main import main
from hallq.hall.service import Hall
from hallq.store.database import Store


def test_add_list_and_withdraw(tmp_path: Path, capsys) -> None:
    db = tmp_path / "hall.db"
    make_hall(db).store.close()
    assert main(["notices", "add", "--db", str(db), "--from", "2020-01-01 07:30",
                 "--to", "2099-12-31 17:00", "--text-vi", "Tạm ngừng cấp điện ngày 10/12",
                 "--text-zh_CN", "12月10日暂停供电"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Notice posted, shown from 2020-01-01 07:30 to 2099-12-31 17:00. Its number:"
    first = int(out[-1])
    assert main(["notices", "add", "--db", str(db), "--from", "2099-01-01 07:30",
                 "--to", "2099-01-02 17:00", "--text-en", "Closed on New Year's Day"]) == 0
    capsys.readouterr()
    assert main(["notices", "list", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split() == [str(first), "2020-01-01", "07:30", "2099-12-31", "17:00", "in",
                              "force", "Tạm", "ngừng", "cấp", "điện", "ngày", "10/12"]
    assert out[2].split()[5:] == ["coming", "Closed", "on", "New", "Year's", "Day"]
    assert out[-1] == "2 notice(s); 1 in force"
    assert main(["notices", "withdraw", "--db", str(db), str(first)]) == 0
    capsys.readouterr()
    assert main(["notices", "list", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split()[5] == "withdrawn" and out[-1] == "2 notice(s); 0 in force"


def test_bad_input_changes_nothing(tmp_path: Path, capsys) -> None:
    db = tmp_path / "hall.db"
    make_hall(db).store.close()
    assert main(["notices", "add", "--db", str(db), "--from", "10/12/2099 8:00",
                 "--to", "2099-12-10 11:00", "--text-vi", "x"]) == 2
    assert "--from '10/12/2099 8:00' is not a time" in capsys.readouterr().err
    assert main(["notices", "add", "--db", str(db), "--from", "2099-12-10 11:00",
                 "--to", "2099-12-10 08:00", "--text-vi", "x"]) == 2
    assert "ends_at: a notice ends after it starts" in capsys.readouterr().err
    assert main(["notices", "add", "--db", str(db), "--from", "2099-12-10 08:00",
                 "--to", "2099-12-10 11:00"]) == 2
    assert "at least one language" in capsys.readouterr().err
    hall = Hall(Store(db, readonly=True))
    try:
        assert hall.notices() == []
    finally:
        hall.store.close()
