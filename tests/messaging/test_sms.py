"""Messages by SMS: written to the outbox with the change that causes them, delivered over
SMPP to a local server that keeps every PDU, retried with backoff, receipts recorded."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import make_hall
from smpp_server import SmppServer

from hallq.domain.messages import render
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall
from hallq.messaging.sender import Sender
from hallq.store.database import Store

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def at(hhmm: str) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return datetime(2026, 12, 7, h, m, tzinfo=VN)


@pytest.fixture
def smsc() -> SmppServer:
    server = SmppServer()
    yield server
    server.close()


@pytest.fixture
def sms_hall(tmp_path: Path, smsc: SmppServer) -> Hall:
    h = make_hall(tmp_path / "hall.db")
    h.clock = FixedClock(at("07:00"))
    h.set_appointment_plan({"service": "B", "capacity": 2, "slot_min": 30})
    h.set_messaging({"channel": "smpp", "smpp_host": "127.0.0.1", "smpp_port": smsc.port,
                     "smpp_system_id": "hallq", "smpp_password": "s3cret",
                     "smpp_source_addr": "EVN"})
    yield h
    h.store.close()


def outbox(hall: Hall) -> list[tuple]:
    m = hall.m
    return [(r.kind, r.state, r.phone, r.attempts) for r in m.Outbox.select().order_by(m.Outbox.id)]


def test_a_booking_is_confirmed_by_sms_in_the_customers_language(sms_hall: Hall,
                                                                  smsc: SmppServer) -> None:
    code = sms_hall.book("B", at("08:00"), phone="0901234567", language="vi")[0]["code"]
    # Written in the booking's own commit, before anything is sent.
    assert outbox(sms_hall) == [("booked", "pending", "0901234567", 0)]
    sender = Sender(sms_hall)
    try:
        assert sender.step() == 1
        want = render("booked", "vi", service="Cấp điện mới", time="08:00", date="07/12/2026",
                      code=code)
        assert smsc.texts() == [want]
        assert len(smsc.received) == 2  # Vietnamese in UCS-2 is over 70 characters: 2 parts
        assert {p.data_coding for p in smsc.received} == {8}
        assert smsc.received[0].destination_addr == b"0901234567"
        assert smsc.binds == [("hallq", "s3cret")]
        sender.step()  # reads the receipt the SMSC sent meanwhile
    finally:
        sender.stop()
    row = sms_hall.m.Outbox.get()
    assert (row.state, row.provider_id, row.channel) == ("delivered", "M1", "smpp")


def test_a_refused_message_is_tried_again_after_its_backoff(sms_hall: Hall,
                                                             smsc: SmppServer) -> None:
    smsc.refuse = 1
    sms_hall.send_test_message("+84901234567", "zh_CN")
    sender = Sender(sms_hall)
    try:
        assert sender.step() == 0
        row = sms_hall.m.Outbox.get()
        assert (row.state, row.attempts, row.next_try) == ("pending", 1, at("07:01"))
        assert sender.step() == 0  # not due yet: the clock has not moved
        sms_hall.clock.advance(minutes=1)
        assert sender.step() == 1
    finally:
        sender.stop()
    assert smsc.texts() == ["Điện lực Quận 3的测试短信。"]
    assert smsc.received[0].destination_addr == b"84901234567"
    assert smsc.received[0].dest_addr_ton == 1  # international


def test_the_customer_is_told_three_ahead_and_called_once_each(sms_hall: Hall,
                                                              smsc: SmppServer) -> None:
    for _ in range(5):
        sms_hall.issue("B")  # five walk-ins first
    code = sms_hall.book("B", at("07:30"), phone="0901000001", language="en")[0]["code"]
    sms_hall.clock.set(at("07:44"))  # too late for priority: an ordinary ticket, 6th
    ticket = sms_hall.check_in(code)[0]["ticket"]
    assert ticket["number"] == "B006"
    sms_hall.open_counter(4, "NV04")
    for _ in range(3):
        sms_hall.call_next(4)
        sms_hall.finish(4)
    kinds = [k for k, *_ in outbox(sms_hall)]
    assert kinds == ["booked", "ahead"]  # told once, when 3 were left ahead
    sms_hall.call_next(4), sms_hall.finish(4), sms_hall.call_next(4), sms_hall.finish(4)
    sms_hall.call_next(4)
    assert [k for k, *_ in outbox(sms_hall)] == ["booked", "ahead", "called"]
    sender = Sender(sms_hall)
    try:
        sender.step()
    finally:
        sender.stop()
    assert smsc.texts()[1:] == [
        "Ticket B006: 3 people ahead of you. Please come back to the hall.",
        "Ticket B006, please go to counter 4."]


def test_no_channel_no_outbox_and_no_phone_no_message(tmp_path: Path) -> None:
    h = make_hall(tmp_path / "hall.db")
    h.clock = FixedClock(at("07:00"))
    h.set_appointment_plan({"service": "B", "capacity": 2, "slot_min": 30})
    h.book("B", at("08:00"), phone="0901234567")
    assert outbox(h) == []
    h.store.close()


def test_a_message_caught_mid_send_is_never_sent_twice(sms_hall: Hall, smsc: SmppServer,
                                                       tmp_path: Path) -> None:
    sms_hall.send_test_message("0901234567", "vi")
    row = sms_hall.m.Outbox.get()
    assert sms_hall.claim_message(row.id, "smpp")  # claimed, then the hub dies
    sms_hall.store.close()
    again = Hall(Store(tmp_path / "hall.db"), FixedClock(at("07:05")))
    sender = Sender(again)
    try:
        assert sender.step() == 0
    finally:
        sender.stop()
    assert outbox(again) == [("test", "uncertain", "0901234567", 1)]
    assert smsc.received == []
    again.store.close()


def test_an_unreachable_smsc_fails_the_try_not_the_hall(sms_hall: Hall) -> None:
    sms_hall.set_messaging({"smpp_port": 1})  # nobody listens there
    sms_hall.send_test_message("0901234567", "vi")
    sender = Sender(sms_hall)
    try:
        assert sender.step() == 0
    finally:
        sender.stop()
    row = sms_hall.m.Outbox.get()
    assert (row.state, row.attempts) == ("pending", 1) and "SMSC" in row.error
    sms_hall.issue("A")  # the hall goes on


def test_phone_numbers_are_erased_after_the_retention_days(sms_hall: Hall) -> None:
    sms_hall.set_messaging({"retention_days": 2})
    code = sms_hall.book("B", at("08:00"), phone="0901234567", name="Lan")[0]["code"]
    sms_hall.clock.set(at("07:50"))
    tid = sms_hall.check_in(code)[0]["ticket"]["id"]
    sms_hall.open_counter(4, "NV04")
    sms_hall.call_next(4), sms_hall.finish(4)
    for row in sms_hall.m.Outbox.select():  # booked, called: both sent
        sms_hall.settle_message(row.id, True, f"M{row.id}")
    assert sms_hall.erase_personal_data() == {"contacts": 0, "messages": 0, "appointments": 0,
                                             "complaints": 0}
    sms_hall.clock.set(at("08:01") + timedelta(days=2))  # the slot (08:00) + 2 days, past
    counts = sms_hall.erase_personal_data()
    assert counts == {"contacts": 1, "messages": 2, "appointments": 1, "complaints": 0}
    a = sms_hall.appointment(code)
    assert (a.phone, a.name) == ("", "")
    assert sms_hall.m.Contact.get_or_none(sms_hall.m.Contact.ticket_id == tid) is None
    assert [r.phone for r in sms_hall.m.Outbox.select()] == ["", ""]  # booked, called
    ev = sms_hall.m.Event.select().order_by(sms_hall.m.Event.seq.desc()).get()
    assert (ev.type, ev.data) == ("personal_data_erased", counts)


def test_a_reminder_goes_two_hours_before_once(sms_hall: Hall, smsc: SmppServer) -> None:
    code = sms_hall.book("B", at("10:00"), phone="0901234567", language="zh_TW")[0]["code"]
    sms_hall.book("B", at("08:00"), phone="0907654321")  # inside the window: no reminder
    sms_hall.clock.set(at("07:59"))
    assert sms_hall.queue_reminders() == 0
    sms_hall.clock.set(at("08:00"))
    assert sms_hall.queue_reminders() == 1
    assert sms_hall.queue_reminders() == 0  # once
    sender = Sender(sms_hall)
    try:
        assert sender.step() == 3
    finally:
        sender.stop()
    assert smsc.texts()[-1] == f"預約提醒：今天10:00辦理新裝用電。預約碼：{code}。"
