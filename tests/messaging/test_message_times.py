"""Today's messages are today's in the hall's time zone, whatever offset their times were kept with."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from hallq.hall.clock import FixedClock
from tests.conftest import make_hall

HALL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def test_a_message_sent_after_the_halls_midnight_counts_for_the_new_day(tmp_path):
    # The hub's clock is UTC: 17:30 on the 6th is 00:30 on the 7th in the hall.
    clock = FixedClock(datetime(2026, 12, 6, 16, 50, tzinfo=UTC))
    hall = make_hall(tmp_path / "h.db", clock)
    hall.send_test_message("0901234567", "vi")  # 23:50 on the 6th in the hall
    clock.set(datetime(2026, 12, 6, 17, 30, tzinfo=UTC))
    hall.send_test_message("0907654321", "vi")
    seventh = datetime(2026, 12, 7, tzinfo=HALL_TZ)
    assert hall.message_counts(seventh) == {"pending": 1}
    assert [r.phone for r in hall.messages_since(seventh)] == ["0907654321"]
    sixth = datetime(2026, 12, 6, tzinfo=HALL_TZ)
    assert hall.message_counts(sixth) == {"pending": 2}
    assert [r.phone for r in hall.messages_since(sixth, limit=1)] == ["0907654321"]
    hall.store.close()


def test_a_bookings_phone_is_erased_once_its_slot_is_past_retention_by_the_clock(tmp_path):
    """A slot is kept in the hall's time (09:00+07:00), the hub's clock in UTC: the phone
    goes as soon as 09:00 local is seven days past, not seven hours later."""
    clock = FixedClock(datetime(2026, 12, 7, 0, 30, tzinfo=UTC))  # Monday 07:30 in the hall
    hall = make_hall(tmp_path / "h.db", clock)
    hall.set_appointment_plan({"service": "B", "capacity": 2, "slot_min": 30})
    slot = next(s for s in hall.slots("B", datetime(2026, 12, 7).date())
                if s.start.astimezone(HALL_TZ).hour == 9)
    hall.book("B", slot.start, phone="0901234567")
    keep = hall.messaging().retention_days
    clock.set(datetime(2026, 12, 7 + keep, 1, 59, tzinfo=UTC))  # 08:59 local, a week on
    assert hall.erase_personal_data()["appointments"] == 0
    clock.set(datetime(2026, 12, 7 + keep, 2, 30, tzinfo=UTC))  # 09:30 local
    assert hall.erase_personal_data()["appointments"] == 1
    assert [a.phone for a in hall.m.Appointment.select()] == [""]
    hall.store.close()
