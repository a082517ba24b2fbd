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
from functools import cache, lru_cache
from typing import Any

import qrcode
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table

from hallq.tickets.layout import (
    TicketPrint,
    fake_bold,
    find_font,
    font_runs,
    nfc,
    ticket_text,
    wrap,
)

PAGE_WIDTH = 80 * mm
MARGIN = 4 * mm
INNER = PAGE_WIDTH - 2 * MARGIN
QR_SIZE = 32 * mm

FONT_NAMES = {"sans": "HallqSans", "sans-bold": "HallqSans-Bold", "cjk": "HallqCJK"}


@cache
def register_fonts() -> None:
    """Register the three TrueType fonts with reportlab (once per process)."""
    for kind, name in FONT_NAMES.items():
        path = find_font(kind)
        if path.suffix.lower() == ".ttc":
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
        else:
            pdfmetrics.registerFont(TTFont(name, str(path)))


def runs(text: str, bold: bool = False) -> list[tuple[str, str, bool]]:
    """(run, reportlab font name, needs fake bold) for each font run of a string."""
    return [(r, FONT_NAMES[kind], fake_bold(r, bold)) for r, kind in font_runs(text, bold)]


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of a string drawn run by run."""
    return sum(pdfmetrics.stringWidth(r, font, size) for r, font, _ in runs(text, bold))


# ---------------------------------------------------------------- font runs for documents
# (the daily report and head office's report draw with these: one rule everywhere)

@lru_cache(maxsize=8192)  # a report's cells repeat (a service, a name, a kind of note)
def font_pieces(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """(run, reportlab font) of a string: its Chinese in the CJK font, the rest in `font`
    (a DejaVu face: regular or bold)."""
    cjk = FONT_NAMES["cjk"]
    return tuple((r, cjk if kind == "cjk" else font) for r, kind in font_runs(text))


def pieces_width(text: str, font: str, size: float) -> float:
    """The width of a string drawn in font runs."""
    return sum(pdfmetrics.stringWidth(r, f, size) for r, f in font_pieces(text, font))


def draw_runs(canvas: Canvas, x: float, y: float, text: str, font: str, size: float,
              align: str = "LEFT") -> None:
    """One line in font runs, starting (LEFT), centred on (CENTRE) or ending (RIGHT) at x.
    The canvas's font is left as it was."""
    pieces = font_pieces(text, font)
    if align != "LEFT":
        w = sum(pdfmetrics.stringWidth(r, f, size) for r, f in pieces)
        x -= w if align == "RIGHT" else w / 2
    t = canvas.beginText(x, y)
    for r, f in pieces:
        t.setFont(f, size)
        t.textOut(r)
    if pieces and (pieces[-1][1], size) != (canvas._fontname, canvas._fontsize):
        t.setFont(canvas._fontname, canvas._fontsize, canvas._leading)  # the font it had
    canvas.drawText(t)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def runs_markup(text: str) -> str:
    """Paragraph markup of a plain string: escaped, its Chinese in <font name="HallqCJK">;
    the rest in the Paragraph style's (DejaVu) font."""
    cjk = FONT_NAMES["cjk"]
    return "".join(f'<font name="{cjk}">{escape(r)}</font>' if kind == "cjk" else escape(r)
                   for r, kind in font_runs(text))


class RunsTable(Table):
    """A Table whose string cells are drawn in font runs (Chinese in the CJK font, the rest
    in the cell's DejaVu face) and measured so."""

    def _elementWidth(self, v: Any, s: Any) -> Any:
        if isinstance(v, str):
            return max(pieces_width(x, s.fontname, s.fontsize) for x in v.split("\n"))
        return super()._elementWidth(v, s)

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        st = cellstyle
        if (not isinstance(cellval, str) or st.direction or st.shaping
                or st.alignment not in ("LEFT", "RIGHT", "CENTRE", "CENTER")
                or st.valign not in ("TOP", "MIDDLE", "BOTTOM")
                or len(font_pieces(cellval, st.fontname)) == 1
                and font_pieces(cellval, st.fontname)[0][1] == st.fontname):
            super()._drawCell(cellval, cellstyle, pos, size)  # one font: as reportlab draws
            return
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        lines = cellval.split("\n")
        n, leading, fontsize = len(lines), st.leading, st.fontsize
        # placed as Table._drawCell places a string
        if st.alignment == "LEFT":
            x = colpos + st.leftPadding
        elif st.alignment == "RIGHT":
            x = colpos + colwidth - st.rightPadding
        else:
            x = colpos + (colwidth + st.leftPadding - st.rightPadding) * 0.5
        if st.valign == "BOTTOM":
            y = rowpos + st.bottomPadding + n * leading - fontsize
        elif st.valign == "TOP":
            y = rowpos + rowheight - st.topPadding - fontsize
        else:
            y = rowpos + (st.bottomPadding + rowheight - st.topPadding + n * leading) / 2.0 \
                - fontsize
        self.canv.saveState()  # its colour and font, as Table expects them after the cell
        self.canv.setFillColor(st.color)
        for line in lines:
            draw_runs(self.canv, x, y, line, st.fontname, fontsize,
                      "CENTRE" if st.alignment == "CENTER" else st.alignment)
            y -= leading
        self.canv.restoreState()


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
