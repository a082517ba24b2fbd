"""Head office's history (PostgreSQL): events and tickets in monthly partitions, how long
event detail is kept, and a closed month exported to compressed files that import loads back.

Partitions are made by hallq_ensure_month(day) (SECURITY DEFINER: a hall's role may call it,
not create tables), in a short transaction of its own before a batch, so the lock it takes
on the parent table is never held across a sync. The day figures (day_stats) and tickets are
kept for ever; only events past the retention are dropped, a month at a time.
"""

from __future__ import annotations

import gzip
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg

from hallq.sync.errors import CentralError

if TYPE_CHECKING:
    from hallq.sync.central_db import CentralDB

PARTITIONED = ("events", "tickets")
FILE = re.compile(r"hallq-(events|tickets|ratings|notes|sessions)-(\d{4})-(\d{2})\.csv\.gz")

ENSURE_MONTH = """
CREATE OR REPLACE FUNCTION hallq_ensure_month(d date) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m date := date_trunc('month', d)::date;
  t text;
  part text;
BEGIN
  FOREACH t IN ARRAY ARRAY['events', 'tickets'] LOOP
    part := format('%s_y%sm%s', t, to_char(m, 'YYYY'), to_char(m, 'MM'));
    IF to_regclass(part) IS NULL THEN
      PERFORM pg_advisory_xact_lock(hashtext('hallq_partitions'));
      BEGIN
        EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                       part, t, m, (m + interval '1 month')::date);
      EXCEPTION WHEN duplicate_table OR unique_violation THEN
        NULL;  -- another hall's sync made it a moment ago (its commit was not yet seen)
      END;
    END IF;
  END LOOP;
END $$
"""


def ddl() -> list[str]:
    return ["CREATE TABLE IF NOT EXISTS central_settings (key text PRIMARY KEY, "
            "value text NOT NULL)", ENSURE_MONTH]


def month_of(day: date) -> date:
    return day.replace(day=1)


def next_month(m: date) -> date:
    return date(m.year + (m.month == 12), m.month % 12 + 1, 1)


def months(first: date, last: date) -> list[date]:
    out, m = [], month_of(first)
    while m <= last:
        out.append(m)
        m = next_month(m)
    return out


def ensure_months(central: CentralDB, first: date | str | None, last: date | str | None) -> None:
    """The partitions of every month from `first` to `last` exist (each its own statement,
    in autocommit: the partition's lock is let go at once)."""
    if not central.pg or first is None or last is None:
        return
    a = first if isinstance(first, date) else date.fromisoformat(first)
    b = last if isinstance(last, date) else date.fromisoformat(last)
    for m in months(a, b):
        try:
            central.execute("SELECT hallq_ensure_month(%s)", (m,))
        except psycopg.errors.UndefinedFunction:
            raise CentralError("old_schema", "Head office's database is of an earlier "
                               "release: run `hallq central init --dsn ...` there first "
                               "(this hall's events wait, nothing is lost).") from None


# ------------------------------------------------------------------ an earlier head office
def set_aside_plain_tables(central: CentralDB) -> list[str]:
    """Rename an unpartitioned events/tickets (a head office of an earlier release) out of
    the way, so the partitioned tables can be made under their names."""
    moved = []
    for name in PARTITIONED:
        kind = central.one("SELECT c.relkind FROM pg_class c JOIN pg_namespace n ON "
                           "n.oid = c.relnamespace WHERE n.nspname = current_schema() AND "
                           "c.relname = %s", (name,))
        if kind is not None and kind[0] == "r":
            central.execute(f"ALTER TABLE {name} RENAME TO {name}_unpartitioned")
            central.execute(f"ALTER INDEX IF EXISTS {name}_pkey RENAME TO "
                            f"{name}_unpartitioned_pkey")
            central.execute(f"ALTER INDEX IF EXISTS {name}_day RENAME TO "
                            f"{name}_unpartitioned_day")
            moved.append(name)
    return moved


# The snapshots an earlier release kept in each event: the hall appends "ticket" then
# "status" to the event's own (minified) data; the same text SQLite's json_remove leaves.
STRIP = """regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
  data::text, ',"status":\\{[^{}]*\\}', ''), ',"ticket":\\{[^{}]*\\}', ''),
  '^\\{"status":\\{[^{}]*\\},?', '{'), '^\\{"ticket":\\{[^{}]*\\},?', '{'),
  CASE WHEN type = 'note_added' THEN ',"text":"([^"\\\\]|\\\\.)*"' ELSE '^$' END, '')::json"""
# What no longer leaves the hall (hallq.sync.central), taken out of an earlier head office.
PERSONAL = ["UPDATE notes SET text = '' WHERE text <> ''",
            "UPDATE tickets SET customer_code = '#' WHERE customer_code NOT IN ('', '#')"]


def move_into_partitions(central: CentralDB, moved: list[str]) -> dict[str, int]:
    """Copy the set-aside rows into the monthly partitions (events without the snapshots
    the hall adds, as a sync of this release sends them), then drop the old table."""
    out = {}
    for name in moved:
        old = f"{name}_unpartitioned"
        span = central.one(f"SELECT min(day), max(day) FROM {old}")
        if span is not None:
            ensure_months(central, span[0], span[1])
        cols = [r[0] for r in central.all(
            "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 "
            "AND NOT attisdropped ORDER BY attnum", (name,))]
        select = ", ".join(STRIP if c == "data" and name == "events" else f'"{c}"'
                           for c in cols)
        # (the customer codes of moved tickets are masked by PERSONAL, after the copy)
        cur = central.execute(f"INSERT INTO {name} ({', '.join(cols)}) SELECT {select} "
                              f"FROM {old}")
        out[name] = cur.rowcount
        central.execute(f"DROP TABLE {old}")
    return out


# ------------------------------------------------------------------ settings and retention
def get_setting(central: CentralDB, key: str, default: str | None = None) -> str | None:
    row = central.one("SELECT value FROM central_settings WHERE key = %s", (key,))
    return row[0] if row else default


def set_setting(central: CentralDB, key: str, value: str) -> None:
    central.execute("INSERT INTO central_settings (key, value) VALUES (%s, %s) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


WINDOW_START, WINDOW_MINUTES = "sync_window_start", "sync_window_minutes"


def night_window(central: CentralDB) -> dict[str, Any]:
    """Head office's night window for the halls' syncs ({} when it has set none)."""
    try:
        start = get_setting(central, WINDOW_START)
        minutes = get_setting(central, WINDOW_MINUTES)
    except Exception:  # noqa: BLE001 - a head office of an earlier release sets none
        return {}
    return {"start": start, "minutes": int(minutes or 0)} if start else {}


def kept_from(central: CentralDB) -> str | None:
    """The first day whose events head office still keeps (None: every day)."""
    try:
        return get_setting(central, "events_kept_from")
    except Exception:  # noqa: BLE001 - a head office of an earlier release keeps every day
        return None


def partitions(central: CentralDB, table: str) -> list[tuple[date, str]]:
    """(first day of the month, partition name) of a partitioned table, oldest first."""
    rows = central.all("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON "
                       "c.oid = i.inhrelid WHERE i.inhparent = %s::regclass", (table,))
    out = []
    for (rel,) in rows:
        m = re.fullmatch(rf"{table}_y(\d{{4}})m(\d{{2}})", rel)
        if m:
            out.append((date(int(m[1]), int(m[2]), 1), rel))
    return sorted(out)


def prune_horizon(today: date, keep: int) -> date:
    """The first month kept when `keep` months are kept (this month counts as one)."""
    first = month_of(today)
    for _ in range(keep - 1):
        first = date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)
    return first


def prune(central: CentralDB, today: date) -> list[str]:
    """Drop the months of event detail older than the retention ('event_months'; 0 or
    unset: keep every month). Returns the partitions dropped."""
    keep = int(get_setting(central, "event_months", "0") or 0)
    if keep <= 0:
        return []
    first = prune_horizon(today, keep)
    dropped = []
    with central.transaction():
        for m, rel in partitions(central, "events"):
            if m < first:
                central.execute(f"DROP TABLE {rel}")
                dropped.append(rel)
        old = kept_from(central)
        if old is None or old < first.isoformat():
            set_setting(central, "events_kept_from", first.isoformat())
    return dropped


def bytes_per_event(central: CentralDB) -> tuple[int, float]:
    """(events, bytes on disk per event: heap, indexes and TOAST of every partition)."""
    n = central.value("SELECT count(*) FROM events")
    size = central.value("SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0) FROM "
                         "pg_inherits WHERE inhparent = 'events'::regclass")
    return int(n), (float(size) / n if n else 0.0)


# ------------------------------------------------------------------ export and import
def export_month(central: CentralDB, month: date, out_dir: Path, today: date) -> list[Path]:
    """Every table's rows of a closed month, one gzip-compressed CSV (with a header) each."""
    m = month_of(month)
    if next_month(m) > today:
        raise ValueError(f"{m:%Y-%m} is not over yet: only a closed month is exported.")
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    with central.transaction():  # one snapshot for every table of the month
        central.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        for table in ("events", "tickets", "ratings", "notes", "sessions"):
            path = out_dir / f"hallq-{table}-{m:%Y-%m}.csv.gz"
            query = (f"COPY (SELECT * FROM {table} WHERE day >= '{m}' AND "
                     f"day < '{next_month(m)}' ORDER BY hall_code) TO STDOUT "
                     "WITH (FORMAT csv, HEADER)")
            with gzip.open(path, "wb", compresslevel=6) as f, central.conn.cursor() as cur:
                with cur.copy(query) as cp:
                    for chunk in cp:
                        f.write(chunk)
            paths.append(path)
    return paths


def import_files(central: CentralDB, paths: list[Path]) -> dict[str, int]:
    """Load exported files back (rows already present are left as they are)."""
    found: list[tuple[Path, str, date]] = []
    for path in paths:
        m = FILE.fullmatch(Path(path).name)
        if not m:
            raise ValueError(f"{Path(path).name}: not a file of `hallq central export` "
                             "(hallq-TABLE-YYYY-MM.csv.gz).")
        found.append((Path(path), m[1], date(int(m[2]), int(m[3]), 1)))
    out: dict[str, int] = {}
    for path, table, month in found:
        ensure_months(central, month, month)
        with central.transaction():
            tmp = f"imp_{table}"
            central.execute(f"CREATE TEMP TABLE {tmp} (LIKE {table}) ON COMMIT DROP")
            with gzip.open(path, "rb") as f, central.conn.cursor() as cur:
                with cur.copy(f"COPY {tmp} FROM STDIN WITH (FORMAT csv, HEADER)") as cp:
                    while chunk := f.read(1 << 20):
                        cp.write(chunk)
            key = _key(central, table)
            cur2: Any = central.execute(f"INSERT INTO {table} SELECT * FROM {tmp} "
                                        f"ON CONFLICT ({key}) DO NOTHING")
            out[path.name] = cur2.rowcount
    return out


def _key(central: CentralDB, table: str) -> str:
    row = central.one("SELECT string_agg(a.attname, ', ' ORDER BY k.n) FROM pg_index i "
                      "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(attnum, n) "
                      "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
                      "WHERE i.indrelid = %s::regclass AND i.indisprimary", (table,))
    if row is None or row[0] is None:
        raise ValueError(f"{table} has no primary key")
    return str(row[0])
