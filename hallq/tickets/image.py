"""The ticket as one 1-bit picture (Pillow), and the picture parts the ESC/POS output reuses.

576 px is the printable width of 80 mm thermal paper at 203 dpi (72 mm); 384 px is 58 mm paper.
A string is drawn run by run (layout.font_runs): its Chinese characters with WenQuanYi
Micro Hei (bold = a 1 px stroke, it has no bold face), everything else — Latin and
Vietnamese, also next to Chinese (WenQuanYi draws ờ as ớ) — with DejaVu Sans / Bold.
"""

from __future__ import annotations

from functools import cache

import qrcode
from PIL import Image, ImageDraw, ImageFont

from hallq.tickets.layout import (
    TicketPrint,
    fake_bold,
    find_font,
    font_runs,
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


class Runs:
    """A string's font runs at one size: measured and drawn on one baseline, run by run."""

    def __init__(self, text: str, size: int, bold: bool = False):
        self.size, self.bold = size, bold
        kinds = {kind for _, kind in font_runs(text, bold)} or {"sans-bold" if bold else "sans"}
        metrics = [pil_font(k, size).getmetrics() for k in sorted(kinds)]
        self.ascent = max(a for a, _ in metrics)
        self.descent = max(d for _, d in metrics)
        self.stroke = 1 if any(fake_bold(r, bold) for r, _ in font_runs(text, bold)) else 0

    def pieces(self, text: str) -> list[tuple[str, ImageFont.FreeTypeFont, int]]:
        return [(r, pil_font(kind, self.size), 1 if fake_bold(r, self.bold) else 0)
                for r, kind in font_runs(text, self.bold)]

    def length(self, text: str) -> float:
        """Width of a line (with room for the stroke of bold Chinese)."""
        return sum(f.getlength(r) for r, f, _ in self.pieces(text)) + 2 * self.stroke

    def draw(self, draw: ImageDraw.ImageDraw, x: float, baseline: float, text: str,
             fill: int) -> None:
        """The line with its left edge at x (its stroke room included), on a baseline."""
        x += self.stroke
        for run, font, stroke in self.pieces(text):
            draw.text((x, baseline), run, font=font, fill=fill, anchor="ls",
                      stroke_width=stroke, stroke_fill=fill)
            x += font.getlength(run)


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
        runs = Runs(text, size, bold)
        pad = 10 if inverted else 0
        inner = self.width - 2 * MARGIN - 2 * pad
        lines = wrap(text, inner, runs.length)
        line_h = runs.ascent + runs.descent + max(2, size // 8)
        img = Image.new("L", (self.width, line_h * len(lines) + 2 * pad), PAPER)
        draw = ImageDraw.Draw(img)
        fg = INK
        if inverted:
            widest = max(runs.length(s) for s in lines) + 2 * pad
            left = (self.width - widest) / 2
            draw.rounded_rectangle((left, 0, left + widest, img.height - 1), radius=8, fill=INK)
            fg = PAPER
        for i, line in enumerate(lines):
            w = runs.length(line)
            x = {"center": (self.width - w) / 2, "left": MARGIN,
                 "right": self.width - MARGIN - w}[align]
            runs.draw(draw, x, pad + i * line_h + runs.ascent, line, fg)
        self.blocks.append((img, "left"))

    def row(self, left: str, right: str, size: int, value_size: int) -> None:
        """A label on the left and its value, large and bold, on the right (stacked if too wide)."""
        left, right = nfc(left), nfc(right)
        value, label = Runs(right, value_size, True), Runs(left, size)
        vw = value.length(right)
        room = self.width - 2 * MARGIN - vw - 16
        if label.length(left) > room:
            self.text(left, size, align="left")
            self.text(right, value_size, bold=True, align="right")
            return
        h = value.ascent + value.descent + 4
        img = Image.new("L", (self.width, h), PAPER)
        draw = ImageDraw.Draw(img)
        label.draw(draw, MARGIN, value.ascent, left, INK)  # baselines aligned
        value.draw(draw, self.width - MARGIN - vw, value.ascent, right, INK)
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
    while size > smallest and Runs(text, size).length(text) > width - 2 * MARGIN:
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
