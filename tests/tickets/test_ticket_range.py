"""The wait's range on the printed ticket: "thường từ 4 đến 9 phút" / "一般 4–9 分钟", small
under the big estimate, by the one rule every screen uses (`shown_range`); without a range
the ticket prints exactly what it printed before."""

from __future__ import annotations

import pytest
from PIL import Image

from hallq.tickets.escpos import escpos_bytes
from hallq.tickets.image import MARGIN, NOTE_SIZE, Runs, TicketCanvas, note_size, pil_font
from hallq.tickets.kiosk import ticket_print
from hallq.tickets.layout import LANGUAGES, ticket_text, wrap
from hallq.tickets.pdf import ticket_pdf
from tests.tickets.test_tickets import (
    parse_escpos,
    pdf_text_and_fonts,
    raster_picture,
    ticket,
)

SERVICES = {"vi": "Thanh toán tiền điện", "zh_CN": "缴纳电费", "zh_TW": "繳納電費", "en": "Pay a bill"}
RANGE = {"vi": "thường từ 4 đến 9 phút", "zh_CN": "一般 4–9 分钟", "zh_TW": "一般 4–9 分鐘",
         "en": "usually 4–9 min"}
WIDTHS = {"TM-T20II": 576, "ZJ-5870": 384}  # 80 mm and 58 mm paper

# What the ticket printed before the range, line by line (PDF text): it must stay exactly so.
TODAY = {
    "vi": ["Điện lực Quận 3", "Thanh toán tiền điện", "Pay a bill", "Số thứ tự của bạn", "A023",
           "Ưu tiên: phụ nữ mang thai", "Giờ lấy số 09:10  12/03/2025", "Số người chờ trước 38",
           "Thời gian chờ dự kiến ≈ 6 phút", "Mã khách hàng ****3456",
           "Quét mã để xem lượt của bạn", "Giờ làm việc 7:30–17:00 · Hotline", "19001006"],
    "zh_CN": ["Điện lực Quận 3", "缴纳电费", "Pay a bill", "您的号码", "A023", "优先：孕妇",
              "取号时间 2025-03-12  09:10", "前面等候人数 38", "预计等候 约 6 分钟",
              "客户编号 ****3456", "扫码查看排队进度", "Giờ làm việc 7:30–17:00 · Hotline",
              "19001006"],
}


def issued(lang: str, eta_range: tuple[float, float] | None = (4.4, 8.6), eta: int | None = 6,
           **changes):
    """The ticket of an estimate of 6.2 min, 10th–90th percentile 4.4–8.6 min."""
    return ticket(language=lang, service_name=SERVICES[lang], eta_minutes=eta,
                  eta_range=eta_range, **changes)


def pdf_lines(t) -> list[str]:
    return pdf_text_and_fonts(ticket_pdf(t))[0].splitlines()


def picture(t, profile: str) -> Image.Image:
    return raster_picture(parse_escpos(escpos_bytes(t, profile=profile)))


def drawn_line(text: str, width: int) -> Image.Image:
    """The line as the printer draws it under the wait: small, right-aligned, one line."""
    c = TicketCanvas(width)
    c.text(text, note_size(text, width), align="right")
    return c.render()


def find_strip(big: Image.Image, strip: Image.Image) -> int | None:
    """The row where `strip` (as wide as `big`) is printed in `big`, pixel for pixel."""
    assert big.width == strip.width
    want = strip.tobytes()
    for y in range(big.height - strip.height + 1):
        if big.crop((0, y, big.width, y + strip.height)).tobytes() == want:
            return y
    return None


def without_rows(img: Image.Image, y: int, h: int) -> Image.Image:
    out = Image.new("1", (img.width, img.height - h), 1)
    out.paste(img.crop((0, 0, img.width, y)), (0, 0))
    out.paste(img.crop((0, y + h, img.width, img.height)), (0, y))
    return out


# ---------------------------------------------------------------- what the words say


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_range_is_a_small_note_under_the_wait(lang):
    rows = ticket_text(issued(lang)).rows
    wait = rows[2]
    assert (wait.value, wait.note) == ({"vi": "≈ 6 phút", "zh_CN": "约 6 分钟", "zh_TW": "約 6 分鐘",
                                        "en": "≈ 6 min"}[lang], RANGE[lang])
    assert [r.note for r in rows if r is not wait] == [None] * (len(rows) - 1)


@pytest.mark.parametrize(("changes", "why"), [
    ({"eta_range": None}, "a hub that sends no range"),
    ({"eta_range": (5.6, 6.4)}, "a range that rounds to one number"),
    ({"eta": 0, "eta_range": (0.0, 1.4)}, "a turn under a minute away: very soon"),
    ({"eta": None, "eta_range": (4.4, 8.6), "opens_at": "07:30"}, "no counter open"),
])
def test_no_range_is_printed_when_the_rule_shows_none(changes, why):
    assert ticket_text(issued("vi", **changes)).rows[2].note is None, why


# ---------------------------------------------------------------- the PDF


@pytest.mark.parametrize("lang", ["vi", "zh_CN"])
def test_pdf_prints_the_range_on_its_own_line_under_the_estimate(lang):
    lines = pdf_lines(issued(lang))
    wait = TODAY[lang].index(next(s for s in TODAY[lang] if s.endswith(("6 phút", "6 分钟"))))
    assert lines == TODAY[lang][:wait + 1] + [RANGE[lang]] + TODAY[lang][wait + 1:]


@pytest.mark.parametrize("lang", ["vi", "zh_CN"])
def test_pdf_without_a_range_prints_exactly_todays_lines(lang):
    assert pdf_lines(issued(lang, eta_range=None)) == TODAY[lang]
    assert pdf_lines(issued(lang, eta_range=(5.6, 6.4))) == TODAY[lang]


# ---------------------------------------------------------------- ESC/POS, both paper widths


@pytest.mark.parametrize("profile", WIDTHS)
@pytest.mark.parametrize("lang", ["vi", "zh_CN"])
def test_escpos_prints_the_range_line_and_nothing_else_changes(lang, profile):
    width = WIDTHS[profile]
    with_range, without = picture(issued(lang), profile), picture(issued(lang, None), profile)
    assert with_range.width == without.width == width
    line = drawn_line(RANGE[lang], width)
    y = find_strip(with_range, line)
    assert y is not None, f"{RANGE[lang]!r} is not printed"
    assert find_strip(without, line) is None
    # the ticket with the range is the ticket without it plus exactly this one line
    assert without_rows(with_range, y, line.height).tobytes() == without.tobytes()


@pytest.mark.parametrize("profile", WIDTHS)
@pytest.mark.parametrize("lang", ["vi", "zh_CN"])
def test_escpos_without_a_range_is_byte_for_byte_todays(lang, profile):
    today = escpos_bytes(issued(lang, None), profile=profile)
    for hidden in ((5.6, 6.4), (6.0, 6.0)):  # round to one number: nothing to add
        assert escpos_bytes(issued(lang, hidden), profile=profile) == today
    assert escpos_bytes(issued(lang), profile=profile) != today


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS.values())
def test_a_long_range_stays_on_one_line_on_58_and_80_mm(lang, width):
    text = ticket_text(issued(lang, (120.0, 240.0), 180)).rows[2].note
    assert text is not None and "120" in text and "240" in text
    size = note_size(text, width)
    assert wrap(text, width - 2 * MARGIN, Runs(text, size).length) == [text]
    assert 20 <= size <= NOTE_SIZE < 48  # still smaller than the estimate's figure
    if width == 576:
        assert size == NOTE_SIZE
    elif lang == "vi":  # at NOTE_SIZE it would wrap on 58 mm: drawn a little smaller
        assert size < NOTE_SIZE
        assert len(wrap(text, width - 2 * MARGIN, pil_font("sans", NOTE_SIZE).getlength)) == 2


# ---------------------------------------------------------------- the kiosk


REPLY = {"ticket": {"number": "A007", "service": "A", "arrival": "2026-11-23T02:31:00+00:00",
                    "priority": "", "customer_code": ""},
         "ahead": 4, "eta_min": 6.2, "eta_low_min": 4.4, "eta_high_min": 8.6, "opens_at": None,
         "qr": "http://hub/t/A007"}
SNAPSHOT = {"hall": {"name": "H", "languages": ["vi"]},
            "services": [{"prefix": "A", "names": {"vi": "Thanh toán", "zh_CN": "缴纳电费"}}]}


@pytest.mark.parametrize("lang", ["vi", "zh_CN"])
def test_the_kiosk_prints_the_range_the_hub_sends(lang):
    t = ticket_print(REPLY, SNAPSHOT, lang)
    assert (t.eta_minutes, t.eta_range) == (6, (4.4, 8.6))
    assert ticket_text(t).rows[2].note == RANGE[lang]
    assert RANGE[lang] in pdf_lines(t)


def test_a_reply_without_a_range_prints_none():
    old_hub = {k: v for k, v in REPLY.items() if k not in ("eta_low_min", "eta_high_min")}
    t = ticket_print(old_hub, SNAPSHOT, "vi")
    assert (t.eta_minutes, t.eta_range) == (6, None)
    assert ticket_text(t).rows[2].note is None
    nulls = ticket_print(REPLY | {"eta_low_min": None, "eta_high_min": None}, SNAPSHOT, "vi")
    assert nulls.eta_range is None
