"""The day's figures of what happens beyond the hall's walls — appointments, check-ins,
no-shows, tickets taken from phones, messages sent and failed — for the supervisor's window
and the daily report, and the report's table of them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from peewee import fn

from hallq.domain.appointments import LATE, AppointmentState
from hallq.report.tables import Section

KEYS = ("booked", "checked_in", "no_shows", "cancelled", "phone_tickets")


def _empty() -> dict[str, int]:
    return dict.fromkeys(KEYS, 0)


def online_figures(store: Any, day: date, now: datetime, timezone: str) -> dict[str, Any]:
    """Per service and in all: booked (not cancelled), checked in, no-shows (booked, never
    checked in, LATE past the slot by `now`), cancelled, tickets from phones; messages by
    state; the day's visits. `day` is hall-local."""
    zone = ZoneInfo(timezone)
    start = datetime.combine(day, time(0), zone)
    m = store.m
    if not store.db.table_exists("appointment"):  # an older file, opened read-only
        return {"date": day.isoformat(), "services": {}, "total": dict.fromkeys(KEYS, 0),
                "visits": 0, "messages": {}}
    by_service: dict[str, dict[str, int]] = {}
    for a in m.Appointment.select().where(m.Appointment.day == day):
        row = by_service.setdefault(a.service, _empty())
        if a.state == AppointmentState.CANCELLED:
            row["cancelled"] += 1
            continue
        row["booked"] += 1
        if a.state == AppointmentState.CHECKED_IN:
            row["checked_in"] += 1
        elif now > a.start + LATE:
            row["no_shows"] += 1
    # Counted in SQL: the day's tickets are thousands, read as objects they cost a report
    # more than its tables do.
    visits = (m.Ticket.select(fn.COUNT(m.Ticket.number.distinct()))  # a transfer keeps its number
              .where(m.Ticket.day == day).scalar()) or 0
    phones = (m.Contact.select(m.Ticket.service, fn.COUNT(m.Contact.ticket_id))
              .join(m.Ticket, on=(m.Ticket.id == m.Contact.ticket_id))
              .where((m.Ticket.day == day) & m.Contact.token.is_null(False))
              .group_by(m.Ticket.service).tuples())
    for service, n in phones:
        by_service.setdefault(service, _empty())["phone_tickets"] += n
    total = {k: sum(row[k] for row in by_service.values()) for k in KEYS}
    messages: dict[str, int] = {}
    end = start + timedelta(days=1)
    # Times are kept as ISO text with their offset: a wide text range first, then exact.
    for r in m.Outbox.select(m.Outbox.state, m.Outbox.created).where(
            (m.Outbox.created >= start - timedelta(days=1))
            & (m.Outbox.created < end + timedelta(days=1))):
        if start <= r.created < end:
            messages[r.state] = messages.get(r.state, 0) + 1
    return {"date": day.isoformat(), "services": dict(sorted(by_service.items())),
            "total": total, "visits": visits, "messages": messages}


WORDS: dict[str, dict[str, str]] = {
    "title": {"vi": "Lịch hẹn, lấy số qua điện thoại và tin nhắn",
              "zh_CN": "预约、手机取号与消息", "zh_TW": "預約、手機取號與訊息",
              "en": "Appointments, phone tickets and messages"},
    "service": {"vi": "Dịch vụ", "zh_CN": "业务", "zh_TW": "業務", "en": "Service"},
    "booked": {"vi": "Lịch hẹn", "zh_CN": "预约", "zh_TW": "預約", "en": "Booked"},
    "checked_in": {"vi": "Đã đến", "zh_CN": "已签到", "zh_TW": "已簽到", "en": "Checked in"},
    "no_shows": {"vi": "Vắng", "zh_CN": "未到", "zh_TW": "未到", "en": "No-shows"},
    "cancelled": {"vi": "Đã hủy", "zh_CN": "已取消", "zh_TW": "已取消", "en": "Cancelled"},
    "phone_tickets": {"vi": "Số qua điện thoại", "zh_CN": "手机取号", "zh_TW": "手機取號",
                      "en": "Phone tickets"},
    "total": {"vi": "Tổng", "zh_CN": "合计", "zh_TW": "合計", "en": "Total"},
    "messages": {"vi": "Tin nhắn: {sent} đã gửi, {failed} lỗi, {waiting} đang chờ.",
                 "zh_CN": "消息：已发送{sent}条，失败{failed}条，待发送{waiting}条。",
                 "zh_TW": "訊息：已發送{sent}則，失敗{failed}則，待發送{waiting}則。",
                 "en": "Messages: {sent} sent, {failed} failed, {waiting} waiting."},
}


def _w(key: str, lang: str) -> str:
    return WORDS[key].get(lang, WORDS[key]["en"])


def used(data: dict[str, Any]) -> bool:
    """Whether the hall took appointments, phone tickets or messages that day."""
    return bool(data["services"]) or bool(data["messages"])


def online_section(data: dict[str, Any], names: dict[str, str], lang: str) -> Section:
    """One row per service (its name), then the total."""
    header = [_w("service", lang)] + [_w(k, lang) for k in KEYS]
    rows: list[list[Any]] = [[names.get(svc, svc)] + [row[k] for k in KEYS]
                             for svc, row in data["services"].items()]
    if len(rows) > 1:
        rows.append([_w("total", lang)] + [data["total"][k] for k in KEYS])
    return Section("online", header, rows)


def messages_line(data: dict[str, Any], lang: str) -> str:
    msgs = data["messages"]
    return _w("messages", lang).format(
        sent=msgs.get("sent", 0) + msgs.get("delivered", 0),
        failed=msgs.get("failed", 0) + msgs.get("uncertain", 0),
        waiting=msgs.get("pending", 0) + msgs.get("sending", 0))
