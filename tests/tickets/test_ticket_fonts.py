"""A ticket draws its Vietnamese in DejaVu Sans, also in a string with Chinese: WenQuanYi
Micro Hei draws ờ as ớ and ỡ as õ ("Phường" would print as "Phướng")."""

from __future__ import annotations

import io

from PIL import Image, ImageChops, ImageOps
from pypdf import PdfReader

from hallq.tickets.image import MARGIN, TicketCanvas, pil_font
from hallq.tickets.layout import font_runs, sample_ticket
from hallq.tickets.pdf import ticket_pdf

HALL = "Điện lực Phường Bến Thành"


def pieces(data: bytes) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def visit(text: str, cm: object, tm: object, font: dict | None, size: float) -> None:
        if text.strip() and font is not None:
            out.append((text.strip(), str(font["/BaseFont"])))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return out


def test_font_runs_put_chinese_in_the_cjk_font_and_the_rest_in_dejavu() -> None:
    assert font_runs(f"{HALL} · 日报 · 2025年3月12日") == [
        (f"{HALL} · ", "sans"), ("日报 · 2025年3月12日", "cjk")]
    assert font_runs("约 12 分钟", bold=True) == [("约 12 分钟", "cjk")]
    assert font_runs("Nguyễn Văn Lời Ngỡ", bold=True) == [("Nguyễn Văn Lời Ngỡ", "sans-bold")]
    assert font_runs("（组长）Lời") == [("（组长）", "cjk"), ("Lời", "sans")]
    assert font_runs("12,5") == [("12,5", "sans")] and font_runs("") == []


def test_a_chinese_ticket_prints_a_vietnamese_hall_name_in_dejavu() -> None:
    got = pieces(ticket_pdf(sample_ticket(HALL, language="zh_CN")))
    assert (HALL, "/" + got[0][1].split("/")[-1]) == got[0]  # the first line, as written
    assert got[0][1].endswith("+DejaVuSans-Bold")
    assert ("缴纳电费", got[1][1]) == got[1] and "WenQuanYi" in got[1][1]
    assert ("Thanh toán tiền điện", got[2][1]) == got[2] and got[2][1].endswith("+DejaVuSans")
    text = PdfReader(io.BytesIO(ticket_pdf(sample_ticket(HALL, language="zh_CN")))).pages[0]
    assert text.extract_text().splitlines()[0] == HALL


def test_a_hall_name_with_chinese_prints_its_vietnamese_in_dejavu() -> None:
    got = pieces(ticket_pdf(sample_ticket(f"{HALL} 营业厅", footer="Giờ làm việc · 营业时间 7:30",
                                          language="zh_CN")))
    assert got[0][0] == HALL and got[0][1].endswith("+DejaVuSans-Bold")
    assert got[1][0] == "营业厅" and "WenQuanYi" in got[1][1]
    assert got[-2][0] == "Giờ làm việc ·" and got[-2][1].endswith("+DejaVuSans-Bold")
    assert got[-1][0] == "营业时间 7:30" and "WenQuanYi" in got[-1][1]
    assert not [t for t, f in got if "WenQuanYi" in f and any(c in t for c in "ờỡớõaeiouyđ")]


def strip(text: str, bold: bool = False, align: str = "center") -> Image.Image:
    c = TicketCanvas(576)
    c.text(text, 30, bold=bold, align=align)
    return c.render().convert("L")


def ink(img: Image.Image) -> Image.Image:
    """The picture cut to its ink."""
    box = ImageOps.invert(img).getbbox()
    assert box
    return img.crop(box)


def test_the_raster_ticket_draws_o_horn_grave_unlike_o_horn_acute_next_to_chinese() -> None:
    for bold in (False, True):
        for a, b in (("ờ", "ớ"), ("ỡ", "õ"), ("Ờ", "Ớ")):
            one, other = strip(f"L{a}i 营业厅", bold), strip(f"L{b}i 营业厅", bold)
            assert ImageChops.difference(one, other).getbbox(), (a, b, bold)
    # the Vietnamese of a mixed line is drawn as on a line of its own: in DejaVu Sans
    for bold in (False, True):
        word = "Phường Lời Ngỡ"
        mixed, alone = strip(f"{word} 营业厅", bold, "left"), strip(word, bold, "left")
        w = round(pil_font("sans-bold" if bold else "sans", 30).getlength(word))
        left = ink(mixed.crop((0, 0, MARGIN + w + 1, mixed.height)))
        assert ImageChops.difference(left, ink(alone)).getbbox() is None, bold
