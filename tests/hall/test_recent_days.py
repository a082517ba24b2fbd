"""A hall learns the days before from its ticket table: at start, at a new day, after a restart."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hallq.hall.clock import FixedClock
from hallq.hall.recent_days import load_history
from hallq.hall.service import Hall
from hallq.store.database import Store
from tests.conftest import make_hall

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
MONDAY = datetime(2026, 11, 23, 7, 30, tzinfo=TZ)


def visit(hall: Hall, clock: FixedClock, counter: int, service: str, arrive: datetime,
          minutes: float) -> None:
    """A customer of `service` arrives, is called at once and frees the counter after
    `minutes`."""
    clock.set(arrive)
    hall.issue(service)
    hall.call_next(counter)
    clock.advance(minutes=minutes)
    hall.finish(counter)


def test_the_next_morning_starts_from_yesterdays_times_and_arrivals(tmp_path):
    clock = FixedClock(MONDAY)
    hall = make_hall(tmp_path / "h.db", clock)
    hall.login("NV06", "6666", 6)
    hall.login("NV01", "1111", 1)
    visit(hall, clock, 6, "D", MONDAY.replace(hour=8, minute=5), 20)
    visit(hall, clock, 6, "D", MONDAY.replace(hour=8, minute=26), 12)
    visit(hall, clock, 1, "A", MONDAY.replace(hour=9, minute=40), 4)
    clock.set(MONDAY.replace(hour=10, minute=0))
    hall.issue("A")  # still waiting at closing: an arrival, not a visit
    assert hall.state.history.days == 0  # nothing before Monday

    clock.set(MONDAY + timedelta(days=1))  # Tuesday 07:30: the first command starts the day
    hall.issue("E")
    got = hall.state.history
    assert got.days == 1
    assert got.service_min["D"] == pytest.approx((16.0, 2), abs=1e-6)
    assert got.service_min["A"] == pytest.approx((4.0, 1), abs=1e-6)
    assert "E" not in got.service_min  # Tuesday's own tickets are not the days before
    assert got.clerk_factor["NV06"] == pytest.approx((1.0, 2), abs=1e-6)
    assert got.clerk_factor["NV01"] == pytest.approx((1.0, 1), abs=1e-6)
    # D at 08:05 and 08:26 (slots 32 and 33), A at 09:40 and 10:00 (38 and 40), local time,
    # each read with two slots either side
    assert got.arrivals["D"][30:36] == pytest.approx((0.2, 0.4, 0.4, 0.4, 0.4, 0.2))
    assert got.arrivals["A"][36:43] == pytest.approx((0.2, 0.2, 0.4, 0.4, 0.4, 0.2, 0.2))
    assert sum(got.arrivals["A"][:36]) == 0.0
    # the estimate of a D customer now: yesterday's 16 minutes a visit, not the typical 10
    hall.issue("D")
    t, _ = hall.issue("D")
    assert t.eta_min == pytest.approx(16.0)
    hall.store.close()

    again = Hall(Store(tmp_path / "h.db"), clock)  # a restart learns the same
    assert again.state.history == got
    assert load_history(again.store, date(2026, 11, 24), "Asia/Ho_Chi_Minh") == got
    again.store.close()
