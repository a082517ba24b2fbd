"""The hall's set-up: one strict schema per resource, and the refusal naming the field."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Annotated, Any, Literal, TypeVar, get_args
from zoneinfo import ZoneInfo

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from hallq.domain import (
    LANGUAGES,
    DeviceRole,
    InvalidInput,
    StaffRole,
)
from hallq.wire.bodies import Body, Language, malformed_message

# ---------------------------------------------------------------- set-up: one schema each
# The hall's set-up commands (REST, CLI, head office's pull, the supervisor window) all
# validate through these. Strict: JSON's own types only, so "5" is not an hour (a string
# hour once stopped every business-day computation of the hall).
Key = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z][a-z0-9_]*$")]
Prefix = Annotated[str, Field(pattern=r"^[A-Z]$")]
ClockTime = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]  # "HH:MM"
IsoDay = Annotated[str, Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]


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
    # Added in schema 3 with defaults, so a set-up written before them still passes.
    opening_hours: list[Annotated[list[ClockTime], Field(min_length=2, max_length=2)]] = Field(
        default=[["07:30", "11:30"], ["13:30", "17:00"]], min_length=1, max_length=4)
    open_weekdays: list[Annotated[int, Field(ge=1, le=7)]] = Field(
        default=[1, 2, 3, 4, 5], min_length=1, max_length=7)
    holidays: list[IsoDay] = Field(default=[], max_length=60)

    @field_validator("opening_hours")
    @classmethod
    def _periods(cls, v: list[list[str]]) -> list[list[str]]:
        ends = [t for period in v for t in period]
        if ends != sorted(ends) or any(a == b for a, b in v):
            raise ValueError("opening periods must each start before they end, in order of "
                             "the day, without overlapping")
        return v

    @field_validator("holidays")
    @classmethod
    def _days(cls, v: list[str]) -> list[str]:
        for d in v:
            try:
                date.fromisoformat(d)
            except ValueError:
                raise ValueError(f"{d!r} is not a date (YYYY-MM-DD)") from None
        return v

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except Exception:  # ValueError, ZoneInfoNotFoundError, IsADirectoryError ...
            raise ValueError(f"unknown time zone {v!r}") from None
        return v

    @field_validator("languages", "rating_reasons", "open_weekdays", "holidays")
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


class AppointmentPlanSetup(Setup):
    """A service's appointments: customers per slot (0: none), slot length, tickets a day
    the phone page may take (0: none)."""

    service: Prefix
    capacity: int = Field(ge=0, le=50)
    slot_min: int = Field(default=15, ge=5, le=240)
    phone_daily_limit: int = Field(default=0, ge=0, le=999)


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


class MessagingSetup(Setup):
    """How the hall reaches its customers: none, SMS over SMPP 3.4, or an HTTPS webhook (the
    way Zalo OA and WeChat template messages are reached), and how long phone numbers stay."""

    channel: Literal["none", "smpp", "webhook"] = "none"
    smpp_host: str = Field("", max_length=120)
    smpp_port: int = Field(2775, ge=1, le=65535)
    smpp_system_id: str = Field("", max_length=16)  # SMPP 3.4: at most 15 characters + NUL
    smpp_password: str = Field("", max_length=9)  # SMPP 3.4: at most 8 + NUL
    smpp_source_addr: str = Field("", max_length=20)
    webhook_url: str = Field("", max_length=500, pattern=r"^(https?://[^\s]+)?$")
    # The body sent, with $phone, $text, $language, $kind and $id replaced (JSON-escaped).
    webhook_body: str = Field('{"to": "$phone", "text": "$text", "lang": "$language"}',
                              max_length=2000)
    webhook_token: str = Field("", max_length=200)  # sent as "Authorization: Bearer ..."
    reminders: bool = True
    # Days a phone number is kept after the visit or booking it belongs to is over.
    retention_days: int = Field(7, ge=0, le=365)


class CaseTypeSetup(Setup):
    """A service's case type: its name, due time in working days, what to bring."""

    service: Prefix
    name: dict[Language, Annotated[str, BeforeValidator(plain_text), Field(max_length=80)]]
    due_working_days: int = Field(default=5, ge=0, le=120)
    bring: dict[Language, Annotated[str, BeforeValidator(plain_text),
                                    Field(max_length=300)]] = {}


class ComplaintCauseSetup(Setup):
    """One complaint cause: its key and its name per language."""

    key: Key
    name: dict[Language, Annotated[str, BeforeValidator(plain_text),
                                   Field(min_length=1, max_length=80)]] = Field(min_length=1)


class ComplaintCausesSetup(Setup):
    """The hall's complaint causes, in the order the windows list them (the whole list: a
    cause left out is no longer offered; complaints already given it keep it)."""

    causes: list[ComplaintCauseSetup] = Field(min_length=1, max_length=40)

    @field_validator("causes")
    @classmethod
    def _distinct_causes(cls, v: list[ComplaintCauseSetup]) -> list[ComplaintCauseSetup]:
        if len({c.key for c in v}) != len(v):
            raise ValueError("a key is listed twice")
        return v


class SatisfactionIndexSetup(Setup):
    """One satisfaction index: its key and the question the customer reads, per language."""

    key: Key
    question: dict[Language, Annotated[str, BeforeValidator(plain_text),
                                       Field(min_length=1, max_length=200)]] = Field(
        min_length=1)


class SatisfactionIndicesSetup(Setup):
    """The hall's satisfaction indices, in the order the pages ask them (the whole list:
    an index left out is no longer asked; its past answers stay in the reports)."""

    # 14: the longest set of indicators a utility in the field uses
    indices: list[SatisfactionIndexSetup] = Field(max_length=14)

    @field_validator("indices")
    @classmethod
    def _distinct(cls, v: list[SatisfactionIndexSetup]) -> list[SatisfactionIndexSetup]:
        if len({i.key for i in v}) != len(v):
            raise ValueError("a key is listed twice")
        return v
