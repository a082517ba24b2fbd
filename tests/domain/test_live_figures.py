"""Today's figures for the live view, checked against a simulated morning computed by hand."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from hallq.domain import jsonable, sample
from hallq.domain import live_figures as lf
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall
from hallq.simulation import day as simulate


def test_percentile_is_nearest_rank():
    assert lf.percentile([], 90) is None
    assert lf.percentile([5], 90) == 5
    assert lf.percentile(range(1, 11), 90) == 9
    assert lf.percentile(range(1, 101), 90) == 90
    assert lf.percentile([3, 1, 2], 50) == 2


@given(st.lists(st.floats(0, 500, allow_nan=False), min_size=1, max_size=200))
def test_p90_has_at_least_90_percent_at_or_below(values):
    p = lf.percentile(values, 90)
    assert sum(v <= p for v in values) >= 0.9 * len(values)
    assert sum(v < p for v in values) < 0.9 * len(values)


def test_business_day_starts_at_the_halls_hour():
    hall = {"timezone": "Asia/Ho_Chi_Minh", "day_start_hour": 4}
    tz = ZoneInfo("Asia/Ho_Chi_Minh")
    assert lf.business_day(datetime(2025, 3, 12, 3, 59, tzinfo=tz), hall) == "2025-03-11"
    assert lf.business_day(datetime(2025, 3, 12, 4, 0, tzinfo=tz), hall) == "2025-03-12"


def test_figures_of_a_simulated_morning(tmp_path):
    tz = ZoneInfo(sample.HALL.timezone)
    day = date(2025, 3, 12)
    clock = FixedClock(datetime.combine(day, time(6), tzinfo=tz))
    hall = Hall.create(tmp_path / "h.db", sample.HALL, sample.SERVICES, sample.COUNTERS,
                       sample.STAFF, clock)
    hall.store.db.execute_sql("PRAGMA synchronous = OFF")  # a test filler, not a real hall
    customers = simulate.generate_arrivals(day, 120, random.Random(5), hall.info.timezone)
    simulate.simulate_day(hall, clock, day, customers, simulate.default_counters(hall, day), 5)
    tickets = [jsonable(t) for t in hall.state.tickets.values()]
    ratings = {tid: {"choice": r.choice, "score": r.score, "rated": r.rated}
               for tid, r in hall.ratings.items()}
    targets = {p: s.target_wait_min for p, s in hall.state.services.items()}
    f = lf.compute(tickets, ratings, targets, day.isoformat(), open_follow_ups=3)

    # Independently: one visit per number; wait = first call of the first leg - arrival.
    firsts = [t for t in hall.state.tickets.values() if t.leg == 1]
    waits = sorted((t.called_at - t.arrival).total_seconds() / 60
                   for t in firsts if t.called_at)
    last_legs: dict[str, object] = {}
    for t in sorted(hall.state.tickets.values(), key=lambda t: t.leg):
        last_legs[t.number] = t
    done = [t for t in hall.state.tickets.values() if t.state.value == "done"]
    scores = [r.score for r in hall.ratings.values() if r.rated]
    assert f.issued == len(firsts) == 120
    assert f.served == len(done)
    assert f.no_shows == sum(1 for t in last_legs.values() if t.state.value == "no_show")
    assert f.mean_wait_min == round(sum(waits) / len(waits), 1)
    assert f.p90_wait_min == round(waits[-(-9 * len(waits) // 10) - 1], 1)
    within = sum(1 for t in firsts if t.called_at and (t.called_at - t.arrival)
                 <= timedelta(minutes=targets[t.service]))
    assert f.within_target_pct == round(100 * within / len(waits))
    assert f.mean_rating == round(sum(scores) / len(scores), 2)
    assert f.response_rate_pct == round(100 * len(scores) / len(done))
    assert f.open_follow_ups == 3
    served = lf.served_by_service(tickets, day.isoformat())
    assert sum(served.values()) == len(done)
    # Another day's tickets do not count.
    assert lf.compute(tickets, ratings, targets, "2025-03-13").issued == 0
    hall.store.close()


def test_empty_day():
    f = lf.compute([], {}, {}, "2025-03-12")
    assert f == lf.Figures()
