"""The page a ticket's QR code opens: where that ticket stands now, in the ticket's language
with a switcher (no token needed)."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import HTMLResponse, StreamingResponse

from hallq.domain import LANGUAGES, NotFound, Ticket, TicketState
from hallq.domain.estimate import estimate_range, shown_range
from hallq.hall.service import Hall
from hallq.hub.complaint_page import ticket_section
from hallq.hub.context import HubDep
from hallq.hub.notice_block import notices_html
from hallq.hub.page_changes import RELOAD_SCRIPT, changes
from hallq.hub.page_shell import BASE_CSS, NAV_CSS, lang_nav, shell
from hallq.hub.permissions import public
from hallq.hub.routes.indices import questions_form

router = APIRouter()

# One language at a time: the ticket's own (the one its customer chose at the kiosk), or the
# one picked with the switcher (?lang=); each switcher link shows its language's own name.
_STATE_TEXT: dict[TicketState, dict[str, str]] = {
    TicketState.WAITING: {"vi": "Đang chờ", "zh_CN": "等候中", "zh_TW": "等候中",
                          "en": "Waiting"},
    TicketState.CALLED: {"vi": "Mời đến quầy", "zh_CN": "请到窗口", "zh_TW": "請到窗口",
                         "en": "Please go to the counter"},
    TicketState.SERVING: {"vi": "Đang phục vụ", "zh_CN": "办理中", "zh_TW": "辦理中",
                          "en": "Being served"},
    TicketState.DONE: {"vi": "Đã phục vụ xong", "zh_CN": "已办结", "zh_TW": "已辦結",
                       "en": "Served"},
    TicketState.NO_SHOW: {"vi": "Vắng mặt khi gọi", "zh_CN": "过号", "zh_TW": "過號",
                          "en": "Missed the call"},
    TicketState.TRANSFERRED: {"vi": "Đã chuyển", "zh_CN": "已转办", "zh_TW": "已轉辦",
                              "en": "Transferred"},
    TicketState.CANCELLED: {"vi": "Đã hủy", "zh_CN": "已取消", "zh_TW": "已取消",
                            "en": "Cancelled"},
}
_TEXT: dict[str, dict[str, str]] = {
    "ahead": {"vi": "Số người trước bạn: {n}", "zh_CN": "前面等候：{n} 人",
              "zh_TW": "前面等候：{n} 人", "en": "People ahead of you: {n}"},
    "wait": {"vi": "Chờ khoảng {n} phút", "zh_CN": "约等候 {n} 分钟", "zh_TW": "約等候 {n} 分鐘",
             "en": "About {n} min"},
    "range": {"vi": "Thường từ {lo} đến {hi} phút", "zh_CN": "一般 {lo}–{hi} 分钟",
              "zh_TW": "一般 {lo}–{hi} 分鐘", "en": "Usually {lo}–{hi} min"},
    "soon": {"vi": "Sắp đến lượt bạn", "zh_CN": "即将叫到您", "zh_TW": "即將叫到您",
             "en": "Your turn is very soon"},
    "opens": {"vi": "Dịch vụ bắt đầu lúc {at}", "zh_CN": "本业务 {at} 开始办理",
              "zh_TW": "本業務 {at} 開始辦理", "en": "This service opens at {at}"},
    "unknown": {"vi": "Chưa xác định được thời gian chờ", "zh_CN": "等候时间暂不确定",
                "zh_TW": "等候時間暫不確定", "en": "The wait is not known yet"},
    "counter": {"vi": "Quầy {n}", "zh_CN": "{n} 号窗口", "zh_TW": "{n} 號窗口",
                "en": "Counter {n}"},
    "not_found": {"vi": "Không tìm thấy số này", "zh_CN": "未找到此号码",
                  "zh_TW": "未找到此號碼", "en": "Ticket not found"},
}
# The shell's column, centred: the number large, the state below it, the forms as written.
_STYLE = BASE_CSS + NAV_CSS + """main{text-align:center}nav{justify-content:center}
.hall{color:#555;margin:14px 0 0}h1{font-size:72px;margin:4px 0;letter-spacing:2px}
.s{font-size:26px;margin:6px 0}.r{color:#555;font-size:16px;margin-top:-8px}
section{text-align:left;margin-top:18px}
"""


Part = Annotated[str, Path(max_length=40)]
Lang = Annotated[str, Query(max_length=10)]


@router.get("/t/{hall_code}/{day}/{number}", response_class=HTMLResponse,
            dependencies=[Depends(public("ticket.page"))])
async def ticket_position(hall_code: Part, day: Part, number: Part,
                          hub: HubDep, lang: Lang = "",
                          said: Annotated[str, Query(max_length=20)] = "") -> HTMLResponse:
    return HTMLResponse(ticket_page(hub.hall, hall_code, day, number, lang, said))


@router.get("/t/{hall_code}/{day}/{number}/events",
            dependencies=[Depends(public("ticket.page"))])
async def ticket_changes(hall_code: Part, day: Part, number: Part, hub: HubDep,
                         lang: Lang = "") -> StreamingResponse:
    """Server-sent events: "changed" whenever the page would read differently (the page
    reloads then; nothing polls)."""
    hall = hub.hall
    with hall.lock:
        known = hall_code == hall.info.code and any(
            t.day.isoformat() == day and t.number == number.upper()
            for t in hall.state.tickets.values())
    if not known:  # nothing to follow: no stream left open for a ticket nobody has
        raise NotFound("unknown_ticket", "There is no such ticket today.")

    return changes(hub.bus, lambda: ticket_page(hall, hall_code, day, number, lang))


def _t(key: str, lang: str, **values: object) -> str:
    return html.escape(_TEXT[key][lang].format(**values))


def _wait(hall: Hall, t: Ticket, now: datetime, lang: str) -> list[str]:
    e = estimate_range(hall.state, t.service, now, t.priority, t)
    lines = [f"<p>{_t('ahead', lang, n=e.ahead)}</p>"]
    if e.eta_min is None:  # no counter serving it is open: never "0 minutes"
        line = hall.summary().get(t.service)
        opens = line["opens_at"] if line is not None else None
        lines.append(f"<p><b>{_t('opens', lang, at=opens) if opens else _t('unknown', lang)}"
                     "</b></p>")
    elif round(e.eta_min) < 1:
        lines.append(f"<p><b>{_t('soon', lang)}</b></p>")
    else:
        lines.append(f"<p><b>{_t('wait', lang, n=round(e.eta_min))}</b></p>")
        shown = shown_range(e.eta_min, e.low_min, e.high_min)
        if shown is not None:  # 8 customers in 10 are called within it
            lines.append(f"<p class=r>{_t('range', lang, lo=shown[0], hi=shown[1])}</p>")
    return lines


def ticket_page(hall: Hall, hall_code: str, day: str, number: str, lang: str = "",
                said: str = "") -> str:
    """Where a ticket stands now, in one language (the ticket's, or the one chosen with the
    switcher); the hub tells it when to read again (server-sent events, no polling)."""
    with hall.lock:
        legs = [t for t in hall.state.tickets.values()
                if t.day.isoformat() == day and t.number == number.upper()]
        now: datetime = hall.now()
        found = hall_code == hall.info.code and bool(legs)
        t = max(legs, key=lambda t: t.leg) if found else None
        if lang not in LANGUAGES:
            lang = t.language if t is not None and t.language in LANGUAGES else \
                (hall.info.languages or LANGUAGES)[0]
        if t is None:
            body = f"<p>{_t('not_found', lang)}</p>"
        else:
            lines = [f"<h1>{html.escape(t.number)}</h1>",
                     f"<p class=s>{html.escape(_STATE_TEXT[t.state][lang])}</p>"]
            if t.state == TicketState.WAITING:
                lines += _wait(hall, t, now, lang)
            elif t.counter is not None and t.state in (TicketState.CALLED, TicketState.SERVING):
                lines.append(f"<p class=s><b>{_t('counter', lang, n=t.counter)}</b></p>")
            if t.state == TicketState.DONE:  # the satisfaction questions, once it is over
                lines.append(questions_form(hall, f"/t/{hall_code}/{day}/{t.number}/answers",
                                            lang, hall.answered_indices(t.id), said))
                lines.append(ticket_section(hall, t.id, f"/t/{hall_code}/{day}/{t.number}"
                                            "/complaint", lang, said))  # once, after
            body = "\n".join(lines)
        name = html.escape(hall.info.name)
        notes = notices_html(hall, lang)  # the hall's notices in force, at the top
    here = html.escape(f"/t/{hall_code}/{day}/{number}")
    reload = RELOAD_SCRIPT.format(here=here, lang=lang)  # live: a change reloads it
    return shell(lang, f"{html.escape(number)} · {name}", _STYLE, lang_nav(lang, here),
                 f"<p class=hall>{name}</p>{body}\n{reload}", top=notes)
