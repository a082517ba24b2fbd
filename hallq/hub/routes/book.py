"""The booking page (GET /book) and the QR code of a booking, for a phone; no token needed."""

from __future__ import annotations

import io
from typing import Annotated

import qrcode
import qrcode.image.svg
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from hallq.hub.book_page import LANGS, page
from hallq.hub.context import HubDep
from hallq.hub.permissions import public

router = APIRouter()


def language_of(asked: str | None, accept: str, hall_languages: tuple[str, ...]) -> str:
    """?lang= first, then the phone's own language, then the hall's first language."""
    if asked in LANGS:
        return asked
    for part in accept.split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("zh"):
            return "zh_TW" if any(x in tag for x in ("tw", "hk", "hant", "mo")) else "zh_CN"
        if tag[:2] in ("vi", "en"):
            return tag[:2]
    return next((lang for lang in hall_languages if lang in LANGS), "vi")


@router.get("/book", response_class=HTMLResponse, dependencies=[Depends(public("booking.page"))])
async def booking_page(request: Request, hub: HubDep,
                       lang: Annotated[str | None, Query(max_length=8)] = None,
                       code: Annotated[str, Query(max_length=12)] = "") -> HTMLResponse:
    chosen = language_of(lang, request.headers.get("accept-language", ""),
                         hub.hall.info.languages)
    clean = "".join(ch for ch in code.upper() if ch.isascii() and ch.isalnum())
    return HTMLResponse(page(chosen, hub.hall.info.name, clean))


@router.get("/book/qr/{code}.svg", dependencies=[Depends(public("booking.page"))])
async def booking_qr(code: Annotated[str, Path(min_length=1, max_length=12,
                                               pattern=r"^[A-Za-z0-9]+$")]) -> Response:
    """The booking's code as a QR: a kiosk's scanner types it back at check-in."""
    img = qrcode.make(code.upper(), image_factory=qrcode.image.svg.SvgPathImage, box_size=10)
    out = io.BytesIO()
    img.save(out)
    return Response(out.getvalue(), media_type="image/svg+xml")
