"""The page a ticket's QR code opens: where that ticket stands now (no token needed)."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path
from fastapi.responses import HTMLResponse

from hallq.domain import TicketState, queue
from hallq.hall.service import Hall
from hallq.hub.context import HubDep
from hallq.hub.permissions import public

router = APIRouter()

_STATE_TEXT = {
    TicketState.WAITING: ("Đang chờ", "等候中", "Waiting"),
    TicketState.CALLED: ("Mời đến quầy", "请到窗口", "Please go to the counter"),
    TicketState.SERVING: ("Đang phục vụ", "办理中", "Being served"),
    TicketState.DONE: ("Đã phục vụ xong", "已办结", "Served"),
    TicketState.NO_SHOW: ("Vắng mặt khi gọi", "过号", "Missed the call"),
    TicketState.TRANSFERRED: ("Đã chuyển", "已转办", "Transferred"),
    TicketState.CANCELLED: ("Đã hủy", "已取消", "Cancelled"),
}


Part = Annotated[str, Path(max_length=40)]


@router.get("/t/{hall_code}/{day}/{number}", response_class=HTMLResponse,
            dependencies=[Depends(public("ticket.page"))])
async def ticket_position(hall_code: Part, day: Part, number: Part,
                          hub: HubDep) -> HTMLResponse:
    return HTMLResponse(ticket_page(hub.hall, hall_code, day, number))


def ticket_page(hall: Hall, hall_code: str, day: str, number: str) -> str:
    """Where a ticket stands now, in Vietnamese, Chinese and English; refreshes itself."""
    with hall.lock:
        legs = [t for t in hall.state.tickets.values()
                if t.day.isoformat() == day and t.number == number.upper()]
        now: datetime = hall.now()
        if hall_code != hall.info.code or not legs:
            body = "<p>Không tìm thấy số này · 未找到此号码 · Ticket not found</p>"
        else:
            t = max(legs, key=lambda t: t.leg)
            vi, zh, en = _STATE_TEXT[t.state]
            lines = [f"<h1>{html.escape(t.number)}</h1>",
                     f"<p class=s>{vi} · {zh} · {en}</p>"]
            if t.state == TicketState.WAITING:
                ahead, eta = queue.estimate(hall.state, t.service, now, probe=t)
                mins = "—" if eta is None else f"{round(eta)}"
                lines.append(f"<p>Số người trước bạn · 前面 · Ahead: <b>{ahead}</b></p>")
                lines.append(f"<p>Chờ khoảng · 约 · About: <b>{mins}</b> phút · 分钟 · min</p>")
            elif t.counter is not None and t.state in (TicketState.CALLED, TicketState.SERVING):
                lines.append(f"<p>Quầy · 窗口 · Counter <b>{t.counter}</b></p>")
            body = "\n".join(lines)
        name = html.escape(hall.info.name)
    return f"""<!doctype html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="15"><title>{html.escape(number)} · {name}</title>
<style>body{{font-family:sans-serif;text-align:center;font-size:1.3em;margin:2em}}
h1{{font-size:4em;margin:.2em}} .s{{font-size:1.4em}}</style></head>
<body><p>{name}</p>{body}</body></html>"""
