"""The hall's parts: set-up defaults and messages, the command lock, notes and recorded events."""

from __future__ import annotations

import threading
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hallq.domain import DEFAULT_TARGET_WAIT_MIN, LANGUAGES, DomainError, Service
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall
from hallq.hall.sessions import HallSessions
from hallq.hall.setup import HallAdmin
from hallq.hall.visits import HallVisits
from tests.conftest import make_hall

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def hall(tmp_path) -> Hall:
    return make_hall(tmp_path / "h.db", FixedClock(datetime(2026, 11, 23, 7, 30, tzinfo=TZ)))


def test_hall_is_made_of_its_parts():
    assert issubclass(Hall, HallSessions) and issubclass(Hall, HallVisits)
    assert issubclass(Hall, HallAdmin)


def test_a_new_service_starts_from_the_service_defaults(hall):
    row, _ = hall.upsert_service({"prefix": "f", "names": {"en": "Forms"}})
    defaults = Service("F", {})
    assert row["target_wait_min"] == DEFAULT_TARGET_WAIT_MIN == defaults.target_wait_min
    assert (row["typical_service_min"], row["active"], row["kiosk_order"], row["queue_limit"]) \
        == (defaults.typical_service_min, True, 0, defaults.queue_limit)
    # an existing service keeps what it is not told
    row, _ = hall.upsert_service({"prefix": "F", "queue_limit": 5})
    assert (row["names"], row["queue_limit"], row["target_wait_min"]) == (
        {"en": "Forms"}, 5, DEFAULT_TARGET_WAIT_MIN)
    assert hall.state.services["F"].queue_limit == 5


def test_language_errors_name_the_languages(hall):
    with pytest.raises(DomainError) as exc:
        hall.upsert_service({"prefix": "F", "names": {"fr": "Formulaires"}})
    assert exc.value.message == "Service names are vi, zh_CN, zh_TW, en."
    with pytest.raises(DomainError) as exc:
        hall.update_hall({"languages": ["vi", "fr"]})
    assert exc.value.message == f"Languages are {', '.join(LANGUAGES)}."
    assert exc.value.code == "bad_language"


def test_a_staff_photo_is_kept_and_a_deactivated_clerk_is_logged_out(hall):
    hall.login("NV01", "1111", 1)
    hall.upsert_staff({"code": "NV01", "photo": "data:image/png;base64,AAAA"})
    assert hall.photos["NV01"] == "data:image/png;base64,AAAA"
    assert hall.m.Staff.get(hall.m.Staff.code == "NV01").photo.startswith("data:")
    hall.upsert_staff({"code": "NV01", "active": False})
    assert hall.sessions == {}
    assert hall.m.Session.select().where(hall.m.Session.logout_at.is_null()).count() == 0


def test_set_up_commands_wait_for_the_command_lock(hall):
    done = threading.Event()

    def add_counter() -> None:
        hall.upsert_counter({"number": 9, "services": ["A"]})
        done.set()

    with hall.lock:
        worker = threading.Thread(target=add_counter)
        worker.start()
        assert not done.wait(0.2)  # held back while another command runs
    worker.join(5)
    assert done.is_set() and 9 in hall.state.counters


def test_a_note_without_counter_or_staff_takes_the_visits(hall):
    hall.login("NV02", "2222", 2)
    t, _ = hall.issue("A")
    hall.call_next(2)
    note, events = hall.add_note(t.id, None, "request", "", "Xin hóa đơn", False)
    assert (note["counter"], note["staff"], note["number"]) == (2, "NV02", "A001")
    [ev] = events
    assert (ev["type"], ev["counter"], ev["staff"]) == ("note_added", 2, "NV02")
    assert ev["data"]["note_id"] == note["id"]


def test_recorded_events_and_faults_get_a_sequence_number(hall):
    before = hall.last_seq()
    out, events = hall.report_fault("kiosk 1", "kiosk", "paper_out", "out of paper")
    assert out == {"device": "kiosk 1", "role": "kiosk", "code": "paper_out",
                   "message": "out of paper", "seq": before + 1}
    assert [e["type"] for e in events] == ["device_fault"]
    assert hall.state.tickets == {}  # no queue state changed
