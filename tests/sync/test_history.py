"""Head office's history: an earlier (unpartitioned) head office moved into monthly partitions,
retention of event detail, a closed month exported and imported back, the morning check."""
# ruff: noqa: F811 - pytest fixtures imported from test_sync_support

from __future__ import annotations

import gzip
from datetime import date, datetime, timedelta

import pytest
from test_sync_support import (  # noqa: F401 - fixtures
    DAY,
    assert_identical,
    copy_day,
    day_template,
    new_code,
    pg_hall,
    pgdb,
)

from hallq.commands.main import main
from hallq.store.database import Store
from hallq.sync import history, reconcile
from hallq.sync import push as sync
from hallq.sync.central_tables import TABLES

# The events and tickets tables as the release before this one made them.
OLD = [
    "DROP TABLE events, tickets CASCADE",
    "CREATE TABLE events (hall_code text NOT NULL, seq bigint, ts timestamptz, day date, "
    "type text, ticket_id bigint, counter bigint, staff text, data json, "
    "PRIMARY KEY (hall_code, seq))",
    "CREATE INDEX events_day ON events (hall_code, day)",
    "CREATE TABLE tickets (hall_code text NOT NULL, " + ", ".join(
        f"{c} {t}" for c, t in [
            ("id", "bigint"), ("day", "date"), ("number", "text"), ("service", "text"),
            ("leg", "bigint"), ("parent_id", "bigint"), ("arrival", "timestamptz"),
            ("queued_at", "timestamptz"), ("priority", "text"), ("customer_code", "text"),
            ("language", "text"), ("state", "text"), ("target_counter", "bigint"),
            ("counter", "bigint"), ("staff", "text"), ("called_at", "timestamptz"),
            ("recalls", "bigint"), ("serving_at", "timestamptz"),
            ("finished_at", "timestamptz"), ("eta_min", "double precision")])
    + ", PRIMARY KEY (hall_code, id))",
    "CREATE INDEX tickets_day ON tickets (hall_code, day)",
]


NEW_EVENTS = ("CASE WHEN substr(type, 1, 5) = 'case_' OR substr(type, 1, 10) = 'complaint_' "
              f"THEN {TABLES['events'].select('data')} ELSE data END")


def _old_head_office_holding(pgdb, db, code):
    """An earlier head office that already holds the hall's day: every event with the
    ticket and counter snapshots the hall keeps, as the earlier push sent them (and the
    rest of the day)."""
    with pgdb.owner() as c:
        for stmt in OLD:
            c.execute(stmt)
        reader = Store(db, readonly=True)
        rows = {}
        for name, t in TABLES.items():
            cols = ", ".join(f'"{x}"' for x in t.names)
            # (no release before this one had cases or complaints: those rows, and their
            # events, as this release sends them)
            sel = ", ".join(t.select(x) if name in ("cases", "complaints") else
                            NEW_EVENTS if (name, x) == ("events", "data") else f'"{x}"'
                            for x in t.names)
            rows[name] = reader.db.execute_sql(f"SELECT {sel} FROM {t.local}").fetchall()
            day = bool(t.day_from)  # its day: the date of the login (the opening)
            at = t.names.index(t.day_from) if day else 0
            marks = ", ".join(["%s"] * (len(t.names) + 1 + day))
            kinds = [k for _, k in t.columns]
            c.executemany(f"INSERT INTO {name} (hall_code, {cols}{', day' if day else ''}) "
                          f"VALUES ({marks})",
                          [(code, *(bool(v) if k == "bool" and v is not None else v
                                    for v, k in zip(r, kinds, strict=True)),
                            *([r[at][:10]] if day else [])) for r in rows[name]])
        reader.close()
        last = max(r[0] for r in rows["events"])
        c.execute("UPDATE halls SET acked_seq = %s WHERE hall_code = %s", (last, code))
        old_bytes = c.value("SELECT pg_total_relation_size('events')")
    return len(rows["events"]), old_bytes


def test_an_earlier_head_office_is_moved_into_partitions_and_agrees_row_for_row(
        pgdb, day_template, tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    n, old_bytes = _old_head_office_holding(pgdb, db, code)
    with pgdb.owner() as c:
        tickets = c.value("SELECT count(*) FROM tickets")
        assert c.init_schema() == {"events": n, "tickets": tickets}  # the migration
        assert c.init_schema() == {}  # once only
        kinds = dict(c.all("SELECT relname, relkind::text FROM pg_class WHERE relname IN "
                           "('events', 'tickets', 'events_unpartitioned')"))
        assert kinds == {"events": "p", "tickets": "p"}
        assert [rel for _, rel in history.partitions(c, "events")] == ["events_y2024m05"]
        count, per_event = history.bytes_per_event(c)
        assert count == n
        # The events without the hall's snapshots: at most half the bytes they took.
        assert per_event * n <= old_bytes / 2, (per_event, old_bytes / n)
        # Every day, every table, text for text (the stripped events equal the hall's).
        reader = Store(db, readonly=True)
        full = reconcile.reconcile(c, reader.db, code, None, n)
        reader.close()
        assert full["ok"], full["mismatches"]
        assert c.value("SELECT count(*) FROM events WHERE data::text LIKE '%%\"ticket\":%%'") == 0
    # The hall's role still syncs (its grants were made again), more of the day goes up.
    hall.record("sync_completed", {"rows": 0, "to_seq": n, "config": []})
    res = sync.run_sync(dsn, db, hall, reconcile_all=True)
    assert res.ok, res.error
    with pgdb.owner() as c:
        assert_identical(c, db, code)
    hall.store.close()


def test_retention_drops_old_event_detail_keeps_day_figures_and_a_month_comes_back(
        pgdb, day_template, tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    hall.store.close()
    assert sync.run_sync(dsn, db, None).ok
    later = date(2024, 7, 10)
    with pgdb.owner() as c:
        with pytest.raises(ValueError, match="not over yet"):
            history.export_month(c, date(2024, 7, 1), tmp_path / "x", later)
        files = history.export_month(c, DAY, tmp_path / "may", later)
        assert [f.name for f in files] == [f"hallq-{t}-2024-05.csv.gz" for t in
                                           ("events", "tickets", "ratings", "notes",
                                            "sessions")]
        with gzip.open(files[0], "rt") as f:
            assert f.readline().startswith("hall_code,seq,ts,day,type,")
        stats = c.value("SELECT count(*) FROM day_stats WHERE hall_code = %s", (code,))
        history.set_setting(c, "event_months", "2")
        assert history.prune(c, later) == ["events_y2024m05"]
        assert history.kept_from(c) == "2024-06-01"
        assert c.value("SELECT count(*) FROM events WHERE hall_code = %s", (code,)) == 0
        assert c.value("SELECT count(*) FROM day_stats WHERE hall_code = %s", (code,)) == stats
    # The hall compares only what head office still keeps: no mismatch for the gone month.
    res = sync.run_sync(dsn, db, None, reconcile_all=True)
    assert res.ok, res.error
    with pgdb.owner() as c:
        loaded = history.import_files(c, files)
        assert loaded["hallq-events-2024-05.csv.gz"] > 0
        assert loaded["hallq-tickets-2024-05.csv.gz"] == 0  # already there: left as is
        assert_identical(c, db, code)  # the month is back, row for row


def test_bad_input_to_the_history_commands_changes_nothing(pgdb, tmp_path, capsys):
    dsn = pgdb.dsn()
    with pytest.raises(SystemExit, match="not YYYY-MM"):
        main(["central", "export", "--dsn", dsn, "--month", "2024-5x", "--out", str(tmp_path)])
    with pytest.raises(SystemExit, match="not a file of"):
        bad = tmp_path / "notes.csv.gz"
        bad.write_bytes(gzip.compress(b"x"))
        main(["central", "import", "--dsn", dsn, str(bad)])
    with pytest.raises(SystemExit, match="outside 1..1000; nothing changed"):
        main(["central", "settings", "--dsn", dsn, "--slots", "0"])
    with pytest.raises(SystemExit, match="not a time of day"):
        main(["central", "settings", "--dsn", dsn, "--window", "25:00", "--slots", "4"])
    assert main(["central", "settings", "--dsn", dsn]) == 0
    out = capsys.readouterr().out
    assert "sync_slots = 8\n" in out and "sync_window_start = not set" in out
    assert main(["central", "settings", "--dsn", dsn, "--window", "01:00", "--slots", "12",
                 "--event-months", "24"]) == 0
    out = capsys.readouterr().out
    assert "sync_window_start = 01:00\nsync_window_minutes = 240\nsync_slots = 12\n" in out


def test_morning_check_lists_late_halls_their_last_sync_and_disagreements(
        pgdb, day_template, tmp_path, capsys):
    good, dsn_g, db_g, hall_g = pg_hall(pgdb, day_template, tmp_path, file="g.db")
    late, dsn_l, db_l, hall_l = pg_hall(pgdb, day_template, tmp_path, file="l.db")
    bad, dsn_b, db_b, hall_b = pg_hall(pgdb, day_template, tmp_path, file="b.db")
    never = new_code()
    pgdb.add_hall(never)
    for h in (hall_g, hall_l, hall_b):
        h.store.close()
    for dsn, db in ((dsn_g, db_g), (dsn_l, db_l), (dsn_b, db_b)):
        assert sync.run_sync(dsn, db, None).ok
    with pgdb.owner() as c:
        # The late hall's last sync was two days ago; the bad hall's copy was damaged.
        c.execute("UPDATE sync_log SET finished_at = now() - interval '2 days' "
                  "WHERE hall_code = %s", (late,))
        c.execute("DELETE FROM ratings WHERE hall_code = %s AND id IN (SELECT id FROM "
                  "ratings WHERE hall_code = %s LIMIT 2)", (bad, bad))
    res = sync.run_sync(dsn_b, db_b, None, reconcile_all=True)
    assert res.error_code == "reconcile_mismatch"
    assert main(["central", "status", "--dsn", pgdb.dsn()]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "4 hall(s): 2 synced last night, 2 did not, 1 reconciliation(s) disagreed."
    assert out[2] == "Not synced last night:"
    listed = {line.split()[0]: line for line in out[3:5]}
    assert set(listed) == {late, never}
    assert "last sync never" in listed[never]
    two_days = (datetime.now().astimezone() - timedelta(days=2)).strftime("%Y-%m-%d")
    assert f"last sync {two_days}" in listed[late] and "(2 days ago)" in listed[late]
    assert out[5] == "Reconciliation disagreed (a person must look):"
    assert out[6].split()[0] == bad and "ratings 2024-05-02: hall" in out[6]
    assert len(out) == 7


def test_no_phone_number_or_complaint_text_reaches_head_office(pgdb, day_template, tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    t, _ = hall.issue("A", customer_code="0903123456")
    hall.add_note(t.id, None, "complaint", "billing", "Bà Lan phàn nàn hóa đơn 0903123456",
                  True, counter=1)
    res = sync.run_sync(dsn, db, hall, reconcile_all=True)
    assert res.ok, res.error
    with pgdb.owner() as c:
        assert_identical(c, db, code)  # what head office holds is what the hall sends
        for table in ("events", "tickets", "notes"):
            found = c.value(f"SELECT count(*) FROM {table} t WHERE t::text LIKE %s "
                            "OR t::text LIKE %s", ("%0903123456%", "%phàn nàn%"))
            assert found == 0, table
        assert c.all("SELECT customer_code FROM tickets WHERE hall_code = %s AND id = %s",
                     (code, t.id)) == [("#",)]
        assert c.all("SELECT kind, category, text, follow_up FROM notes WHERE hall_code = %s",
                     (code,))[-1] == ("complaint", "billing", "", True)
    hall.store.close()


def test_the_nightly_check_counts_what_this_sync_sent_and_reconcile_all_reads_everything(
        pgdb, day_template, tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    first = sync.run_sync(dsn, db, hall)
    assert first.ok and first.reconcile["checked"] > 0
    with pgdb.owner() as c:  # an event of last night lost at head office
        c.execute("DELETE FROM events WHERE hall_code = %s AND seq = 5", (code,))
    hall.record("sync_completed", {"rows": 0, "to_seq": 0, "config": []})
    tonight = sync.run_sync(dsn, db, hall)
    # Tonight's check reads tonight's events (and the other rows of their day), not every
    # event of the day again: the loss shows in the full comparison.
    assert tonight.ok, tonight.error
    full = sync.run_sync(dsn, db, hall, reconcile_all=True)
    assert full.error_code == "reconcile_mismatch"
    assert {(m["table"], m["day"], m["hall_rows"] - m["central_rows"])
            for m in full.reconcile["mismatches"]} == {("events", "2024-05-02", 1)}
    hall.store.close()


def test_events_are_counted_as_they_are_stored(pgdb, day_template, tmp_path):
    """A head office that silently drops rows (here a trigger) fails the batch at once:
    nothing is acknowledged, the hall sends it again next time."""
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    hall.store.close()
    with pgdb.owner() as c:
        c.execute("CREATE FUNCTION drop_some() RETURNS trigger LANGUAGE plpgsql AS "
                  "$$ BEGIN IF NEW.seq % 100 = 7 THEN RETURN NULL; END IF; RETURN NEW; END $$")
        c.execute("CREATE TRIGGER drop_some BEFORE INSERT ON events FOR EACH ROW "
                  "EXECUTE FUNCTION drop_some()")
    res = sync.run_sync(dsn, db, None)
    assert res.error_code == "central_error" and "Head office stored" in res.error
    with pgdb.owner() as c:
        assert c.value("SELECT acked_seq FROM halls WHERE hall_code = %s", (code,)) == 0
        assert c.value("SELECT count(*) FROM events WHERE hall_code = %s", (code,)) == 0
        c.execute("DROP TRIGGER drop_some ON events")
    assert sync.run_sync(dsn, db, None).ok
    with pgdb.owner() as c:
        assert_identical(c, db, code)


def test_a_head_office_of_an_earlier_release_is_named_as_such(pgdb, day_template, tmp_path):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    hall.store.close()
    with pgdb.owner() as c:
        c.execute("DROP FUNCTION hallq_ensure_month(date)")
    res = sync.run_sync(dsn, db, None)
    assert res.error_code == "old_schema" and "hallq central init" in res.error
