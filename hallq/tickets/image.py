"""The ticket as one 1-bit picture (Pillow), and the picture parts the ESC/POS output reuses.

576 px is the printable width of 80 mm thermal paper at 203 dpi (72 mm); 384 px is 58 mm paper.
Strings with Chinese are drawn with WenQuanYi Micro Hei (bold = a 1 px stroke, it has
no bold face), all others with DejaVu Sans / DejaVu Sans Bold.
"""

from __future__ import annotations

from functools import cache

import qrcode
from PIL import Image, ImageDraw, ImageFont

from hallq.tickets.layout import (
    TicketPrint,
    fake_bold,
    find_font,
    font_kind_for,
    nfc,
    ticket_text,
    wrap,
)

INK, PAPER = 0, 255
MARGIN = 12
NOTE_SIZE = 26  # the wait's range under its figure (48): small, the figure stays the estimate


@cache
def pil_font(kind: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(find_font(kind)), size, index=0)


class TicketCanvas:
    """A growing greyscale strip of paper that text blocks are appended to, top to bottom."""

    def __init__(self, width: int):
        self.width = width
        self.blocks: list[tuple[Image.Image, str]] = []

    def gap(self, px: int) -> None:
        self.blocks.append((Image.new("L", (self.width, px), PAPER), "left"))

    def rule(self, thickness: int = 3) -> None:
        img = Image.new("L", (self.width, thickness + 16), PAPER)
        ImageDraw.Draw(img).rectangle((MARGIN, 8, self.width - MARGIN, 8 + thickness - 1), fill=INK)
        self.blocks.append((img, "left"))

    def text(self, text: str, size: int, *, bold: bool = False, align: str = "center",
             inverted: bool = False) -> None:
        text = nfc(text)
        if not text:
            return
        font = pil_font(font_kind_for(text, bold), size)
        stroke = 1 if fake_bold(text, bold) else 0
        pad = 10 if inverted else 0
        inner = self.width - 2 * MARGIN - 2 * pad
        lines = wrap(text, inner, lambda s: font.getlength(s) + 2 * stroke)
        ascent, descent = font.getmetrics()
        line_h = ascent + descent + max(2, size // 8)
        img = Image.new("L", (self.width, line_h * len(lines) + 2 * pad), PAPER)
        draw = ImageDraw.Draw(img)
        fg = INK
        if inverted:
            widest = max(font.getlength(s) for s in lines) + 2 * pad + 2 * stroke
            left = (self.width - widest) / 2
            draw.rounded_rectangle((left, 0, left + widest, img.height - 1), radius=8, fill=INK)
            fg = PAPER
        for i, line in enumerate(lines):
            w = font.getlength(line) + 2 * stroke
            x = {"center": (self.width - w) / 2, "left": MARGIN,
                 "right": self.width - MARGIN - w}[align]
            draw.text((x + stroke, pad + i * line_h), line, font=font, fill=fg,
                      stroke_width=stroke, stroke_fill=fg)
        self.blocks.append((img, "left"))

    def row(self, left: str, right: str, size: int, value_size: int) -> None:
        """A label on the left and its value, large and bold, on the right (stacked if too wide)."""
        left, right = nfc(left), nfc(right)
        vfont = pil_font(font_kind_for(right, True), value_size)
        vstroke = 1 if fake_bold(right, True) else 0
        vw = vfont.getlength(right) + 2 * vstroke
        lfont = pil_font(font_kind_for(left, False), size)
        room = self.width - 2 * MARGIN - vw - 16
        if lfont.getlength(left) > room:
            self.text(left, size, align="left")
            self.text(right, value_size, bold=True, align="right")
            return
        va, vd = vfont.getmetrics()
        la, ld = lfont.getmetrics()
        h = va + vd + 4
        img = Image.new("L", (self.width, h), PAPER)
        draw = ImageDraw.Draw(img)
        draw.text((MARGIN, va - la), left, font=lfont, fill=INK)  # baselines aligned
        draw.text((self.width - MARGIN - vw + vstroke, 0), right, font=vfont, fill=INK,
                  stroke_width=vstroke, stroke_fill=INK)
        self.blocks.append((img, "left"))

    def number(self, number: str) -> None:
        """The ticket number, as large as fits, boxed tightly (no empty descender space)."""
        font = pil_font("sans-bold", number_font_size(number, self.width))
        left, top, right, bottom = font.getbbox(number)
        img = Image.new("L", (self.width, int(bottom - top) + 28), PAPER)
        ImageDraw.Draw(img).text(((self.width - (right - left)) / 2 - left, 14 - top), number,
                                 font=font, fill=INK)
        self.blocks.append((img, "left"))

    def image(self, img: Image.Image) -> None:
        self.blocks.append((img.convert("L"), "center"))

    def render(self) -> Image.Image:
        height = sum(img.height for img, _ in self.blocks)
        out = Image.new("L", (self.width, height), PAPER)
        y = 0
        for img, how in self.blocks:
            x = (self.width - img.width) // 2 if how == "center" else 0
            out.paste(img, (x, y))
            y += img.height
        return to_1bit(out)


def to_1bit(img: Image.Image) -> Image.Image:
    """Threshold (no dithering: dithered text prints grey and fuzzy on thermal paper)."""
    return img.convert("L").point(lambda p: 255 if p >= 128 else 0).convert("1", dither=Image.Dither.NONE)


def number_font_size(number: str, width: int, max_size: int = 170) -> int:
    """Largest bold size (up to max_size) at which the ticket number fits the width."""
    size = max_size
    while size > 40 and pil_font("sans-bold", size).getlength(number) > width - 2 * MARGIN:
        size -= 4
    return size


def note_size(text: str, width: int, size: int = NOTE_SIZE, smallest: int = 18) -> int:
    """The size a small note under a figure is drawn at: NOTE_SIZE, smaller when it would
    otherwise wrap (a long range on 58 mm paper), so it stays on one line."""
    text = nfc(text)
    while size > smallest and pil_font(font_kind_for(text, False), size).getlength(text) > \
            width - 2 * MARGIN:
        size -= 1
    return size


def qr_image(payload: str, box: int = 6) -> Image.Image:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box, border=2)
    qr.add_data(payload)
    qr.make(fit=True)
    return qr.make_image(fill_color="black", back_color="white").get_image().convert("L")


def header_part(t: TicketPrint, c: TicketCanvas) -> None:
    """Hall, service (and its second-language line), "your number" caption."""
    c.gap(8)
    c.text(t.hall_name, 30, bold=True)
    c.rule()
    c.text(t.service_name, 44, bold=True)
    if t.service_name_alt:
        c.text(t.service_name_alt, 30)
    c.gap(10)
    c.text(ticket_text(t).your_number, 28)


def details_part(t: TicketPrint, c: TicketCanvas) -> None:
    """Priority mark, time, people ahead, wait, customer code."""
    text = ticket_text(t)
    if text.priority:
        c.gap(6)
        c.text(text.priority, 38, bold=True, inverted=True)
        c.gap(6)
    c.rule()
    for i, row in enumerate(text.rows):
        if i:
            c.gap(6)
        c.row(row.label, row.value, *((30, 48) if row.large else (28, 34)))
        if row.note:
            c.text(row.note, note_size(row.note, c.width), align="right")
    c.rule()


def scan_caption_part(t: TicketPrint, c: TicketCanvas) -> None:
    c.text(ticket_text(t).scan, 28)


def footer_part(t: TicketPrint, c: TicketCanvas) -> None:
    if t.footer:
        c.gap(6)
        c.text(t.footer, 30, bold=True)
    c.gap(12)


def render_ticket_image(t: TicketPrint, width_px: int = 576) -> Image.Image:
    """The whole ticket as one 1-bit image, width_px wide (576 = 72 mm at 203 dpi)."""
    c = TicketCanvas(width_px)
    header_part(t, c)
    c.number(t.number)
    details_part(t, c)
    c.gap(8)
    c.image(qr_image(t.qr_payload, box=7 if width_px >= 500 else 5))
    scan_caption_part(t, c)
    footer_part(t, c)
    return c.render()
