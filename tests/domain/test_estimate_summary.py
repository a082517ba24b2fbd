"""The live summary per service and one waiting ticket's estimate, as the windows read
them (hallq.domain.estimate): exact counts, waits and what a closed service shows."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from hallq.domain import Priority, Ticket, queue
from hallq.domain.estimate import (
    SIM_MAX_WAITING,
    estimate_range,
    rounded,
    summary,
    ticket_estimate,
)
from hallq.domain.learn import Learned
from tests.domain.queue_helpers import T0, do, opened

M = timedelta(minutes=1)
TZ = "Asia/Ho_Chi_Minh"


def test_the_summary_of_every_service():
    s = opened(4)
    do(s, queue.issue, "B", now=T0)
    do(s, queue.issue, "B", now=T0 + 2 * M)
    do(s, queue.issue, "A", now=T0 + 3 * M)
    s.plan = {1: ((T0 - timedelta(hours=4), T0 + 45 * M),)}  # counter 1 opens at 08:15
    s.services["E"] = dataclasses.replace(s.services["E"], active=False)
    now = T0 + 5 * M + timedelta(seconds=20)
    got = summary(s, now)
    assert list(got) == ["A", "B", "C", "D", "E"]
    b = got["B"]
    want_b = rounded(estimate_range(s, "B", now))
    assert (b["waiting"], b["longest_min"], b["target_min"]) == (2, 5.3, 20)
    assert (b["eta_min"], b["eta_low_min"], b["eta_high_min"], b["opens_at"]) == (
        want_b.eta_min, want_b.low_min, want_b.high_min, None)
    assert b["eta_min"] is not None and b["eta_min"] > 0
    # what screens show: 19.5 to 42 in whole minutes, a half to the even number
    assert (b["eta_min"], b["eta_low_min"], b["eta_high_min"]) == (30.0, 19.5, 42.0)
    assert (b["eta_round_min"], b["eta_shown_range"]) == (30, [20, 42])
    assert got["A"] == {"waiting": 1, "longest_min": 2.3, "eta_min": None, "eta_low_min": None,
                        "eta_high_min": None, "opens_at": "08:15", "target_min": 10,
                        "eta_round_min": None, "eta_shown_range": None}
    assert got["E"] == {"waiting": 0, "longest_min": 0.0, "eta_min": None, "eta_low_min": None,
                        "eta_high_min": None, "opens_at": None, "target_min": 15,
                        "eta_round_min": None, "eta_shown_range": None}
    assert got["C"]["waiting"] == 0 and got["C"]["longest_min"] == 0.0


def test_a_waiting_tickets_estimate_as_the_queue_moves():
    s = opened(1)
    first = do(s, queue.issue, "A", now=T0)
    elderly = do(s, queue.issue, "A", now=T0 + M, priority=Priority.ELDERLY)
    now = T0 + 2 * M
    e = ticket_estimate(s, first.id, now)
    assert e is not None and e == rounded(estimate_range(s, "A", now, probe=s.tickets[first.id]))
    assert e.ahead == 1  # the elderly customer goes first
    assert ticket_estimate(s, elderly.id, now).ahead == 0
    assert e.eta_min == round(e.eta_min, 1) and e.eta_min > 0
    do(s, queue.call_next, 1, now=now)
    assert ticket_estimate(s, elderly.id, now) is None  # called: no longer waiting
    assert ticket_estimate(s, 99, now) is None


def test_past_its_simulation_size_the_estimate_counts_only_the_same_service_ahead():
    s = opened(1)
    day = T0.date()  # 07:30 local is the same date
    # the tickets put straight into the state: issuing 160 would estimate 160 times
    e = [Ticket(i + 1, day, f"E{i + 1:03d}", "E", T0 + timedelta(seconds=i),
                T0 + timedelta(seconds=i)) for i in range(SIM_MAX_WAITING - 50)]
    a = [Ticket(SIM_MAX_WAITING - 49 + i, day, f"A{i + 1:03d}", "A", T0 + 2 * M + timedelta(seconds=i),
                T0 + 2 * M + timedelta(seconds=i)) for i in range(60)]
    queue.apply(s, queue.Change(tickets=e + a))
    now = T0 + 5 * M
    first, tenth = ticket_estimate(s, a[0].id, now), ticket_estimate(s, a[9].id, now)
    assert (first.ahead, tenth.ahead) == (0, 9)
    assert first.eta_min == 0.0 and tenth.eta_min > 0
    assert ticket_estimate(s, a[18].id, now).eta_min == pytest.approx(2 * tenth.eta_min, abs=0.1)


def test_the_clerk_and_the_hour_at_the_counter_set_the_pace_of_the_estimate():
    s = opened(1)
    for _ in range(3):
        do(s, queue.issue, "A", now=T0)
    do(s, queue.call_next, 1, now=T0)  # NV01 serves the first at 07:30
    typical = {p: svc.typical_service_min for p, svc in s.services.items()}

    def eta(**learned) -> float | None:
        e = estimate_range(s, "A", T0 + M, learned=Learned(typical, timezone=TZ, **learned))
        return e.eta_min

    # the customer at the counter: 3 minutes less the 1 spent, then two of 3 minutes
    assert eta() == 8.0
    # NV01 takes twice as long: 6 - 1, then two of 6 minutes
    assert eta(clerk_factor={"NV01": 2.0}) == 17.0
    assert eta(clerk_factor={"NV02": 2.0}) == 8.0
    # ... and so does everyone at 07:00-07:59 hall time (00:30 UTC is no hour of its own)
    assert eta(hour_factor={("A", 7): 2.0}) == 17.0
    assert eta(hour_factor={("A", 0): 2.0}, clerk_factor={"NV01": 1.0}) == 8.0
