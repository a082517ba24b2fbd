"""Text in runs of one script for reportlab: the fonts registered, widths, drawing, markup,
and a Table drawing its cells so; the ticket, the daily report and head office's report use
it (one rule: Chinese in WenQuanYi, the rest in DejaVu, which never draws ờ as ớ)."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table

from hallq.tickets.layout import fake_bold, find_font, font_runs

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
