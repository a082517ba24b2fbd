"""Head office's schema: the DDL of both databases, bringing it up to date, and each hall's
role with its grants (PostgreSQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from psycopg.sql import SQL, Identifier, Literal

from hallq.sync import admission, central_cases, history, policies
from hallq.sync.central_tables import CONFIG, HALL_COLUMNS, TABLES
from hallq.sync.errors import CentralError

if TYPE_CHECKING:
    from hallq.sync.central_db import CentralDB


def ddl(central: CentralDB) -> list[str]:
    """Every statement of head office's schema, in this database's dialect."""
    t = central.type
    out = [f"CREATE TABLE IF NOT EXISTS halls ("
           f"{HALL_COLUMNS.format(int=t('int'), ts=t('ts'))})"]
    for table in TABLES.values():
        cols = ", ".join(f"{c} {t(k)}" for c, k in table.columns)
        extra = f", day {t('date')}" if table.day_from else ""
        # No foreign key to halls here: a per-row check would double the cost of the
        # nightly insert; the RLS policy already ties every row to a registered hall.
        by_month = table.partitioned and central.pg
        out.append(f"CREATE TABLE IF NOT EXISTS {table.name} (hall_code text NOT NULL, "
                   f"{cols}{extra}, "
                   f"PRIMARY KEY ({table.conflict if by_month else 'hall_code, ' + table.key}))"
                   + (" PARTITION BY RANGE (day)" if by_month else ""))
        if not (by_month and table.immutable):  # events: read by seq, or by month
            out.append(f"CREATE INDEX IF NOT EXISTS {table.name}_day ON {table.name} "
                       f"(hall_code, day)")
    for name, (config_cols, key) in CONFIG.items():
        body = ", ".join(f"{c} {t(k)}" for c, k in config_cols)
        out.append(f"CREATE TABLE IF NOT EXISTS {name} (hall_code text NOT NULL "
                   f"REFERENCES halls(hall_code), {body}, version {t('int')} NOT NULL "
                   f"DEFAULT 0, PRIMARY KEY (hall_code, {key}))")
    serial = "bigserial" if central.pg else "INTEGER"
    out.append(f"CREATE TABLE IF NOT EXISTS sync_log (id {serial} PRIMARY KEY, "
               f"hall_code text NOT NULL REFERENCES halls(hall_code), "
               f"started_at {t('ts')}, finished_at {t('ts')}, ok {t('bool')}, "
               f"rows_sent {t('int')}, from_seq {t('int')}, to_seq {t('int')}, "
               f"config_applied {t('int')}, error text, reconcile {t('json')})")
    # the morning check reads each hall's last sync (hallq.sync.central_status)
    out.append("CREATE INDEX IF NOT EXISTS sync_log_hall ON sync_log (hall_code, id)")
    if central.pg:
        out.append("CREATE SEQUENCE IF NOT EXISTS config_version_seq")
        out.append("ALTER TABLE halls ADD COLUMN IF NOT EXISTS stats_seq bigint NOT NULL "
                   "DEFAULT 0")
        # Per hall, day and service sums kept up to date by each sync (hallq.sync.day_stats):
        # the central report groups these, not millions of tickets.
        out.append("CREATE TABLE IF NOT EXISTS day_stats (hall_code text NOT NULL, "
                   "day date NOT NULL, service text NOT NULL, target int, "
                   "visits bigint, called bigint, wait_sum double precision, "
                   "within bigint, served bigint, no_shows bigint, rated bigint, "
                   "offered bigint, score_sum bigint, PRIMARY KEY (hall_code, day, service))")
        out.append("CREATE INDEX IF NOT EXISTS day_stats_day ON day_stats (day)")
        # Visits booked ahead or queued from a phone (the hall counts them at each sync).
        out.append("ALTER TABLE day_stats ADD COLUMN IF NOT EXISTS online bigint NOT NULL "
                   "DEFAULT 0")
        out.append("CREATE INDEX IF NOT EXISTS notes_open ON notes (hall_code) "
                   "WHERE follow_up AND resolved_at IS NULL")
        out += history.ddl() + admission.ddl() + central_cases.ddl(True, t)
        # Row-level security: a hall role sees and writes only its own hall's rows.
        out += policies.ddl([*TABLES, *CONFIG, "sync_log", "day_stats",
                             *central_cases.HALL_TABLES])
    else:
        out.append("CREATE TABLE IF NOT EXISTS config_version_seq (last INTEGER)")
        out.append(history.ddl()[0])  # central_settings (the night window)
        out += central_cases.ddl(False, t)
    return out


def init_schema(central: CentralDB) -> dict[str, int]:
    """Create (or bring up to date) the schema; an unpartitioned head office of an
    earlier release is moved into monthly partitions (returns the rows moved per
    table), and every hall role re-granted."""
    copied: dict[str, int] = {}
    with central.transaction():
        moved = history.set_aside_plain_tables(central) if central.pg else []
        for stmt in central.ddl():
            central.execute(stmt)
        if central.pg:
            copied = history.move_into_partitions(central, moved)
            for stmt in history.PERSONAL if moved else []:  # once, at the upgrade
                central.execute(stmt)
            for (role,) in central.all("SELECT db_role FROM halls WHERE db_role IS NOT NULL"):
                if central.one("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)):
                    grant(central, role, None)
    return copied


def check_schema(central: CentralDB) -> None:
    """Refuse, with a sentence, a database without the hallq schema."""
    try:
        if central.pg:
            found = central.one("SELECT to_regclass('halls')")
            ok = found is not None and found[0] is not None
        else:
            ok = central.one("SELECT name FROM sqlite_master WHERE name='halls'") is not None
    except Exception as exc:  # noqa: BLE001 - reported as a plain sentence
        raise CentralError("no_schema", f"Head office database not readable: {exc}") from exc
    if not ok:
        raise CentralError("no_schema", "The head office database has no hallq schema: "
                           "run `hallq central init --dsn ...` first.")


def grant(central: CentralDB, role: str, password: str | None) -> None:
    """A hall's login role (made, or its password changed) and what it may read and write."""
    r = Identifier(role)
    exists = central.one("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
    if not exists:
        if password:
            central.execute(SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(r, Literal(password)))
        else:
            central.execute(SQL("CREATE ROLE {} LOGIN").format(r))
    elif password:
        central.execute(SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(r, Literal(password)))
    db = central.value("SELECT current_database()")
    central.execute(SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(
        Identifier(db), r))
    central.execute(SQL("GRANT USAGE ON SCHEMA public TO {}").format(r))
    facts = SQL(", ").join(Identifier(n) for n in [*TABLES, *CONFIG])
    central.execute(SQL("GRANT SELECT, INSERT, UPDATE ON {} TO {}").format(facts, r))
    central.execute(SQL("GRANT SELECT, INSERT ON sync_log TO {}").format(r))
    central.execute(SQL("GRANT USAGE ON SEQUENCE sync_log_id_seq TO {}").format(r))
    central.execute(SQL("GRANT SELECT, UPDATE (name, timezone, acked_seq, "
                     "config_version, last_sync_at, last_rows, stats_seq, figures_seq) "
                     "ON halls TO {}").format(r))
    central_cases.grants(central, r)
    central.execute(SQL("GRANT SELECT, INSERT, DELETE, UPDATE (online) ON day_stats TO {}")
                 .format(r))
    central.execute(SQL("GRANT SELECT ON central_settings TO {}").format(r))
    central.execute(SQL("GRANT EXECUTE ON FUNCTION hallq_ensure_month(date), "
                     "hallq_take_slot(text), hallq_give_slot(text) TO {}").format(r))
