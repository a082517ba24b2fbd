"""Hub routes for the daily report: GET /api/report (PDF) and /api/report.csv (no Qt)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Header, Query
from fastapi.responses import Response

from hallq.domain import Forbidden, InvalidInput, Unauthenticated, queue
from hallq.report.labels import LANGS
from hallq.store.database import Store

MANAGERS = ("supervisor", "admin")


def _check_device(hall: Any, authorization: str) -> None:
    device = hall.device(authorization.removeprefix("Bearer ").strip())
    if device is None:
        raise Unauthenticated("unauthorized", "Unknown or revoked device token.")
    if device.role not in MANAGERS:
        raise Forbidden("forbidden", f"A {device.role} device cannot print the daily "
                          "report; use the supervisor's device.")


def _day(hall: Any, text: str | None) -> date:
    if not text:
        return queue.business_day(hall.now(), hall.info)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("bad_date", f"{text!r} is not a date; write it as YYYY-MM-DD.") from None


def _lang(conf: Any, lang: str | None) -> str:
    if not lang:
        from hallq.report.pdf import default_language
        return default_language(conf)
    if lang not in LANGS:
        raise InvalidInput("bad_language", f"Unknown language {lang!r}; one of: "
                          f"{', '.join(LANGS)}.")
    return lang


def make(hall: Any, day: date, lang: str | None, kind: str) -> tuple[bytes, str]:
    """(file bytes, language used). Reads through its own read-only connection, so a
    report never waits for, nor blocks, the hub's writes."""
    # reportlab loads here, at the first report, not when the hub starts
    from hallq.report.pdf import build, report_csv, report_pdf
    if lang:
        _lang(None, lang)  # refuse a bad language before any work
    store = Store(hall.store.path, readonly=True)
    try:
        figs, conf = build(store, day)
    finally:
        store.close()
    used = _lang(conf, lang)
    data = report_pdf(figs, conf, used) if kind == "pdf" else report_csv(figs, conf, used)
    return data, used


def router(hall: Any) -> APIRouter:
    r = APIRouter()

    # Plain `def`: FastAPI runs it on a worker thread, so the event stream keeps flowing
    # while a report renders.
    @r.get("/api/report")
    def report(date: str | None = Query(None), lang: str | None = Query(None),
               authorization: str = Header("")) -> Response:
        _check_device(hall, authorization)
        day = _day(hall, date)
        data, used = make(hall, day, lang, "pdf")
        name = f"report-{hall.info.code}-{day.isoformat()}-{used}.pdf"
        return Response(data, media_type="application/pdf",
                        headers={"Content-Disposition": f'inline; filename="{name}"'})

    @r.get("/api/report.csv")
    def report_csv_route(date: str | None = Query(None), lang: str | None = Query(None),
                         authorization: str = Header("")) -> Response:
        _check_device(hall, authorization)
        day = _day(hall, date)
        data, used = make(hall, day, lang, "csv")
        name = f"report-{hall.info.code}-{day.isoformat()}-{used}.csv"
        return Response(data, media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    return r
