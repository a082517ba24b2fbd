"""Head office on the real PostgreSQL: halls kept apart by RLS, config pushed down, the hub's
sync routes, the central report."""
# ruff: noqa: F811 - pytest fixtures imported from test_sync_support

from __future__ import annotations

from datetime import date, datetime, timedelta

import httpx
import psycopg
import pytest
from pypdf import PdfReader
from test_sync_support import (  # noqa: F401 - fixtures
    assert_identical,
    copy_day,
    day_template,
    new_code,
    open_hall,
    pg_hall,
    pgdb,
)

from hallq.commands.main import main
from hallq.hub.server import HubThread
from hallq.sync import day_stats, history
from hallq.sync import push as sync
from hallq.sync.central import CentralError
from hallq.sync.central_report import build_report
from hallq.sync.schedule import SyncScheduler, offset_minutes


def _sync(pgdb, template, tmp_path, code):
    _, dsn, db, hall = pg_hall(pgdb, template, tmp_path, code, f"{code}.db")
    res = sync.run_sync(dsn, db, hall)
    assert res.ok, res.error
    return dsn, db, hall


def test_rls_keeps_halls_apart(pgdb, day_template, tmp_path):
    x, y = new_code(), new_code()
    dsn_x, _, hx = _sync(pgdb, day_template, tmp_path, x)
    _, _, hy = _sync(pgdb, day_template, tmp_path, y)
    with pgdb.owner() as c:  # head office reads every hall
        assert {r[0] for r in c.all("SELECT DISTINCT hall_code FROM tickets")} == {x, y}
    with psycopg.connect(dsn_x, autocommit=True) as cx:
        for table in ("tickets", "events", "ratings", "notes", "sessions", "services",
                      "counters", "staff", "sync_log", "halls"):
            codes = {r[0] for r in cx.execute(f"SELECT DISTINCT hall_code FROM {table}")}
            assert codes == {x}, table
        assert cx.execute("SELECT count(*) FROM tickets WHERE hall_code = %s",
                          (y,)).fetchone()[0] == 0
        # Cannot change Y's rows: they are invisible, so nothing matches.
        cur = cx.execute("UPDATE tickets SET state = 'done' WHERE hall_code = %s", (y,))
        assert cur.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            cx.execute("DELETE FROM events WHERE hall_code = %s", (y,))  # no hall deletes
        # Cannot write rows in Y's name.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            cx.execute("INSERT INTO events (hall_code, seq, ts, day, type, data) VALUES "
                       "(%s, 999999, now(), '2024-05-02', 'forged', '{}')", (y,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            cx.execute("UPDATE tickets SET hall_code = %s WHERE id = 1", (y,))
        # Nor move Y's acknowledged sequence, nor touch head office's own settings.
        assert cx.execute("UPDATE halls SET acked_seq = 0 WHERE hall_code = %s",
                          (y,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            cx.execute("UPDATE halls SET message = 'hi' WHERE hall_code = %s", (x,))
    with pgdb.owner() as c:
        assert c.one("SELECT count(*) FROM events WHERE hall_code = %s", (y,))[0] == \
            hy.last_seq()
    hx.store.close()
    hy.store.close()


def test_config_changed_centrally_reaches_the_hall_as_config_events(pgdb, day_template,
                                                                    tmp_path):
    code = new_code()
    dsn, db, hall = _sync(pgdb, day_template, tmp_path, code)
    with pgdb.owner() as c:
        # The hall's own set-up went up with its first sync.
        assert c.one("SELECT target_wait_min FROM services WHERE hall_code = %s AND "
                     "prefix = 'A'", (code,))[0] == 10
        c.set_config("services", code, {"prefix": "A", "target_wait_min": 12,
                                         "names": {"en": "Pay a bill or a fee"}})
        c.set_config("services", code, {"prefix": "F", "names": {"vi": "Dịch vụ số",
                                                                 "en": "Online services"},
                                         "target_wait_min": 8, "typical_service_min": 4.0})
        c.set_config("counters", code, {"number": 7, "name": "Quầy 7", "services": ["F", "A"]})
        c.set_config("staff", code, {"code": "NV09", "name": "Bùi Thị Thu", "role": "clerk",
                                     "active": True, "pin": "1234"})
        c.set_config("staff", code, {"code": "NV02", "active": False})
        c.set_message(code, "Nghỉ lễ 2/9 · Hotline 19001006")
    before = hall.last_seq()
    res = sync.run_sync(dsn, db, hall)
    assert res.ok, res.error
    assert res.config_applied == ["service A", "service F", "counter 7", "staff NV09",
                                  "staff NV02", "hall message"]
    assert hall.state.services["A"].target_wait_min == 12
    assert hall.state.services["A"].names["vi"] == "Thanh toán tiền điện"  # kept
    assert hall.state.services["A"].names["en"] == "Pay a bill or a fee"
    assert hall.state.counters[7].services == ("F", "A")
    assert hall.staff["NV09"].name == "Bùi Thị Thu" and not hall.staff["NV02"].active
    assert hall.info.message.startswith("Nghỉ lễ")
    events = [e for e in hall.events_since(before) if e["type"] == "config_changed"]
    assert [e["data"]["what"] for e in events] == ["service", "service", "counter", "staff",
                                                   "staff", "hall"]
    with pgdb.owner() as c:
        assert_identical(c, db, code)  # the config events went up in the same sync
        assert c.one("SELECT pin FROM staff WHERE hall_code = %s AND code = 'NV09'",
                     (code,)) == (None,)  # no plain PIN stays at head office
        # Applying a change does not bounce it back as a new change from head office.
        assert c.one("SELECT config_version FROM halls WHERE hall_code = %s", (code,))[0] == \
            c.one("SELECT max(version) FROM services WHERE hall_code = %s", (code,))[0] + 4
    last = hall.last_seq()
    again = sync.run_sync(dsn, db, hall)
    assert again.ok and again.config_applied == [] and again.rows_sent == 0
    assert hall.last_seq() == last
    hall.login("NV09", "1234", None)  # the PIN head office gave works
    hall.store.close()


def test_refused_config_is_reported_not_applied(pgdb, day_template, tmp_path):
    code = new_code()
    dsn, db, hall = _sync(pgdb, day_template, tmp_path, code)
    with pgdb.owner() as c:
        c.set_config("counters", code, {"number": 8, "name": "Quầy 8", "services": ["Z"]})
    res = sync.run_sync(dsn, db, hall)
    assert res.ok and 8 not in hall.state.counters
    assert "There is no service Z" in res.config_errors[0]
    hall.store.close()


def test_hub_sync_routes_run_inside_the_hub(pgdb, day_template, tmp_path, monkeypatch):
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "hallq.toml").write_text(f'[sync]\ndsn = "{dsn}"\nenabled = true\n')
    monkeypatch.setenv("HALLQ_CONFIG_DIR", str(conf))
    with pgdb.owner() as c:
        c.set_message(code, "Tin nhắn từ tổng công ty")
        history.set_setting(c, "sync_window_start", "01:00")  # head office's night window
        history.set_setting(c, "sync_window_minutes", "180")
    before = SyncScheduler(hall, dsn, at="02:00", window_minutes=120)
    assert before.plan() == ("02:00", offset_minutes(code, 120))  # this PC's settings
    server = HubThread(hall).start()
    try:
        sup, _ = hall.add_device("supervisor")
        kiosk, _ = hall.add_device("kiosk")
        auth = {"Authorization": f"Bearer {sup['token']}"}
        with httpx.Client(base_url=server.url, timeout=30) as http:
            st = http.get("/api/sync/status", headers=auth).json()
            assert st["last_success"] is None and st["stale"] and st["waiting_events"] > 0
            r = http.post("/api/sync/run", headers=auth)
            assert r.status_code == 401 and r.json()["error"]["code"] == "login_required"
            r = http.post("/api/sync/run",
                          headers={"Authorization": f"Bearer {kiosk['token']}"})
            assert r.status_code == 403
            login = http.post("/api/staff/login", headers=auth,
                              json={"code": "GS01", "pin": "9999"}).json()
            r = http.post("/api/sync/run", headers=auth | {"X-Staff-Session": login["session"]})
            assert r.status_code == 200, r.text
            out = r.json()
            assert out["result"]["ok"] and out["result"]["config_applied"] == ["hall message"]
            assert out["status"]["waiting_events"] == 0 and not out["status"]["stale"]
            # The hub applied it itself and keeps serving.
            assert http.get("/health").json()["ok"]
            # Its next night: its minute of head office's window, in the hall's time.
            nxt = datetime.fromisoformat(http.get("/api/sync/status", headers=auth)
                                         .json()["next_run"])
            assert nxt.hour * 60 + nxt.minute == (60 + offset_minutes(code, 180)) % 1440
        assert hall.info.message == "Tin nhắn từ tổng công ty"
        # From the next night on, the hall syncs at its minute of head office's window.
        at, offset = before.plan()
        assert (at, offset) == ("01:00", offset_minutes(code, 180))
        nxt = before.next_target()
        assert nxt.hour * 60 + nxt.minute == (60 + offset) % 1440 and nxt > before._now()
        assert nxt - before._now() <= timedelta(days=1)
    finally:
        server.stop()
    with pgdb.owner() as c:
        assert_identical(c, db, code)
    hall.store.close()


def test_central_report_pdf(pgdb, day_template, tmp_path, capsys):
    codes = [new_code(), new_code()]
    for code in codes:
        _sync(pgdb, day_template, tmp_path, code)[2].store.close()
    out = tmp_path / "central.pdf"
    with pgdb.owner() as c:
        # The sums each sync keeps are those a full recount gives.
        q = "SELECT * FROM day_stats ORDER BY hall_code, day, service"
        kept = c.all(q)
        assert len(kept) == 2 * 5
        day_stats.rebuild(c)
        assert c.all(q) == kept
        c.execute("UPDATE halls SET name = 'Điện lực Quận 3' WHERE hall_code = %s", (codes[0],))
        info = build_report(c, date(2024, 5, 1), date(2024, 5, 31), out)
        # The comparison, and the day's complaints per hall and per owner (the simulated
        # day made some); a hall's own page comes on demand, or a file per hall.
        assert info["halls"] == 2 and info["pages"] == 3 and info["files"] == []
        text = PdfReader(out).pages[0].extract_text()
        assert codes[0] in text and codes[1] in text and "Điện lực Quận 3" in text
        assert "150" in text and "300" in text  # tickets of each simulated day, and in all
        with_page = build_report(c, date(2024, 5, 1), date(2024, 5, 31), out,
                                 halls=[codes[1]])
        assert with_page["pages"] == 4
        page = PdfReader(out).pages[3].extract_text()
        assert codes[1] in page and codes[0] not in page and "2024-05-02" in page
        each = build_report(c, date(2024, 5, 1), date(2024, 5, 31), tmp_path / "all.pdf",
                            per_hall=tmp_path / "halls")
        assert sorted(p.name for p in each["files"]) == sorted(f"{x}.pdf" for x in codes)
        assert codes[0] in PdfReader(each["files"][0]).pages[0].extract_text() or \
            codes[1] in PdfReader(each["files"][0]).pages[0].extract_text()
        with pytest.raises(CentralError, match="No hall NOPE"):
            build_report(c, date(2024, 5, 1), date(2024, 5, 31), out, halls=["NOPE"])
    # The same from the command line.
    args = ["central", "report", "--dsn", pgdb.dsn(), "--from", "2024-05-01", "--to",
            "2024-05-31", "--out", str(out)]
    assert main([*args, "--hall", codes[0], "--per-hall", str(tmp_path / "cli")]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith(f"Report of 2 hall(s), 2024-05-01..2024-05-31: {out} "
                                 "(4 pages, queries ")
    assert printed[1] == f"2 hall file(s) in {tmp_path / 'cli'}"
    with pytest.raises(SystemExit, match="No hall NOPE at head office"):
        main([*args, "--hall", "NOPE"])


def test_hub_keeps_serving_while_a_sync_reads(pgdb, day_template, tmp_path):
    """Mid-sync (a read snapshot open, rows half sent) the hub still issues tickets at once;
    the sync picks up what they wrote in its later batches."""
    code, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path)
    server = HubThread(hall).start()
    issued = []
    try:
        kiosk, _ = hall.add_device("kiosk")
        auth = {"Authorization": f"Bearer {kiosk['token']}"}
        with httpx.Client(base_url=server.url, timeout=5) as http:
            def hook(point: str, batch: int) -> None:
                if point in ("read", "sent_tickets") and batch in (1, 3):
                    r = http.post("/api/tickets", headers=auth, json={"service": "E"})
                    assert r.status_code == 200, r.text
                    issued.append(r.json()["ticket"]["number"])

            res = sync.run_sync(dsn, db, hall, batch_size=200, hook=hook)
        assert res.ok, res.error
        assert len(issued) >= 4
        res = sync.run_sync(dsn, db, hall)
        assert res.ok and res.reconcile["ok"]
    finally:
        server.stop()
    with pgdb.owner() as c:
        assert_identical(c, db, code)
        assert c.one("SELECT count(*) FROM tickets WHERE hall_code = %s AND number = ANY(%s)",
                     (code, issued))[0] == len(issued)
    hall.store.close()
