"""The report reads right: no invented growth, categories and ratings in words, the estimate's
error of the day, staffing capped at the hall's counters beside its replayed result."""

from __future__ import annotations

import io
import random
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from hallq.domain import local_business_day
from hallq.hall.clock import FixedClock
from hallq.report import pdf as report
from hallq.report.labels import category_label, format_day, labels
from hallq.simulation import day as simulate
from hallq.store.database import Store
from tests.conftest import make_hall

DAY = date(2025, 4, 8)  # a Tuesday; nothing a week before
TZ = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = tmp_path_factory.mktemp("reads") / "hall.db"
    clock = FixedClock(datetime.combine(DAY, time(6), tzinfo=TZ))
    hall = make_hall(path, clock)
    hall.store.db.execute_sql("PRAGMA synchronous = NORMAL")  # a test filler, not a real hall
    customers = simulate.generate_arrivals(DAY, 420, random.Random(8), hall.info.timezone)
    simulate.simulate_day(hall, clock, DAY, customers, simulate.default_counters(hall, DAY), 8)
    hall.store.close()
    s = Store(path, readonly=True)
    yield s
    s.close()


@pytest.fixture(scope="module")
def built(store: Store):
    return report.build(store, DAY)


def pages(figs, conf, lang: str) -> list[str]:
    reader = PdfReader(io.BytesIO(report.report_pdf(figs, conf, lang)))
    return [" ".join(p.extract_text().split()) for p in reader.pages]  # as read, not as wrapped


def test_the_day_s_estimate_error_is_printed_tickets_against_real_waits(store, built):
    figs, _ = built
    m = store.m
    pairs = [(t.eta_min, (t.called_at - t.arrival).total_seconds() / 60)
             for t in m.Ticket.select().where((m.Ticket.day == DAY) & (m.Ticket.leg == 1))
             if t.called_at is not None and t.eta_min is not None]
    h = figs.headline
    assert h["estimate_n"] == len(pairs) > 300
    assert h["estimate_mae_min"] == pytest.approx(
        sum(abs(e - w) for e, w in pairs) / len(pairs), abs=1e-6)
    assert h["estimate_error"] == pytest.approx(
        sum(abs(e - w) for e, w in pairs) / sum(w for _, w in pairs), abs=1e-6)


def test_no_last_week_is_no_data_not_growth(built):
    figs, conf = built
    assert figs.last_week is not None and figs.last_week.headline["issued"] == 0
    first = pages(figs, conf, "en")[0]
    assert "No tickets on the same weekday last week: no data to compare." in first
    assert "Last week: No data" in first
    issued = figs.headline["issued"]
    assert f"+{issued:,}" not in first and "Last week: 0" not in first
    headline = next(s for s in report.sections(figs, conf, "en") if s.key == "headline")
    assert all(row[2] is None for row in headline.rows)  # nothing to subtract from


def test_note_categories_and_ratings_in_words(built):
    figs, conf = built
    text = "\n".join(pages(figs, conf, "en"))
    assert figs.follow_ups, "the simulated day has notes to follow up"
    assert "Bill and payment" in text or "Meter reading" in text
    assert "billing ·" not in text and "meter ·" not in text
    assert "4 · Very satisfied" in text and "1 · Unsatisfied" in text
    vi = "\n".join(pages(figs, conf, "vi"))
    assert "Hóa đơn và thanh toán" in vi or "Chỉ số công tơ" in vi
    assert "2 · Chấp nhận được" in vi  # the keypad's words for score 2


def test_category_label_keeps_an_unknown_category_as_typed():
    w = labels("zh_CN")
    assert (category_label(w, "billing"), category_label(w, "Mất thẻ"),
            category_label(w, "")) == ("账单与缴费", "Mất thẻ", "")


def test_staffing_is_capped_at_the_hall_s_counters_beside_its_replay(built):
    figs, conf = built
    plan = figs.staffing
    assert plan.hall_counters == 6
    assert plan.rows and all(r["total"] <= 6 for r in plan.rows)
    assert plan.replay_within is not None
    assert all(r["replay_within"] is not None for r in plan.rows if r["arrivals"])
    text = "\n".join(pages(figs, conf, "en"))
    assert "Within target (replayed)" in text
    assert "Replaying the real customers of" in text
    if plan.would_need:
        assert (f"The hall has 6 counters; no hour is advised more. At its peak the hall "
                f"would need {plan.would_need}") in text
    sec = next(s for s in report.sections(figs, conf, "en") if s.key == "staffing")
    assert sec.header[-4:] == ["Total", "Would need", "Within target (replayed)",
                               "Mean wait (replayed)"]


def test_no_page_holds_the_staffing_note_alone(built):
    figs, conf = built
    for text in pages(figs, conf, "en"):
        if "How: for each hour and service" in text:
            assert "Tomorrow's staffing" in text and "Within target (replayed)" in text


def test_simulated_notes_use_the_counter_s_category_keys(store):
    cats = {n.category for n in store.m.Note.select()}
    assert cats and cats <= {"billing", "meter"}


def test_a_day_with_tickets_and_no_estimates_prints_no_estimate_line(built, tmp_path: Path):
    figs, conf = built
    saved = dict(figs.headline)
    try:
        figs.headline.update(estimate_n=0, estimate_mae_min=None, estimate_error=None)
        first = pages(figs, conf, "en")[0]
    finally:
        figs.headline.clear()
        figs.headline.update(saved)
    assert "The wait printed on the tickets" not in first


def test_the_estimate_line_says_the_error_in_words(built):
    figs, conf = built
    h = figs.headline
    first = pages(figs, conf, "en")[0]
    assert (f"The wait printed on the tickets was off by {h['estimate_mae_min']:.1f} min on "
            f"average ({round(100 * h['estimate_error'])}% of the mean wait), over "
            f"{h['estimate_n']} tickets.") in first


def test_table_headers_wrap_between_words_never_inside_one(built):
    figs, conf = built
    vi = pages(figs, conf, "vi")[1]
    assert "Theo dịch vụ" in vi and "Chuyển" in vi
    assert "Chuyể n" not in vi and "Chuyể" not in vi.replace("Chuyển", "")


def test_a_quiet_day_gives_the_estimate_error_in_minutes_not_as_a_share(tmp_path: Path):
    """Waits under a minute on average: an error of minutes is no sensible share of them
    (one such day printed "21261 %"); the report says the minutes alone."""
    day = date(2025, 4, 9)
    clock = FixedClock(datetime.combine(day, time(9), tzinfo=TZ))
    hall = make_hall(tmp_path / "hall.db", clock)
    hall.login("NV01", "1111", 1)
    for _ in range(3):
        hall.issue("A")
    for _ in range(3):  # each called a quarter of a minute after the one before
        clock.advance(seconds=15)
        hall.call_next(1)
        hall.finish(1)
    hall.store.close()
    s = Store(tmp_path / "hall.db", readonly=True)
    figs, conf = report.build(s, day)
    h = figs.headline
    assert h["estimate_n"] == 3 and h["mean_wait_min"] < 1
    assert h["estimate_error"] is None
    first = pages(figs, conf, "en")[0]
    assert (f"The wait printed on the tickets was off by {h['estimate_mae_min']:.1f} min on "
            "average, over 3 tickets (the waits were too short to give it as a share).") in first
    s.close()


def test_a_report_of_the_day_still_open_says_so(tmp_path: Path):
    """Printed at mid-morning, the day's report says up to when it counts, and that the
    customers not yet served are still waiting, not "left waiting at close"."""
    info = {"timezone": "Asia/Ho_Chi_Minh", "day_start_hour": 4}
    today = local_business_day(datetime.now(UTC), info["timezone"], info["day_start_hour"])
    clock = FixedClock(datetime.combine(today, time(9), tzinfo=TZ))
    hall = make_hall(tmp_path / "hall.db", clock)
    hall.login("NV01", "1111", 1)
    hall.issue("A")
    hall.issue("A")
    clock.advance(minutes=5)
    hall.call_next(1)  # 09:05, the day's last event
    hall.store.close()
    s = Store(tmp_path / "hall.db", readonly=True)
    figs, conf = report.build(s, today)
    first = pages(figs, conf, "en")[0]
    assert "Daily report · " + format_day(today, "en") + " · as of 09:05" in first
    assert "Still waiting" in first
    assert "Left waiting at close" not in first
    vi = pages(figs, conf, "vi")[0]
    assert format_day(today, "vi") + " · tính đến 09:05" in vi and "Còn đang chờ" in vi
    assert "Chưa phục vụ khi hết giờ" not in vi
    s.close()


def test_a_closed_day_is_counted_to_its_close(built):
    figs, conf = built
    first = pages(figs, conf, "en")[0]
    assert "Left waiting at close" in first and " · as of " not in first
