"""The words the windows use for cases and complaints (status, source, level, outcome) and
how a due date reads, in the window's language; shared by the supervisor's page and the
counter's own list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

LATE = QColor("#b00020")  # overdue: red, as the case page and the report mark it


def _t(text: str) -> str:
    return QCoreApplication.translate("Aftercare", text)


def case_status(key: str) -> str:
    return {"received": _t("Received"), "in_progress": _t("In progress"),
            "waiting_customer": _t("Waiting for the customer"), "done": _t("Done"),
            "refused": _t("Refused")}.get(key, key)


def complaint_source(key: str) -> str:
    return {"note": _t("Counter note"), "rating": _t("Unsatisfied rating"),
            "customer": _t("Customer's page")}.get(key, key)


def complaint_level(level: int, is_open: bool = True, outcome: str | None = None) -> str:
    """Where a complaint stands: with its owner, the supervisor, head office, or closed."""
    if not is_open:
        return outcome_name(outcome or "")
    return (_t("Owner"), _t("Supervisor"), _t("Head office"))[max(0, min(level, 2))]


def outcome_name(key: str) -> str:
    return {"resolved": _t("Resolved"), "partly_resolved": _t("Partly resolved"),
            "unfounded": _t("Unfounded")}.get(key, key or _t("Closed"))


OUTCOMES = ("resolved", "partly_resolved", "unfounded")
STATUSES = ("received", "in_progress", "waiting_customer", "done", "refused")


def due_text(iso: str, overdue: bool) -> str:
    """dd/mm/yyyy, with "overdue" after it when it is."""
    d = date.fromisoformat(iso)
    text = f"{d.day:02d}/{d.month:02d}/{d.year}"
    return _t("{due} — overdue").format(due=text) if overdue else text
