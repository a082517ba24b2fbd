"""Command bodies: declared once, validated by the hub, built by the client."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal, TypeVar, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
)

from hallq.domain import (
    LANGUAGES,
)


# ---------------------------------------------------------------- command bodies
class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


B = TypeVar("B", bound=Body)


class Malformed(ValueError):
    """A command body that its declared model refuses; the message names the field."""


def malformed_message(errors: Sequence[Mapping[str, Any]]) -> str:
    """The hub's and the client's one wording of a refused body: its first error."""
    first = errors[0] if errors else {}
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"Malformed request: {where}: {first.get('msg')}"


def encode(model: type[B], fields: Mapping[str, Any]) -> dict[str, Any]:
    """A command's body as JSON, through the same model the hub validates it with."""
    try:
        return model.model_validate(dict(fields)).model_dump(mode="json")
    except ValidationError as exc:
        raise Malformed(malformed_message(exc.errors())) from None


class IssueBody(Body):
    service: str = Field(min_length=1, max_length=1)
    priority: str = ""
    customer_code: str = Field("", max_length=40)
    language: str = "vi"


class LoginBody(Body):
    code: str = Field(min_length=1, max_length=20)
    pin: str = Field(min_length=1, max_length=20)
    counter: int | None = None


class TransferBody(Body):
    to_service: str | None = None
    to_counter: int | None = None
    note: str = Field("", max_length=500)


class ReasonBody(Body):
    reason: str = Field("", max_length=200)


class CallBody(Body):
    ticket_id: int
    reason: str = Field(min_length=1, max_length=200)


class RateBody(Body):
    ticket_id: int
    choice: str | None = None
    reasons: list[str] = []


class NoteBody(Body):
    ticket_id: int
    kind: str = "request"
    category: str = Field("", max_length=80)
    text: str = Field("", max_length=2000)
    follow_up: bool = False


Language = Literal["vi", "zh_CN", "zh_TW", "en"]
assert set(get_args(Language)) == set(LANGUAGES)  # one list of languages, said twice here


class BookBody(Body):
    """A booking: the service, the slot's start (ISO 8601; without an offset, hall time)."""

    service: str = Field(min_length=1, max_length=1)
    start: datetime
    phone: str = Field("", max_length=20)
    name: str = Field("", max_length=80)
    language: Language = "vi"


class MoveBody(Body):
    start: datetime


class CheckInBody(Body):
    language: Language | None = None


class FaultBody(Body):
    code: str = Field(min_length=1, max_length=40)
    message: str = Field("", max_length=500)


class UnlockBody(Body):
    code: str = Field(min_length=1, max_length=20)
    pin: str = Field(min_length=1, max_length=20)


class AckBody(Body):
    alert_id: str = Field(min_length=1, max_length=120)
    kind: str = Field(min_length=1, max_length=40)
    text: str = Field("", max_length=500)


class OpenCaseBody(Body):
    """The visit (ticket) a clerk turns into a case; its owner (default: the clerk)."""

    ticket_id: int = Field(ge=1, le=2**63 - 1)
    owner: str | None = Field(None, min_length=1, max_length=12)
    phone: str = Field("", max_length=20)


class CaseStatusBody(Body):
    status: Literal["received", "in_progress", "waiting_customer", "done", "refused"]
    reason: str = Field("", max_length=300)


class CaseOwnerBody(Body):
    owner: str = Field(min_length=1, max_length=12)


class CaseCheckInBody(Body):
    """A customer back about a case: its number (with the receipt QR's key when scanned),
    or the phone the case was opened with; the ticket's language."""

    number: str = Field("", max_length=20)
    key: str = Field("", max_length=40)
    phone: str = Field("", max_length=20)
    language: Language | None = None


class ComplaintBody(Body):
    """A complaint a clerk or supervisor opens by hand: its owner (default: the caller),
    cause, the visit or case it is about, and the customer's words."""

    owner: str | None = Field(None, min_length=1, max_length=12)
    cause: str = Field("", max_length=40)
    ticket_id: int | None = Field(None, ge=1, le=2**63 - 1)
    case: str | None = Field(None, min_length=1, max_length=20)
    text: str = Field("", max_length=1000)


class ComplaintOwnerBody(Body):
    owner: str = Field(min_length=1, max_length=12)


class ComplaintCauseBody(Body):
    cause: str = Field(min_length=1, max_length=40)


class ComplaintCloseBody(Body):
    """Closing a complaint: its outcome and how it was answered (both required)."""

    outcome: Literal["resolved", "partly_resolved", "unfounded"]
    text: str = Field(max_length=1000)


class NoticeBody(Body):
    """A notice to the hall's customers: its text per language (the hall checks the
    languages, the length and that one at least is given), its start and end (without an
    offset: the hall's local time)."""

    text: dict[str, str] = Field(max_length=len(LANGUAGES) + 4)
    starts_at: datetime
    ends_at: datetime
