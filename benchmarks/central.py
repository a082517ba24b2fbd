"""Head office at scale: a synthetic head office of N halls x D days, its month's report, and
the sync of one more busy day (5,000 tickets) into it.

    python benchmarks/central.py --halls 2000 --days 30 [--busy-tickets 5000] [--keep]

Makes a throwaway database hallq_bench_<random> on 127.0.0.1:5432 (dropped at the end unless
--keep). The synthetic halls are what the nightly syncs leave for the report: each hall's
per-day, per-service sums (day_stats, 5 services), its services, its open complaints
(notes), its cases (10 a day) and complaints (2 a day), its index answers (7 indices a
day) and visits served and answers per clerk (5 a day) and its sync log; not every ticket and event of N x D hall-days (24 million tickets
for 2,000 x 30), which would take hours to make here and which the report never reads.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from _common import machine  # noqa: E402
from psycopg import sql  # noqa: E402
from sync import ADMIN, cpu_seconds, synth_day  # noqa: E402

from hallq.sync import history  # noqa: E402
from hallq.sync import push as sync  # noqa: E402
from hallq.sync.central import Central  # noqa: E402
from hallq.sync.central_report import build_report  # noqa: E402

START = date(2024, 6, 1)

HEAD_OFFICE_SQL = """
INSERT INTO halls (hall_code, name, timezone, acked_seq, last_sync_at, stats_seq)
SELECT 'S' || lpad(h::text, 5, '0'), 'Điện lực ' || h, 'Asia/Ho_Chi_Minh', 2500,
       %(start)s::date + %(days)s + time '02:00' + make_interval(mins => h %% 240), 2500
FROM generate_series(1, %(halls)s) h;
INSERT INTO services (hall_code, prefix, names, target_wait_min, typical_service_min, active,
                      kiosk_order, queue_limit)
SELECT 'S' || lpad(h::text, 5, '0'), p, '{}', t, 5, true, 0, 30
FROM generate_series(1, %(halls)s) h,
     (VALUES ('A', 10), ('B', 20), ('C', 15), ('D', 10), ('E', 15)) s(p, t);
INSERT INTO day_stats (hall_code, day, service, target, visits, called, wait_sum, within,
                       served, no_shows, rated, offered, score_sum)
SELECT 'S' || lpad(h::text, 5, '0'), %(start)s::date + d, p, t, v, v - v / 30,
       (v - v / 30) * (4 + (h * 7 + d) %% 11 + (h %% 5)), (v - v / 30) * (60 + h %% 37) / 100,
       v - v / 30, v / 30, (v - v / 30) * 7 / 10, v - v / 30,
       (v - v / 30) * 7 / 10 * (2 + (h + d) %% 3)
FROM generate_series(1, %(halls)s) h, generate_series(0, %(days)s - 1) d,
     (VALUES ('A', 10, 4), ('B', 20, 1), ('C', 15, 1), ('D', 10, 1), ('E', 15, 2)) s(p, t, w),
     LATERAL (SELECT (400 * w / 9 + (h * 13 + d * 7) %% 17)::bigint AS v) x;
INSERT INTO notes (hall_code, id, ticket_id, day, counter, staff, kind, category, text,
                   follow_up, resolved_at, ts)
SELECT 'S' || lpad(h::text, 5, '0'), i, i, %(start)s::date + i %% %(days)s, 1, 'NV01',
       'complaint', 'billing', '', true, CASE WHEN i %% 3 = 0 THEN now() END, now()
FROM generate_series(1, %(halls)s) h, generate_series(1, 4 + h %% 5) i;
INSERT INTO cases (hall_code, number, service, owner, status, opened_at, due, ticket_id,
                   updated_at, day)
SELECT 'S' || lpad(h::text, 5, '0'), 'HS-2024-' || lpad((d * 10 + i)::text, 6, '0'), 'A',
       'NV0' || (1 + (h + i) %% 5), CASE WHEN i %% 7 = 0 THEN 'in_progress' WHEN i %% 11 = 0
       THEN 'refused' ELSE 'done' END, %(start)s::date + d + time '02:00',
       %(start)s::date + d + 5, i, %(start)s::date + d + 3 + (h + i) %% 5 + time '03:00',
       %(start)s::date + d
FROM generate_series(1, %(halls)s) h, generate_series(0, %(days)s - 1) d,
     generate_series(1, 10) i;
INSERT INTO complaints (hall_code, number, source, cause, owner, opened_at, due, ticket_id,
                        case_number, level, closed_at, outcome, updated_at, day)
SELECT 'S' || lpad(h::text, 5, '0'), 'KN-2024-' || lpad((d * 2 + i)::text, 6, '0'), 'note',
       'billing', 'NV0' || (1 + (h + i + d) %% 5), %(start)s::date + d + time '03:00',
       %(start)s::date + d + 2, i, NULL, (h + d) %% 3, CASE WHEN (h + d) %% 3 < 2 THEN
       %(start)s::date + d + time '09:00' END, CASE WHEN (h + d) %% 3 < 2 THEN 'resolved' END,
       %(start)s::date + d + time '09:00', %(start)s::date + d
FROM generate_series(1, %(halls)s) h, generate_series(0, %(days)s - 1) d,
     generate_series(1, 2) i;
INSERT INTO index_stats (hall_code, day, index_key, answers, score_sum, score_sq)
SELECT 'S' || lpad(h::text, 5, '0'), %(start)s::date + d, k, 30, 30 * 4 - h %% 5,
       30 * 16 - h %% 9
FROM generate_series(1, %(halls)s) h, generate_series(0, %(days)s - 1) d,
     unnest(ARRAY['access', 'waiting_time', 'staff_attitude', 'information', 'procedure',
                  'bill_price', 'facilities']) k;
INSERT INTO owner_stats (hall_code, day, owner, served, answers, score_sum, score_sq)
SELECT 'S' || lpad(h::text, 5, '0'), %(start)s::date + d, 'NV0' || o, 60 + (h + o) %% 30,
       42, 42 * 4 - (h + o) %% 5, 42 * 16 - (h + o) %% 9
FROM generate_series(1, %(halls)s) h, generate_series(0, %(days)s - 1) d,
     generate_series(1, 5) o;
INSERT INTO sync_log (hall_code, started_at, finished_at, ok, rows_sent, from_seq, to_seq,
                      config_applied, error, reconcile)
SELECT hall_code, last_sync_at, last_sync_at + interval '3 seconds', true, 2500, 0, 2500, 0,
       NULL, '{"ok": true}' FROM halls WHERE hall_code LIKE 'S%%';
ANALYZE
"""


def build(owner: str, halls: int, days: int) -> float:
    t0 = time.perf_counter()
    with psycopg.connect(owner, autocommit=True) as con:
        for stmt in HEAD_OFFICE_SQL.split(";\n"):
            con.execute(stmt, {"halls": halls, "days": days, "start": START})
    return time.perf_counter() - t0


def run_report(owner: str, tmp: Path, halls: int, days: int, per_hall: bool = False) -> None:
    end = START + timedelta(days=days - 1)
    with Central(owner) as c:
        cpu0 = cpu_seconds(c)
        t0 = time.perf_counter()
        info = build_report(c, START, end, tmp / "central.pdf")
        took = time.perf_counter() - t0
        cpu1 = cpu_seconds(c)
    print(f"report {halls} halls x {days} days: {took:.2f} s")
    print(f"   SQL {info['query_s']:.2f} s, {info['pages']} pages, "
          f"{(tmp / 'central.pdf').stat().st_size / 1e6:.1f} MB; CPU: this process "
          f"{cpu1[0] - cpu0[0]:.2f} s, PostgreSQL {cpu1[1] - cpu0[1]:.2f} s")
    if per_hall:
        with Central(owner) as c:
            t0 = time.perf_counter()
            info = build_report(c, START, end, tmp / "central.pdf", per_hall=tmp / "halls")
            took = time.perf_counter() - t0
        print(f"   with a file per hall (--per-hall): {took:.2f} s, {len(info['files'])} files")


def run_busy_day(owner: str, name: str, tmp: Path, tickets: int, roles: list[str]) -> None:
    big = tmp / "busy.db"
    code = f"BUSY-{secrets.token_hex(3)}"  # its role is the server's: unique to this run
    n_events = synth_day(big, code, tickets)
    with Central(owner) as c:
        roles.append(c.add_hall(code)["role"])
        # An ongoing head office: this month's partitions are there already.
        history.ensure_months(c, date(2024, 5, 2), date(2024, 5, 2))
        history.ensure_months(c, date.today(), date.today())
    dsn = f"postgresql://{roles[-1]}@127.0.0.1:5432/{name}"
    with Central(dsn) as hall_conn:
        cpu0 = cpu_seconds(hall_conn)
        res = sync.run_sync(dsn, big, None, central=hall_conn)
        cpu1 = cpu_seconds(hall_conn)
    assert res.ok, res.error
    print(f"sync busy day: {res.seconds:.2f} s (head-office CPU {cpu1[1] - cpu0[1]:.2f} s)")
    print(f"   {tickets} tickets, {n_events} events, {res.rows_sent} rows in {res.batches} "
          f"batch(es); phases {res.timings}; this process {cpu1[0] - cpu0[0]:.2f} s CPU")
    with Central(owner) as c:
        n, per_event = history.bytes_per_event(c)
    print(f"   stored: {per_event:.0f} bytes per event (heap, indexes, TOAST of the "
          f"partitions; {n} events)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--halls", type=int, default=2000)
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--busy-tickets", type=int, default=5000)
    ap.add_argument("--parts", default="rs", help="r: the report, s: the busy day's sync")
    ap.add_argument("--per-hall", action="store_true", help="also time one file per hall")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    name = f"hallq_bench_{secrets.token_hex(4)}"
    roles: list[str] = []
    tmp = Path(tempfile.mkdtemp(prefix="hallq-central-"))
    print(f"hallq head office benchmark, {datetime.now():%Y-%m-%d %H:%M}, {machine()}")
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0")
                      .format(sql.Identifier(name)))
        print("PostgreSQL", admin.execute("SHOW server_version").fetchone()[0], "database", name)
    owner = f"postgresql://postgres@127.0.0.1:5432/{name}"
    try:
        with Central(owner) as c:
            c.init_schema()
        took = build(owner, args.halls, args.days)
        print(f"synthetic head office: {args.halls} halls x {args.days} days of day figures, "
              f"made in {took:.1f} s")
        if "r" in args.parts:
            run_report(owner, tmp, args.halls, args.days, args.per_hall)
        if "s" in args.parts:
            run_busy_day(owner, name, tmp, args.busy_tickets, roles)
    finally:
        if not args.keep:
            with psycopg.connect(ADMIN, autocommit=True) as admin:
                admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                              .format(sql.Identifier(name)))
                for r in roles:
                    admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(r)))
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
