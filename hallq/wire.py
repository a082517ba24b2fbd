"""The one encoder and decoder of what crosses the wire between the hub and its clients:
command bodies (declared once, validated by the hub, built by the client), replies, the
hall's set-up and tickets as JSON, and the event stream's messages.

Qt-free and peewee-free: the hub and `ui/client.py` both import it.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Annotated, Any, Literal, TypeVar, get_args
from zoneinfo import ZoneInfo

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from hallq.domain import (
    LANGUAGES,
    DeviceRole,
    Event,
    HallInfo,
    InvalidInput,
    Priority,
    StaffRole,
    Ticket,
    TicketState,
    jsonable,
)

__all__ = ["jsonable"]  # domain's encoder is the wire's: dataclasses, enums, dates -> JSON


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


# ---------------------------------------------------------------- set-up: one schema each
# The hall's set-up commands (REST, CLI, head office's pull, the supervisor window) all
# validate through these. Strict: JSON's own types only, so "5" is not an hour (a string
# hour once stopped every business-day computation of the hall).
Language = Literal["vi", "zh_CN", "zh_TW", "en"]
assert set(get_args(Language)) == set(LANGUAGES)  # one list of languages, said twice here
Key = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z][a-z0-9_]*$")]
Prefix = Annotated[str, Field(pattern=r"^[A-Z]$")]


def plain_text(v: Any) -> Any:
    """A text stripped as Python strips (as the hall does: "\x1c" is blank), and refused if
    it holds a control character, which would garble a display or command a printer."""
    if isinstance(v, str):
        v = v.strip()
        if not v.isprintable():
            raise ValueError("has a control character")
    return v


class Setup(Body):
    model_config = ConfigDict(extra="forbid", strict=True)

    @field_validator("*", mode="before")
    @classmethod
    def _plain(cls, v: Any) -> Any:
        return plain_text(v)


S = TypeVar("S", bound=Setup)


class RatingChoiceSetup(Setup):
    key: Key
    score: int = Field(ge=0, le=10)
    color: str = Field(pattern=r"^#[0-9a-fA-F]{6}$")
    low: bool = False


class HallSetup(Setup):
    code: str = Field(min_length=1, max_length=20, pattern=r"^[A-Za-z0-9_-]+$")
    name: str = Field(min_length=1, max_length=120)
    timezone: str = Field(min_length=1, max_length=60)
    day_start_hour: int = Field(ge=0, le=12)
    languages: list[Language] = Field(min_length=1, max_length=len(LANGUAGES))
    message: str = Field(max_length=300)
    footer: str = Field(max_length=200)
    recalls_before_no_show: int = Field(ge=0, le=10)
    rating_timeout_s: int = Field(ge=5, le=600)
    pin_max_failures: int = Field(ge=1, le=20)
    pin_lock_minutes: int = Field(ge=1, le=240)
    rating_choices: list[RatingChoiceSetup] = Field(min_length=2, max_length=6)
    rating_reasons: list[Key] = Field(max_length=12)
    idle_alert_min: int = Field(ge=0, le=240)  # 0: never
    pause_alert_min: int = Field(ge=0, le=480)

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except Exception:  # ValueError, ZoneInfoNotFoundError, IsADirectoryError ...
            raise ValueError(f"unknown time zone {v!r}") from None
        return v

    @field_validator("languages", "rating_reasons")
    @classmethod
    def _distinct(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v):
            raise ValueError("an entry is listed twice")
        return v

    @field_validator("rating_choices")
    @classmethod
    def _distinct_keys(cls, v: list[RatingChoiceSetup]) -> list[RatingChoiceSetup]:
        if len({c.key for c in v}) != len(v):
            raise ValueError("a key is listed twice")
        return v


class ServiceSetup(Setup):
    prefix: Prefix
    names: dict[Language, Annotated[str, BeforeValidator(plain_text), Field(max_length=80)]]
    target_wait_min: int = Field(ge=1, le=240)
    typical_service_min: float = Field(ge=0.1, le=240, allow_inf_nan=False)
    active: bool
    kiosk_order: int = Field(ge=0, le=99)
    queue_limit: int = Field(ge=1, le=999)


class CounterSetup(Setup):
    number: int = Field(ge=1, le=99)
    name: str = Field(min_length=1, max_length=60)
    # Which prefixes the hall knows, and that none is listed twice, the hall checks.
    services: list[Prefix] = Field(min_length=1, max_length=26)


class StaffSetup(Setup):
    code: str = Field(min_length=1, max_length=12, pattern=r"^[A-Z0-9]+$")
    name: str = Field(min_length=1, max_length=80)
    role: Literal["clerk", "supervisor", "admin"]
    pin: str | None = Field(None, pattern=r"^[0-9]{4,8}$")
    active: bool
    photo: str | None = Field(None, max_length=300_000)  # a small data: URL


class DeviceBody(Setup):
    """A device to pair (POST /api/devices, `hallq device add`)."""

    role: Literal["kiosk", "counter", "display", "keypad", "supervisor", "admin"]
    counter: int | None = Field(None, ge=1, le=99)
    name: str = Field("", max_length=60)


assert set(get_args(StaffSetup.model_fields["role"].annotation)) == set(StaffRole)
assert set(get_args(DeviceBody.model_fields["role"].annotation)) == set(DeviceRole)
DeviceSetup = DeviceBody  # the route's body keeps the name its OpenAPI has always had

# A refused field keeps the stable code it had before the schemas (the windows translate
# it); any other field's refusal is "malformed". The message names the field either way.
SETUP_CODES = {"prefix": "bad_prefix", "code": "bad_code", "pin": "bad_pin", "role": "bad_role",
               "languages": "bad_language", "names": "bad_language", "number": "bad_counter",
               "counter": "bad_counter", "timezone": "bad_setting",
               "day_start_hour": "bad_setting", "target_wait_min": "bad_number",
               "typical_service_min": "bad_number", "queue_limit": "bad_number",
               "kiosk_order": "bad_number"}


def check_setup(model: type[S], data: Mapping[str, Any]) -> S:
    """`data` as a valid `model`, or InvalidInput naming the first wrong field."""
    try:
        return model.model_validate(dict(data))
    except ValidationError as exc:
        errors = exc.errors()
        loc = errors[0]["loc"] if errors else ()
        code = SETUP_CODES.get(str(loc[0]), "malformed") if loc else "malformed"
        if loc and loc[0] == "names" and "[key]" not in loc:
            code = "malformed"  # a name too long; "bad_language" is for a name's language
        message = malformed_message(errors)
        if code == "bad_language":  # the one wording the hall has always used for these
            what = "Service names" if loc[0] == "names" else "Languages"
            message = f"{what} are {', '.join(LANGUAGES)}."
        raise InvalidInput(code, message) from None


def malformed_field(message: str) -> str | None:
    """The field a refusal's message names (the inverse of malformed_message): "names.vi",
    "day_start_hour"; None for a message that names none."""
    head, sep, rest = message.partition(": ")
    if head != "Malformed request" or not sep:
        return None
    where = rest.partition(": ")[0]
    parts = [p for p in where.split(".") if p and p != "body"]
    return ".".join(parts) or None


# ---------------------------------------------------------------- values
def ticket_from_json(d: dict[str, Any]) -> Ticket:
    """Inverse of jsonable for a Ticket."""

    def dt(v: str | None) -> datetime | None:
        return datetime.fromisoformat(v) if v else None

    return Ticket(
        id=d["id"],
        day=date.fromisoformat(d["day"]),
        number=d["number"],
        service=d["service"],
        arrival=datetime.fromisoformat(d["arrival"]),
        queued_at=datetime.fromisoformat(d["queued_at"]),
        priority=Priority(d.get("priority") or ""),
        customer_code=d.get("customer_code") or "",
        language=d.get("language") or "vi",
        state=TicketState(d["state"]),
        leg=d.get("leg", 1),
        parent_id=d.get("parent_id"),
        target_counter=d.get("target_counter"),
        counter=d.get("counter"),
        staff=d.get("staff"),
        called_at=dt(d.get("called_at")),
        recalls=d.get("recalls", 0),
        serving_at=dt(d.get("serving_at")),
        finished_at=dt(d.get("finished_at")),
        eta_min=d.get("eta_min"),
    )


def hall_info_from(d: dict[str, Any]) -> HallInfo:
    fields = {f.name for f in dataclasses.fields(HallInfo)}
    d = {k: v for k, v in d.items() if k in fields}
    for k in ("languages", "rating_choices", "rating_reasons"):
        if k in d:
            d[k] = tuple(d[k])
    return HallInfo(**d)


def event_json(ev: Event) -> dict[str, Any]:
    return {"seq": ev.seq, "type": ev.type, "ts": ev.ts.isoformat(), "day": ev.day.isoformat(),
            "ticket_id": ev.ticket_id, "counter": ev.counter, "staff": ev.staff,
            "data": ev.data}


def row_event_json(r: Any) -> dict[str, Any]:
    return {"seq": r.seq, "type": r.type, "ts": r.ts.isoformat(), "day": r.day.isoformat(),
            "ticket_id": r.ticket_id, "counter": r.counter, "staff": r.staff, "data": r.data}


# ---------------------------------------------------------------- the event stream
def stream_message(text: str | bytes) -> dict[str, Any] | None:
    """One message of /ws as a dict with `events` (a list) and maybe `summary`, `replay`,
    `seq`; None for anything that is not such a message."""
    try:
        msg = json.loads(text)
    except ValueError:
        return None
    if not isinstance(msg, dict) or not isinstance(msg.get("events", []), list):
        return None
    return msg


# ---------------------------------------------------------------- replies, as a client reads them
def reply_from(status: int, raw: bytes) -> tuple[bool, dict[str, Any]]:
    """A hub reply with an HTTP status as (ok, data): a 2xx reply's JSON object, or the
    error object {"code", "message"} of any other (one made up when the hub sent none)."""
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return False, {"code": "bad_reply", "message": "The hub sent a bad reply."}
    if 200 <= status < 300:
        return True, data
    error = data.get("error")
    if isinstance(error, dict) and error:
        return False, error
    return False, {"code": "http_error", "message": f"HTTP {status}"}


def report_reply(status: int, raw: bytes) -> tuple[bool, bytes | dict[str, Any]]:
    """GET /api/report as (True, the PDF's bytes) or (False, an error object); a hub too
    old to have the route answers with the code "report_unavailable"."""
    if status == 200 and raw.startswith(b"%PDF"):
        return True, raw
    try:
        body = json.loads(raw)
    except ValueError:
        body = None
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        error = {}
    # No such route (an older hub): FastAPI's own 404/405, mapped by the hub.
    if status == 405 or (status == 404 and error.get("code") == "not_found"):
        error = {"code": "report_unavailable",
                 "message": "This hub cannot make the daily report yet."}
    return False, error or {"code": "http_error", "message": f"HTTP {status}"}


REFUSALS = {401: "unauthorized", 403: "forbidden"}


def refusal(status: int | None) -> str | None:
    """The error code of a hub that refuses this device (a revoked or mistyped token), from
    the HTTP status of any request; None when the hub accepts it or did not answer."""
    return REFUSALS.get(status) if status is not None else None


def last_sync_success(data: dict[str, Any]) -> tuple[bool, datetime | None]:
    """(sync is set up, time of the last successful sync) from GET /api/sync/status; a time
    without a zone is UTC."""
    configured = bool(data.get("configured", data.get("enabled", True)))
    for key in ("last_success", "last_ok", "last_success_at", "last_synced_at", "last_sync"):
        value = data.get(key)
        if isinstance(value, dict):
            value = value.get("ts") or value.get("at") or value.get("finished")
        if isinstance(value, str) and value:
            try:
                when = datetime.fromisoformat(value)
            except ValueError:
                continue
            if when.tzinfo is None:
                when = datetime.fromisoformat(when.isoformat() + "+00:00")
            return configured, when
    return configured, None
