"""Hub routes for the daily report: GET /api/report (PDF) and /api/report.csv (no Qt)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from hallq.domain import LANGUAGES, InvalidInput, queue
from hallq.hall.service import Hall
from hallq.hub.context import Hub, HubDep
from hallq.hub.permissions import allowed
from hallq.report import pdf
from hallq.store.database import Store

router = APIRouter()


def _day(hall: Hall, text: str | None) -> date:
    # Its own code, bad_date, since before the other routes' days were typed (hub.params).
    if not text:
        return queue.business_day(hall.now(), hall.info)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("bad_date", f"{text!r} is not a date; write it as YYYY-MM-DD.") from None


def _check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise InvalidInput("bad_language", f"Unknown language {lang!r}; one of: "
                           f"{', '.join(LANGUAGES)}.")
    return lang


def make(hall: Hall, day: date, lang: str | None, kind: str) -> tuple[bytes, str]:
    """(file bytes, language used). Reads through its own read-only connection, so a
    report never waits for, nor blocks, the hub's writes."""
    if lang:
        _check_lang(lang)  # refuse a bad language before any work
    store = Store(hall.store.path, readonly=True)
    try:
        figs, conf = pdf.build(store, day)
    finally:
        store.close()
    used = lang or pdf.default_language(conf)
    data = pdf.report_pdf(figs, conf, used) if kind == "pdf" else pdf.report_csv(figs, conf, used)
    return data, used


def _file(hub: Hub, date: str | None, lang: str | None, kind: str) -> tuple[bytes, str]:
    """The report's bytes and its file name."""
    day = _day(hub.hall, date)
    data, used = make(hub.hall, day, lang, kind)
    return data, f"report-{hub.hall.info.code}-{day.isoformat()}-{used}.{kind}"


# Plain `def`: FastAPI runs them on a worker thread, so the event stream keeps flowing
# while a report renders.
@router.get("/api/report", dependencies=[Depends(allowed("report.read"))])
def report(hub: HubDep, date: Annotated[str | None, Query(max_length=40)] = None,
           lang: Annotated[str | None, Query(max_length=10)] = None) -> Response:
    data, name = _file(hub, date, lang, "pdf")
    return Response(data, media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="{name}"'})


@router.get("/api/report.csv", dependencies=[Depends(allowed("report.read"))])
def report_csv_route(hub: HubDep, date: Annotated[str | None, Query(max_length=40)] = None,
                     lang: Annotated[str | None, Query(max_length=10)] = None) -> Response:
    data, name = _file(hub, date, lang, "csv")
    return Response(data, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})

