"""The ticket as an 80 mm wide PDF (for an ordinary printer, or to keep), with real text.

Fonts are embedded TrueType subsets, a string drawn run by run (layout.font_runs):
WenQuanYi Micro Hei (face 0 of the .ttc) for its Chinese characters, DejaVu Sans
(regular, bold) for everything else — Latin and Vietnamese, also in a string with
Chinese (WenQuanYi draws ờ as ớ). WenQuanYi has no bold face, so bold Chinese is
drawn with fill + a thin stroke (text render mode 2): it stays extractable text.
The QR code is vector (squares from the qrcode lib's matrix), the number is text, as large as fits.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import qrcode
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from hallq.tickets.layout import TicketPrint, nfc, ticket_text, wrap
from hallq.tickets.pdf_text import FONT_NAMES as FONT_NAMES
from hallq.tickets.pdf_text import register_fonts as register_fonts
from hallq.tickets.pdf_text import runs, text_width

PAGE_WIDTH = 80 * mm
MARGIN = 4 * mm
INNER = PAGE_WIDTH - 2 * MARGIN
QR_SIZE = 32 * mm

# A layout item: its height in points, and how to draw it with its top at y.
Item = tuple[float, Callable[[Canvas, float], None]]


def _draw_string(c: Canvas, x: float, y: float, text: str, size: float, bold: bool,
                 white: bool = False) -> None:
    """One line at baseline y, run by run: Chinese in WenQuanYi, the rest in DejaVu."""
    # text render mode (Tr) and line width are graphics state: keep them inside q ... Q
    c.saveState()
    t = c.beginText(x, y)
    c.setFillGray(1 if white else 0)
    c.setStrokeGray(1 if white else 0)
    mode = 0
    for run, font, stroke in runs(text, bold):
        t.setFont(font, size)
        if stroke != bool(mode):
            mode = 2 if stroke else 0
            t.setTextRenderMode(mode)  # 2: fill, then stroke the outline: looks bold, stays text
            if stroke:
                c.setLineWidth(size * 0.045)
        t.textOut(run)
    c.drawText(t)
    c.restoreState()


def text_item(text: str, size: float, bold: bool = False, align: str = "center",
              inverted: bool = False) -> Item | None:
    text = nfc(text)
    if not text:
        return None
    pad = 2 * mm if inverted else 0

    def width(s: str) -> float:
        return text_width(s, size, bold)

    lines = wrap(text, INNER - 2 * pad, width)
    leading = size * 1.25
    height = leading * len(lines) + 2 * pad

    def draw(c: Canvas, top: float) -> None:
        if inverted:
            w = max(width(s) for s in lines) + 2 * pad
            c.setFillGray(0)
            c.roundRect((PAGE_WIDTH - w) / 2, top - height, w, height, 1.5 * mm, stroke=0, fill=1)
        for i, line in enumerate(lines):
            baseline = top - pad - size * 0.95 - i * leading
            x = {"center": (PAGE_WIDTH - width(line)) / 2, "left": MARGIN,
                 "right": PAGE_WIDTH - MARGIN - width(line)}[align]
            _draw_string(c, x, baseline, line, size, bold, white=inverted)

    return height, draw


def row_items(left: str, right: str, size: float, value_size: float) -> list[Item]:
    """Label left, value large and bold right; stacked when both do not fit on a line."""
    left, right = nfc(left), nfc(right)
    lw = text_width(left, size)
    vw = text_width(right, value_size, True)
    if lw + vw + 4 * mm > INNER:
        return [i for i in (text_item(left, size, align="left"),
                            text_item(right, value_size, bold=True, align="right")) if i]
    height = value_size * 1.3

    def draw(c: Canvas, top: float) -> None:
        baseline = top - value_size * 1.0
        _draw_string(c, MARGIN, baseline, left, size, False)
        _draw_string(c, PAGE_WIDTH - MARGIN - vw, baseline, right, value_size, True)

    return [(height, draw)]


def gap(points: float) -> Item:
    return points, lambda c, top: None


def rule() -> Item:
    def draw(c: Canvas, top: float) -> None:
        c.setLineWidth(0.8)
        c.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)

    return 4 * mm, draw


def number_item(number: str) -> Item:
    font = FONT_NAMES["sans-bold"]
    size = 72.0
    while size > 20 and pdfmetrics.stringWidth(number, font, size) > INNER:
        size -= 2
    cap = size * 0.73  # DejaVu Sans Bold cap height
    height = cap + 6 * mm

    def draw(c: Canvas, top: float) -> None:
        w = pdfmetrics.stringWidth(number, font, size)
        _draw_string(c, (PAGE_WIDTH - w) / 2, top - 3 * mm - cap, number, size, True)

    return height, draw


def qr_item(payload: str) -> Item:
    """The QR code as vector squares (one rectangle per horizontal run of dark modules)."""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    qr.add_data(payload)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    module = QR_SIZE / len(matrix)

    def draw(c: Canvas, top: float) -> None:
        left = (PAGE_WIDTH - QR_SIZE) / 2
        c.setFillGray(0)
        for r, row in enumerate(matrix):
            x = 0
            while x < len(row):
                if not row[x]:
                    x += 1
                    continue
                end = x
                while end < len(row) and row[end]:
                    end += 1
                c.rect(left + x * module, top - (r + 1) * module, (end - x) * module, module,
                       stroke=0, fill=1)
                x = end

    return QR_SIZE, draw


def layout(t: TicketPrint) -> list[Item]:
    text = ticket_text(t)
    items: list[Item | None] = [
        gap(3 * mm),
        text_item(t.hall_name, 11, bold=True),
        rule(),
        text_item(t.service_name, 17, bold=True),
        text_item(t.service_name_alt or "", 11),
        gap(2 * mm),
        text_item(text.your_number, 10),
        number_item(t.number),
    ]
    if text.priority:
        items += [text_item(text.priority, 13, bold=True, inverted=True), gap(2 * mm)]
    items.append(rule())
    for row in text.rows:
        items += row_items(row.label, row.value, *((10.5, 16) if row.large else (10, 12)))
        if row.note:  # the wait's range, small under its figure
            items.append(text_item(row.note, 9.5, align="right"))
    items += [
        rule(),
        gap(1 * mm),
        qr_item(t.qr_payload),
        text_item(text.scan, 10),
        gap(1 * mm),
        text_item(t.footer, 11, bold=True),
        gap(4 * mm),
    ]
    return [i for i in items if i]


def slip_pdf(items: list[Item], title: str) -> bytes:
    """One page, 80 mm wide and as tall as its items (each (height, draw)), fonts embedded,
    text extractable: a ticket or a case receipt."""
    height = sum(h for h, _ in items)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(PAGE_WIDTH, height), pageCompression=1,
               initialFontName=FONT_NAMES["sans"])  # no unembedded Helvetica
    c.setTitle(title)
    c.setAuthor("hallq")
    top = height
    for h, draw in items:
        draw(c, top)
        top -= h
    c.showPage()
    c.save()
    return buf.getvalue()


def ticket_pdf(t: TicketPrint) -> bytes:
    """One-page PDF, 80 mm wide and as tall as the ticket, fonts embedded, text extractable."""
    register_fonts()
    return slip_pdf(layout(t), f"{t.number} — {nfc(t.hall_name)}")
