"""The set-up schemas: a hall given any set-up they accept still starts, issues, calls,
finishes, rates and reports; a value they refuse changes nothing (the bricking hour)."""

from __future__ import annotations

import itertools
import types
import typing
from pathlib import Path

import annotated_types as at
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from hallq import settings as device_settings
from hallq import wire
from hallq.domain import DomainError, queue
from hallq.report import pdf
from tests.conftest import make_hall

ZONES = ["Asia/Ho_Chi_Minh", "Asia/Shanghai", "Asia/Taipei", "UTC", "Pacific/Kiritimati",
         "America/St_Johns", "Asia/Kathmandu"]


def strategy(annotation: typing.Any, metadata: list[typing.Any] = ()) -> st.SearchStrategy:
    """Values of one field, from its type and the constraints the model declares on it."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        # A Field(...) nested in a type (a list of lists) keeps its constraints inside it.
        inner = [c for a in args[1:] for c in (a.metadata if isinstance(a, FieldInfo) else [a])]
        return strategy(args[0], [*metadata, *inner])
    lo = next((m.ge for m in metadata if isinstance(m, at.Ge)), None)
    hi = next((m.le for m in metadata if isinstance(m, at.Le)), None)
    min_len = next((m.min_length for m in metadata if isinstance(m, at.MinLen)), 0)
    max_len = next((m.max_length for m in metadata if isinstance(m, at.MaxLen)), None)
    pattern = next((getattr(m, "pattern", None) for m in metadata
                    if getattr(m, "pattern", None)), None)
    if origin in (types.UnionType, typing.Union):
        return st.one_of(*[strategy(a, metadata) for a in args if a is not type(None)],
                         st.none())
    if origin is typing.Literal:
        return st.sampled_from(args)
    if annotation is bool:
        return st.booleans()
    if annotation is int:
        return st.integers(lo, hi)
    if annotation is float:
        return st.floats(lo, hi, allow_nan=False, allow_infinity=False)
    if annotation is str:
        if pattern:
            # Without its anchors: Python's "$" also matches before a final newline, which
            # the model's regex (anchored at the very end) rightly refuses.
            bare = pattern.removeprefix("^").removesuffix("$")
            return st.from_regex(bare, fullmatch=True).filter(
                lambda s: min_len <= len(s) <= (max_len or 10**6))
        # Printable text (what str.isprintable() accepts: letters, marks, numbers,
        # punctuation, symbols and the space; anything else is refused on purpose and
        # tested elsewhere); a required text has something left once stripped.
        printable = st.characters(categories=("L", "M", "N", "P", "S"), include_characters=" ")
        text = st.text(printable, min_size=min_len, max_size=min(max_len or 40, 40))
        return text.filter(lambda s: bool(s.strip())) if min_len else text
    if origin is list:
        return st.lists(strategy(args[0]), min_size=min_len, max_size=min(max_len or 5, 5), unique_by=_identity)
    if origin is dict:
        return st.dictionaries(strategy(args[0]), strategy(args[1]), max_size=4)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return model_strategy(annotation)
    raise NotImplementedError(annotation)


def _identity(x: typing.Any) -> typing.Any:
    """What makes two list entries the same: a dict's key, a list's items, else itself."""
    if isinstance(x, dict):
        return x.get("key")
    return tuple(x) if isinstance(x, list) else x


def model_strategy(model: type[BaseModel], **fixed: typing.Any) -> st.SearchStrategy:
    """Dicts for `model` built from its declared fields; only those it accepts."""
    fields = {name: st.just(fixed[name]) if name in fixed else
              strategy(f.annotation, list(f.metadata))
              for name, f in model.model_fields.items()}
    return st.fixed_dictionaries(fields).filter(lambda d: _accepted(model, d))


def _accepted(model: type[BaseModel], data: dict) -> bool:
    try:
        model.model_validate(data)
    except ValueError:
        return False
    return True


# A time zone is a name the zone database knows: drawn from a few with odd offsets.
hall_setups = st.sampled_from(ZONES).flatmap(
    lambda zone: model_strategy(wire.HallSetup, timezone=zone))
_seen = itertools.count()


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
@given(hall=hall_setups,
       service=model_strategy(wire.ServiceSetup, prefix="Q", active=True),
       counter=model_strategy(wire.CounterSetup, number=42, services=["Q"]),
       # An existing clerk, so no PIN is hashed (slow on purpose) in every example.
       staff=model_strategy(wire.StaffSetup, code="NV01", active=True, pin=None),
       device=model_strategy(wire.DeviceSetup))
def test_any_accepted_setup_leaves_a_hall_that_works(tmp_path: Path, hall, service, counter,
                                                     staff, device):
    h = make_hall(tmp_path / f"hall-{next(_seen)}.db")
    try:
        # Through the same hall commands the REST routes run (PUT /api/config/...).
        h.update_hall({k: v for k, v in hall.items() if k != "code"})
        service["names"] = service["names"] | {"vi": service["names"].get("vi") or "Dịch vụ"}
        h.upsert_service(service | {"new": True})
        h.upsert_counter(counter)
        h.upsert_staff(staff)
        if device["role"] in ("counter", "keypad") or device["counter"] is not None:
            device["counter"] = 42  # which counters exist is the hall's check, not the schema's
        h.add_device(device["role"], device["counter"], device["name"])
        issued = h.issue("Q", language=hall["languages"][0])[0]
        h.login("NV01", "1111", 42)
        called = h.call_next(42)[0]
        assert called.number == issued.number
        h.finish(42)
        choice = hall["rating_choices"][0]["key"]
        h.rate(called.id, choice, [])
        day = queue.business_day(h.now(), h.info)
        figs, conf = pdf.build(h.store, day)
        assert (figs.headline["issued"], figs.ratings.get(choice)) == (1, 1)
        data = pdf.report_pdf(figs, conf, hall["languages"][0])
        assert data.startswith(b"%PDF")
    finally:
        h.store.close()


def test_a_string_hour_is_refused_and_the_hall_keeps_its_day(hall):
    before = hall.last_seq(), hall.info
    with pytest.raises(DomainError) as exc:
        hall.update_hall({"day_start_hour": "5"})
    assert exc.value.code == "bad_setting"
    assert "day_start_hour" in exc.value.message
    assert (hall.last_seq(), hall.info) == before
    assert hall.issue("A")[0].number == "A001"


@pytest.mark.parametrize("value", [float("inf"), float("nan"), 0.0, 241.0])
def test_an_impossible_service_time_is_refused(hall, value):
    before = hall.state.services["A"]
    with pytest.raises(DomainError) as exc:
        hall.upsert_service({"prefix": "A", "typical_service_min": value})
    assert (exc.value.code, hall.state.services["A"]) == ("bad_number", before)
    assert "typical_service_min" in exc.value.message
    hall.login("NV01", "1111", 1)  # an estimate needs an open counter (issue 19.2)
    assert hall.issue("A")[0].eta_min is not None


def test_the_message_names_the_field_for_the_windows():
    with pytest.raises(DomainError) as exc:
        wire.check_setup(wire.ServiceSetup, {"prefix": "A", "names": {"vi": "x" * 81},
                                             "target_wait_min": 5, "typical_service_min": 2.0,
                                             "active": True, "kiosk_order": 1,
                                             "queue_limit": 9})
    assert exc.value.code == "malformed"
    assert wire.malformed_field(exc.value.message) == "names.vi"
    assert wire.malformed_field("Wrong staff code or PIN.") is None


@pytest.mark.parametrize("text", ["[voice]\nvolume = nan", "[voice]\nvolume = -nan",
                                  "[kiosk]\nidle_timeout_s = 45.5"])
def test_a_settings_file_with_an_impossible_number_is_refused_naming_it(text):
    """The device's settings file has its own declared schema (hallq.settings.SCHEMA)."""
    with pytest.raises(device_settings.SettingsError) as exc:
        device_settings.parse(text)
    assert "line 2" in exc.value.problems[0]
    assert text.split("\n")[1].split(" =")[0] in exc.value.problems[0]
