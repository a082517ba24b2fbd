"""Backups of a hall database (SQLite online backup, safe while the hub serves) and restore."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO

from hallq.store.schema import APP_ID, SCHEMA_VERSION, StoreError

log = logging.getLogger(__name__)

NIGHTLY_PREFIX = "hall-"  # hall-20250314-0130.db; pre-migration copies are never pruned
MIGRATION_PREFIX = "before-migration-"


class BackupError(Exception):
    """A backup or restore that cannot be done; nothing was changed."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class DbInfo:
    path: Path
    schema: int
    tickets: int
    events: int


def backup_dir(db: str | Path, configured: str | Path | None = None) -> Path:
    """Where backups go: the configured folder, else `backups/` next to the database."""
    return Path(configured) if configured else Path(db).parent / "backups"


def _connect_ro(path: Path) -> sqlite3.Connection:
    # Read-only: a backup must never change the hall's file, even by accident.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10,
                           check_same_thread=False)


def backup(db: str | Path, out: str | Path) -> Path:
    """Copy `db` to `out` as one consistent snapshot, even while the hub writes to it.

    SQLite's online backup copies every page in one step under one read transaction, so
    the copy is the database as of one commit; in WAL mode the hub keeps writing meanwhile.
    The copy is written to a temporary name, checked, then renamed: `out` is never half a file.
    """
    src_path, out = Path(db), Path(out)
    if not src_path.exists():
        raise BackupError("no_database", f"No hall database at {src_path}.")
    tmp = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        _remove(tmp)
        src = _connect_ro(src_path)
        try:
            dst = sqlite3.connect(tmp)
            try:
                # The copy is a temporary file until the rename: no journal, no fsync per
                # page (they would compete with the hub's own commits), one fsync at the end.
                dst.execute("PRAGMA synchronous=OFF")
                src.backup(dst)
                # One self-contained file: no -wal to forget when it is copied elsewhere.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(tmp)
        check(tmp)
        os.replace(tmp, out)
    except sqlite3.Error as exc:
        _remove(tmp)
        raise BackupError("backup_failed", f"Backup of {src_path} failed: {exc}.") from None
    except BackupError:
        _remove(tmp)
        raise
    except OSError as exc:
        _remove(tmp)
        raise BackupError("backup_failed", f"Cannot write {out}: {exc.strerror or exc}.") from None
    log.info("backup of %s written to %s", src_path, out)
    return out


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def check(path: str | Path) -> DbInfo:
    """A readable, intact hallq database this code can open; else BackupError saying why."""
    path = Path(path)
    if not path.is_file():
        raise BackupError("no_file", f"{path}: no such file.")
    try:
        con = _connect_ro(path)
        try:
            app = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            if app != APP_ID or version < 1:
                raise BackupError("not_hallq", f"{path} is not a hallq database.")
            if version > SCHEMA_VERSION:
                raise BackupError("too_new", f"{path} was written by a newer hallq (schema "
                                  f"{version}; this hallq knows up to {SCHEMA_VERSION}). "
                                  "Upgrade hallq first.")
            ok = con.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise BackupError("damaged", f"{path} is damaged ({ok}).")
            tickets = con.execute("SELECT count(*) FROM ticket").fetchone()[0]
            events = con.execute("SELECT count(*) FROM event").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise BackupError("not_hallq", f"{path} is not a hallq database ({exc}).") from None
    return DbInfo(path, version, tickets, events)


def restore(src: str | Path, db: str | Path, force: bool = False) -> Path | None:
    """Put backup `src` in place of hall database `db`. Returns where the old file was kept.

    Refuses (changing nothing) a file that is not a hallq database or is newer than this
    code, and a database a hub is serving (unless force). The old database is kept next to
    it as <name>.before-restore-<time>, and the new file appears in one rename.
    """
    src, db = Path(src), Path(db)
    check(src)
    if not force:
        owner = hub_serving(db)
        if owner:
            raise BackupError("hub_serving", f"A hub is serving {db} ({owner}). Stop the hub "
                              "first (or use --force if you are sure it is not running).")
    tmp = db.with_name(db.name + ".restoring")
    _remove(tmp)
    db.parent.mkdir(parents=True, exist_ok=True)
    try:
        backup(src, tmp)  # through SQLite, so a -wal beside src is included
        kept = None
        if db.exists():
            _checkpoint(db)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = db.with_name(f"{db.name}.before-restore-{stamp}")
            os.replace(db, kept)
        # A -wal or -shm left from the old file would be replayed into the new one.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, db)
    except OSError as exc:
        _remove(tmp)
        raise BackupError("restore_failed", f"Cannot restore into {db}: "
                          f"{exc.strerror or exc}. Nothing was changed.") from None
    log.info("restored %s from %s%s", db, src, f" (old file kept as {kept})" if kept else "")
    return kept


def _checkpoint(db: Path) -> None:
    """Fold the WAL into the file so the kept copy is complete on its own."""
    with contextlib.suppress(sqlite3.Error):
        con = sqlite3.connect(db, timeout=5)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()


# -- nightly backups and the copy taken before a migration

def nightly_name(now: datetime) -> str:
    return f"{NIGHTLY_PREFIX}{now:%Y%m%d-%H%M}.db"


def nightly(db: str | Path, folder: str | Path, keep_days: int,
            now: datetime | None = None) -> Path:
    """Take tonight's backup into `folder`, then delete nightly backups older than keep_days."""
    now = now or datetime.now()
    out = backup(db, Path(folder) / nightly_name(now))
    prune(folder, keep_days, now)
    return out


def nightly_backups(folder: str | Path) -> list[tuple[datetime, Path]]:
    """The nightly backups in a folder, oldest first (other files are left alone)."""
    found = []
    for p in Path(folder).glob(f"{NIGHTLY_PREFIX}*.db"):
        try:
            when = datetime.strptime(p.stem[len(NIGHTLY_PREFIX):], "%Y%m%d-%H%M")
        except ValueError:
            continue
        found.append((when, p))
    return sorted(found)


def prune(folder: str | Path, keep_days: int, now: datetime | None = None) -> list[Path]:
    """Delete nightly backups older than keep_days; the newest one is always kept."""
    now = now or datetime.now()
    found = nightly_backups(folder)
    old = [p for when, p in found[:-1] if when < now - timedelta(days=keep_days)]
    for p in old:
        p.unlink(missing_ok=True)
    return old


def before_migration(db: str | Path, from_version: int, folder: str | Path | None = None
                     ) -> Path:
    """A copy of the database as it was before a schema migration (kept until deleted).

    Called by Store.migrate before it changes an existing database; raises StoreError
    (so the CLI says it in plain words) when the copy cannot be made.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    out = backup_dir(db, folder) / f"{MIGRATION_PREFIX}v{from_version}-{stamp}.db"
    try:
        return backup(db, out)
    except BackupError as exc:
        # No copy, no migration: the user fixes the disk and starts again, nothing lost.
        raise StoreError("backup_failed", f"{exc.message} The database was not migrated; "
                         "free some disk space or fix the backups folder, then start "
                         "again.") from None


# -- "is a hub serving this database?": an OS lock the hub holds while it runs

def lock_path(db: str | Path) -> Path:
    return Path(f"{db}.hub-lock")


class HubLock:
    """Held by a serving hub. The OS drops it when the process ends, so it is never stale."""

    def __init__(self, db: str | Path, owner: str = ""):
        self.path = lock_path(db)
        self.owner = owner or f"pid {os.getpid()}"
        self.file: IO[str] | None = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        f = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held while serving)
        if not _try_lock(f):
            f.close()
            return False
        f.seek(0)
        f.truncate()
        f.write(self.owner)
        f.flush()
        self.file = f
        return True

    def release(self) -> None:
        if self.file is not None:
            _unlock(self.file)
            self.file.close()
            self.file = None
            # The file stays: unlinking it could orphan a lock a new hub just took on it.


def hub_serving(db: str | Path) -> str | None:
    """Who serves `db` ("pid 123, http://..."), or None when no hub holds its lock."""
    path = lock_path(db)
    if not path.exists():
        return None
    try:
        f = open(path, "r+", encoding="utf-8")  # noqa: SIM115
    except OSError:
        return None
    with f:
        if _try_lock(f):
            _unlock(f)
            return None
        f.seek(0)
        return f.read().strip() or "a hub"


if sys.platform == "win32":
    import msvcrt

    def _try_lock(f: IO[str]) -> bool:
        try:
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(f: IO[str]) -> None:
        with contextlib.suppress(OSError):
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(f: IO[str]) -> bool:
        # flock (not lockf): it also conflicts between two opens in one process (tests, demo).
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(f: IO[str]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
