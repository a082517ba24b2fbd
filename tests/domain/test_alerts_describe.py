"""The plain-English sentence of each supervisor alert, as logs and the acknowledgement
record keep it, with the fallbacks for what an alert does not know."""

from __future__ import annotations

from hallq.domain.alerts import KINDS, Alert, AlertBook, describe
from tests.domain.test_alerts import HALL, SERVICES, T0, counter, ticket

TS = T0.isoformat()


def said(kind: str, **params: object) -> str:
    return describe(Alert(f"{kind}:1", kind, TS, dict(params)))


def test_an_unsatisfied_rating():
    assert said("unsatisfied", number="A005", counter=2, staff="NV02") == (
        "Unsatisfied rating for A005 at counter 2 (NV02)")
    assert said("unsatisfied", number="A005", counter=2, staff=None) == (
        "Unsatisfied rating for A005 at counter 2 (-)")
    assert said("unsatisfied", staff="") == "Unsatisfied rating for ? at counter ? (-)"


def test_a_wait_over_its_target():
    assert said("wait_over_target", service="A", number="A001", minutes=12, target=10) == (
        "Service A: A001 has waited 12 min (target 10 min)")


def test_a_counter_idle_or_paused():
    assert said("counter_idle", counter=1, staff="NV01", minutes=16) == (
        "Counter 1 idle for 16 min while customers wait")
    assert said("counter_paused", counter=2, staff="NV01", minutes=31, reason="") == (
        "Counter 2 paused for 31 min")


def test_a_queue_over_its_limit_and_a_service_nobody_serves():
    assert said("queue_over_limit", service="A", waiting=4, limit=3) == (
        "Service A: 4 waiting (limit 3)")
    assert said("service_unstaffed", service="B", waiting=2, minutes=3) == (
        "Service B: 2 waiting, no open counter serves it")


def test_a_device_fault_with_and_without_its_message():
    assert said("device_fault", device="kiosk-1", role="kiosk", code="no_paper",
                message="out of paper") == "Device kiosk-1: no_paper out of paper"
    assert said("device_fault", device="kiosk-1", code="no_paper") == (
        "Device kiosk-1: no_paper")  # no message: no space left after the code


def test_an_overdue_complaint_and_one_gone_to_head_office():
    assert said("complaint_overdue", number="KN-2025-000004", owner="NV03",
                due="2025-03-11", level=1) == (
        "Complaint KN-2025-000004 (NV03) is overdue since 2025-03-11")
    assert said("complaint_overdue", number="KN-2025-000004", owner="", due="2025-03-11",
                level=2) == ("Complaint KN-2025-000004 (-) is overdue since 2025-03-11 "
                             "and went to head office")
    assert said("complaint_overdue", number="KN-2025-000005", due="2025-03-11") == (
        "Complaint KN-2025-000005 (-) is overdue since 2025-03-11")


def test_every_kind_has_its_own_sentence_and_an_unknown_kind_is_named():
    sentences = {said(kind) for kind in KINDS}
    assert len(sentences) == len(KINDS) and not sentences & set(KINDS)
    assert said("printer_on_fire", device="kiosk") == "printer_on_fire"


def test_the_sentences_of_alerts_the_book_raised():
    """What the acknowledgement record keeps for alerts raised from hub-shaped data."""
    book = AlertBook(HALL)
    counters = {1: counter(1, "open", 16), 2: counter(2, "paused", 31)}
    tickets = [ticket(i, "A", 12 - i) for i in range(1, 5)] + [ticket(9, "C", 1)]
    services = SERVICES + [{"prefix": "C", "target_wait_min": 10}]
    raised = book.check(services, counters, tickets, T0)
    assert [describe(a) for a in raised] == [
        "Service A: A001 has waited 11 min (target 10 min)",
        "Service A: 4 waiting (limit 3)",
        "Service C: 1 waiting, no open counter serves it",
        "Counter 1 idle for 16 min while customers wait",
        "Counter 2 paused for 31 min"]
