"""The CLI beside a running hub: commands that write the hall's file refuse (the hub is its
only writer), say what to do instead, and change nothing."""

from __future__ import annotations

import sqlite3

from hallq.commands.main import main
from hallq.store import backup


def devices(db) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT id, role, revoked FROM device ORDER BY id").fetchall()
    finally:
        con.close()


def test_device_add_and_revoke_refuse_while_a_hub_serves(hub, capsys):
    hub.token("kiosk")
    before = devices(hub.db)
    assert main(["device", "add", "--db", str(hub.db), "--role", "display"]) == 1
    out = capsys.readouterr().out
    assert "the hub is serving this hall" in out and "Nothing was changed." in out
    assert main(["device", "revoke", "--db", str(hub.db), str(before[0][0])]) == 1
    assert "supervisor window" in capsys.readouterr().out
    assert devices(hub.db) == before
    assert len(hub.hall.list_devices()) == len(before)
    assert main(["device", "list", "--db", str(hub.db)]) == 0  # reading is fine


def test_device_add_works_once_the_hub_has_stopped(hub, capsys):
    hub.server.stop()
    assert main(["device", "add", "--db", str(hub.db), "--role", "display"]) == 0
    assert capsys.readouterr().out.splitlines()[-1]  # the token
    assert devices(hub.db)[-1][1] == "display"


def test_restore_refuses_while_a_hub_serves_even_forced(hub, tmp_path, capsys):
    copy = tmp_path / "copy.db"
    backup.backup(hub.db, copy)
    hub.hall.issue("A")  # the served file now differs from the copy
    for extra in ([], ["--force"]):
        assert main(["restore", str(copy), "--db", str(hub.db), *extra]) == 1
        assert "the hub is serving this hall" in capsys.readouterr().out
    assert backup.check(hub.db).tickets == 1
    assert not list(tmp_path.glob("hall.db.before-restore-*"))
