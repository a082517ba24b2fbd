"""The small rules with one home in hallq.domain.values: names, overdue, days, codes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hallq.domain import (
    DEFAULT_TARGET_WAIT_MIN,
    LANGUAGES,
    HallInfo,
    Service,
    Ticket,
    is_overdue,
    local_business_day,
    name_in,
    overdue_at,
    parse_time,
    valid_customer_code,
)

T0 = datetime(2026, 11, 23, 0, 30, tzinfo=UTC)


def test_overdue_from_exactly_the_target_minute():
    assert overdue_at(T0, 10) == T0 + timedelta(minutes=10)
    assert not is_overdue(T0, 10, T0 + timedelta(minutes=10) - timedelta(microseconds=1))
    assert is_overdue(T0, 10, T0 + timedelta(minutes=10))
    assert is_overdue(T0, 10, T0 + timedelta(minutes=11))


def test_a_service_the_hall_no_longer_knows_has_the_default_target():
    assert overdue_at(T0, None) == T0 + timedelta(minutes=DEFAULT_TARGET_WAIT_MIN)
    assert not is_overdue(T0, None, T0 + timedelta(minutes=DEFAULT_TARGET_WAIT_MIN - 1))
    assert is_overdue(T0, None, T0 + timedelta(minutes=DEFAULT_TARGET_WAIT_MIN))


def test_name_in_falls_back_zh_tw_zh_cn_en_vi_any_default():
    every = {"vi": "Thanh toán", "zh_CN": "缴费", "zh_TW": "繳費", "en": "Pay"}
    assert name_in(every, "zh_TW") == "繳費"
    assert name_in(every | {"zh_TW": ""}, "zh_TW") == "缴费"
    assert name_in({"vi": "Thanh toán", "en": "Pay"}, "zh_TW") == "Pay"
    assert name_in({"vi": "Thanh toán"}, "zh_TW") == "Thanh toán"
    assert name_in({"fr": "Payer"}, "zh_TW") == "Payer"
    assert name_in({}, "zh_TW", "A") == "A"
    assert name_in({"vi": ""}, "zh_TW") == ""


def test_name_in_only_traditional_chinese_borrows_simplified():
    names = {"zh_CN": "缴费", "en": "Pay"}
    assert name_in(names, "vi") == "Pay"
    assert name_in(names, "en") == "Pay"
    assert name_in({"zh_CN": "缴费"}, "vi") == "缴费"  # any name before the default
    assert Service("A", {}).name("vi") == "A"  # a service without names shows its prefix


def test_a_ticket_speaks_the_first_language_unless_told():
    t = Ticket(1, date(2026, 11, 23), "A001", "A", T0, T0)
    assert t.language == LANGUAGES[0] == "vi"


def test_the_business_day_starts_at_the_day_start_hour_local_time():
    hall = HallInfo("H", "Hall")  # Asia/Ho_Chi_Minh (UTC+7), day starts 04:00
    at_3_59 = datetime(2026, 11, 22, 20, 59, tzinfo=UTC)
    at_4_00 = datetime(2026, 11, 22, 21, 0, tzinfo=UTC)
    assert local_business_day(at_3_59, hall.timezone, hall.day_start_hour) == date(2026, 11, 22)
    assert local_business_day(at_4_00, hall.timezone, hall.day_start_hour) == date(2026, 11, 23)
    assert local_business_day(at_3_59, "UTC", 0) == date(2026, 11, 22)


def test_parse_time():
    assert parse_time(None) is None and parse_time("") is None
    assert parse_time(T0.isoformat()) == T0


def test_customer_codes():
    assert valid_customer_code("0901234567") and valid_customer_code(" PE1234 ")
    assert not valid_customer_code("123") and not valid_customer_code("x" * 21)
    assert not valid_customer_code("12-34") and not valid_customer_code("mã1234")
