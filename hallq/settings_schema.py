"""The device settings file's one declared schema: a pydantic model per [section], each
setting with its type, default, range and help (the help is the sample file's comment).

Strict: a TOML value is never coerced ("3" is not 3, true is not 1, 2.0 is not 2); a whole
number is taken where a number is asked for. hallq.settings reads the file, validates it with
`SettingsFile` and turns each pydantic error into a sentence naming the file's line.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict

from hallq.domain import LANGUAGES
from hallq.wire import Language

assert get_args(Language) == LANGUAGES  # the kiosk's default buttons are in this order

_TIME_OF_DAY = r"\A(?:([01]\d|2[0-3]):[0-5]\d)\Z"  # (matched whole, like re.fullmatch)
_TIME_LOOKS: JsonDict = {"looks_like": "a time of day like 02:00"}
_HUB_URL = r"\A(?:https?://[^\s/]+(:\d+)?/?)\Z"
_HUB_LOOKS: JsonDict = {"looks_like": "an address like http://192.168.1.10:8470"}


class Section(BaseModel):
    """A [section]: unknown keys refused, values never coerced, patterns matched whole."""

    model_config = ConfigDict(extra="forbid", strict=True, regex_engine="python-re")


class DeviceSection(Section):
    hub: str = Field(default="http://127.0.0.1:8470", description="the hub's URL",
                     pattern=_HUB_URL, json_schema_extra=_HUB_LOOKS)
    token: str = Field(default="", description="this device's token from `hallq device add`")
    counter: int = Field(default=0, ge=0, le=99,
                         description="the counter this device belongs to (0: none)")
    language: Language = Field(default="vi", description="interface language")
    fullscreen: bool = Field(default=True, description="open the window full screen")


class KioskSection(Section):
    idle_timeout_s: int = Field(default=45, ge=5, le=3600, description="seconds before the "
                                "kiosk returns to its default language and start screen")
    result_s: int = Field(default=12, ge=2, le=120,
                          description="seconds the issued number stays on screen")
    languages: list[Language] = Field(default=list(get_args(Language)),
                                      description="language buttons shown")
    supervisor_pin_exit: bool = Field(default=True, description="leaving full screen needs a "
                                      "supervisor PIN")


class PrinterSection(Section):
    kind: Literal["none", "network", "usb", "serial", "file", "pdf"] = Field(
        default="none", description="ticket printer")
    host: str = Field(default="", description="network printer address")
    port: int = Field(default=9100, ge=1, le=65535, description="network printer port")
    device: str = Field(default="", description="serial device or file path")
    baudrate: int = Field(default=38400, ge=1200, le=921600, description="serial speed")
    vendor_id: str = Field(default="", description="USB vendor id, e.g. 0x04b8")
    product_id: str = Field(default="", description="USB product id, e.g. 0x0202")
    path: str = Field(default="", description="folder or file for kind = pdf / file")
    profile: str = Field(default="TM-T20II", description="python-escpos printer profile")


class DisplaySection(Section):
    recent_calls: int = Field(default=6, ge=1, le=20,
                              description="calls listed under the latest one")
    highlight_s: int = Field(default=8, ge=1, le=60,
                             description="seconds a new call is highlighted")


class VoiceSection(Section):
    enabled: bool = Field(default=True, description="announce calls aloud")
    volume: float = Field(default=0.9, ge=0.0, le=1.0, allow_inf_nan=False,
                          description="announcement volume 0.0-1.0")
    languages: list[Literal["vi", "zh", "en", "zh_CN", "zh_TW"]] = Field(
        default=[], description="languages to announce in (empty: the hall's)")
    chime: bool = Field(default=True, description="play a chime before each announcement")


class KeypadSection(Section):
    rating_timeout_s: int = Field(default=30, ge=5, le=600,
                                  description="seconds to wait for a rating")
    thanks_s: int = Field(default=4, ge=1, le=60,
                          description="seconds the thank-you screen stays")
    photo_dir: str = Field(default="", description="folder of staff photos named by staff "
                           "code, e.g. NV01.jpg (empty: initials instead of photos)")


class HubSection(Section):
    db: str = Field(default="", description="hall database (empty: in the user data folder)")
    host: str = Field(default="127.0.0.1",
                      description="address to listen on (0.0.0.0 for the LAN)")
    port: int = Field(default=8470, ge=1, le=65535, description="port to listen on")
    backup_dir: str = Field(default="",
                            description="nightly backups (empty: next to the database)")
    backup_keep_days: int = Field(default=14, ge=1, le=3650,
                                  description="days of nightly backups kept")
    backup_time: str = Field(default="01:30", description="when the nightly backup runs "
                             "(HH:MM)", pattern=_TIME_OF_DAY, json_schema_extra=_TIME_LOOKS)


class SyncSection(Section):
    dsn: str = Field(default="",
                     description="head office database, e.g. postgresql://user@host/db")
    time: str = Field(default="02:00", description="when the nightly sync's window starts "
                      "(HH:MM, hall time)",
                      pattern=_TIME_OF_DAY, json_schema_extra=_TIME_LOOKS)
    enabled: bool = Field(default=False, description="sync with head office every night")
    retry_minutes: list[Annotated[int, Field(ge=0, le=1440)]] = Field(
        default=[1, 5, 15, 60], description="waits between retries (each drawn between "
        "half and one and a half of it)")
    window_minutes: int = Field(
        default=120, ge=0, le=1440, description="the sync runs at a minute of this window "
        "after `time` fixed by the hall's code (head office's window replaces both once "
        "the hall has synced)")


class CentralSection(Section):
    dsn: str = Field(default="", description="head office's database for `hallq central` "
                     "(its owner), e.g. postgresql://postgres@host/hallq_central")
    report_work_mem_mb: int = Field(default=64, ge=4, le=4096, description="memory (MB) "
                                    "each sort and hash of the central report may use")


class LogSection(Section):
    dir: str = Field(default="", description="log folder (empty: in the user data folder)")
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", description="how much to log")
    keep_files: int = Field(default=7, ge=1, le=100, description="rotated log files kept")


class SettingsFile(BaseModel):
    """The whole file: every section optional (pydantic copies each default), unknown sections
    refused. A role reads only its own sections."""

    model_config = ConfigDict(extra="forbid")

    device: DeviceSection = DeviceSection()
    kiosk: KioskSection = KioskSection()
    printer: PrinterSection = PrinterSection()
    display: DisplaySection = DisplaySection()
    voice: VoiceSection = VoiceSection()
    keypad: KeypadSection = KeypadSection()
    hub: HubSection = HubSection()
    sync: SyncSection = SyncSection()
    central: CentralSection = CentralSection()
    log: LogSection = LogSection()


def _sections() -> dict[str, type[Section]]:
    out: dict[str, type[Section]] = {}
    for name, f in SettingsFile.model_fields.items():
        assert isinstance(f.annotation, type) and issubclass(f.annotation, Section), name
        out[name] = f.annotation
    return out


# Every section by name, in the file's order: its model (whose fields are its settings).
SCHEMA = _sections()
