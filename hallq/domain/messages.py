"""Messages to the customer: what each says in four languages, its states, and the retry rule.

A message is written to the hall's outbox in the same commit as the change that causes it
(a booking, a call); a sender outside the command path delivers it. The states:

    pending -> sending -> sent (-> delivered, from the operator's receipt)
                       -> pending again after a failure, at the next try (BACKOFF)
                       -> failed after the last try
    sending, found after a crash -> uncertain (SMS: never sent twice; a webhook is sent
                                   again with the same Idempotency-Key)
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

AHEAD_NOTICE = 3  # "3 people ahead of you": sent once, when a ticket reaches this
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15),
           timedelta(minutes=60))  # the waits between tries; after the last, failed
REMINDER_BEFORE = timedelta(hours=2)  # an appointment's reminder goes this long before


class MessageState(enum.StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    UNCERTAIN = "uncertain"


TEXTS: dict[str, dict[str, str]] = {
    "booked": {
        "vi": "Đã đặt lịch {service} lúc {time} ngày {date}. Mã: {code}. "
              "Đến trước 15 phút và nhập mã tại máy lấy số.",
        "zh_CN": "已预约{service}，{date} {time}。预约码：{code}。请提前15分钟到达，"
                 "在取号机输入预约码。",
        "zh_TW": "已預約{service}，{date} {time}。預約碼：{code}。請提前15分鐘到達，"
                 "在取號機輸入預約碼。",
        "en": "Booked: {service} at {time} on {date}. Code: {code}. Come 15 minutes early "
              "and type the code at the ticket kiosk."},
    "reminder": {
        "vi": "Nhắc lịch hẹn: {service} lúc {time} hôm nay. Mã: {code}.",
        "zh_CN": "预约提醒：今天{time}办理{service}。预约码：{code}。",
        "zh_TW": "預約提醒：今天{time}辦理{service}。預約碼：{code}。",
        "en": "Reminder: {service} at {time} today. Code: {code}."},
    "ahead": {
        "vi": "Số {number}: còn {ahead} người trước bạn. Vui lòng quay lại sảnh.",
        "zh_CN": "{number}号：您前面还有{ahead}人，请回到大厅等候。",
        "zh_TW": "{number}號：您前面還有{ahead}人，請回到大廳等候。",
        "en": "Ticket {number}: {ahead} people ahead of you. Please come back to the hall."},
    "called": {
        "vi": "Mời số {number} đến quầy {counter}.",
        "zh_CN": "请{number}号到{counter}号窗口。",
        "zh_TW": "請{number}號到{counter}號窗口。",
        "en": "Ticket {number}, please go to counter {counter}."},
    "test": {
        "vi": "Tin nhắn thử của {hall}.",
        "zh_CN": "{hall}的测试短信。",
        "zh_TW": "{hall}的測試簡訊。",
        "en": "A test message from {hall}."},
}


def render(kind: str, language: str, **fields: object) -> str:
    """The message's text in the customer's language (Vietnamese where it has none)."""
    texts = TEXTS[kind]
    return texts.get(language, texts["vi"]).format(**fields)


def next_try(attempts: int, now: datetime) -> datetime | None:
    """When to try again after `attempts` failed tries; None once they are used up."""
    if attempts > len(BACKOFF):
        return None
    return now + BACKOFF[attempts - 1]
