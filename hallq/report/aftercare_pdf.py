"""The daily report's pages of cases, complaints and satisfaction indices (reportlab)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from hallq.report.aftercare import aftercare_sections, indices_note
from hallq.report.figures import HallConf
from hallq.report.labels import labels

# Column widths (the page's text is 180 mm wide): a name, then five figures.
WIDTHS = {"cases_by_owner": [60 * mm] + [24 * mm] * 5,
          "complaints_by_cause": [60 * mm] + [24 * mm] * 5,
          "complaints_by_owner": [60 * mm] + [24 * mm] * 5,
          "indices": [60 * mm, 26 * mm, 26 * mm, 42 * mm, 26 * mm]}


def aftercare_story(data: dict[str, Any], conf: HallConf, lang: str, s: Any,
                    table: Callable[..., Any]) -> list[Any]:
    """Flowables: a heading, the three tables of cases and complaints with their note, then
    the indices with the interval's method. `s` is the report's Styles, `table` its table
    maker (hallq.report.pdf._table)."""
    w = labels(lang)
    secs = {x.key: x for x in aftercare_sections(data, conf, lang)}
    h3 = ParagraphStyle("h3", parent=s.cell, fontName=s.bold, fontSize=9.5, leading=12,
                        textColor=colors.HexColor("#1d3f66"))
    out: list[Any] = [CondPageBreak(70 * mm), s.p(w["aftercare"], s.h2)]
    for key in ("cases_by_owner", "complaints_by_cause", "complaints_by_owner"):
        sec = secs[key]
        body = table(sec, s, lang, WIDTHS[key]) if sec.rows else s.p(w["none"])
        out.append(KeepTogether([s.p(w[key], h3), Spacer(1, 1 * mm), body,
                                 Spacer(1, 3 * mm)]))
    out.append(s.p(w["aftercare_note"], s.note))
    sec = secs["indices"]
    out.append(KeepTogether([
        s.p(w["indices"], s.h2),
        table(sec, s, lang, WIDTHS["indices"]) if sec.rows else s.p(w["none"]),
        Spacer(1, 1.5 * mm), s.p(indices_note(lang), s.note)]))
    return out
