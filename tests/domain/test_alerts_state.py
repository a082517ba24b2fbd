"""Supervisor alerts from the hall's state at a moment: the exact alert each condition
raises, the thresholds at exactly their minute, counters and tickets in every shape the hub
sends them."""

from __future__ import annotations

from datetime import timedelta

from hallq.domain.alerts import Alert, AlertBook
from tests.domain.test_alerts import HALL, SERVICES, T0, counter, ticket

NOW = T0.isoformat()
DAY = "2025-03-12"


def since(c: dict) -> str:
    return c["status"]["since"]


# ------------------------------------------------------------ waits, queues, no counter
def test_a_wait_alert_names_the_longest_waiting_ticket_at_the_checks_time():
    book = AlertBook(HALL)
    # 3 arrived first; 1 and 2 arrived together (issue order decides); 4 is not late yet
    tickets = [ticket(1, "A", 11), ticket(2, "A", 11), ticket(3, "A", 25), ticket(4, "A", 9)]
    later = T0 + timedelta(seconds=30)
    assert book.check(SERVICES[:1], {}, tickets[:2] + tickets[3:], later) == [Alert(
        f"wait:A:{DAY}:A001", "wait_over_target", later.isoformat(),
        {"service": "A", "number": "A001", "minutes": 11, "target": 10})]
    fresh = AlertBook(HALL)
    [alert] = fresh.check(SERVICES[:1], {}, tickets[:3], T0)
    assert (alert.id, alert.params["minutes"]) == (f"wait:A:{DAY}:A003", 25)


def test_a_queue_alert_names_the_first_ticket_issued_beyond_the_limit():
    book = AlertBook(HALL)
    # ids give the issue order (2, 4, 5, 7); by arrival it is 5, 2, 7, 4: the 4th issued counts
    tickets = [ticket(7, "A", 1), ticket(2, "A", 2), ticket(5, "A", 3), ticket(4, "A", 0)]
    assert book.check(SERVICES, {}, tickets, T0) == [Alert(
        f"queue:A:{DAY}:A007", "queue_over_limit", NOW,
        {"service": "A", "waiting": 4, "limit": 3})]


def test_two_services_over_their_limits_at_once_are_two_alerts():
    book = AlertBook(HALL)
    services = [{"prefix": "A", "queue_limit": 1}, {"prefix": "B", "queue_limit": 1},
                {"prefix": "C", "queue_limit": 5}]
    tickets = [ticket(1, "A", 1), ticket(2, "A", 1), ticket(3, "B", 1), ticket(4, "B", 1)]
    assert [a.id for a in book.check(services, {}, tickets, T0)] == [
        f"queue:A:{DAY}:A002", f"queue:B:{DAY}:B004"]
    # B back under its limit ends only B's episode: over again, a new alert; A's goes on
    assert book.check(services, {}, tickets[:3], T0) == []
    again = tickets[:2] + [ticket(5, "B", 0), ticket(6, "B", 0)]
    assert [a.id for a in book.check(services, {}, again, T0)] == [f"queue:B:{DAY}:B006"]


def test_two_services_nobody_serves_at_once_are_two_alerts():
    book = AlertBook(HALL)
    services = SERVICES + [{"prefix": "C"}]
    counters = {1: counter(1, "open", 2)}  # serves A only
    tickets = [ticket(1, "B", 3), ticket(2, "C", 2), ticket(3, "C", 1)]
    assert book.check(services, counters, tickets, T0) == [
        Alert(f"unstaffed:B:{DAY}:B001", "service_unstaffed", NOW,
              {"service": "B", "waiting": 1, "minutes": 3}),
        Alert(f"unstaffed:C:{DAY}:C002", "service_unstaffed", NOW,
              {"service": "C", "waiting": 2, "minutes": 2})]


def test_a_counter_on_a_break_still_serves_its_service():
    counters = {1: counter(1, "open", 2), 2: counter(2, "paused", 1, services=("B",))}
    assert AlertBook(HALL).check(SERVICES, counters, [ticket(1, "B", 3)], T0) == []


def test_tickets_sent_by_name_to_a_counter_that_is_closed_are_stuck():
    counters = {1: counter(1, "open", 2), 2: counter(2, "paused", 1, services=("C",)),
                3: counter(3, "closed", 60, services=("C",))}
    to_paused = ticket(1, "B", 3) | {"target_counter": 2}
    to_closed = ticket(2, "B", 2) | {"target_counter": 3}
    to_open = ticket(3, "B", 1) | {"target_counter": 1}
    book = AlertBook(HALL)
    assert book.check(SERVICES, counters, [to_paused, to_open], T0) == []
    assert book.check(SERVICES, counters, [to_paused, to_closed, to_open], T0) == [Alert(
        f"unstaffed:B:{DAY}:B002", "service_unstaffed", NOW,
        {"service": "B", "waiting": 1, "minutes": 2})]


# ------------------------------------------------------------ counters
def test_a_paused_counter_from_exactly_the_pause_minute():
    book = AlertBook(HALL)  # pause_alert_min 30
    on_break = {2: counter(2, "paused", 30 - 1 / 60)}
    assert book.check(SERVICES, on_break, [], T0) == []
    on_break[2]["status"] |= {"since": (T0 - timedelta(minutes=30)).isoformat(),
                              "staff": "NV07", "pause_reason": "lunch"}
    assert book.check(SERVICES, on_break, [], T0) == [Alert(
        f"pause:2:{since(on_break[2])}", "counter_paused", NOW,
        {"counter": 2, "staff": "NV07", "minutes": 30, "reason": "lunch"})]


def test_a_paused_status_without_a_reason_has_an_empty_one():
    status = {"number": 2, "state": "paused", "staff": None,
              "since": (T0 - timedelta(minutes=45)).isoformat()}
    [alert] = AlertBook(HALL).check(SERVICES, {2: {"number": 2, "services": ["A"],
                                                   "status": status}}, [], T0)
    assert alert.params == {"counter": 2, "staff": None, "minutes": 45, "reason": ""}


def test_an_idle_counter_from_exactly_the_idle_minute():
    book = AlertBook(HALL)  # idle_alert_min 15
    waiting = [ticket(1, "A", 2)]
    idle = {1: counter(1, "open", 15 - 1 / 60)}
    assert book.check(SERVICES, idle, waiting, T0) == []
    idle[1]["status"] |= {"since": (T0 - timedelta(minutes=15)).isoformat(), "staff": "NV05"}
    assert book.check(SERVICES, idle, waiting, T0) == [Alert(
        f"idle:1:{since(idle[1])}", "counter_idle", NOW,
        {"counter": 1, "staff": "NV05", "minutes": 15})]


def test_counters_without_a_since_are_passed_over_not_the_rest():
    book = AlertBook(HALL)
    no_since = counter(1, "closed", 0)
    no_since["status"]["since"] = None
    no_status = {"number": 2, "services": ["A"], "status": None}
    counters = {1: no_since, 2: no_status, 3: counter(3, "paused", 40),
                4: counter(4, "open", 20)}
    assert [a.id for a in book.check(SERVICES, counters, [ticket(1, "A", 2)], T0)] == [
        f"pause:3:{since(counters[3])}", f"idle:4:{since(counters[4])}"]


def test_a_hall_without_idle_or_pause_minutes_raises_no_counter_alert():
    counters = {1: counter(1, "open", 600), 2: counter(2, "paused", 600)}
    for hall in ({}, {"idle_alert_min": 0, "pause_alert_min": 0},
                 {"idle_alert_min": None, "pause_alert_min": None}):
        assert AlertBook(hall).check([], counters, [ticket(1, "A", 2)], T0) == []


def test_an_idle_counter_counts_only_customers_it_would_call():
    book = AlertBook(HALL)
    counters = {1: counter(1, "open", 20), 2: counter(2, "open", 20)}  # both serve A
    sent_to_2 = ticket(1, "A", 2) | {"target_counter": 2}
    # A's only customer was sent to counter 2: counter 1 has nobody to call
    assert [a.id for a in book.check([], counters, [sent_to_2], T0)] == [
        f"idle:2:{since(counters[2])}"]
    # a B customer sent to counter 1 by name is counter 1's, though it does not serve B
    fresh = AlertBook(HALL)
    sent_to_1 = ticket(2, "B", 2) | {"target_counter": 1}
    assert [a.id for a in fresh.check([], counters, [sent_to_1], T0)] == [
        f"idle:1:{since(counters[1])}"]
    # a customer already called is not waiting
    called = ticket(3, "A", 2, state="called")
    assert AlertBook(HALL).check([], counters, [called], T0) == []


def test_every_condition_at_once_in_one_check():
    book = AlertBook(HALL)
    counters = {1: counter(1, "open", 16), 2: counter(2, "paused", 31),
                3: counter(3, "open", 20, services=("B",))}
    tickets = [ticket(i, "A", 12 - i) for i in range(1, 5)] + [ticket(9, "C", 1)]
    services = SERVICES + [{"prefix": "C", "target_wait_min": 10}]
    assert book.check(services, counters, tickets, T0) == [
        Alert(f"wait:A:{DAY}:A001", "wait_over_target", NOW,
              {"service": "A", "number": "A001", "minutes": 11, "target": 10}),
        Alert(f"queue:A:{DAY}:A004", "queue_over_limit", NOW,
              {"service": "A", "waiting": 4, "limit": 3}),
        Alert(f"unstaffed:C:{DAY}:C009", "service_unstaffed", NOW,
              {"service": "C", "waiting": 1, "minutes": 1}),
        Alert(f"idle:1:{since(counters[1])}", "counter_idle", NOW,
              {"counter": 1, "staff": "NV01", "minutes": 16}),
        Alert(f"pause:2:{since(counters[2])}", "counter_paused", NOW,
              {"counter": 2, "staff": "NV01", "minutes": 31, "reason": ""})]
    assert [a.id for a in book.open_alerts()][:2] == [
        f"pause:2:{since(counters[2])}", f"idle:1:{since(counters[1])}"]


def test_an_acknowledged_condition_is_not_raised_again_in_a_new_window():
    counters = {2: counter(2, "paused", 31)}
    first = AlertBook(HALL)
    [alert] = first.check(SERVICES, counters, [], T0)
    again = AlertBook(HALL)
    again.load_acked([alert.id])
    assert again.check(SERVICES, counters, [], T0 + timedelta(minutes=1)) == []
    assert again.open_alerts() == []
