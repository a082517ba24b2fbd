"""The daily report: a PDF (reportlab, embedded TrueType fonts) and a CSV of the same tables.

Fonts: every string is drawn in font runs (hallq.tickets.layout.font_runs): WenQuanYi Micro
Hei for its Chinese, DejaVu Sans (bold where the style is) for its Latin and Vietnamese, in
any report language: WenQuanYi draws ờ as ớ and ỡ as õ, so a Vietnamese staff or hall name
in a Chinese report is never drawn in it (digits alone neither: "12,5"). Both are
embedded as subsets, so the PDF prints the same on any machine and its text extracts.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from hallq.domain import LANGUAGES
from hallq.report import charts as report_charts
from hallq.report import online, staffing, stored, tables
from hallq.report.aftercare import aftercare_csv, aftercare_figures
from hallq.report.aftercare import used as aftercare_used
from hallq.report.aftercare_pdf import aftercare_story
from hallq.report.cells import CELL_PAD, CELL_SIZE, FastTable, OnceParagraph, cell_style
from hallq.report.figures import DayFigures, HallConf, hall_conf
from hallq.report.labels import format_day, format_number, format_share, labels
from hallq.report.tables import (
    GRID,
    HEADLINE_ROWS,
    Section,
    last_week,
    rating_label,
    sections,
)
from hallq.tickets.layout import font_runs, has_cjk
from hallq.tickets.pdf_text import FONT_NAMES, draw_runs, escape, register_fonts, runs_markup
from hallq.tickets.pdf_text import pieces_width as text_width

MAX_FOLLOW_UPS = 200  # a longer list goes to the CSV; the PDF says how many more
HEAD_BG = colors.HexColor("#e8eef5")
LINE = colors.HexColor("#b8c4d0")
TEXT_W = A4[0] - 30 * mm


# ---------------------------------------------------------------- data

__all__ = ["build", "default_language", "report_csv", "report_pdf", "sections", "Section"]


def build(store: Any, day: date, with_staffing: bool = True) -> tuple[DayFigures, HallConf]:
    """Figures of `day` with last week's and tomorrow's staffing, from `store`'s event log
    (or from the stored figures of a closed day: `hallq.report.stored`)."""
    conf = hall_conf(store)
    figs = stored.day_figures(store, day, conf, with_staffing, with_audit=True)
    figs.last_week = stored.day_figures(store, day - timedelta(days=7), conf, follow_ups=False)
    figs.extra["online"] = online.online_figures(store, day, datetime.now(UTC), conf.timezone)
    figs.extra["aftercare"] = aftercare_figures(store, day, conf)  # cases, complaints, indices
    return figs, conf


def report_csv(figs: DayFigures, conf: HallConf, lang: str = "vi") -> bytes:
    """The daily CSV (hallq.report.tables) and, after its tables, the cases, complaints and
    indices of the day."""
    care = figs.extra.get("aftercare")
    extra = aftercare_csv(care, conf, lang) if care else ""
    return tables.report_csv(figs, conf, lang) + extra.encode("utf-8")


def default_language(conf: HallConf) -> str:
    return next((x for x in conf.languages if x in LANGUAGES), LANGUAGES[0])


# ---------------------------------------------------------------- PDF

class Styles:
    """Paragraph styles of one report language, in DejaVu Sans; the Chinese of any text is
    drawn in the CJK font (font runs)."""

    def __init__(self, lang: str):
        register_fonts()
        cjk = lang.startswith("zh")
        self.regular = FONT_NAMES["sans"]
        self.bold = FONT_NAMES["sans-bold"]
        self.cjk = FONT_NAMES["cjk"]
        self._cjk_styles: dict[str, ParagraphStyle] = {}

        def st(name: str, font: str, size: float, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, **kw)

        self.title = st("title", self.bold, 20, spaceAfter=2)
        self.sub = st("sub", self.regular, 11, textColor=colors.HexColor("#444444"))
        self.h2 = st("h2", self.bold, 13, spaceBefore=10, spaceAfter=5,
                     textColor=colors.HexColor("#1d3f66"))
        self.cell = st("cell", self.regular, CELL_SIZE)
        # a header wraps between words, never inside one ("Chuyể/n"); Chinese between
        # characters, as it is written
        wrap: dict[str, Any] = {"wordWrap": "CJK"} if cjk else {"splitLongWords": 0}
        self.head = st("head", self.bold, 6.5, **wrap)
        self.head_r = st("head_r", self.bold, 6.5, alignment=2, **wrap)
        self.note = st("note", self.regular, 7.5, textColor=colors.HexColor("#444444"))
        self.big = st("big", self.bold, 22, alignment=1)
        self.small = st("small", self.regular, 8.5, alignment=1)
        self.tiny = st("tiny", self.regular, 7.5, alignment=1,
                       textColor=colors.HexColor("#666666"))

    def label_font(self, text: str) -> str:
        """The one font of a chart's label (a chart draws a label in one font): DejaVu for
        a label without Chinese (a Vietnamese choice name), WenQuanYi for Chinese."""
        return self.cjk if has_cjk(text) else self.regular

    def cell_text(self, text: str, width: float | None = None) -> Any:
        """A table cell: a plain string when it fits on one line of its column (fast; drawn
        in font runs by FastTable), a wrapping Paragraph when it is long."""
        fits = (text_width(text, self.regular, CELL_SIZE) <= width - 2 * CELL_PAD
                if width is not None else len(text) <= 22)
        return text if fits else self.p(text)

    def head_text(self, text: str, style: ParagraphStyle, width: float | None) -> Any:
        """A column header: a plain string when it fits on one line (drawn where that line
        of a Paragraph would be: see _table's header styles), else a wrapping Paragraph."""
        if (width is None or "\n" in text
                or text_width(text, style.fontName, style.fontSize) > width - 2 * CELL_PAD):
            return self.p(text, style)
        return text

    def p(self, text: Any, style: ParagraphStyle | None = None) -> Paragraph:
        """A Paragraph in font runs: Chinese in the CJK font, the rest in the style's."""
        style = style or self.cell
        text = "" if text is None else str(text)
        runs = font_runs(text)
        if len(runs) == 1 and runs[0][1] == "cjk":  # all Chinese: the style in the CJK font
            return OnceParagraph(escape(text), self._cjk_style(style))
        return OnceParagraph(runs_markup(text) if len(runs) > 1 else escape(text), style)

    def _cjk_style(self, style: ParagraphStyle) -> ParagraphStyle:
        got = self._cjk_styles.get(style.name)
        if got is None or got.parent is not style:
            got = ParagraphStyle(style.name + "-cjk", parent=style, fontName=self.cjk)
            self._cjk_styles[style.name] = got
        return got



def _fmt(v: Any, lang: str, kind: str = "") -> str:
    if v is None:
        return "—"
    if kind == "share":
        return f"{v:.0f}%"
    if isinstance(v, float):
        return format_number(v, lang, 2 if kind == "rating" else 1)
    return format_number(v, lang) if isinstance(v, int) else str(v)


def _table(sec: Section, s: Styles, lang: str, widths: list[float] | None = None,
           kinds: dict[int, str] | None = None) -> Table:
    """A table; `kinds` marks columns printed as a share ("share") or a rating ("rating")."""
    kinds = sec.kinds if kinds is None else kinds
    def is_text(i: int, v: Any) -> bool:
        # text cells wrap (Paragraph, left); numbers and signed changes stay right-aligned
        return i == 0 or isinstance(v, str) and not v[:1].isdigit() and v[:1] not in "+-±—"

    text_cols = {i for row in sec.rows for i, v in enumerate(row) if is_text(i, v)}
    def width(i: int) -> float | None:
        return widths[i] if widths and i < len(widths) else None

    heads = [s.head if i in text_cols or not sec.rows else s.head_r
             for i in range(len(sec.header))]
    data = [[s.head_text(h, heads[i], width(i)) for i, h in enumerate(sec.header)]]
    for row in sec.rows:
        data.append([s.cell_text("" if v is None else str(v), width(i)) if is_text(i, v)
                     else _fmt(v, lang, kinds.get(i, "")) for i, v in enumerate(row)])
    # One cell style per alignment, shared by every cell that has it: a style command per
    # cell (font, size, padding...) was set on each cell, a tenth of a report's time.
    left, right = cell_style(s.regular, "LEFT"), cell_style(s.regular, "RIGHT")
    cols = [left if i == 0 or i in text_cols else right for i in range(len(sec.header))]
    # a header that is a string is drawn in its Paragraph style's font, size and leading
    # (one line of text is then where the Paragraph's would be), aligned as it
    head = {a: cell_style(s.bold, "RIGHT" if a == 2 else "LEFT", s.head.fontSize,
                          s.head.leading) for a in (0, 2)}
    t = FastTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT",
                  cellStyles=[[head[h.alignment] for h in heads]] + [cols] * len(sec.rows))
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE)]))
    return t


def _headline_grid(figs: DayFigures, s: Styles, lang: str, w: dict[str, str]) -> Table:
    lw = last_week(figs)
    cells = []
    for lab, key, kind in HEADLINE_ROWS:
        if key not in GRID:
            continue
        v, before = figs.headline.get(key), lw.get(key)
        if kind == "share":
            text, old = format_share(v, lang), format_share(before, lang)
        elif kind == "min":
            text = f"{format_number(v, lang)} {w['min']}" if v is not None else "—"
            old = format_number(before, lang)
        elif kind == "rating":
            text = f"{format_number(v, lang, 2)}/4" if v is not None else "—"
            old = format_number(before, lang, 2)
        else:
            text, old = format_number(v, lang), format_number(before, lang)
        if not lw:
            old = w["no_data_short"]
        cells.append([s.p(text, s.big), s.p(w[lab], s.small),
                      s.p(f"{w['last_week']}: {old}", s.tiny)])
    rows = [cells[i:i + 3] for i in range(0, len(cells), 3)]
    t = Table(rows, colWidths=[TEXT_W / 3] * 3, rowHeights=[21 * mm] * len(rows))
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), s.regular),
        ("BOX", (0, 0), (-1, -1), 0.6, LINE), ("INNERGRID", (0, 0), (-1, -1), 0.6, LINE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return t


def report_pdf(figs: DayFigures, conf: HallConf, lang: str = "vi",
               generated: datetime | None = None) -> bytes:
    """The daily report as PDF bytes. `generated` is printed; None leaves it out (so the same
    day gives the same text whenever it is made)."""
    lang = lang if lang in LANGUAGES else LANGUAGES[0]
    until = figs.extra.get("until")
    w = labels(lang, until)
    s = Styles(lang)
    secs = {x.key: x for x in sections(figs, conf, lang)}
    buf = io.BytesIO()
    day_text = format_day(figs.day, lang)
    if until is not None:  # the day is still open: counted up to its last event
        day_text += " · " + w["as_of"].format(t=until)

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#666666"))
        # the hall's name in DejaVu, "日报" in WenQuanYi: one line in font runs
        draw_runs(canvas, 15 * mm, 9 * mm, f"{conf.name} · {w['title']} · {day_text}",
                  s.regular, 7.5)
        draw_runs(canvas, A4[0] - 15 * mm, 9 * mm, w["page"].format(n=doc.page), s.regular,
                  7.5, align="RIGHT")
        canvas.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=16 * mm, title=f"{conf.name} "
                            f"{w['title']} {figs.day.isoformat()}", author="hallq",
                            invariant=True, initialFontName=s.regular)  # no creation time or random id: same day, same bytes
    story: list[Any] = [s.p(conf.name, s.title), s.p(f"{w['title']} · {day_text}", s.sub)]
    if generated is not None:
        story.append(s.p(f"{w['generated']}: {generated.strftime('%Y-%m-%d %H:%M')}", s.note))
    story += [Spacer(1, 6 * mm), _headline_grid(figs, s, lang, w)]
    if not figs.headline["issued"]:
        story += [Spacer(1, 4 * mm), s.p(w["no_data"], s.sub)]
    story += [s.p(w["comparison"], s.h2)]
    if not last_week(figs):
        story += [s.p(w["no_last_week"], s.note), Spacer(1, 1.5 * mm)]
    story += [_comparison(secs["headline"], s, lang), Spacer(1, 3 * mm)]
    h = figs.headline
    if h.get("estimate_n"):
        line = w["estimate_line" if h.get("estimate_error") is not None
                 else "estimate_line_minutes"]
        story += [s.p(line.format(
            mae=format_number(h["estimate_mae_min"], lang), n=format_number(h["estimate_n"], lang),
            share=format_share(h.get("estimate_error"), lang)), s.note), Spacer(1, 1.5 * mm)]
    story += [s.p(w["definitions"], s.note), PageBreak()]

    story += [s.p(w["by_service"], s.h2),
              _table(secs["by_service"], s, lang, [30 * mm] + [12.5 * mm] * 12)]
    story += [Spacer(1, 1.5 * mm), s.p(w["units_note"], s.note)]
    story += [s.p(w["by_staff"], s.h2),
              _table(secs["by_staff"], s, lang, [52 * mm] + [18.4 * mm] * 7)]

    hours = [r["hour"] for r in figs.per_hour]
    need = {r["hour"]: r["total"] for r in figs.staffing.rows} if figs.staffing else {}
    charts = [
        report_charts.hourly_bars(w["arrivals_per_hour"], hours,
                                  [[r["arrivals"] for r in figs.per_hour]], [w["arrivals"]],
                                  s.regular, TEXT_W, label_font=s.label_font),
        report_charts.hourly_bars(w["wait_per_hour"], hours,
                                  [[r["mean_wait_min"] for r in figs.per_hour]],
                                  [w["mean_wait"]], s.regular, TEXT_W,
                                  fills=[report_charts.ORANGE], label_font=s.label_font),
        report_charts.hourly_bars(w["open_per_hour"], hours,
                                  [[r["counters_open"] for r in figs.per_hour],
                                   [need.get(h, 0) for h in hours]],
                                  [w["counters_open"], w["counters_needed"]], s.regular,
                                  TEXT_W, fills=[report_charts.GREY, report_charts.GREEN],
                                  label_font=s.label_font),
    ]
    story += [CondPageBreak(160 * mm), s.p(w["by_hour"], s.h2)] + charts
    story += [Spacer(1, 3 * mm), _table(secs["by_hour"], s, lang, [25 * mm] + [30 * mm] * 4)]
    story += [PageBreak(), s.p(w["ratings"], s.h2)]
    choices = conf.rating_choices or tuple({"key": k, "color": "#2f6fb3"} for k in figs.ratings)
    story.append(report_charts.rating_bars(
        [rating_label(w, conf, c["key"]) for c in choices],
        [figs.ratings.get(c["key"], 0) for c in choices],
        [c.get("color", "#2f6fb3") for c in choices], s.regular, TEXT_W, s.label_font))
    story.append(Spacer(1, 2 * mm))
    rated = figs.headline["rated"]
    story.append(s.p(f"{w['rated']}: {format_number(rated, lang)} · {w['response_rate']}: "
                     f"{format_share(figs.headline['response_rate'], lang)} · {w['satisfied']}: "
                     f"{format_share(figs.headline['satisfied'], lang)}", s.note))
    story.append(s.p(w["low_reasons"], s.h2))
    story.append(_table(secs["low_reasons"], s, lang, [90 * mm, 25 * mm])
                 if secs["low_reasons"].rows else s.p(w["none"]))

    fu = secs["follow_ups"]
    story.append(s.p(f"{w['follow_ups']} ({len(fu.rows)})", s.h2))
    if fu.rows:
        shown = Section(fu.key, fu.header, fu.rows[:MAX_FOLLOW_UPS])
        story.append(_table(shown, s, lang, [22 * mm, 15 * mm, 42 * mm, 20 * mm, 81 * mm]))
        if len(fu.rows) > MAX_FOLLOW_UPS:
            story.append(s.p(f"+ {len(fu.rows) - MAX_FOLLOW_UPS} (CSV)", s.note))
    else:
        story.append(s.p(w["none"]))

    care = figs.extra.get("aftercare")
    if care and aftercare_used(care):  # a hall with no case, complaint or answer: none
        story += aftercare_story(care, conf, lang, s, _table)
    data = figs.extra.get("online")
    if data and online.used(data):  # a hall without appointments, phones or messages: none
        names = {p: c.name(lang) for p, c in conf.services.items()}
        story += [s.p(online.WORDS["title"].get(lang, online.WORDS["title"]["en"]), s.h2),
                  _table(online.online_section(data, names, lang), s, lang,
                         [50 * mm] + [26 * mm] * 5),
                  Spacer(1, 1.5 * mm), s.p(online.messages_line(data, lang), s.note)]
    story.append(s.p(w["audit"], s.h2))
    story.append(_table(secs["audit"], s, lang, [18 * mm, 25 * mm, 40 * mm, 97 * mm])
                 if secs["audit"].rows else s.p(w["none"]))
    if figs.staffing:
        story += _staffing(figs.staffing, secs["staffing"], s, lang, w)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def _comparison(sec: Section, s: Styles, lang: str) -> Table:
    rows = []
    for label, today, before, kind in sec.rows:
        change = None if today is None or before is None else today - before
        sign = "" if change is None or change < 0 else "+" if change > 0 else "±"
        fmt_kind = {"share": "share", "rating": "rating"}.get(kind, "")
        text = "—" if change is None else sign + _fmt(
            round(change, 2) if isinstance(change, float) else change, lang, fmt_kind)
        if kind == "share" and change is not None:
            text = f"{sign}{change:.0f}%"
        rows.append([label, _fmt(today, lang, fmt_kind), _fmt(before, lang, fmt_kind), text])
    t = _table(Section("cmp", sec.header[:3] + [labels(lang)["change"]], rows), s, lang,
               [70 * mm, 30 * mm, 30 * mm, 30 * mm])
    return t


def _staffing(plan: staffing.StaffingPlan, sec: Section, s: Styles, lang: str,
              w: dict[str, str]) -> list[Any]:
    days = ", ".join(d.isoformat() for d in plan.basis_days)
    basis = w[f"basis_{plan.basis}"].format(days=days)
    out: list[Any] = [s.p(f"{w['staffing']} · {format_day(plan.day, lang)}", s.h2),
                      s.p(basis, s.note), Spacer(1, 2 * mm)]
    if plan.rows:
        n = len(sec.header) - 5
        fixed = [14 * mm, 16 * mm, 24 * mm, 24 * mm]
        each = min(12 * mm, (TEXT_W - 16 * mm - sum(fixed)) / max(1, n))  # fits any services
        out.append(_table(sec, s, lang, [16 * mm] + [each] * n + fixed))
        out.append(Spacer(1, 2 * mm))
        if plan.replay_within is not None:
            out.append(s.p(w["replay_line"].format(
                days=", ".join(format_day(d, lang) for d in plan.replayed_days),
                share=format_share(plan.replay_within, lang),
                goal=format_share(plan.hold_goal, lang)), s.note))
        if plan.would_need:
            out.append(s.p(w["capped_line"].format(have=plan.hall_counters,
                                                   need=plan.would_need), s.note))
    note = w["staffing_note"].format(model=staffing.MODEL, goal=f"{plan.goal:.0%}",
                                     hold=f"{plan.hold_goal:.0%}")
    # the table, its result and how it was made stay on one page: no page holds a note alone
    return [KeepTogether(out + [Spacer(1, 2 * mm), s.p(note, s.note)])]
