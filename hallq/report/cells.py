"""The report's table cells: shared styles, and text cells written fast where reportlab would.

A string is drawn in font runs (hallq.tickets.layout.font_runs): its Chinese in WenQuanYi
Micro Hei, its Latin and Vietnamese in the style's DejaVu face (WenQuanYi draws ờ as ớ)."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.tables import CellStyle

from hallq.tickets.pdf_text import RunsTable
from hallq.tickets.pdf_text import font_pieces as text_runs

CELL_SIZE = 8.5  # a table cell's font size (points)
CELL_PAD = 3  # a table cell's left and right padding (points)


class FastTable(RunsTable):
    """A Table whose one-line string cells, one after the other, are written into one PDF
    text object (placed as reportlab places them), not one each: a table of 200 rows drew
    1,000 text objects, a third of a report's time."""

    _text: Any = None

    def draw(self) -> None:
        self._text = None
        super().draw()

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        st = cellstyle
        if (not isinstance(cellval, str) or "\n" in cellval or st.valign != "MIDDLE"
                or st.alignment not in ("LEFT", "RIGHT") or st.href or st.destination
                or st.direction or st.shaping):
            self._flush()  # the text stays in the cells' order (as it is read and copied)
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        t = self._text
        if t is None:
            t = self._text = self.canv.beginText()
            t.font = None
        runs = text_runs(cellval, st.fontname)  # Chinese in the CJK font
        (x, y), (w, h) = pos, size
        y += (st.bottomPadding + h - st.topPadding + st.leading) / 2.0 - st.fontsize
        if st.alignment == "LEFT":
            x += st.leftPadding
        else:
            x += w - st.rightPadding - sum(stringWidth(r, f, st.fontsize) for r, f in runs)
        t.setTextOrigin(x, y)
        for run, f in runs:
            font = (f, st.fontsize, st.leading, st.color)
            if t.font != font:
                t.setFont(*font[:3])
                t.setFillColor(st.color)
                t.font = font
            t.textOut(run)

    def _drawLines(self) -> None:
        self._flush()  # the text before the lines, as each cell's was
        super()._drawLines()

    def _flush(self) -> None:
        if self._text is not None:
            self.canv.drawText(self._text)
            self._text = None


def cell_style(font: str, align: str, size: float = CELL_SIZE,
                leading: float | None = None) -> CellStyle:
    """A table cell's style: the report's font and size, centred in its row, padded."""
    c = CellStyle(align)
    c.fontname, c.fontsize, c.valign, c.alignment = font, size, "MIDDLE", align
    if leading is not None:
        c.leading = leading
    c.topPadding = c.bottomPadding = 2.5
    c.leftPadding = c.rightPadding = CELL_PAD
    return c


class OnceParagraph(Paragraph):
    """A Paragraph that breaks its lines once per width: a table wraps each cell's paragraph
    when it measures the rows, again for each page it is split over and when it draws the
    cell (its lines depend on the width alone)."""

    _wrapped: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped and "blPara" in self.__dict__:  # split() drops it
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped = availWidth if size[0] == availWidth else None  # else: no room at all
        return size
