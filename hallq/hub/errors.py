"""The one table from the rules' kinds of refusal to HTTP statuses, and the error body."""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

from hallq.domain import (
    DomainError,
    Forbidden,
    InvalidInput,
    Locked,
    NotFound,
    Unauthenticated,
    Unavailable,
)

# Most specific first; a plain DomainError is a command the hall's current state refuses.
STATUS: tuple[tuple[type[DomainError], int], ...] = (
    (InvalidInput, 422),
    (NotFound, 404),
    (Unauthenticated, 401),
    (Forbidden, 403),
    (Locked, 423),
    (Unavailable, 503),
    (DomainError, 409),
)


def status_of(exc: DomainError) -> int:
    return next(status for kind, status in STATUS if isinstance(exc, kind))


def error_response(status: int, code: str, message: str,
                   details: dict[str, Any] | None = None) -> JSONResponse:
    """Every refusal the hub answers has this body: {"error": {"code", "message"}}, and
    "details" where the rule gives some (e.g. the next free slots)."""
    body: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        body["details"] = details
    return JSONResponse(status_code=status, content={"error": body})


def domain_error_response(exc: DomainError) -> JSONResponse:
    return error_response(status_of(exc), exc.code, exc.message, exc.details)
