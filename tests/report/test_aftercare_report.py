"""The daily report's cases, complaints and satisfaction indices: exact figures of a small
constructed day, read back from the PDF's text; the interval computed exactly."""

from __future__ import annotations

import io
import math
import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import make_hall
from pypdf import PdfReader

from hallq.hall.clock import FixedClock
from hallq.report import pdf
from hallq.report.aftercare_stats import mean_interval, median, t_quantile

VN = ZoneInfo("Asia/Ho_Chi_Minh")
DAY = date(2026, 3, 10)  # a Tuesday


def pdf_text(data: bytes) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", text)


def at(d: int, h: int, m: int = 0) -> datetime:
    return datetime(2026, 3, d, h, m, tzinfo=VN)


@pytest.mark.parametrize(("df", "t"), [(1, 12.706205), (2, 4.302653), (4, 2.776445),
                                       (9, 2.262157), (29, 2.045230), (120, 1.979930),
                                       (1000, 1.962339)])
def test_students_t_quantile_as_the_tables_print_it(df: int, t: float) -> None:
    assert t_quantile(0.975, df) == pytest.approx(t, abs=5e-7)


def test_the_interval_of_known_scores() -> None:
    # n=5, mean 4.2, s = sqrt(0.7); half-width 2.776445 * sqrt(0.7/5) = 1.03885
    low, high = mean_interval([5, 4, 4, 3, 5])
    assert low == pytest.approx(4.2 - 2.7764451052 * math.sqrt(0.7 / 5), abs=1e-9)
    assert high == 5.0  # clipped to the scale
    low, high = mean_interval([3, 4, 3, 4, 3, 4, 3, 4, 3, 4])
    half = 2.2621571628 * math.sqrt((10 * 0.25 / 9) / 10)
    assert (low, high) == (pytest.approx(3.5 - half, abs=1e-9), pytest.approx(3.5 + half,
                                                                              abs=1e-9))
    assert mean_interval([4, 4, 4, 4, 4]) == (4.0, 4.0)
    assert mean_interval([5, 4, 4, 3]) is None  # too few
    assert (median([3.0, 1.0, 2.0]), median([4.0, 1.0, 2.0, 3.0]), median([])) == \
        (2.0, 2.5, None)


def serve(hall, counter: int, when: datetime) -> int:
    hall.clock.set(when)
    t, _ = hall.issue("A" if counter < 4 else "B")
    hall.call_next(counter)
    hall.finish(counter)
    return t.id


@pytest.fixture
def day_hall(tmp_path: Path):
    """A constructed Tuesday: four cases, four complaints, eight answers (see the test)."""
    hall = make_hall(tmp_path / "hall.db")
    hall.clock = FixedClock(at(5, 8))  # Thursday before
    hall.set_case_type({"service": "A", "name": {"vi": "Cấp điện mới"},
                        "due_working_days": 0})  # due the day it is opened
    hall.open_complaint("customer", "NV01", "", text="Gọi mãi không ai nghe")  # due Mon 9
    hall.clock.set(at(9, 8))  # Monday
    hall.login("NV01", "1111", 1)
    t1 = serve(hall, 1, at(9, 9))
    c1 = hall.open_case(t1, "NV01")[0]["number"]  # due Monday: overdue on Tuesday
    hall.clock.set(at(9, 9, 30))
    k1 = hall.open_complaint("note", "NV01", "billing", ticket_id=t1)["number"]
    hall.clock.set(at(10, 7, 30))  # Tuesday, the reported day
    hall.login("NV01", "1111", 1)
    hall.login("NV02", "2222", 2)
    t2 = serve(hall, 1, at(10, 8))
    c2 = hall.open_case(t2, "NV01")[0]["number"]
    t3 = serve(hall, 2, at(10, 8, 10))
    c3 = hall.open_case(t3, "NV02")[0]["number"]
    t4 = serve(hall, 2, at(10, 8, 20))
    hall.open_case(t4, "NV02")  # stays open, due today: not overdue yet
    hall.clock.set(at(10, 9))
    k2 = hall.open_complaint("rating", "NV02", "waiting_time", ticket_id=t3)["number"]
    hall.clock.set(at(10, 9, 30))
    hall.open_complaint("customer", "NV02", "waiting_time", ticket_id=t4, text="Chờ lâu")
    hall.clock.set(at(10, 10))
    hall.close_complaint(k1, "resolved", "Đã giải thích hóa đơn", by="NV01")  # 24.5 h
    hall.clock.set(at(10, 11))
    hall.close_complaint(k2, "partly_resolved", "Đã xin lỗi khách", by="NV02")  # 2 h
    hall.clock.set(at(10, 15))
    hall.set_case_status(c2, "done")  # on time
    hall.clock.set(at(10, 16))
    hall.set_case_status(c3, "refused", "Thiếu giấy tờ")
    t5 = serve(hall, 1, at(10, 16, 10))
    t6 = serve(hall, 1, at(10, 16, 20))
    for tid, scores in ((t2, {"access": 5, "waiting_time": 2}),
                        (t3, {"access": 4, "waiting_time": 3}),
                        (t4, {"access": 4, "waiting_time": 1}),
                        (t5, {"access": 3}), (t6, {"access": 5})):
        hall.answer_indices(scores, ticket_id=tid)
    assert hall.case(c1).status.value == "received"
    yield hall
    hall.store.close()


def test_the_days_cases_complaints_and_indices_read_exactly(day_hall) -> None:
    figs, conf = pdf.build(day_hall.store, DAY, with_staffing=False)
    care = figs.extra["aftercare"]
    assert care["cases"] == {
        "NV01": {"opened": 1, "closed": 1, "on_time": 1, "overdue": 1, "open": 1},
        "NV02": {"opened": 2, "closed": 1, "on_time": 0, "overdue": 0, "open": 1}}
    assert care["complaints"]["cause"] == {
        "billing": {"opened": 0, "closed": 1, "overdue": 0, "open": 0, "median_hours": 24.5},
        "waiting_time": {"opened": 2, "closed": 1, "overdue": 0, "open": 1,
                         "median_hours": 2.0},
        "": {"opened": 0, "closed": 0, "overdue": 1, "open": 1, "median_hours": None}}
    text = pdf_text(pdf.report_pdf(figs, conf, "en"))
    assert ("Cases by owner Owner Opened Closed Done on time Overdue Open at day end "
            "Nguyễn Văn Hùng (NV01) 1 1 1 1 1 Trần Thị Mai (NV02) 2 1 0 0 1 "
            "Total 3 2 1 1 2") in text
    assert ("Complaints by cause Cause Opened Closed Median time to close (h) Overdue "
            "Open at day end Billing 0 1 24.5 0 0 No cause yet 0 0 — 1 1 "
            "Waiting time 2 1 2.0 0 1 Total 2 2 — 1 2") in text
    assert ("Complaints by owner Owner Opened Closed Median time to close (h) Overdue "
            "Open at day end Nguyễn Văn Hùng (NV01) 0 1 24.5 1 1 "
            "Trần Thị Mai (NV02) 2 1 2.0 0 1 Total 2 2 — 1 2") in text
    # access: 5 4 4 3 5 -> 4.20, 3.16-5.00, 80 %; waiting time: 2 3 1 -> too few
    assert ("Satisfaction by index Index Answers Mean (1–5) 95% confidence interval "
            "Share 4–5 Access 5 4.20 3.16–5.00 80% Waiting time 3 2.00 Too few answers 0% "
            "Staff attitude 0 — — —") in text
    assert "Student's t-interval, x̄ ± t(0.975, n−1)·s/√n, clipped to the 1–5 scale; " \
        "none under 5 answers." in text
    vi = pdf_text(pdf.report_pdf(figs, conf, "vi"))
    assert "Hồ sơ theo người phụ trách" in vi and "Hóa đơn, thanh toán 0 1 24,5 0 0" in vi
    assert "Tiếp cận 5 4,20 3,16–5,00 80%" in vi and "Quá ít câu trả lời" in vi
    zh = pdf_text(pdf.report_pdf(figs, conf, "zh_CN"))
    assert "分项满意度" in zh and "便利可达 5 4.20 3.16–5.00 80%" in zh
    csv = pdf.report_csv(figs, conf, "en").decode("utf-8")
    assert ("Cases by owner\r\nOwner,Opened,Closed,Done on time,Overdue,Open at day end\r\n"
            "Nguyễn Văn Hùng (NV01),1,1,1,1,1\r\n") in csv
    assert "Billing,0,1,24.5,0,0\r\n" in csv
    assert "Index,Answers,Mean (1–5),95% confidence interval,Share 4–5 (%)\r\n" \
        "Access,5,4.2,3.16–5.00,80\r\nWaiting time,3,2.0,Too few answers,0\r\n" in csv


def test_a_day_without_any_has_no_such_pages(hall) -> None:
    figs, conf = pdf.build(hall.store, DAY, with_staffing=False)
    assert "Cases by owner" not in pdf_text(pdf.report_pdf(figs, conf, "en"))


def test_a_past_day_reads_the_same_after_later_changes(day_hall) -> None:
    hall = day_hall
    before, _ = pdf.build(hall.store, DAY, with_staffing=False)
    hall.clock.set(at(11, 9))  # Wednesday: everything open moves on
    for c in hall.cases(open_only=True):
        if c.owner == "NV02":
            hall.reassign_case(c.number, "NV01")
        hall.set_case_status(c.number, "done")
    for k in hall.complaints(open_only=True):
        if not k["cause"]:
            hall.set_complaint_cause(k["number"], "other")
        hall.close_complaint(k["number"], "resolved", "Đã trả lời khách")
    after, conf = pdf.build(hall.store, DAY, with_staffing=False)
    assert after.extra["aftercare"] == before.extra["aftercare"]
    wednesday = pdf.build(hall.store, date(2026, 3, 11), with_staffing=False)[0]
    assert wednesday.extra["aftercare"]["cases"]["NV01"]["closed"] == 2
    assert wednesday.extra["aftercare"]["complaints"]["cause"]["other"]["closed"] == 1
