"""Hall notices: in force only between their start and end, a language left empty reads the
hall's first language, withdrawn ones nowhere, bad input refused naming the field."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import make_hall

from hallq.domain import InvalidInput, NotFound
from hallq.hall.clock import FixedClock
from hallq.hall.notices import MAX_TEXT
from hallq.hall.service import Hall
from hallq.store.database import Store

VN = ZoneInfo("Asia/Ho_Chi_Minh")
OUTAGE = {"vi": "Ngày 10/12 mất điện từ 8:00 đến 11:00", "zh_CN": "12月10日8:00至11:00停电"}


@pytest.fixture
def clocked(tmp_path: Path):
    clock = FixedClock(datetime(2026, 12, 7, 9, 0, tzinfo=VN))
    h = make_hall(tmp_path / "hall.db", clock)
    yield h, clock
    h.store.close()


def test_a_notice_is_in_force_only_between_its_start_and_end(clocked) -> None:
    hall, clock = clocked
    start, end = datetime(2026, 12, 7, 10, 0), datetime(2026, 12, 7, 12, 0)  # hall time
    out, events = hall.post_notice(OUTAGE, start, end, by="NV09")
    assert events[0]["type"] == "notice_posted"
    assert events[0]["data"]["notice"]["id"] == out["id"]
    assert out["starts_at"] == "2026-12-07T10:00:00+07:00"
    assert hall.current_notices() == []  # 9:00: not yet
    assert hall.notices_change_at() == datetime(2026, 12, 7, 10, 0, tzinfo=VN)
    clock.set(datetime(2026, 12, 7, 10, 0, tzinfo=VN))
    assert [n.id for n in hall.current_notices()] == [out["id"]]
    assert hall.notices_change_at() == datetime(2026, 12, 7, 12, 0, tzinfo=VN)
    clock.set(datetime(2026, 12, 7, 11, 59, 59, tzinfo=VN))
    assert hall.current_notices_json()["notices"][0]["text"]["vi"] == OUTAGE["vi"]
    clock.set(datetime(2026, 12, 7, 12, 0, tzinfo=VN))
    assert hall.current_notices() == []
    assert hall.current_notices_json() == {"now": "2026-12-07T12:00:00+07:00",
                                           "next_change": None, "notices": []}
    assert [n.id for n in hall.notices()] == [out["id"]]  # the supervisor still sees it


def test_a_language_left_empty_reads_the_halls_first_language(clocked) -> None:
    hall, _ = clocked  # the sample hall speaks vi, zh_CN, en: vi first
    out, _ = hall.post_notice({"vi": "Đổi giờ làm việc", "zh_CN": "  ", "en": ""},
                              datetime(2026, 12, 7, 8), datetime(2026, 12, 8, 8))
    assert out["text"] == {"vi": "Đổi giờ làm việc", "zh_CN": "Đổi giờ làm việc",
                           "zh_TW": "Đổi giờ làm việc", "en": "Đổi giờ làm việc"}
    assert out["given"] == {"vi": "Đổi giờ làm việc"}
    # Only Chinese typed: Vietnamese (the first language, empty) reads what there is.
    out, _ = hall.post_notice({"zh_CN": "营业时间调整", "en": "New opening hours"},
                              datetime(2026, 12, 7, 8), datetime(2026, 12, 8, 8))
    assert out["text"]["zh_CN"] == "营业时间调整" and out["text"]["zh_TW"] == "营业时间调整"
    assert out["text"]["en"] == "New opening hours"
    assert out["text"]["vi"] == "New opening hours"


def test_a_withdrawn_notice_is_shown_nowhere_and_kept_for_the_supervisor(clocked) -> None:
    hall, _ = clocked
    out, _ = hall.post_notice(OUTAGE, datetime(2026, 12, 7, 8), datetime(2026, 12, 7, 18))
    assert len(hall.current_notices()) == 1
    back, events = hall.withdraw_notice(out["id"], by="NV09")
    assert events[0]["type"] == "notice_withdrawn"
    assert events[0]["data"] == {"by": "NV09", "notice": {"id": out["id"]}}
    assert back["withdrawn_at"] == "2026-12-07T09:00:00+07:00" and back["withdrawn_by"] == "NV09"
    assert hall.current_notices() == [] and hall.notices_change_at() is None
    assert hall.withdraw_notice(out["id"])[1] == []  # twice: nothing more happens
    with pytest.raises(NotFound):
        hall.withdraw_notice(out["id"] + 99)


def test_notices_survive_a_restart(clocked, tmp_path: Path) -> None:
    hall, clock = clocked
    out, _ = hall.post_notice(OUTAGE, datetime(2026, 12, 7, 8), datetime(2026, 12, 7, 18))
    hall.store.close()
    again = Hall(Store(tmp_path / "hall.db"), clock)
    try:
        assert [n.text for n in again.current_notices()] == [OUTAGE]
    finally:
        again.store.close()
    hall.store = Store(tmp_path / "hall.db")  # the fixture closes it


@pytest.mark.parametrize(("text", "start", "end", "code", "field"), [
    ({"vi": "x"}, 12, 10, "notice_ends_before_start", "ends_at"),
    ({"vi": "x"}, 10, 10, "notice_ends_before_start", "ends_at"),
    ({"vi": "x"}, 7, 8, "notice_already_over", "ends_at"),
    ({}, 10, 12, "notice_text_missing", "text"),
    ({"vi": " ", "en": ""}, 10, 12, "notice_text_missing", "text"),
    ({"vi": "x" * (MAX_TEXT + 1)}, 10, 12, "notice_text_too_long", "text.vi"),
    ({"fr": "Fermé"}, 10, 12, "bad_language", "text.fr"),
])
def test_bad_notices_are_refused_naming_the_field_and_change_nothing(
        clocked, text, start, end, code, field) -> None:
    hall, _ = clocked
    seq = hall.last_seq()
    with pytest.raises(InvalidInput) as err:
        hall.post_notice(text, datetime(2026, 12, 7, start), datetime(2026, 12, 7, end))
    assert err.value.code == code
    assert err.value.details == {"field": field}
    assert err.value.message.startswith(f"Malformed request: {field}: ")
    assert hall.notices() == [] and hall.last_seq() == seq


def test_the_longest_text_is_kept_whole_on_one_line(clocked) -> None:
    hall, _ = clocked
    text = ("Giờ mới\n" + "x" * (MAX_TEXT - 8))
    out, _ = hall.post_notice({"vi": text}, datetime(2026, 12, 7, 8),
                              datetime(2026, 12, 7, 8) + timedelta(hours=3))
    assert out["given"]["vi"] == "Giờ mới " + "x" * (MAX_TEXT - 8)
