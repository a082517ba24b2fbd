"""Branches of the domain rules that the scenario tests pass by: each asserted here with the
result a user would notice (a refusal's code, a figure, an alert or none)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from queue_helpers import T0, opened
from test_alerts import HALL, SERVICES, counter, ticket
from test_alerts import T0 as NINE_AM

from hallq.domain import DomainError, NotFound, queue, sample
from hallq.domain import live_figures as lf
from hallq.domain.alerts import AlertBook
from hallq.domain.appointments import Plan, check_bookable
from hallq.domain.messages import BACKOFF, next_try


def test_a_ticket_for_a_counter_that_does_not_exist_is_refused_and_changes_nothing():
    state = opened(1)
    before = state.next_ticket_id
    with pytest.raises(NotFound) as err:
        queue.issue(state, "A", T0, target_counter=99)
    assert err.value.code == "unknown_counter" and state.next_ticket_id == before


def test_a_service_without_appointments_refuses_a_booking_first():
    with pytest.raises(DomainError) as err:
        check_bookable(sample.HALL, Plan("A", capacity=0), T0 + timedelta(days=1), T0, 0)
    assert err.value.code == "no_appointments"


def test_a_visit_never_called_has_no_wait_and_is_not_within_target():
    called = {"id": 1, "day": "2025-03-12", "number": "A001", "service": "A", "state": "done",
              "arrival": "2025-03-12T02:00:00+00:00", "called_at": "2025-03-12T02:04:00+00:00"}
    left = {"id": 2, "day": "2025-03-12", "number": "A002", "service": "A",
            "state": "cancelled", "arrival": "2025-03-12T02:01:00+00:00", "called_at": None}
    f = lf.compute([called, left], {}, {"A": 10}, "2025-03-12")
    assert (f.issued, f.served, f.mean_wait_min, f.within_target_pct) == (2, 1, 4.0, 100)


def test_a_new_hall_set_up_changes_the_alert_limits_at_once():
    book = AlertBook(HALL)
    changed = {"seq": 1, "type": "config_changed", "ts": NINE_AM.isoformat(),
               "data": {"what": "hall", "hall": dict(HALL, idle_alert_min=60)}}
    assert book.on_event(changed) == []
    idle = {1: counter(1, "open", 16)}
    assert book.check(SERVICES, idle, [ticket(1, "A", 2)], NINE_AM) == []  # 16 min < 60 now


def test_a_counter_status_without_a_since_raises_nothing():
    book = AlertBook(HALL)
    c = counter(1, "paused", 90)
    c["status"]["since"] = None
    assert book.check(SERVICES, {1: c}, [ticket(1, "A", 2)], NINE_AM) == []


def test_only_rated_low_choices_are_alerts_after_a_restart():
    book = AlertBook(HALL)
    ratings = {5: {"choice": "unsatisfied", "score": 1, "rated": False},  # not rated
               6: {"choice": "very_satisfied", "score": 4, "rated": True},
               7: {"choice": "unsatisfied", "score": 1, "rated": True}}
    tickets = {i: ticket(i, "A", 20, "done") for i in ratings}
    assert [a.id for a in book.seed_ratings(ratings, tickets, NINE_AM)] == ["rating:7"]


def test_a_message_whose_tries_are_used_up_is_not_tried_again():
    assert next_try(1, NINE_AM) == NINE_AM + BACKOFF[0]
    assert next_try(len(BACKOFF), NINE_AM) == NINE_AM + BACKOFF[-1]
    assert next_try(len(BACKOFF) + 1, NINE_AM) is None
