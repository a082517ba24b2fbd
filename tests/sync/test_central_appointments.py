"""Head office and the hall's appointments and online visits, against PostgreSQL: head
office books for a hall (taken once, by code; phone and name then erased at head office;
a cancellation follows), and the central report shows the share of visits booked ahead or
queued from a phone."""
# ruff: noqa: F811 - pytest fixtures imported from test_sync_support

from __future__ import annotations

from datetime import date, datetime

from test_sync_support import (  # noqa: F401 - fixtures
    DAY,
    TZ,
    day_template,
    new_code,
    pg_hall,
    pgdb,
)

from hallq.sync import push as sync
from hallq.sync.central_report import figures


def test_head_office_books_for_a_hall_once_and_cancels(pgdb, day_template, tmp_path):
    code = new_code()
    _, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path, code)
    hall.set_appointment_plan({"service": "B", "capacity": 2, "slot_min": 30})
    assert sync.run_sync(dsn, db, hall).ok
    nxt = date(2024, 5, 3)  # the Friday after the simulated Thursday
    with pgdb.owner() as c:
        c.set_config("appointments", code, {
            "code": "HO1234", "service": "B", "start": f"{nxt}T08:00:00+07:00",
            "phone": "0901234567", "name": "Lê Văn Nam", "language": "zh_CN"})
        c.set_config("appointments", code, {
            "code": "HO5678", "service": "B", "start": f"{nxt}T08:10:00+07:00"})  # no slot
    res = sync.run_sync(dsn, db, hall)
    assert res.ok, res.error
    assert res.config_applied == ["appointment HO1234"]
    assert "HO5678" in res.config_errors[0] and "not one of the service" in \
        res.config_errors[0]
    a = hall.appointment("HO1234")
    assert (a.source, a.phone, a.name, a.language, a.start) == (
        "central", "0901234567", "Lê Văn Nam", "zh_CN", datetime(2024, 5, 3, 8, 0, tzinfo=TZ))
    with pgdb.owner() as c:
        assert c.one("SELECT phone, name FROM appointments WHERE hall_code = %s AND "
                     "code = 'HO1234'", (code,)) == (None, None)  # gone from head office
        # None of it went up either: the hall's events carry no phone or name.
        assert c.one("SELECT count(*) FROM events WHERE hall_code = %s AND "
                     "data::text LIKE '%%0901234567%%'", (code,)) == (0,)
    again = sync.run_sync(dsn, db, hall)
    assert again.ok and again.config_applied == []
    assert len(hall.appointments_on(nxt)) == 1
    with pgdb.owner() as c:
        c.set_config("appointments", code, {"code": "HO1234", "cancelled": True})
    res = sync.run_sync(dsn, db, hall)
    assert res.config_applied == ["appointment HO1234 cancelled"]
    assert hall.appointment("HO1234").state == "cancelled"
    hall.store.close()


def test_the_central_report_shows_the_share_of_visits_online(pgdb, day_template, tmp_path):
    code = new_code()
    _, dsn, db, hall = pg_hall(pgdb, day_template, tmp_path, code)
    hall.set_appointment_plan({"service": "A", "capacity": 0, "phone_daily_limit": 5})
    for n in range(3):  # three tickets from phones, late on the simulated day
        hall.take_phone_ticket("A", f"090100000{n}", "vi")
    res = sync.run_sync(dsn, db, hall)
    assert res.ok, res.error
    with pgdb.owner() as c:
        online, visits = c.one("SELECT sum(online), sum(visits) FROM day_stats "
                               "WHERE hall_code = %s AND day = %s", (code, DAY))
        data = figures(c, DAY, DAY)
    assert online == 3
    [h] = [x for x in data["halls"] if x["hall_code"] == code]
    assert round(h["online_pct"], 2) == round(100 * 3 / visits, 2)
    hall.store.close()
