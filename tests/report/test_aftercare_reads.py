"""The daily report's cases and complaints in an old hall: months of closed ones stay out,
times at the business day's edges (written with other offsets) fall on the right day, later
changes are read as they stood at the day's end, and the event log is read through its index."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import make_hall

from hallq.hall.clock import FixedClock
from hallq.report import pdf
from hallq.report.aftercare import aftercare_figures
from hallq.report.figures import hall_conf

VN = ZoneInfo("Asia/Ho_Chi_Minh")
DAY = date(2026, 3, 10)  # a Tuesday; the sample hall's business day starts at 04:00


def at(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=VN)


def utc(mo: int, d: int, h: int, mi: int = 0) -> datetime:
    """A time the clock gives in UTC: kept with +00:00, not the hall's +07:00."""
    return datetime(2026, mo, d, h, mi, tzinfo=UTC)


def new_case(hall, when: datetime, owner: str = "NV01") -> str:
    hall.clock.set(when)
    counter = {"NV01": 1, "NV02": 2}[owner]
    hall.login(owner, {"NV01": "1111", "NV02": "2222"}[owner], counter)
    t, _ = hall.issue("A")
    hall.call_next(counter)
    hall.finish(counter)
    return hall.open_case(t.id, owner)[0]["number"]


def complaint(hall, when: datetime, owner: str, cause: str = "") -> str:
    hall.clock.set(when)
    return hall.open_complaint("customer", owner, cause, text="Chờ lâu quá")["number"]


@pytest.fixture
def old_hall(tmp_path: Path):
    """Fifteen cases and fifteen complaints of last November, all closed that month; a case
    and a complaint open since winter, changed only after the day; cases and complaints
    closed or opened half an hour either side of the day's start (04:00), in UTC."""
    hall = make_hall(tmp_path / "hall.db")
    hall.clock = FixedClock(at(2025, 11, 3, 8))
    hall.set_case_type({"service": "A", "name": {"vi": "Cấp điện mới"},
                        "due_working_days": 3})
    old = []
    for d in (3, 4, 5, 6, 7):
        for i in range(3):
            old.append((new_case(hall, at(2025, 11, d, 8 + i)),
                        complaint(hall, at(2025, 11, d, 8 + i, 30), "NV02", "billing")))
    hall.clock.set(at(2025, 11, 20, 9))
    for i, (c, k) in enumerate(old):
        hall.set_case_status(c, "done" if i % 2 else "refused", "Thiếu giấy tờ")
        hall.close_complaint(k, "resolved", "Đã giải thích hóa đơn")
    long_case = new_case(hall, at(2025, 12, 15, 9))
    hall.clock.set(at(2026, 1, 5, 9))
    hall.set_case_status(long_case, "in_progress")
    long_complaint = complaint(hall, at(2026, 1, 12, 9), "NV01")
    hall.clock.set(at(2026, 1, 20, 9))
    assert hall.escalate_complaints(date(2026, 1, 20))  # moved up: an event, not a figure
    b1 = new_case(hall, at(2026, 3, 2, 9), "NV02")
    b2 = new_case(hall, at(2026, 3, 2, 10), "NV02")
    k1 = complaint(hall, at(2026, 3, 6, 9), "NV02", "waiting_time")
    k2 = complaint(hall, at(2026, 3, 6, 9), "NV02", "waiting_time")
    hall.clock.set(utc(3, 9, 20, 30))  # 03:30 on the 10th in the hall: still the 9th's
    hall.set_case_status(b1, "done")
    hall.close_complaint(k1, "resolved", "Đã xin lỗi khách")
    hall.clock.set(utc(3, 9, 21, 30))  # 04:30 on the 10th: the reported day's
    hall.set_case_status(b2, "done")
    hall.close_complaint(k2, "resolved", "Đã xin lỗi khách")  # 91.5 h after its opening
    late = complaint(hall, utc(3, 10, 20, 30), "NV01", "billing")  # 03:30 on the 11th
    complaint(hall, utc(3, 10, 21, 30), "NV01", "billing")  # 04:30 on the 11th: not the day
    hall.clock.set(at(2026, 3, 11, 9))  # after the day: all read as they stood before
    hall.reassign_case(long_case, "NV02")
    hall.set_complaint_cause(long_complaint, "billing")
    hall.assign_complaint(long_complaint, "NV02")
    hall.clock.set(at(2026, 3, 12, 9))
    hall.set_case_status(long_case, "done")
    hall.close_complaint(long_complaint, "resolved", "Đã trả lời khách")
    hall.close_complaint(late, "resolved", "Đã trả lời khách")
    yield hall
    hall.store.close()


def test_an_old_halls_day_reads_only_what_could_be_open_that_day(old_hall) -> None:
    care = aftercare_figures(old_hall.store, DAY, hall_conf(old_hall.store))
    assert care["cases"] == {
        "NV01": {"opened": 0, "closed": 0, "on_time": 0, "overdue": 1, "open": 1},
        "NV02": {"opened": 0, "closed": 1, "on_time": 0, "overdue": 0, "open": 0}}
    assert care["complaints"]["cause"] == {
        "": {"opened": 0, "closed": 0, "overdue": 1, "open": 1, "median_hours": None},
        "billing": {"opened": 1, "closed": 0, "overdue": 0, "open": 1, "median_hours": None},
        "waiting_time": {"opened": 0, "closed": 1, "overdue": 0, "open": 0,
                         "median_hours": 91.5}}
    assert care["complaints"]["owner"] == {
        "NV01": {"opened": 1, "closed": 0, "overdue": 1, "open": 2, "median_hours": None},
        "NV02": {"opened": 0, "closed": 1, "overdue": 0, "open": 0, "median_hours": 91.5}}
    figs, conf = pdf.build(old_hall.store, DAY, with_staffing=False)
    csv = pdf.report_csv(figs, conf, "en").decode("utf-8")
    assert ("Nguyễn Văn Hùng (NV01),0,0,0,1,1\r\nTrần Thị Mai (NV02),0,1,0,0,0\r\n"
            "Total,0,1,0,1,1\r\n") in csv
    assert "Billing,1,0,,0,1\r\nNo cause yet,0,0,,1,1\r\nWaiting time,0,1,91.5,0,0\r\n" in csv


def test_the_months_before_read_each_old_case_on_its_own_days(old_hall) -> None:
    # the same hall on a November day: its closed cases are still there for their days
    care = aftercare_figures(old_hall.store, date(2025, 11, 5), hall_conf(old_hall.store))
    assert care["cases"] == {
        "NV01": {"opened": 3, "closed": 0, "on_time": 0, "overdue": 0, "open": 9}}
    assert care["complaints"]["owner"] == {
        "NV02": {"opened": 3, "closed": 0, "overdue": 0, "open": 9, "median_hours": None}}


def test_a_case_its_customer_came_back_about_reads_after_a_later_change(hall) -> None:
    # The check-in event names the case by number only; a later change of the case sent
    # the report of the days between to it, and the report failed.
    hall.clock = FixedClock(at(2026, 3, 9, 8))
    number = new_case(hall, at(2026, 3, 9, 9))
    hall.clock.set(at(2026, 3, 10, 9))
    hall.case_check_in(number=number)
    hall.clock.set(at(2026, 3, 11, 9))
    hall.set_case_status(number, "done")
    figs, conf = pdf.build(hall.store, DAY, with_staffing=False)
    csv = pdf.report_csv(figs, conf, "en").decode("utf-8")
    assert "Cases by owner\r\nOwner,Opened,Closed,Done on time,Overdue,Open at day end\r\n" \
        "Nguyễn Văn Hùng (NV01),0,0,0,0,1\r\n" in csv


def test_the_event_log_is_read_through_its_type_and_day_index(old_hall) -> None:
    store = old_hall.store
    said: list[str] = []
    con = store.db.connection()
    con.set_trace_callback(said.append)  # each statement as run, its values bound
    try:
        aftercare_figures(store, DAY, hall_conf(store))
    finally:
        con.set_trace_callback(None)
    reads = [s for s in said if " FROM event " in s or s.rstrip().endswith("FROM event")]
    assert len(reads) >= 2  # the later-changed case's and complaint's events
    for sql in reads:
        plan = [r[3] for r in con.execute(f"EXPLAIN QUERY PLAN {sql}")]
        assert any("INDEX event_type_day (type=? AND day>? AND day<?)" in p
                   or "INDEX event_type_day (type>? AND type<?)" in p for p in plan), plan
        assert not any(p.startswith("SCAN event") for p in plan), (sql, plan)



def test_of_the_tables_only_what_could_be_open_that_day_is_read(old_hall) -> None:
    # November's thirty leave SQLite no more; a day either side of the day is read (the
    # exact business-day rule is applied after, the figures above show it)
    store = old_hall.store
    said: list[str] = []
    con = store.db.connection()
    con.set_trace_callback(said.append)
    try:
        aftercare_figures(store, DAY, hall_conf(store))
    finally:
        con.set_trace_callback(None)
    read = {table: {r[0] for s in said if f'FROM "{table}"' in s for r in con.execute(s)}
            for table in ("hall_case", "complaint")}
    assert read == {"hall_case": {"HS-2025-000016", "HS-2026-000001", "HS-2026-000002"},
                    "complaint": {f"KN-2026-00000{i}" for i in range(1, 6)}}
