"""The hall display as a web page the hub serves, for a smart TV's browser (live over /ws)."""

from __future__ import annotations

import html
from functools import lru_cache

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse

from hallq.hub.auth import device_for_token
from hallq.hub.context import HubDep
from hallq.hub.permissions import by_query_token, device_may
from hallq.paths import resources_dir

router = APIRouter()

_BAD_TOKEN = ("Màn hình này chưa được ghép với máy chủ. · 此显示屏未与服务器配对。 · "
              "This display is not paired with the hall server.")
_HOW = ("Mở /display?token=… với token của một thiết bị hiển thị "
        "(hallq device add display). · Open /display?token=… with a display device's token "
        "(hallq device add display).")


@lru_cache(maxsize=1)
def _page() -> str:
    return (resources_dir() / "web" / "display.html").read_text(encoding="utf-8")


def _error_page(status: int) -> HTMLResponse:
    body = (f"<!doctype html><html><head><meta charset='utf-8'><title>hallq</title></head>"
            f"<body style='font-family:sans-serif;font-size:2em;margin:2em;"
            f"background:#0b1f3a;color:#fff'><p>{html.escape(_BAD_TOKEN)}</p>"
            f"<p style='font-size:.6em'>{html.escape(_HOW)}</p></body></html>")
    return HTMLResponse(body, status_code=status)


# GET /display?token=T: the page; it reads /api/state and follows /ws with that token.
@router.get("/display", response_class=HTMLResponse, include_in_schema=True,
            dependencies=[Depends(by_query_token("display.page"))])
async def display_page(hub: HubDep, token: str = Query("", max_length=200)) -> HTMLResponse:
    device = device_for_token(hub.hall, token)
    if device is None:
        return _error_page(401)
    if not device_may(device, "display.page"):
        return _error_page(403)
    return HTMLResponse(_page(), headers={"Cache-Control": "no-store"})
