"""The printed ticket: its data, its words in four languages, and its fonts.

One layout, three outputs, each in its own module:

- ``hallq.tickets.image.render_ticket_image`` — the whole ticket as a 1-bit Pillow image
  (576 px = the 72 mm printable width of 80 mm paper at 203 dpi);
- ``hallq.tickets.escpos.escpos_bytes`` — bytes for a thermal ESC/POS printer;
- ``hallq.tickets.pdf.ticket_pdf`` — an 80 mm wide PDF with real, extractable text.

What a ticket says, in print order, is :func:`ticket_text`; each output only lays it out.
Sending the bytes to a printer is ``hallq.tickets.printers``. Nothing here imports Qt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from hallq.domain import LANGUAGES
from hallq.domain.estimate import shown_range
from hallq.paths import resources_dir

PRIORITIES = ("elderly", "disabled", "pregnant", "appointment")

LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "your_number": "Số thứ tự của bạn",
        "ahead": "Số người chờ trước",
        "wait": "Thời gian chờ dự kiến",
        "wait_value": "≈ {n} phút",
        "wait_range": "thường từ {lo} đến {hi} phút",
        "wait_soon": "sắp đến lượt",
        "opens_at": "bắt đầu lúc {at}",
        "not_known": "chưa xác định",
        "issued": "Giờ lấy số",
        "customer": "Mã khách hàng",
        "scan": "Quét mã để xem lượt của bạn",
        "priority": "Ưu tiên: {what}",
        "elderly": "người cao tuổi",
        "disabled": "người khuyết tật",
        "pregnant": "phụ nữ mang thai",
        "appointment": "khách hẹn trước",
    },
    "zh_CN": {
        "your_number": "您的号码",
        "ahead": "前面等候人数",
        "wait": "预计等候",
        "wait_value": "约 {n} 分钟",
        "wait_range": "一般 {lo}–{hi} 分钟",
        "wait_soon": "即将叫号",
        "opens_at": "{at} 开始办理",
        "not_known": "暂不确定",
        "issued": "取号时间",
        "customer": "客户编号",
        "scan": "扫码查看排队进度",
        "priority": "优先：{what}",
        "elderly": "老年人",
        "disabled": "残障人士",
        "pregnant": "孕妇",
        "appointment": "预约客户",
    },
    "zh_TW": {
        "your_number": "您的號碼",
        "ahead": "前面等候人數",
        "wait": "預計等候",
        "wait_value": "約 {n} 分鐘",
        "wait_range": "一般 {lo}–{hi} 分鐘",
        "wait_soon": "即將叫號",
        "opens_at": "{at} 開始辦理",
        "not_known": "暫不確定",
        "issued": "取號時間",
        "customer": "客戶編號",
        "scan": "掃碼查看排隊進度",
        "priority": "優先：{what}",
        "elderly": "長者",
        "disabled": "身心障礙者",
        "pregnant": "孕婦",
        "appointment": "預約客戶",
    },
    "en": {
        "your_number": "Your number",
        "ahead": "People ahead",
        "wait": "Estimated wait",
        "wait_value": "≈ {n} min",
        "wait_range": "usually {lo}–{hi} min",
        "wait_soon": "very soon",
        "opens_at": "opens at {at}",
        "not_known": "not known yet",
        "issued": "Issued",
        "customer": "Customer code",
        "scan": "Scan to follow your turn",
        "priority": "Priority: {what}",
        "elderly": "elderly",
        "disabled": "disabled",
        "pregnant": "pregnant",
        "appointment": "appointment",
    },
}

_LANGUAGE_ALIASES = {
    "vi_vn": "vi", "zh": "zh_CN", "zh_hans": "zh_CN", "zh_sg": "zh_CN",
    "zh_hant": "zh_TW", "zh_hk": "zh_TW", "zh_mo": "zh_TW", "en_us": "en", "en_gb": "en",
}


@dataclass
class TicketPrint:
    """Everything printed on one ticket. Texts arrive already in the customer's language."""

    hall_name: str
    number: str
    service_name: str
    issued_at: datetime
    ahead: int
    eta_minutes: int | None  # None: not known (no counter serving it is open)
    qr_payload: str
    footer: str = ""
    language: str = "vi"
    service_name_alt: str | None = None
    priority: str | None = None
    customer_code: str | None = None
    opens_at: str | None = None  # "HH:MM" the service opens, when eta is None and it is known
    # the hub's range around the estimate, (low, high) minutes (10th–90th percentile); what
    # is printed of it is hallq.domain.estimate.shown_range's, see wait_range_text
    eta_range: tuple[float, float] | None = None


def wait_text(t: TicketPrint) -> str:
    """The estimated wait as printed: minutes, "very soon", when the service opens, or "not
    known yet" — never "0 minutes" for a service nobody serves yet."""
    lang = t.language
    if t.eta_minutes is None:
        return label(lang, "opens_at", at=t.opens_at) if t.opens_at else label(lang, "not_known")
    if t.eta_minutes < 1:
        return label(lang, "wait_soon")
    return label(lang, "wait_value", n=t.eta_minutes)


def wait_range_text(t: TicketPrint) -> str | None:
    """The range printed small under the wait ("usually 4–9 min"), by the one rule every
    screen uses (`shown_range`); None (nothing printed) without a range, for a turn under a
    minute away, when it rounds to one number, or when there is no estimate."""
    low, high = t.eta_range or (None, None)
    shown = shown_range(t.eta_minutes, low, high)
    if shown is None:
        return None
    return label(t.language, "wait_range", lo=shown[0], hi=shown[1])


def normalize_language(language: str) -> str:
    """Map "zh-Hans", "zh_TW", "vi-VN"... onto one of LANGUAGES; unknown codes become "en"."""
    key = (language or "").replace("-", "_")
    if key in LABELS:
        return key
    low = key.lower()
    for code in LANGUAGES:
        if code.lower() == low:
            return code
    return _LANGUAGE_ALIASES.get(low, _LANGUAGE_ALIASES.get(low.split("_")[0], "en"))


def label(language: str, key: str, **fmt: object) -> str:
    text = LABELS[normalize_language(language)][key]
    return text.format(**fmt) if fmt else text


def mask_customer_code(code: str) -> str:
    """Show only the tail of a customer code or phone: "0903123456" -> "****3456"."""
    code = "".join(code.split())
    if not code:
        return ""
    visible = 4 if len(code) >= 8 else 2 if len(code) >= 4 else 0
    return "****" + (code[-visible:] if visible else "")


def format_issued(issued_at: datetime, language: str) -> str:
    if normalize_language(language).startswith("zh"):
        return issued_at.strftime("%Y-%m-%d  %H:%M")
    return issued_at.strftime("%H:%M  %d/%m/%Y")


def priority_text(t: TicketPrint) -> str | None:
    if not t.priority:
        return None
    lang = normalize_language(t.language)
    what = LABELS[lang].get(t.priority, t.priority)
    return label(lang, "priority", what=what)


@dataclass(frozen=True)
class TicketRow:
    """A label on the left and its value on the right; `large` values are the figures a
    customer looks for (people ahead, wait), the others are printed smaller. A `note` is
    printed small under the value, right-aligned (the wait's range), when there is one."""

    label: str
    value: str
    large: bool
    note: str | None = None


@dataclass(frozen=True)
class TicketText:
    """What a ticket says below its service name, in its customer's language, in print order:
    the caption over the number, the priority mark, the rows, the caption under the QR code."""

    your_number: str
    priority: str | None
    rows: tuple[TicketRow, ...]
    scan: str


def ticket_text(t: TicketPrint) -> TicketText:
    lang = t.language
    rows = [TicketRow(label(lang, "issued"), format_issued(t.issued_at, lang), False),
            TicketRow(label(lang, "ahead"), str(t.ahead), True),
            TicketRow(label(lang, "wait"), wait_text(t), True, wait_range_text(t))]
    if t.customer_code:
        rows.append(TicketRow(label(lang, "customer"), mask_customer_code(t.customer_code),
                              False))
    return TicketText(label(lang, "your_number"), priority_text(t), tuple(rows),
                      label(lang, "scan"))


def nfc(text: str) -> str:
    """Vietnamese typed on some keyboards arrives decomposed; fonts and printers want NFC."""
    return unicodedata.normalize("NFC", text or "")


# Chinese characters (CJK radicals to unified ideographs, compatibility ideographs) and
# full-width forms: the text needs the CJK font. One expression: the daily report asks it
# of every table cell.
_CJK_CLASS = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
CJK = re.compile(f"[{_CJK_CLASS}]")


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None


# Pieces of a string: CJK characters; letters of other scripts (Latin, Vietnamese); and
# what belongs to no script (digits, spaces, punctuation, symbols, combining marks).
PIECE = re.compile(f"[{_CJK_CLASS}]+|(?:(?![{_CJK_CLASS}])[^\\W\\d_])+|(?:(?![{_CJK_CLASS}])[\\W\\d_])+")
LETTER = re.compile(f"(?![{_CJK_CLASS}])[^\\W\\d_]")


def font_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """The string as (run, font kind) pieces, in order: see _font_runs."""
    return list(_font_runs(text, bold))


@lru_cache(maxsize=8192)  # a report asks it of the same cells (a service, a name) again and again
def _font_runs(text: str, bold: bool = False) -> tuple[tuple[str, str], ...]:
    """The string as (run, font kind) pieces, in order: CJK characters (and CJK punctuation,
    full-width forms) in "cjk", letters of any other script in "sans" ("sans-bold" if bold).
    WenQuanYi Micro Hei draws ờ as ớ and ỡ as õ: no Vietnamese letter is drawn in it, also
    in a string with Chinese ("Nguyễn Văn Lời · 日报"). Digits, spaces and punctuation go
    with the run before them (else the one after: "约 12 分钟" is one CJK run); a string
    with no Chinese is one run ("12,5", "Lời")."""
    latin = "sans-bold" if bold else "sans"
    if not has_cjk(text):  # the common case, fast
        return ((text, latin),) if text else ()
    pieces = [(m.group(), "cjk" if CJK.match(m.group()) else latin if LETTER.match(m.group())
               else "") for m in PIECE.finditer(text)]
    out: list[tuple[str, str]] = []
    for i, (piece, kind) in enumerate(pieces):
        if not kind:  # no script: the run before, else the next one with a script
            kind = out[-1][1] if out else next((k for _, k in pieces[i + 1:] if k), "cjk")
        if out and out[-1][1] == kind:
            out[-1] = (out[-1][0] + piece, kind)
        else:
            out.append((piece, kind))
    return tuple(out)


# ---------------------------------------------------------------- fonts

FONT_FILES: dict[str, tuple[str, ...]] = {
    # kind -> file names, best first; each is looked for in every font directory
    "sans": ("DejaVuSans.ttf", "arial.ttf", "Arial.ttf"),
    "sans-bold": ("DejaVuSans-Bold.ttf", "arialbd.ttf", "Arial Bold.ttf"),
    "cjk": ("wqy-microhei.ttc", "msyh.ttc", "simsun.ttc"),
}
SYSTEM_FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/truetype/wqy",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/wqy-microhei",
    "C:/Windows/Fonts",
    "/Library/Fonts",
    "/System/Library/Fonts/Supplemental",
)


def font_dirs() -> list[Path]:
    """Where fonts are looked for: the app's own resources/fonts first, then the system's."""
    dirs = [resources_dir() / "fonts"]
    dirs.extend(Path(d) for d in SYSTEM_FONT_DIRS)
    return dirs


@cache
def find_font(kind: str) -> Path:
    """Path of a TrueType font of this kind: "sans", "sans-bold" or "cjk" (a .ttc, face 0).

    "sans" covers Latin and Vietnamese; "cjk" covers Chinese (its Vietnamese is wrong: see
    font_runs).
    Raises FileNotFoundError naming every place tried.
    """
    if kind not in FONT_FILES:
        raise ValueError(f"unknown font kind {kind!r}; expected one of {sorted(FONT_FILES)}")
    tried = []
    for name in FONT_FILES[kind]:
        for d in font_dirs():
            path = d / name
            tried.append(str(path))
            if path.is_file():
                return path
    raise FileNotFoundError(f"no {kind} font found; tried: {', '.join(tried)}")


def fake_bold(text: str, bold: bool) -> bool:
    """Whether bold must be drawn with a stroke: the CJK font has no bold face (asked of
    one run of font_runs)."""
    return bold and has_cjk(text)


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Split text into lines no wider than width; words for Latin, characters for CJK."""
    lines: list[str] = []
    for para in text.split("\n"):
        tokens: list[str] = []
        for word in para.split(" "):
            if has_cjk(word) and measure(word) > width:
                tokens.extend(word)  # CJK lines may break between any two characters
            else:
                tokens.append(word)
        line = ""
        for tok in tokens:
            sep = "" if (not line or (has_cjk(tok) and has_cjk(line[-1]))) else " "
            candidate = line + sep + tok
            if line and measure(candidate) > width:
                lines.append(line)
                line = tok
            else:
                line = candidate
        lines.append(line)
    return lines


def sample_ticket(hall_name: str = "Điện lực Quận 3", footer: str = "Hotline 19001006",
                  language: str = "vi") -> TicketPrint:
    """A realistic ticket for `hallq printer test` and for the documentation."""
    zh = normalize_language(language).startswith("zh")
    service = {"vi": "Thanh toán tiền điện", "zh_CN": "缴纳电费", "zh_TW": "繳納電費",
               "en": "Pay a bill"}[normalize_language(language)]
    return TicketPrint(
        hall_name=hall_name,
        number="A027" if zh else "A001",
        service_name=service,
        service_name_alt="Pay a bill" if language == "vi" else "Thanh toán tiền điện",
        issued_at=datetime(2025, 3, 12, *((9, 40) if zh else (7, 31)), tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
        ahead=3 if zh else 0,
        eta_minutes=12 if zh else 0,
        eta_range=(8.6, 17.4) if zh else None,  # zh: "一般 9–17 分钟" under "约 12 分钟"
        priority=None if zh else "elderly",
        customer_code="PE01000012345",
        qr_payload=f"http://192.168.1.10:8080/t/q3/2025-03-12/{'A027' if zh else 'A001'}",
        footer=footer,
        language=language,
    )
