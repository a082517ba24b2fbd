"""What the counter says when a complaint is opened there: its number and due date."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from hallq.tickets.case_receipt import day_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("CounterComplaints", text)


def _filled(text: str, complaint: dict[str, Any], lang: str) -> str:
    due = day_text(date.fromisoformat(complaint["due"]), lang)
    return text.replace("%1", complaint["number"]).replace("%2", due)


def note_complaint_text(reply: dict[str, Any], lang: str) -> str | None:
    """After a complaint note: the complaint it opened, or the one the visit already had
    (None: the note is about no complaint)."""
    complaint = reply.get("complaint")
    if not complaint:
        return None
    if (reply.get("note") or {}).get("complaint") == complaint["number"]:
        return _filled(_tr("Complaint %1 opened, due by %2."), complaint, lang)
    return _filled(_tr("Note saved. This visit already has complaint %1, due by %2."),
                   complaint, lang)


def rated_complaint(ev: dict[str, Any], tickets: dict[int, dict], counter: int | None,
                    staff: str | None) -> dict[str, Any] | None:
    """The complaint an unsatisfied rating at this counter just opened for this clerk."""
    k = (ev.get("data") or {}).get("complaint") or {}
    if ev.get("type") != "complaint_opened" or ev.get("replay") or not staff or \
            k.get("source") != "rating" or k.get("owner") != staff:
        return None
    ticket = tickets.get(k.get("ticket_id")) or {}
    return k if counter is not None and ticket.get("counter") == counter else None


def rating_text(complaint: dict[str, Any], lang: str) -> str:
    return _filled(_tr("The customer was not satisfied: complaint %1 opened, due by %2."),
                   complaint, lang)
