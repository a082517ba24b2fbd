"""The same sync against a SQLite head office (the demo without a server), through the CLI."""
# ruff: noqa: F811 - pytest fixtures imported from test_sync_support

from __future__ import annotations

import json
from pathlib import Path

from test_sync_support import (  # noqa: F401 - fixtures
    assert_identical,
    copy_day,
    day_template,
    open_hall,
)

from hallq.commands.main import main
from hallq.store.backup import HubLock
from hallq.sync import push as sync
from hallq.sync.central import Central


def sqlite_head_office(template, tmp_path, monkeypatch) -> tuple[str, Path]:
    """A SQLite head office made with the CLI, hall HCM-Q3 registered: (its DSN, the hall's db)."""
    monkeypatch.setenv("HALLQ_CONFIG_DIR", str(tmp_path / "conf"))
    dsn = f"sqlite:///{tmp_path / 'central.db'}"
    db = copy_day(template, tmp_path / "hall.db", "HCM-Q3")
    assert main(["central", "init", "--dsn", dsn]) == 0
    assert main(["central", "add-hall", "HCM-Q3", "--dsn", dsn]) == 0
    return dsn, db


def test_cli_sync_to_sqlite_head_office(day_template, tmp_path, capsys, monkeypatch):
    dsn, db = sqlite_head_office(day_template, tmp_path, monkeypatch)
    assert main(["central", "set", "HCM-Q3", "message", "Nghỉ lễ 2/9", "--dsn", dsn]) == 0
    assert main(["central", "set", "HCM-Q3", "services", '{"prefix": "B", "target_wait_min": 25}',
                 "--dsn", dsn]) == 0
    capsys.readouterr()
    assert main(["sync", "--db", str(db), "--dsn", dsn, "--batch", "300"]) == 0
    out = capsys.readouterr().out
    assert "Sync of HCM-Q3: sent" in out and "hall and head office agree" in out
    assert "Configuration from head office applied: hall message, service B" in out
    with Central(dsn) as c:
        assert_identical(c, db, "HCM-Q3")
    hall = open_hall(db)
    assert hall.info.message == "Nghỉ lễ 2/9" and hall.state.services["B"].target_wait_min == 25
    hall.store.close()

    assert main(["sync", "--db", str(db), "--dsn", dsn]) == 0
    assert "nothing new to send" in capsys.readouterr().out
    assert main(["sync", "--db", str(db), "--status", "--json"]) == 0
    st = json.loads(capsys.readouterr().out)
    assert st["waiting_events"] == 0 and st["last_success"] and not st["stale"]
    # The morning check works on the demo head office too.
    assert main(["central", "status", "--dsn", dsn]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "1 hall(s): 1 synced last night, 0 did not, 0 reconciliation(s) disagreed."


def test_bad_addresses_are_explained(day_template, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("HALLQ_CONFIG_DIR", str(tmp_path / "conf"))
    db = copy_day(day_template, tmp_path / "hall.db", "HCM-Q3")
    assert main(["sync", "--db", str(db), "--dsn", "mysql://nope"]) == 1
    assert "Unknown database address" in capsys.readouterr().err
    assert main(["sync", "--db", str(db), "--dsn", f"sqlite:///{tmp_path / 'empty.db'}"]) == 1
    assert "hallq central init" in capsys.readouterr().err
    st = sync.status(db)
    assert "central init" in st["last_error"] and st["last_success"] is None
    hall = open_hall(db)
    failed = [e for e in hall.events_since(0, 5000) if e["type"] == "sync_failed"]
    assert [e["data"]["code"] for e in failed] == ["bad_dsn", "no_schema"]
    hall.store.close()
    assert main(["sync", "--db", str(db), "--status"]) == 0
    out = capsys.readouterr().out
    assert "Last successful sync: never" in out and "WARNING" in out


def test_cli_only_sends_while_a_hub_serves_the_hall(day_template, tmp_path, capsys, monkeypatch):
    dsn, db = sqlite_head_office(day_template, tmp_path, monkeypatch)
    assert main(["central", "set", "HCM-Q3", "message", "Từ tổng công ty", "--dsn", dsn]) == 0
    lock = HubLock(db, "pid 1, http://127.0.0.1:8470")
    assert lock.acquire()
    try:
        before = db.stat().st_mtime_ns
        capsys.readouterr()
        assert main(["sync", "--db", str(db), "--dsn", dsn]) == 0
        out = capsys.readouterr().out
    finally:
        lock.release()
    assert "A hub is serving this hall" in out and "1 configuration change(s)" in out
    assert db.stat().st_mtime_ns == before  # the CLI did not write the hub's file
    with Central(dsn) as c:
        assert_identical(c, db, "HCM-Q3")
