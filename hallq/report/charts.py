"""The daily report's charts as reportlab.graphics drawings (vector, real text, no Qt)."""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab import rl_config

# reportlab checks every attribute set on a shape against its type (a debugging aid): a
# third of a report's charting time. Set before reportlab.graphics is imported (hallq imports
# it only here): its shapes are then made without the check at all, not asked each time.
rl_config.shapeChecking = 0

from reportlab.graphics.charts.barcharts import (  # noqa: E402
    HorizontalBarChart,
    VerticalBarChart,
)
from reportlab.graphics.charts.legends import Legend  # noqa: E402
from reportlab.graphics.shapes import Drawing, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402

BLUE = colors.HexColor("#2f6fb3")
ORANGE = colors.HexColor("#e08a1e")
GREY = colors.HexColor("#9aa5b1")
GREEN = colors.HexColor("#1b8a3a")


def nice_axis(v: float) -> tuple[float, float]:
    """(top, step) of a value axis: a round step, at most five steps, top >= v."""
    if v <= 0:
        return 1, 1
    steps = (0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000)
    for step in steps:
        if math.ceil(v / step) <= 5:
            return step * math.ceil(v / step), step
    return math.ceil(v), math.ceil(v) / 5


def hourly_bars(title: str, hours: list[int], series: list[list[float]], names: list[str],
                font: str, width: float, height: float = 150,
                fills: list | None = None,
                label_font: Callable[[str], str] | None = None) -> Drawing:
    """Bars per hour of the day (one colour a series) with a title and, if several, a legend.
    `font` draws the figures and hours; `label_font` gives a word its font (a chart draws a
    label in one font: WenQuanYi for Chinese, else `font`)."""
    word_font = label_font or (lambda text: font)
    d = Drawing(width, height, initialFontName=font)  # else Helvetica joins the PDF
    d.add(String(0, height - 11, title, fontName=word_font(title), fontSize=9.5))
    ch = VerticalBarChart()
    ch.x, ch.y = 32, 22
    ch.width, ch.height = width - 44, height - (58 if len(series) > 1 else 42)
    ch.data = [[v or 0 for v in s] for s in series] or [[0]]
    ch.categoryAxis.categoryNames = [f"{h}h" for h in hours] or [""]
    ch.categoryAxis.labels.fontName = font
    ch.categoryAxis.labels.fontSize = 7.5
    ch.valueAxis.labels.fontName = font
    ch.valueAxis.labels.fontSize = 7.5
    top, step = nice_axis(max((v or 0 for s in series for v in s), default=0))
    ch.valueAxis.valueMin, ch.valueAxis.valueMax, ch.valueAxis.valueStep = 0, top, step
    ch.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    ch.valueAxis.visibleGrid = True
    ch.barSpacing = 1
    ch.groupSpacing = 4
    fills = fills or [BLUE, ORANGE, GREY]
    for i in range(len(ch.data)):
        ch.bars[i].fillColor = fills[i % len(fills)]
        ch.bars[i].strokeColor = None
    d.add(ch)
    if len(series) > 1:
        lg = Legend()
        lg.x, lg.y = width - 10, height - 6
        lg.alignment = "right"
        lg.fontName, lg.fontSize = word_font(" ".join(names)), 7.5
        lg.columnMaximum = 1
        lg.boxAnchor = "ne"
        lg.dx = lg.dy = 7
        lg.deltax = 70
        lg.colorNamePairs = [(fills[i % len(fills)], n) for i, n in enumerate(names)]
        d.add(lg)
    return d


def rating_bars(labels: list[str], counts: list[int], fills: list[str], font: str,
                width: float, label_font: Callable[[str], str] | None = None,
                height: float = 110) -> Drawing:
    """The rating distribution: one horizontal bar per choice, in the choice's colour;
    `label_font` gives each choice's name its font (a Vietnamese name in DejaVu Sans)."""
    d = Drawing(width, height, initialFontName=font)
    ch = HorizontalBarChart()
    ch.x, ch.y = 110, 14
    ch.width, ch.height = width - 150, height - 18
    # reportlab draws the first category at the bottom: reverse so the best is on top
    ch.data = [list(reversed(counts)) or [0]]
    ch.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    ch.categoryAxis.labels.fontName = font
    ch.categoryAxis.labels.fontSize = 8.5
    ch.categoryAxis.labels.dx = -4
    if label_font is not None:  # a choice's name in its own font
        for i, lab in enumerate(ch.categoryAxis.categoryNames):
            ch.categoryAxis.labels[i].fontName = label_font(lab)
    ch.valueAxis.labels.fontName = font
    ch.valueAxis.labels.fontSize = 7.5
    top, step = nice_axis(max(counts, default=0))
    ch.valueAxis.valueMin, ch.valueAxis.valueMax, ch.valueAxis.valueStep = 0, top, step
    ch.barLabelFormat = "%d"
    ch.barLabels.fontName = font
    ch.barLabels.fontSize = 8
    ch.barLabels.boxAnchor = "w"
    ch.barLabels.dx = 3
    for i, fill in enumerate(reversed(fills)):
        ch.bars[(0, i)].fillColor = colors.HexColor(fill)
    ch.bars[0].strokeColor = None
    d.add(ch)
    return d
