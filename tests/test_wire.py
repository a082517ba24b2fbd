"""The wire codec: command bodies, set-up refusals, tickets and events as JSON, stream
messages and replies as a client reads them; each case states the exact result."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from types import SimpleNamespace
from typing import Any

import pytest

from hallq import wire
from hallq.domain import (
    Event,
    HallInfo,
    InvalidInput,
    Priority,
    Ticket,
    TicketState,
    jsonable,
    sample,
)

T = datetime(2026, 11, 23, 7, 30, tzinfo=timezone(timedelta(hours=7)))


# ---------------------------------------------------------------- command bodies
def test_a_body_is_encoded_with_its_defaults() -> None:
    assert wire.encode(wire.IssueBody, {"service": "A"}) == {
        "service": "A", "priority": "", "customer_code": "", "language": "vi"}
    assert wire.encode(wire.TransferBody, {"to_counter": 3}) == {
        "to_service": None, "to_counter": 3, "note": ""}


@pytest.mark.parametrize(("model", "fields", "message"), [
    (wire.IssueBody, {"service": ""},
     "Malformed request: service: String should have at least 1 character"),
    (wire.IssueBody, {"service": "A", "x": 1},
     "Malformed request: x: Extra inputs are not permitted"),
    (wire.CallBody, {"ticket_id": "x", "reason": "r"},
     "Malformed request: ticket_id: Input should be a valid integer, unable to parse string "
     "as an integer"),
    (wire.LoginBody, {"code": "a"}, "Malformed request: pin: Field required"),
])
def test_a_refused_body_names_its_first_wrong_field(model: type[wire.Body],
                                                    fields: dict[str, Any],
                                                    message: str) -> None:
    with pytest.raises(wire.Malformed) as exc:
        wire.encode(model, fields)
    assert str(exc.value) == message
    assert wire.malformed_field(message) == message.split(": ")[1]


def test_the_refusal_wording_of_a_body_with_no_error_listed() -> None:
    assert wire.malformed_message([]) == "Malformed request: : None"
    assert wire.malformed_message([{"loc": ("body", "names", "vi"), "msg": "too long"},
                                   {"loc": ("other",), "msg": "second"}]) == \
        "Malformed request: body.names.vi: too long"


@pytest.mark.parametrize(("message", "field"), [
    ("Malformed request: body.names.vi: too long", "names.vi"),
    ("Malformed request: day_start_hour: Input should be a valid integer", "day_start_hour"),
    ("Malformed request: body: Field required", None),
    ("Malformed request: body.timezone: Value error, unknown time zone 'a: b'", "timezone"),
    ("Malformed request: : None", None),
    ("Malformed request", None),
    ("Something else: name: too long", None),
])
def test_the_field_a_refusal_names(message: str, field: str | None) -> None:
    assert wire.malformed_field(message) == field


# ---------------------------------------------------------------- set-up refusals
HALL = jsonable(sample.HALL)
SERVICE = jsonable(sample.SERVICES[0])


@pytest.mark.parametrize(("model", "change", "code", "message"), [
    (wire.HallSetup, {"day_start_hour": "5"}, "bad_setting",
     "Malformed request: day_start_hour: Input should be a valid integer"),
    (wire.HallSetup, {"timezone": "Mars/Base"}, "bad_setting",
     "Malformed request: timezone: Value error, unknown time zone 'Mars/Base'"),
    (wire.HallSetup, {"languages": ["vi", "vi"]}, "bad_language",
     "Languages are vi, zh_CN, zh_TW, en."),
    (wire.HallSetup, {"languages": ["xx"]}, "bad_language",
     "Languages are vi, zh_CN, zh_TW, en."),
    (wire.HallSetup, {"rating_reasons": ["other", "other"]}, "malformed",
     "Malformed request: rating_reasons: Value error, an entry is listed twice"),
    (wire.HallSetup, {"name": " \x1c "}, "malformed",
     "Malformed request: name: String should have at least 1 character"),
    (wire.HallSetup, {"name": "a\x07b"}, "malformed",
     "Malformed request: name: Value error, has a control character"),
    (wire.HallSetup, {"foo": 1}, "malformed",
     "Malformed request: foo: Extra inputs are not permitted"),
    (wire.HallSetup, {"rating_choices": [HALL["rating_choices"][0]] * 2}, "malformed",
     "Malformed request: rating_choices: Value error, a key is listed twice"),
    (wire.ServiceSetup, {"prefix": "a"}, "bad_prefix",
     "Malformed request: prefix: String should match pattern '^[A-Z]$'"),
    (wire.ServiceSetup, {"names": {"xx": "y"}}, "bad_language",
     "Service names are vi, zh_CN, zh_TW, en."),
    (wire.ServiceSetup, {"target_wait_min": 0}, "bad_number",
     "Malformed request: target_wait_min: Input should be greater than or equal to 1"),
])
def test_a_refused_setup_has_its_code_and_sentence(model: type[wire.Setup],
                                                   change: dict[str, Any], code: str,
                                                   message: str) -> None:
    base = HALL if model is wire.HallSetup else SERVICE
    with pytest.raises(InvalidInput) as exc:
        wire.check_setup(model, {**base, **change})
    assert (exc.value.code, exc.value.message) == (code, message)


def test_a_service_name_too_long_is_malformed_not_a_bad_language() -> None:
    with pytest.raises(InvalidInput) as exc:
        wire.check_setup(wire.ServiceSetup, {**SERVICE, "names": {"vi": "y" * 81}})
    assert exc.value.code == "malformed"
    assert exc.value.message.startswith("Malformed request: names.vi: ")


def test_an_accepted_setup_is_stripped_as_the_hall_strips() -> None:
    hall = wire.check_setup(wire.HallSetup, {**HALL, "name": "  Hall 1 \x1c"})
    assert hall.name == "Hall 1"
    assert hall.languages == list(sample.HALL.languages)
    assert wire.plain_text(7) == 7  # only texts are stripped and checked
    assert wire.plain_text(" a b ") == "a b"


# ---------------------------------------------------------------- values
def _ticket(**changes: Any) -> Ticket:
    t = Ticket(id=7, day=date(2026, 11, 23), number="B012", service="B", arrival=T,
               queued_at=T + timedelta(minutes=4), priority=Priority.PREGNANT,
               customer_code="PE0123", language="zh_TW", state=TicketState.SERVING, leg=2,
               parent_id=5, target_counter=3, counter=3, staff="NV03",
               called_at=T + timedelta(minutes=9), recalls=2,
               serving_at=T + timedelta(minutes=10), finished_at=T + timedelta(minutes=12),
               eta_min=6.5)
    return t.with_(**changes)


def test_a_ticket_survives_the_wire_with_every_field() -> None:
    t = _ticket()
    assert wire.ticket_from_json(jsonable(t)) == t


def test_a_ticket_from_an_older_hub_takes_the_defaults() -> None:
    sent = {"id": 1, "day": "2026-11-23", "number": "A001", "service": "A",
            "arrival": T.isoformat(), "queued_at": T.isoformat(), "priority": None,
            "customer_code": None, "state": "waiting", "called_at": "",
            "serving_at": None}
    assert wire.ticket_from_json(sent) == Ticket(
        id=1, day=date(2026, 11, 23), number="A001", service="A", arrival=T, queued_at=T)


def test_hall_info_keeps_its_own_fields_as_tuples() -> None:
    d = {**jsonable(sample.HALL), "from_a_newer_hub": 1}
    info = wire.hall_info_from(d)
    assert info == sample.HALL
    assert isinstance(info.languages, tuple) and isinstance(info.rating_reasons, tuple)
    assert wire.hall_info_from({"code": "H", "name": "N"}) == HallInfo("H", "N")


def test_an_event_and_an_event_row_as_json() -> None:
    ev = Event(type="ticket_called", ts=T, day=date(2026, 11, 23), ticket_id=7, counter=3,
               staff="NV03", data={"out_of_turn": True}, seq=41)
    want = {"seq": 41, "type": "ticket_called", "ts": "2026-11-23T07:30:00+07:00",
            "day": "2026-11-23", "ticket_id": 7, "counter": 3, "staff": "NV03",
            "data": {"out_of_turn": True}}
    assert wire.event_json(ev) == want
    row = SimpleNamespace(**{**vars(ev)})
    assert wire.row_event_json(row) == want


# ---------------------------------------------------------------- the event stream
@pytest.mark.parametrize(("text", "message"), [
    ('{"events": [{"seq": 1}], "replay": true}', {"events": [{"seq": 1}], "replay": True}),
    (b'{"summary": {}}', {"summary": {}}),
    ('{"events": {"seq": 1}}', None),
    ("[1, 2]", None),
    ("not json", None),
])
def test_a_stream_message(text: str | bytes, message: dict[str, Any] | None) -> None:
    assert wire.stream_message(text) == message


# ---------------------------------------------------------------- replies
@pytest.mark.parametrize(("status", "raw", "reply"), [
    (200, b'{"id": 3}', (True, {"id": 3})),
    (204, b"", (True, {})),
    (299, b"{}", (True, {})),
    (300, b"{}", (False, {"code": "http_error", "message": "HTTP 300"})),
    (199, b"{}", (False, {"code": "http_error", "message": "HTTP 199"})),
    (409, b'{"error": {"code": "queue_empty", "message": "Nobody"}}',
     (False, {"code": "queue_empty", "message": "Nobody"})),
    (500, b'{"error": {}}', (False, {"code": "http_error", "message": "HTTP 500"})),
    (502, b'{"error": "down"}', (False, {"code": "http_error", "message": "HTTP 502"})),
    (200, b"<html>", (False, {"code": "bad_reply", "message": "The hub sent a bad reply."})),
    (200, b"[1]", (False, {"code": "bad_reply", "message": "The hub sent a bad reply."})),
])
def test_a_reply_as_the_client_reads_it(status: int, raw: bytes,
                                        reply: tuple[bool, dict[str, Any]]) -> None:
    assert wire.reply_from(status, raw) == reply


UNAVAILABLE = {"code": "report_unavailable",
               "message": "This hub cannot make the daily report yet."}


@pytest.mark.parametrize(("status", "raw", "reply"), [
    (200, b"%PDF-1.4 ...", (True, b"%PDF-1.4 ...")),
    (500, b"%PDF-1.4 ...", (False, {"code": "http_error", "message": "HTTP 500"})),
    (405, b'{"detail": "Method Not Allowed"}', (False, UNAVAILABLE)),
    (404, b'{"error": {"code": "not_found", "message": "Not Found"}}', (False, UNAVAILABLE)),
    (404, b'{"error": {"code": "unknown_day", "message": "No such day"}}',
     (False, {"code": "unknown_day", "message": "No such day"})),
    (403, b'{"error": "no"}', (False, {"code": "http_error", "message": "HTTP 403"})),
    (404, b'{"error": "gone"}', (False, {"code": "http_error", "message": "HTTP 404"})),
    (404, b"Not Found", (False, {"code": "http_error", "message": "HTTP 404"})),
    (200, b"{}", (False, {"code": "http_error", "message": "HTTP 200"})),
    (502, b"gateway", (False, {"code": "http_error", "message": "HTTP 502"})),
])
def test_the_report_reply(status: int, raw: bytes, reply: tuple[bool, Any]) -> None:
    assert wire.report_reply(status, raw) == reply


@pytest.mark.parametrize(("status", "code"), [
    (401, "unauthorized"), (403, "forbidden"), (200, None), (404, None), (None, None)])
def test_which_statuses_refuse_the_device(status: int | None, code: str | None) -> None:
    assert wire.refusal(status) == code


@pytest.mark.parametrize(("data", "result"), [
    ({}, (True, None)),
    ({"configured": False}, (False, None)),
    ({"enabled": False, "last_ok": "2026-11-23T02:00:00+07:00"},
     (False, datetime(2026, 11, 22, 19, 0, tzinfo=UTC))),
    ({"configured": True, "enabled": False, "last_success": "2026-11-23T02:00:00"},
     (True, datetime(2026, 11, 23, 2, 0, tzinfo=UTC))),
    ({"last_success": {"ts": "2026-11-23T02:00:00+00:00"}},
     (True, datetime(2026, 11, 23, 2, 0, tzinfo=UTC))),
    ({"last_success_at": {"at": "2026-11-23T03:00:00+00:00"}},
     (True, datetime(2026, 11, 23, 3, 0, tzinfo=UTC))),
    ({"last_synced_at": {"finished": "2026-11-23T04:00:00+00:00"}},
     (True, datetime(2026, 11, 23, 4, 0, tzinfo=UTC))),
    ({"last_success": "yesterday", "last_sync": "2026-11-23T05:00:00+00:00"},
     (True, datetime(2026, 11, 23, 5, 0, tzinfo=UTC))),
    ({"last_success": "", "last_ok": {"ts": None}, "last_sync": 17}, (True, None)),
])
def test_the_last_successful_sync(data: dict[str, Any],
                                  result: tuple[bool, datetime | None]) -> None:
    configured, when = wire.last_sync_success(data)
    assert (configured, when) == result
    if when is not None:
        assert when.utcoffset() is not None
