"""Supervisor alerts from the hub's events and a snapshot's ratings: the exact alert each
raises (id, kind, time, what the row shows), and what an acknowledgement or a set-up
change does to the book."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from hallq.domain.alerts import Alert, AlertBook
from tests.domain.test_alerts import HALL, SERVICES, T0, counter, ticket

TS = T0.isoformat()
# A hall whose own rating scale marks two choices low ("unsatisfied" is not one of them).
OWN_SCALE = {"rating_choices": [{"key": "good", "score": 3},
                                {"key": "poor", "score": 2, "low": True},
                                {"key": "bad", "score": 1, "low": True},
                                {"key": "unsatisfied", "score": 1}]}


def rated(tid: int, choice: str, *, seq: int = 10, **data: object) -> dict:
    """A `ticket_rated` event as the hub sends it (the rating row under data)."""
    row = {"ticket_id": tid, "day": "2025-03-12", "counter": 2, "service": "A",
           "staff": "NV02", "rated": True, "score": 1, "choice": choice,
           "reasons": ["waited_too_long"]} | data
    return {"seq": seq, "type": "ticket_rated", "ts": TS, "day": "2025-03-12",
            "ticket_id": tid, "counter": 2, "staff": "NV02", "data": row}


def escalated(number: str, level: int, owner: str | None = "NV03") -> dict:
    complaint = {"number": number, "source": "rating", "cause": "staff_attitude",
                 "owner": owner, "opened_at": "2025-03-10T03:00:00+00:00",
                 "due": "2025-03-11", "ticket_id": 5, "case": None, "level": level,
                 "closed_at": None, "outcome": None, "open": True}
    return {"seq": 20, "type": "complaint_escalated", "ts": TS, "ticket_id": 5,
            "data": {"complaint": complaint, "was": level - 1}}


# ------------------------------------------------------------ which ratings are low
def test_low_choices_are_the_halls_own_marked_low_else_unsatisfied():
    assert AlertBook(OWN_SCALE).low_choices() == {"poor", "bad"}
    assert AlertBook(HALL).low_choices() == {"unsatisfied"}
    none_marked = {"rating_choices": [{"key": "good", "score": 3}, {"key": "bad", "score": 1}]}
    assert AlertBook(none_marked).low_choices() == {"unsatisfied"}
    assert AlertBook({}).low_choices() == {"unsatisfied"}
    assert AlertBook().low_choices() == {"unsatisfied"}


def test_a_rating_low_on_the_halls_own_scale_raises_and_unsatisfied_there_does_not():
    book = AlertBook(OWN_SCALE)
    tickets = {5: ticket(5, "A", 20, "done"), 6: ticket(6, "A", 20, "done")}
    assert book.on_event(rated(6, "unsatisfied", seq=11), tickets) == []
    assert book.on_event(rated(6, "good", seq=12), tickets) == []
    assert [a.id for a in book.on_event(rated(5, "bad"), tickets)] == ["rating:5"]


# ------------------------------------------------------------ ratings from events
def test_a_low_rating_raises_the_whole_alert_with_the_visits_number():
    book = AlertBook(HALL)
    tickets = {5: ticket(5, "A", 20, "done")}
    assert book.on_event(rated(5, "unsatisfied"), tickets) == [Alert(
        "rating:5", "unsatisfied", TS,
        {"ticket_id": 5, "number": "A005", "service": "A", "counter": 2, "staff": "NV02",
         "choice": "unsatisfied", "reasons": ["waited_too_long"]})]


def test_a_low_rating_without_counter_staff_or_reasons_in_its_data_takes_the_events():
    book = AlertBook(HALL)
    ev = rated(5, "unsatisfied")
    ev["data"] = {"choice": "unsatisfied", "reasons": None}
    ev.update(counter=4, staff="NV04")
    [alert] = book.on_event(ev)  # the window knows no tickets yet: no number
    assert alert == Alert("rating:5", "unsatisfied", TS, {
        "ticket_id": 5, "number": "", "service": None, "counter": 4, "staff": "NV04",
        "choice": "unsatisfied", "reasons": []})


def test_a_low_rating_of_a_ticket_the_window_does_not_hold_has_no_number():
    book = AlertBook(HALL)
    [alert] = book.on_event(rated(7, "unsatisfied"), {5: ticket(5, "A", 20, "done")})
    assert (alert.id, alert.params["number"]) == ("rating:7", "")


def test_a_rating_event_with_no_choice_or_a_good_one_raises_nothing():
    book = AlertBook(HALL)
    not_rated = dict(rated(5, "unsatisfied"), type="ticket_not_rated")
    assert book.on_event(not_rated, {5: ticket(5, "A", 20, "done")}) == []
    assert book.on_event(rated(5, "very_satisfied")) == []
    assert book.on_event({"seq": 3, "type": "ticket_rated", "ts": TS, "ticket_id": 5}) == []
    assert book.alerts == {}


# ------------------------------------------------------------ complaints and faults
def test_an_overdue_complaint_at_the_supervisors_then_at_head_office():
    book = AlertBook(HALL)
    first = book.on_event(escalated("KN-2025-000004", 1))
    assert first == [Alert("complaint:KN-2025-000004:1", "complaint_overdue", TS, {
        "number": "KN-2025-000004", "owner": "NV03", "cause": "staff_attitude",
        "due": "2025-03-11", "level": 1})]
    assert book.on_event(escalated("KN-2025-000004", 1)) == []  # listed again at log-in
    later = dict(escalated("KN-2025-000004", 2), ts=(T0 + timedelta(days=2)).isoformat())
    assert book.on_event(later) == [Alert(
        "complaint:KN-2025-000004:2", "complaint_overdue", later["ts"], {
            "number": "KN-2025-000004", "owner": "NV03", "cause": "staff_attitude",
            "due": "2025-03-11", "level": 2})]


def test_a_complaint_event_missing_its_fields_still_raises_with_blanks():
    book = AlertBook(HALL)
    bare = {"seq": 21, "type": "complaint_escalated", "ts": TS, "data": {"complaint": {}}}
    assert book.on_event(bare) == [Alert("complaint:None:None", "complaint_overdue", TS, {
        "number": "", "owner": "", "cause": "", "due": "", "level": None})]
    no_data = {"seq": 22, "type": "complaint_escalated", "ts": TS, "data": None}
    assert book.on_event(no_data) == []  # the same id: listed once


def test_a_device_fault_raises_one_alert_per_event():
    book = AlertBook(HALL)
    fault = {"seq": 12, "type": "device_fault", "ts": TS, "ticket_id": None,
             "data": {"device": "kiosk-1", "role": "kiosk", "code": "no_paper",
                      "message": "out of paper"}}
    assert book.on_event(fault) == [Alert("fault:12", "device_fault", TS, {
        "device": "kiosk-1", "role": "kiosk", "code": "no_paper",
        "message": "out of paper"})]
    later = (T0 + timedelta(minutes=5)).isoformat()
    again = dict(fault, seq=30, ts=later, data={})
    assert book.on_event(again) == [Alert("fault:30", "device_fault", later, {
        "device": "", "role": "", "code": "", "message": ""})]
    assert [a.id for a in book.open_alerts()] == ["fault:30", "fault:12"]


def test_other_events_raise_nothing():
    book = AlertBook(HALL)
    for typ in ("ticket_issued", "ticket_called", "counter_opened", "staff_login"):
        ev = {"seq": 1, "type": typ, "ts": TS, "ticket_id": 1, "counter": 1,
              "data": {"choice": "unsatisfied", "complaint": {"number": "KN"}}}
        assert book.on_event(ev, {1: ticket(1, "A", 1)}) == []
    assert book.alerts == {} and book.acked == set()


# ------------------------------------------------------------ acknowledgements
def test_an_acknowledged_alert_leaves_the_list_and_is_not_raised_again():
    book = AlertBook(HALL)
    tickets = {5: ticket(5, "A", 20, "done")}
    ack = {"seq": 13, "type": "alert_acknowledged", "ts": TS, "staff": "GS01",
           "data": {"alert_id": "rating:5", "kind": "unsatisfied", "text": "A005"}}
    assert book.on_event(ack) == []  # acknowledged (on another window) before it arrives
    assert book.acked == {"rating:5"}
    assert book.on_event(rated(5, "unsatisfied"), tickets) == []
    assert book.open_alerts() == []
    empty = dict(ack, data={"alert_id": ""})
    assert book.on_event(empty) == [] and book.acked == {"rating:5"}


def test_acknowledging_one_alert_keeps_the_others_newest_first():
    book = AlertBook(HALL)
    tickets = {5: ticket(5, "A", 20, "done"), 6: ticket(6, "A", 20, "done")}
    book.on_event(rated(5, "unsatisfied"), tickets)
    book.on_event(rated(6, "unsatisfied", seq=11), tickets)
    book.on_event(escalated("KN-2025-000001", 1))
    book.acknowledge("rating:6")
    assert [a.id for a in book.open_alerts()] == ["complaint:KN-2025-000001:1", "rating:5"]


# ------------------------------------------------------------ set-up changes
def test_a_hall_change_brings_new_thresholds_and_a_new_rating_scale():
    book = AlertBook(HALL)
    counters = {1: counter(1, "open", 6), 2: counter(2, "paused", 8)}
    waiting = [ticket(1, "A", 2)]
    assert book.check(SERVICES, counters, waiting, T0) == []  # 15 and 30 min: not yet
    changed = {"seq": 40, "type": "config_changed", "ts": TS, "ticket_id": None,
               "data": {"what": "hall", "by": "GS01", "changes": {},
                        "hall": OWN_SCALE | {"idle_alert_min": 5, "pause_alert_min": 8}}}
    assert book.on_event(changed) == []
    assert book.hall["idle_alert_min"] == 5 and book.low_choices() == {"poor", "bad"}
    assert sorted(a.id for a in book.check(SERVICES, counters, waiting, T0)) == [
        f"idle:1:{counters[1]['status']['since']}", f"pause:2:{counters[2]['status']['since']}"]


def test_other_set_up_changes_leave_the_halls_thresholds_alone():
    book = AlertBook(HALL)
    service = {"seq": 41, "type": "config_changed", "ts": TS,
               "data": {"what": "service", "by": "GS01", "service": {"prefix": "A"}}}
    named_hall = {"seq": 42, "type": "config_changed", "ts": TS,
                  "data": {"what": "counter", "hall": {"idle_alert_min": 1}}}
    no_hall = {"seq": 43, "type": "config_changed", "ts": TS, "data": {"what": "hall"}}
    for ev in (service, named_hall, no_hall):
        assert book.on_event(ev) == []
    assert book.hall == HALL
    other = {"seq": 44, "type": "ticket_issued", "ts": TS,
             "data": {"what": "hall", "hall": {"idle_alert_min": 1},
                      "alert_id": "rating:1"}}
    assert book.on_event(other) == []
    assert book.hall == HALL and book.acked == set()


# ------------------------------------------------------------ a snapshot's ratings
def test_seed_ratings_raises_only_the_low_ones_dated_by_the_visits_end():
    book = AlertBook(HALL)
    done = ticket(5, "A", 20, "done") | {"counter": 2, "staff": "NV02",
                                         "finished_at": "2025-03-12T01:50:00+00:00"}
    also = ticket(8, "B", 20, "done") | {"counter": 3, "staff": None, "finished_at": None}
    tickets = {5: done, 8: also, 6: ticket(6, "A", 20, "done")}
    ratings: dict[int, dict[str, Any]] = {8: {"choice": "unsatisfied", "score": 1, "rated": True},
               6: {"choice": "very_satisfied", "score": 4, "rated": True},
               7: {"choice": "", "score": None, "rated": False},
               5: {"choice": "unsatisfied", "score": 1, "rated": True}}
    assert book.seed_ratings(ratings, tickets, T0) == [
        Alert("rating:5", "unsatisfied", "2025-03-12T01:50:00+00:00", {
            "ticket_id": 5, "number": "A005", "service": "A", "counter": 2, "staff": "NV02",
            "choice": "unsatisfied", "reasons": []}),
        Alert("rating:8", "unsatisfied", TS, {
            "ticket_id": 8, "number": "B008", "service": "B", "counter": 3, "staff": None,
            "choice": "unsatisfied", "reasons": []})]
    assert book.seed_ratings(ratings, tickets, T0 + timedelta(minutes=1)) == []  # once


def test_seed_ratings_of_a_visit_the_snapshot_does_not_hold():
    book = AlertBook(OWN_SCALE)
    ratings: dict[int, dict[str, Any]] = {9: {"choice": "poor", "score": 2, "rated": True},
               4: {"choice": "unsatisfied", "score": 1, "rated": True},
               3: {"choice": "bad", "score": 1}}  # no `rated`: not counted
    assert book.seed_ratings(ratings, {}, T0) == [Alert("rating:9", "unsatisfied", TS, {
        "ticket_id": 9, "number": "", "service": None, "counter": None, "staff": None,
        "choice": "poor", "reasons": []})]
