"""The edges of the small rules in hallq.domain.values: code lengths, the last name to fall
back to, and encoding a value type the encoder has not met before."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from typing import Any

from hallq.domain import Priority, Service, jsonable, name_in, valid_customer_code

T0 = datetime(2026, 11, 23, 0, 30, tzinfo=UTC)


def test_customer_codes_from_4_to_20_characters():
    assert valid_customer_code("1234") and valid_customer_code("x" * 20)
    assert not valid_customer_code("x" * 21) and not valid_customer_code(" 123 ")


def test_vietnamese_comes_before_any_other_name():
    names = {"fr": "Payer", "vi": "Thanh toán"}
    assert name_in(names, "zh_TW") == "Thanh toán"
    assert Service("A", {"vi": "Thanh toán", "en": "Pay"}).name("vi") == "Thanh toán"
    assert Service("A", {"vi": "Thanh toán", "en": "Pay"}).name("zh_CN") == "Pay"


def test_jsonable_turns_any_dataclass_into_its_fields_even_one_never_seen():
    @dataclasses.dataclass
    class Fresh:  # a type of its own, made now: no cached field list can answer for it
        when: date
        tags: tuple[str, ...]
        nested: dict[str, Any]

    value = Fresh(date(2026, 11, 23), ("a", "b"), {"t": T0, "p": Priority.ELDERLY})
    want = {"when": "2026-11-23", "tags": ["a", "b"],
            "nested": {"t": "2026-11-23T00:30:00+00:00", "p": "elderly"}}
    assert jsonable(value) == want
    assert jsonable(value) == want  # and again, from the cache
    assert jsonable(Fresh) is Fresh  # the class itself is not a value to encode
    assert jsonable([value, None, 1.5, True]) == [want, None, 1.5, True]
