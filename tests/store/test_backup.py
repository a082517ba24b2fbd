"""Backups while the hub serves, restore round trip, and what restore refuses."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest

from hallq.commands.main import main
from hallq.domain import sample
from hallq.hall.service import Hall
from hallq.store import backup, backup_schedule
from hallq.store import database as store_mod
from hallq.store.database import APP_ID, SCHEMA_VERSION, StoreError


@pytest.fixture(scope="module")
def template_db(tmp_path_factory) -> Path:
    """One sample hall per module; each test gets a copy (creating a hall hashes 8 PINs)."""
    db = tmp_path_factory.mktemp("template") / "hall.db"
    Hall.create(db, sample.HALL, sample.SERVICES, sample.COUNTERS, sample.STAFF).store.close()
    return db


@pytest.fixture
def db(template_db: Path, tmp_path: Path) -> Path:
    out = tmp_path / "hall.db"
    backup.backup(template_db, out)
    return out


def _count(db: Path, table: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


class Issuer(threading.Thread):
    """A kiosk issuing tickets through the hub as fast as it can, until stopped."""

    def __init__(self, url: str, token: str):
        super().__init__(daemon=True)
        self.client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"},
                                   timeout=10)
        self.stop = threading.Event()
        self.issued = 0
        self.errors: list[str] = []

    def run(self) -> None:
        services = "ABCDE"
        with self.client:  # its connection closed when the thread ends, not left to the GC
            while not self.stop.is_set():
                r = self.client.post("/api/tickets",
                                     json={"service": services[self.issued % 5]})
                if r.status_code == 200:
                    self.issued += 1
                elif r.json()["error"]["code"] != "queue_full":
                    self.errors.append(r.text)
                    return


def test_backup_while_serving_then_restore_round_trip(hub, tmp_path: Path) -> None:
    issuer = Issuer(hub.url, hub.token("kiosk"))
    issuer.start()
    try:
        while issuer.issued < 5:  # the hub is busy writing before the first copy starts
            threading.Event().wait(0.01)
        copies = [backup.backup(hub.db, tmp_path / f"copy{i}.db") for i in range(3)]
        # The CLI too, while tickets keep coming.
        assert main(["backup", "--db", str(hub.db), "--out", str(tmp_path / "cli.db")]) == 0
    finally:
        issuer.stop.set()
        issuer.join(10)
    assert not issuer.errors
    counts = []
    for copy in [*copies, tmp_path / "cli.db"]:
        info = backup.check(copy)  # intact, ours, readable on its own (no -wal beside it)
        assert not Path(f"{copy}-wal").exists()
        counts.append(info.tickets)
        # A consistent snapshot: every ticket in the copy has its ticket_issued event.
        con = sqlite3.connect(copy)
        issued = con.execute("SELECT count(*) FROM event WHERE type='ticket_issued'").fetchone()
        con.close()
        assert issued[0] == info.tickets
    assert counts == sorted(counts) and counts[-1] <= _count(hub.db, "ticket")
    assert counts[0] >= 5

    # Restore is refused while the hub serves the database, and changes nothing.
    before = _count(hub.db, "ticket")
    assert backup.hub_serving(hub.db)
    with pytest.raises(backup.BackupError) as exc:
        backup.restore(copies[0], hub.db)
    assert exc.value.code == "hub_serving"
    assert main(["restore", str(copies[0]), "--db", str(hub.db)]) == 1
    assert _count(hub.db, "ticket") == before

    # Stop the hub, restore the first copy, serve again: the hall is as it was then.
    hub.server.stop()
    hub.hall.store.close()
    assert backup.hub_serving(hub.db) is None
    assert main(["restore", str(copies[0]), "--db", str(hub.db)]) == 0
    assert len(list(hub.db.parent.glob("hall.db.before-restore-*"))) == 1
    hub.restart()
    assert _count(hub.db, "ticket") == counts[0]
    r = httpx.post(f"{hub.url}/api/tickets", json={"service": "A"},
                   headers={"Authorization": f"Bearer {hub.token('kiosk')}"})
    assert r.status_code == 200, r.text
    assert _count(hub.db, "ticket") == counts[0] + 1


def test_restore_refuses_a_file_that_is_not_hallq(tmp_path: Path, db: Path) -> None:
    before = db.read_bytes()
    text = tmp_path / "notes.db"
    text.write_text("not a database at all\n" * 100)
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE ticket(id)")
    con.execute("PRAGMA user_version = 1")  # a schema version, but not our application id
    con.commit()
    con.close()
    for bad in (text, other, tmp_path / "missing.db"):
        with pytest.raises(backup.BackupError) as exc:
            backup.restore(bad, db)
        assert exc.value.code in ("not_hallq", "no_file")
        assert main(["restore", str(bad), "--db", str(db)]) == 1
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("*.restoring"))


def test_restore_refuses_a_newer_schema(tmp_path: Path, db: Path, capsys) -> None:
    newer = tmp_path / "newer.db"
    backup.backup(db, newer)
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(backup.BackupError) as exc:
        backup.restore(newer, db)
    assert exc.value.code == "too_new"
    assert main(["restore", str(newer), "--db", str(db)]) == 1
    assert "newer hallq" in capsys.readouterr().out
    assert db.read_bytes() == before


def test_backup_of_a_missing_database_says_so(tmp_path: Path) -> None:
    with pytest.raises(backup.BackupError) as exc:
        backup.backup(tmp_path / "nope.db", tmp_path / "out.db")
    assert exc.value.code == "no_database"
    assert not (tmp_path / "out.db").exists()


def test_copy_has_our_application_id(db: Path, tmp_path: Path) -> None:
    out = backup.backup(db, tmp_path / "b.db")
    con = sqlite3.connect(out)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APP_ID
    con.close()


def test_nightly_keeps_n_days_and_never_the_last_one(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    start = datetime(2025, 3, 1, 1, 30)
    for day in range(10):
        backup.nightly(db, folder, keep_days=3, now=start + timedelta(days=day))
    names = [p.name for _, p in backup.nightly_backups(folder)]
    assert names == ["hall-20250307-0130.db", "hall-20250308-0130.db",
                     "hall-20250309-0130.db", "hall-20250310-0130.db"]
    (folder / "hall-manual-x.db").write_text("kept: not a nightly name")
    assert backup.prune(folder, keep_days=1, now=start + timedelta(days=400)) != []
    assert [p.name for _, p in backup.nightly_backups(folder)] == ["hall-20250310-0130.db"]
    assert (folder / "hall-manual-x.db").exists()


def test_before_migration_copy(db: Path) -> None:
    out = backup.before_migration(db, 1)
    assert out.parent == db.parent / "backups"
    assert out.name.startswith("before-migration-v1-")
    assert backup.check(out).schema == SCHEMA_VERSION  # a copy of the file as it is


def test_schedule_next_run_and_catch_up(db: Path, tmp_path: Path) -> None:
    assert backup_schedule.next_run(datetime(2025, 1, 1, 0, 10), "01:30") == \
        datetime(2025, 1, 1, 1, 30)
    assert backup_schedule.next_run(datetime(2025, 1, 1, 1, 30), "01:30") == \
        datetime(2025, 1, 2, 1, 30)
    nightly = backup_schedule.NightlyBackup(
        db, {"backup_dir": str(tmp_path / "b"), "backup_keep_days": 2,
                          "backup_time": "01:30"}, catch_up_delay_s=0)
    assert nightly.missed_last_night(datetime.now())
    nightly.start()
    deadline = time.monotonic() + 10  # the catch-up copy comes at once, then it waits for 01:30
    while nightly.last is None and time.monotonic() < deadline:
        time.sleep(0.01)
    nightly.stop()
    assert nightly.last is not None and nightly.last.exists()
    assert not nightly.missed_last_night(datetime.now())


def test_a_migration_is_preceded_by_a_copy(db: Path, tmp_path: Path, monkeypatch) -> None:
    """Store.migrate copies a database before changing it (the hook in Store.migrate)."""
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", store_mod.SCHEMA_VERSION + 1)
    monkeypatch.setattr(store_mod, "MIGRATIONS", [*store_mod.MIGRATIONS, lambda db, m: None])
    store_mod.Store(db).close()
    [copy] = (tmp_path / "backups").glob("before-migration-v*.db")
    assert backup.check(copy).tickets == 0


def test_no_copy_no_migration(db: Path, tmp_path: Path) -> None:
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    with pytest.raises(StoreError) as exc:
        backup.before_migration(db, 1)
    assert exc.value.code == "backup_failed" and "not migrated" in exc.value.message



def test_a_failed_nightly_backup_reaches_the_supervisor(hub, tmp_path: Path) -> None:
    """The hub records a device_fault event (an alert in the supervisor's window)."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backups folder should be")
    nightly = backup_schedule.NightlyBackup(
        hub.db, {"backup_dir": str(blocked), "backup_keep_days": 2, "backup_time": "01:30"},
        on_failure=lambda msg: hub.hall.report_fault("hub", "hub", "backup_failed", msg))
    assert nightly.run_once() is None
    faults = [e for e in hub.hall.events_since(0, 1000) if e["type"] == "device_fault"]
    assert faults and faults[-1]["data"]["code"] == "backup_failed"
    assert str(blocked) in faults[-1]["data"]["message"]
