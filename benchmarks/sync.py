"""Sync benchmark against the real PostgreSQL: one big hall-day, an empty re-sync, 200 halls in
one night, and the central report over 200 halls x 30 days.

    python benchmarks/sync.py [--tickets 5000] [--halls 200] [--hall-tickets 400]
                              [--report-days 30] [--keep]

Creates a throwaway database hallq_bench_<random> on 127.0.0.1:5432 (dropped at the end
unless --keep). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import shutil
import sqlite3
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from _common import machine, sample_hall  # noqa: E402
from psycopg import sql  # noqa: E402

from hallq.domain import (
    jsonable,  # noqa: E402
    sample,  # noqa: E402
)
from hallq.sync import day_stats, history  # noqa: E402
from hallq.sync import push as sync  # noqa: E402
from hallq.sync.central import Central  # noqa: E402
from hallq.sync.central_report import build_report, figures  # noqa: E402

ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
DAY = date(2024, 5, 2)
TZ = ZoneInfo(sample.HALL.timezone)


def synth_day(path: Path, code: str, tickets: int, seed: int = 1) -> int:
    """A hall-day written straight into a hall file: per ticket issued, called, serving,
    finished, rated (+ some recalls and no-shows), the rows those events leave. Returns the
    number of events. (The real simulator plays ~400 tickets/s; this is the same shape.)"""
    info = jsonable(sample.HALL) | {"code": code}
    hall = sample_hall(path)
    hall.store.set_meta("hall", info)
    hall.store.close()
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    start = datetime.combine(DAY, datetime.min.time(), tzinfo=TZ) + timedelta(hours=7, minutes=30)
    events: list[tuple] = []
    tick_rows, rating_rows, note_rows, sess = [], [], [], []
    t: dict = {}
    per_service: dict[str, list[int]] = {}
    for c in range(1, 7):
        th = secrets.token_hex(16)
        sess.append((th, f"NV0{c}", c, start.isoformat(), (start + timedelta(hours=9,
                                                                            minutes=30)).isoformat()))
        events.append((start.isoformat(), DAY.isoformat(), "staff_login", None, c, f"NV0{c}", "{}"))
    span = 9 * 3600
    for i in range(1, tickets + 1):
        svc = rng.choice("AAAABCDEE")
        counter = rng.randint(1, 6)
        staff = f"NV0{counter}"
        arrival = start + timedelta(seconds=span * i / tickets)
        called = arrival + timedelta(seconds=rng.uniform(30, 1500))
        serving = called + timedelta(seconds=rng.uniform(20, 60))
        finished = serving + timedelta(seconds=rng.uniform(60, 900))
        no_show = rng.random() < 0.03
        state = "no_show" if no_show else "done"
        t = {"id": i, "day": DAY.isoformat(), "number": f"{svc}{per_service.setdefault(svc, [0]) and _next(per_service, svc):03d}", "service": svc,
             "arrival": arrival.isoformat(), "queued_at": arrival.isoformat(), "priority": "",
             "customer_code": "", "language": "vi", "state": state, "leg": 1,
             "parent_id": None, "target_counter": None, "counter": counter, "staff": staff,
             "called_at": called.isoformat(), "recalls": 1 if no_show else 0,
             "serving_at": None if no_show else serving.isoformat(),
             "finished_at": finished.isoformat(), "eta_min": round(rng.uniform(0, 30), 1)}
        tick_rows.append(tuple(t.values()))
        d = DAY.isoformat()

        def ev(kind: str, at: datetime, extra: dict | None = None, t=t, c=counter, s=staff,
               i=i, d=d) -> None:
            data = {"ticket": t} | (extra or {})
            events.append((at.isoformat(), d, kind, i, c, s,
                           json.dumps(data, ensure_ascii=False, separators=(",", ":"))))

        ev("ticket_issued", arrival, {"ahead": rng.randint(0, 30), "eta_min": t["eta_min"]})
        ev("ticket_called", called, {"out_of_turn": False})
        if rng.random() < 0.9:  # ~6 events a ticket, the 5,000 tickets ~ 30,000
            ev("ticket_recalled", called + timedelta(seconds=30))
        if no_show:
            ev("ticket_recalled", called + timedelta(minutes=1))
            ev("ticket_no_show", called + timedelta(minutes=2))
            ev("counter_opened", called + timedelta(minutes=2), {"status": {"number": counter}})
            continue
        ev("ticket_serving", serving)
        ev("ticket_finished", finished, {"service_min": round((finished - serving)
                                                              .total_seconds() / 60, 2)})
        rated = rng.random() < 0.7
        score = rng.choice([4, 4, 4, 3, 3, 2, 1]) if rated else None
        rating = (i, DAY.isoformat(), counter, svc, staff, int(rated), score,
                  {4: "very_satisfied", 3: "satisfied", 2: "acceptable", 1: "unsatisfied",
                   None: ""}[score], "[]", (finished + timedelta(seconds=10)).isoformat())
        rating_rows.append(rating)
        ev("ticket_rated" if rated else "ticket_not_rated", finished + timedelta(seconds=10),
           {"score": score})
        if rng.random() < 0.05:
            note_rows.append((i, DAY.isoformat(), counter, staff, "complaint", "billing",
                              "Khách hỏi về hóa đơn", int(rng.random() < 0.4), None,
                              finished.isoformat()))
            ev("note_added", finished, {"kind": "complaint"})
    events.sort(key=lambda e: e[0])
    with con:
        con.executemany(f"INSERT INTO ticket ({', '.join(t)}) VALUES ({','.join('?' * 20)})",
                        tick_rows)
        con.executemany("INSERT INTO rating (ticket_id, day, counter, service, staff, rated, "
                        "score, choice, reasons, ts) VALUES (?,?,?,?,?,?,?,?,?,?)", rating_rows)
        con.executemany("INSERT INTO note (ticket_id, day, counter, staff, kind, category, "
                        "text, follow_up, resolved_at, ts) VALUES (?,?,?,?,?,?,?,?,?,?)",
                        note_rows)
        con.executemany("INSERT INTO session (token_hash, staff, counter, login_at, logout_at) "
                        "VALUES (?,?,?,?,?)", sess)
        con.executemany("INSERT INTO event (ts, day, type, ticket_id, counter, staff, data) "
                        "VALUES (?,?,?,?,?,?,?)", events)
    con.close()
    return len(events) + 1


def _next(counts: dict[str, list[int]], svc: str) -> int:
    counts[svc][0] += 1
    return counts[svc][0]


def cpu_seconds(central: Central) -> tuple[float, float]:
    """(CPU seconds of this process, of the connection's PostgreSQL backend): figures that
    do not depend on what else the machine is doing."""
    pid = central.one("SELECT pg_backend_pid()")[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        server = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:  # PostgreSQL on another machine
        server = float("nan")
    return time.process_time(), server


def set_code(path: Path, code: str) -> None:
    con = sqlite3.connect(path)
    info = json.loads(con.execute("SELECT value FROM meta WHERE key='hall'").fetchone()[0])
    con.execute("UPDATE meta SET value=? WHERE key='hall'", (json.dumps(info | {"code": code}),))
    con.commit()
    con.close()


REPORT_SQL = """
INSERT INTO halls (hall_code, name, timezone, last_sync_at)
SELECT 'R' || lpad(h::text, 3, '0'), 'Điện lực ' || h, 'Asia/Ho_Chi_Minh', now()
FROM generate_series(1, %(halls)s) h;
INSERT INTO services (hall_code, prefix, names, target_wait_min, typical_service_min, active,
                      kiosk_order, queue_limit)
SELECT 'R' || lpad(h::text, 3, '0'), p, '{}', t, 5, true, 0, 30
FROM generate_series(1, %(halls)s) h,
     (VALUES ('A', 10), ('B', 20), ('C', 15), ('D', 10), ('E', 15)) s(p, t);
INSERT INTO tickets (hall_code, id, day, number, service, leg, arrival, queued_at, priority,
                     customer_code, language, state, counter, staff, called_at, recalls,
                     serving_at, finished_at, eta_min)
SELECT 'R' || lpad(h::text, 3, '0'), d * 10000 + i, %(start)s::date + d, 'A' || lpad(i::text, 3, '0'),
       (ARRAY['A','A','A','A','B','C','D','E','E'])[1 + (i * 7 + h) %% 9], 1, a, a, '', '', 'vi',
       CASE WHEN (i + h + d) %% 33 = 0 THEN 'no_show' ELSE 'done' END, 1 + i %% 6, 'NV01',
       a + make_interval(secs => ((i * 37 + h * 11 + d) %% (300 + (h %% 17) * 60))),
       0, a + interval '20 min', a + interval '25 min', 10
FROM generate_series(1, %(halls)s) h, generate_series(0, %(days)s - 1) d,
     generate_series(1, %(per_day)s) i,
     LATERAL (SELECT (%(start)s::date + d) + time '07:30' + make_interval(secs => i * 80)
              AS a) x;
INSERT INTO ratings (hall_code, id, ticket_id, day, counter, service, staff, rated, score,
                     choice, reasons, ts)
SELECT hall_code, id, id, day, counter, service, staff, id %% 10 < 7,
       1 + ((id * 13 + ascii(right(hall_code, 1)) * 7) %% 10 + 2) / 4, '', '[]', finished_at
FROM tickets WHERE state = 'done' AND left(hall_code, 1) = 'R';
INSERT INTO notes (hall_code, id, ticket_id, day, counter, staff, kind, category, text,
                   follow_up, resolved_at, ts)
SELECT hall_code, id, id, day, counter, staff, 'complaint', 'billing', '', true,
       CASE WHEN id %% 3 = 0 THEN finished_at END, finished_at
FROM tickets WHERE id %% 97 = 0 AND left(hall_code, 1) = 'R';
ANALYZE;
"""


def part_big_day(owner: str, name: str, roles: list[str], tmp: Path, tickets: int) -> None:
    big = tmp / "big.db"
    t0 = time.perf_counter()
    n_events = synth_day(big, "BIG", tickets)
    print(f"\n1) one hall-day: {tickets} tickets, {n_events} events "
          f"(built in {time.perf_counter() - t0:.1f} s)")
    with Central(owner) as c:
        roles.append(c.add_hall("BIG")["role"])
    dsn = f"postgresql://{roles[-1]}@127.0.0.1:5432/{name}"
    with Central(dsn) as hall_conn:
        cpu0 = cpu_seconds(hall_conn)
        res = sync.run_sync(dsn, big, None, central=hall_conn)
        cpu1 = cpu_seconds(hall_conn)
    assert res.ok, res.error
    print(f"   sync (as the hall's RLS role, batches of {sync.BATCH}): {res.seconds:.2f} s "
          f"total, {res.rows_sent} rows in {res.batches} batches, reconcile "
          f"{'ok' if res.reconcile['ok'] else 'MISMATCH'} [target <= 2 s]")
    print(f"   phases: {res.timings}; load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores")
    print(f"   CPU used: this process {cpu1[0] - cpu0[0]:.2f} s, its PostgreSQL backend "
          f"{cpu1[1] - cpu0[1]:.2f} s (what an idle machine would need, about)")
    times = []
    for _ in range(5):
        r = sync.run_sync(dsn, big, None)
        times.append(r.seconds)
        assert r.ok and r.rows_sent == 0
    times.sort()
    with Central(dsn) as hall_conn:
        cpu0 = cpu_seconds(hall_conn)
        sync.run_sync(dsn, big, None, central=hall_conn)
        cpu1 = cpu_seconds(hall_conn)
    print(f"2) empty re-sync: p50 {times[2]:.3f} s, max {times[-1]:.3f} s "
          f"(connect, config check, row counts of the last day) [target <= 0.2 s]")
    print(f"   empty re-sync CPU: this process {cpu1[0] - cpu0[0]:.3f} s, PostgreSQL "
          f"{cpu1[1] - cpu0[1]:.3f} s")


def _sync_copy(args: tuple[str, str, str, str]) -> int:
    """One hall of the night: its own copy of the day, synced as its own role."""
    tpl, folder, code, dsn = args
    path = Path(folder) / f"{code}.db"
    shutil.copy(tpl, path)
    set_code(path, code)
    r = sync.run_sync(dsn, path, None)
    assert r.ok, r.error
    path.unlink()
    return r.rows_sent


def part_night(owner: str, name: str, roles: list[str], tmp: Path, halls: int,
               tickets: int, workers: int) -> None:
    tpl = tmp / "tpl.db"
    n_hall = synth_day(tpl, "TPL", tickets, seed=2)
    with Central(owner) as c:
        mine = [c.add_hall(f"H{h:03d}")["role"] for h in range(halls)]
    roles += mine
    jobs = [(str(tpl), str(tmp), f"H{h:03d}", f"postgresql://{mine[h]}@127.0.0.1:5432/{name}")
            for h in range(halls)]
    t0 = time.perf_counter()
    if workers > 1:  # halls sync from their own PCs: several at once at head office
        with ProcessPoolExecutor(workers) as pool:
            rows = sum(pool.map(_sync_copy, jobs))
    else:
        rows = sum(map(_sync_copy, jobs))
    night = time.perf_counter() - t0
    print(f"3) {halls} halls x 1 day ({tickets} tickets, {n_hall} events each), {workers} at "
          f"a time: {night:.1f} s, {rows} rows ({night / halls:.2f} s a hall); load "
          f"average {os.getloadavg()[0]:.1f}")


def part_report(owner: str, tmp: Path, halls: int, days: int, tickets: int) -> None:
    t0 = time.perf_counter()
    with Central(owner) as c:  # the months' partitions, as the nightly syncs would make them
        history.ensure_months(c, date(2024, 6, 1), date(2024, 6, 1) + timedelta(days=days))
    with psycopg.connect(owner, autocommit=True) as con:
        for stmt in REPORT_SQL.split(";\n"):
            if stmt.strip():
                con.execute(stmt, {"halls": halls, "days": days, "per_day": tickets,
                                   "start": date(2024, 6, 1)})
        n = con.execute("SELECT count(*) FROM tickets WHERE left(hall_code, 1) = 'R'"
                        ).fetchone()[0]
    print(f"4) central rows for the report: {n} tickets of {halls} halls x {days} days, "
          f"made in SQL in {time.perf_counter() - t0:.1f} s")
    with Central(owner) as c:
        t0 = time.perf_counter()
        day_stats.rebuild(c)
        n = c.one("SELECT count(*) FROM day_stats")[0]
    print(f"   their per-day sums recounted at once: {time.perf_counter() - t0:.1f} s, {n} "
          f"rows (each nightly sync keeps its own hall's days: see 'stats' in part 1)")
    start, end = date(2024, 6, 1), date(2024, 6, 1) + timedelta(days=days - 1)
    with Central(owner) as c:
        cpu0 = cpu_seconds(c)
        t0 = time.perf_counter()
        info = build_report(c, start, end, tmp / "central.pdf")
        total = time.perf_counter() - t0
        cpu1 = cpu_seconds(c)
        ranked = sum(1 for h in figures(c, start, end)["halls"] if h["rank"])
    print(f"   report: {total:.2f} s in all (SQL aggregates {info['query_s']:.2f} s, the rest "
          f"PDF), {info['halls']} halls listed ({ranked} ranked), {info['pages']} pages "
          f"[target <= 10 s]; load average {os.getloadavg()[0]:.1f}")
    print(f"   report CPU: this process (PDF) {cpu1[0] - cpu0[0]:.2f} s, PostgreSQL backend "
          f"{cpu1[1] - cpu0[1]:.2f} s (+ any parallel workers)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--tickets", type=int, default=5000)
    ap.add_argument("--halls", type=int, default=200)
    ap.add_argument("--hall-tickets", type=int, default=400)
    ap.add_argument("--report-days", type=int, default=30)
    ap.add_argument("--parts", default="134", help="1: one big day (+2 empty re-sync), "
                    "3: many halls, 4: report")
    ap.add_argument("--workers", type=int, default=1, help="halls syncing at once (part 3)")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    name = f"hallq_bench_{secrets.token_hex(4)}"
    roles: list[str] = []
    tmp = Path(tempfile.mkdtemp(prefix="hallq-bench-"))
    print(f"hallq sync benchmark, {datetime.now():%Y-%m-%d %H:%M}, {machine()}")
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0")
                      .format(sql.Identifier(name)))
        print("PostgreSQL", admin.execute("SHOW server_version").fetchone()[0], "database", name)
    owner = f"postgresql://postgres@127.0.0.1:5432/{name}"
    try:
        with Central(owner) as c:
            c.init_schema()
        if "1" in args.parts:
            part_big_day(owner, name, roles, tmp, args.tickets)
        if "3" in args.parts:
            part_night(owner, name, roles, tmp, args.halls, args.hall_tickets, args.workers)
        if "4" in args.parts:
            part_report(owner, tmp, args.halls, args.report_days, args.hall_tickets)
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
