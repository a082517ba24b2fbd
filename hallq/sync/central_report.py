"""Head office's report: the halls compared, ranked, first; a hall's own page on demand (in the
report, or one file per hall). reportlab PDF.

Every figure is a SQL aggregate computed by PostgreSQL over the period's rows of day_stats,
copied into analysed temporary tables, with the report's own work_mem; Python lays the
results out, a page-sized table at a time (one table of 10,000 rows is split again and
again by reportlab: slow).
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from hallq.sync import central_report_cases
from hallq.sync.central import Central, CentralError
from hallq.tickets.pdf_text import FONT_NAMES, RunsTable, register_fonts, runs_markup

# Halls of both countries in one report, every string in font runs (RunsTable, runs_markup):
# Chinese in WenQuanYi Micro Hei, Latin and Vietnamese in DejaVu Sans (WenQuanYi draws ờ
# as ớ: "Phường" would read "Phướng").
SANS, SANS_BOLD = FONT_NAMES["sans"], FONT_NAMES["sans-bold"]

# The period's rows of day_stats (per hall, day and service sums kept by each sync):
# every figure of the report is grouped from these.
PASS_SQL = [
    """CREATE TEMP TABLE rep_t ON COMMIT DROP AS
    SELECT hall_code, day, service, target, visits, called, wait_sum, within, served, no_shows,
           online
    FROM day_stats WHERE day BETWEEN %(f)s AND %(t)s""",
    """CREATE TEMP TABLE rep_r ON COMMIT DROP AS
    SELECT hall_code, day, sum(score_sum) AS score_sum, sum(rated) AS rated,
           sum(offered) AS offered
    FROM day_stats WHERE day BETWEEN %(f)s AND %(t)s GROUP BY hall_code, day""",
    # Autovacuum never sees temporary tables: without this the planner guesses their size.
    "ANALYZE rep_t",
    "ANALYZE rep_r",
]

SUMMARY_SQL = """
SELECT count(DISTINCT hall_code), sum(visits)::bigint, sum(served)::bigint,
       sum(wait_sum) / nullif(sum(called), 0), 100.0 * sum(within) / nullif(sum(called), 0),
       sum(no_shows)::bigint
FROM rep_t
"""

HALL_SQL = """
WITH v AS (
  SELECT hall_code, sum(visits)::bigint AS tickets, sum(served)::bigint AS served,
         sum(no_shows)::bigint AS no_shows, sum(wait_sum) / nullif(sum(called), 0) AS wait,
         100.0 * sum(within) / nullif(sum(called), 0) AS within_pct,
         100.0 * sum(online) / nullif(sum(visits), 0) AS online_pct
  FROM rep_t GROUP BY hall_code),
r AS (
  SELECT hall_code, sum(score_sum)::float / nullif(sum(rated), 0) AS satisfaction,
         100.0 * sum(rated) / nullif(sum(offered), 0) AS response_pct
  FROM rep_r GROUP BY hall_code),
n AS (
  SELECT hall_code, count(*) AS open_complaints FROM notes
  WHERE kind = 'complaint' AND follow_up AND resolved_at IS NULL AND day <= %(t)s
  GROUP BY hall_code)
SELECT h.hall_code, h.name, coalesce(v.tickets, 0), coalesce(v.served, 0),
       coalesce(v.no_shows, 0), v.wait, v.within_pct, r.satisfaction, r.response_pct,
       coalesce(n.open_complaints, 0), h.last_sync_at, v.online_pct
FROM halls h LEFT JOIN v USING (hall_code) LEFT JOIN r USING (hall_code)
     LEFT JOIN n USING (hall_code)
"""
HALL_KEYS = ("hall_code", "name", "tickets", "served", "no_shows", "mean_wait", "within_pct",
             "satisfaction", "response_pct", "open_complaints", "last_sync", "online_pct")

SERVICE_SQL = """
SELECT hall_code, service, max(target), sum(visits)::bigint,
       sum(wait_sum) / nullif(sum(called), 0), 100.0 * sum(within) / nullif(sum(called), 0),
       sum(no_shows)::bigint
FROM rep_t WHERE hall_code = ANY(%(codes)s) GROUP BY hall_code, service
ORDER BY hall_code, service
"""

PERIOD_SQL = """
WITH tk AS (
  SELECT hall_code, date_trunc(%(unit)s, day)::date AS period, sum(visits)::bigint AS n,
         sum(wait_sum) / nullif(sum(called), 0) AS wait, sum(no_shows)::bigint AS no_shows
  FROM rep_t WHERE hall_code = ANY(%(codes)s) GROUP BY 1, 2),
rt AS (
  SELECT hall_code, date_trunc(%(unit)s, day)::date AS period,
         sum(score_sum)::float / nullif(sum(rated), 0) AS sat
  FROM rep_r WHERE hall_code = ANY(%(codes)s) GROUP BY 1, 2)
SELECT tk.hall_code, tk.period, tk.n, tk.wait, tk.no_shows, rt.sat
FROM tk LEFT JOIN rt USING (hall_code, period) ORDER BY 1, 2
"""


def figures(central: Central, start: date, end: date, detail: list[str] | None = None,
            work_mem_mb: int = 64) -> dict[str, Any]:
    """All the report's numbers, ranked: best share of visits called within target first,
    then the higher satisfaction. Per service and per day only for the halls in `detail`
    (None: every hall)."""
    if not central.pg:
        raise CentralError("needs_postgresql", "The central report needs PostgreSQL.")
    central.check_schema()
    p: dict[str, Any] = {"f": start, "t": end,
                         "unit": "day" if (end - start).days <= 31 else "week"}
    t0 = time.perf_counter()
    with central.transaction():
        # Its own memory for sorts and hashes, for this transaction only: no spill to disk.
        central.execute(f"SET LOCAL work_mem = '{int(work_mem_mb)}MB'")
        for stmt in PASS_SQL:
            central.execute(stmt, p)
        cases = central_report_cases.figures(central, p)
        halls = [dict(zip(HALL_KEYS, r, strict=True)) for r in central.all(HALL_SQL, p)]
        p["codes"] = [h["hall_code"] for h in halls] if detail is None else list(detail)
        summary = central.one(SUMMARY_SQL, p)
        services: dict[str, list[tuple]] = {}
        periods: dict[str, list[tuple]] = {}
        if p["codes"]:
            for r in central.all(SERVICE_SQL, p):
                services.setdefault(r[0], []).append(r[1:])
            for r in central.all(PERIOD_SQL, p):
                periods.setdefault(r[0], []).append(r[1:])
    took = time.perf_counter() - t0

    def key(h: dict) -> tuple:
        return (h["tickets"] == 0, -(h["within_pct"] or 0), -(h["satisfaction"] or 0),
                h["hall_code"])

    halls.sort(key=key)
    for i, h in enumerate(halls, start=1):
        h["rank"] = i if h["tickets"] else None  # a hall with no data is listed, not ranked
    return {"halls": halls, "services": services, "periods": periods, "unit": p["unit"],
            "summary": summary, "query_s": took, "cases": cases}


# ------------------------------------------------------------------ PDF
LABELS = {
    "en": {"title": "Halls compared", "rank": "#", "hall": "Hall", "tickets": "Tickets",
           "served": "Served", "wait": "Mean wait (min)", "within": "Within target",
           "sat": "Satisfaction /4", "resp": "Rated", "noshow": "No-shows",
           "open": "Open complaints", "online": "Booked/queued online", "service": "Service", "target": "Target (min)",
           "day": "Day", "week": "Week of", "last_sync": "Last sync", "none": "no data",
           "ranked": "Ranked by the share of visits called within the service's target wait, "
                     "then by satisfaction.", "all": "All halls",
           "halls": "Halls", "more": "A hall's own page: hallq central report --hall CODE, "
                                     "or --per-hall FOLDER for one file per hall."},
    "vi": {"title": "So sánh các điểm giao dịch", "rank": "#", "hall": "Điểm", "tickets":
           "Số phiếu", "served": "Đã phục vụ", "wait": "Chờ TB (phút)", "within":
           "Đạt chỉ tiêu", "sat": "Hài lòng /4", "resp": "Đánh giá", "noshow": "Vắng mặt",
           "open": "Khiếu nại mở", "online": "Đặt trước/qua mạng", "service": "Dịch vụ", "target": "Chỉ tiêu (phút)",
           "day": "Ngày", "week": "Tuần từ", "last_sync": "Đồng bộ cuối", "none": "không có",
           "ranked": "Xếp theo tỷ lệ khách được gọi trong thời gian chờ chỉ tiêu, rồi theo "
                     "mức hài lòng.", "all": "Tất cả các điểm", "halls": "Số điểm",
           "more": "Trang riêng của một điểm: hallq central report --hall MÃ, hoặc "
                   "--per-hall THƯ_MỤC để có một tệp cho mỗi điểm."},
}


def _fmt(v: Any, digits: int = 1, suffix: str = "") -> str:
    if v is None:
        return "–"
    if isinstance(v, int):
        return f"{v:,}".replace(",", " ")
    return f"{float(v):.{digits}f}{suffix}"


def build_report(central: Central, start: date, end: date, out: Path, lang: str = "en",
                 halls: list[str] | None = None, per_hall: Path | None = None,
                 work_mem_mb: int = 64) -> dict[str, Any]:
    """Write the comparison PDF (with the pages of the halls in `halls`, if any) and, with
    `per_hall`, one PDF per hall in that folder. Returns {"halls", "pages", "query_s",
    "files"}."""
    detail = list(halls or []) if per_hall is None else None
    data = figures(central, start, end, detail, work_mem_mb)
    known = {h["hall_code"] for h in data["halls"]}
    unknown = [c for c in halls or [] if c not in known]
    if unknown:
        raise CentralError("unknown_hall", "No hall " + ", ".join(unknown) + " at head office.")
    pages = write_pdf(data, start, end, out, lang, halls or [])
    files = write_hall_pdfs(data, start, end, Path(per_hall), lang) if per_hall else []
    return {"halls": len(data["halls"]), "pages": pages, "query_s": data["query_s"],
            "files": files}


class Layout:
    """The report's fonts, styles and labels (the fonts registered here, once)."""

    def __init__(self, start: date, end: date, lang: str):
        register_fonts()  # the same embedded fonts as the ticket and the daily report
        self.L = LABELS.get(lang, LABELS["en"])
        self.lang = lang
        self.period = f"{start.isoformat()} – {end.isoformat()}"
        self.h1 = ParagraphStyle("h1", fontName=SANS_BOLD, fontSize=16, leading=20)
        self.h2 = ParagraphStyle("h2", fontName=SANS_BOLD, fontSize=12, leading=15)
        # a header cell that may wrap (an index's name in a narrow column)
        self.cell = ParagraphStyle("cell", fontName=SANS_BOLD, fontSize=7, leading=8,
                                   alignment=2)
        self.small = ParagraphStyle("small", fontName=SANS, fontSize=8, leading=10,
                                    textColor=colors.grey)
        L = self.L
        self.head = [L["rank"], L["hall"], L["tickets"], L["served"], L["wait"], L["within"],
                     L["sat"], L["resp"], L["noshow"], L["open"], L["online"]]

    @staticmethod
    def style(first_number: int = 1, size: float = 9, header_rows: int = 1) -> TableStyle:
        return TableStyle([
            ("FONT", (0, 0), (-1, -1), SANS, size),
            ("FONT", (0, 0), (-1, header_rows - 1), SANS_BOLD, size),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8eef5")),
            ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white,
                                                            colors.HexColor("#f6f6f6")]),
            ("ALIGN", (first_number, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.5, colors.grey),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ])

    @staticmethod
    def hall_row(h: dict) -> list[str]:
        name = (h["name"] or "")[:34]
        return [str(h["rank"] or "–"), f"{h['hall_code']}  {name}", _fmt(h["tickets"]),
                _fmt(h["served"]), _fmt(h["mean_wait"]), _fmt(h["within_pct"], 0, "%"),
                _fmt(h["satisfaction"], 2), _fmt(h["response_pct"], 0, "%"),
                _fmt(h["no_shows"]), _fmt(h["open_complaints"]),
                _fmt(h["online_pct"], 0, "%")]

    def build(self, story: list[Any], out: Path, title: str) -> int:
        pages = {"n": 0}
        period = self.period

        def footer(canvas: Any, doc: Any) -> None:
            pages["n"] = doc.page
            canvas.setFont(SANS, 7)
            canvas.setFillColor(colors.grey)
            canvas.drawRightString(doc.pagesize[0] - 12 * mm, 8 * mm, f"hallq · {period} · "
                                   f"{doc.page}")

        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        doc = SimpleDocTemplate(str(out), pagesize=landscape(A4), leftMargin=12 * mm,
                                rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=14 * mm,
                                title=f"hallq – {title} {period}")
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
        return pages["n"]


ROW_H = 12  # points: every row of the comparison the same height, so a page's rows are known
FIRST_PAGE_ROWS, PAGE_ROWS = 34, 40


def write_pdf(data: dict[str, Any], start: date, end: date, out: Path, lang: str = "en",
              detail: list[str] | None = None) -> int:
    """The comparison: all halls' totals, then every hall ranked, a page-sized table at a
    time; then the pages of the halls in `detail`. Returns the pages."""
    lay = Layout(start, end, lang)
    L = lay.L
    n, tickets, served, wait, within, noshow = data["summary"] or (0, 0, 0, None, None, 0)
    total = RunsTable([[L["halls"], L["tickets"], L["served"], L["wait"], L["within"],
                    L["noshow"]],
                   [_fmt(len(data["halls"])), _fmt(tickets or 0), _fmt(served or 0),
                    _fmt(wait), _fmt(within, 0, "%"), _fmt(noshow or 0)]],
                  colWidths=[31 * mm] * 6, hAlign="LEFT")
    total.setStyle(lay.style(0))
    story: list[Any] = [Paragraph(runs_markup(f"{L['title']} · {lay.period}"), lay.h1),
                        Paragraph(runs_markup(f"{L['ranked']} {L['more']}"), lay.small),
                        Spacer(1, 2 * mm), total, Spacer(1, 3 * mm)]
    widths = [10 * mm, 52 * mm, 20 * mm, 22 * mm, 25 * mm, 23 * mm, 24 * mm, 18 * mm,
              20 * mm, 27 * mm, 27 * mm]
    rows = [lay.hall_row(h) for h in data["halls"]]
    first, size = 0, FIRST_PAGE_ROWS
    while True:
        chunk = rows[first:first + size]
        t = RunsTable([lay.head] + chunk, colWidths=widths, rowHeights=ROW_H, hAlign="LEFT")
        t.setStyle(lay.style(2))
        story.append(t)
        first += size
        if first >= len(rows):
            break
        story.append(PageBreak())
        size = PAGE_ROWS
    story += central_report_cases.section(lay, data, [h["hall_code"] for h in data["halls"]],
                                          PAGE_ROWS, PageBreak)
    by_code = {h["hall_code"]: h for h in data["halls"]}
    for code in detail or []:
        story.append(PageBreak())
        story += hall_page(lay, data, by_code[code])
    return lay.build(story, out, L["title"])


def write_hall_pdfs(data: dict[str, Any], start: date, end: date, folder: Path,
                    lang: str = "en") -> list[Path]:
    """One PDF per hall with figures in the period: `<folder>/<hall code>.pdf`."""
    lay = Layout(start, end, lang)
    out = []
    for h in data["halls"]:
        if not h["rank"]:
            continue  # no tickets in the period: no page of its own
        path = folder / f"{h['hall_code']}.pdf"
        lay.build(hall_page(lay, data, h), path, f"{h['hall_code']} {h['name'] or ''}")
        out.append(path)
    return out


def hall_page(lay: Layout, data: dict[str, Any], h: dict[str, Any]) -> list[Any]:
    """A hall's own page: its figures, per service beside per day (per week past 31 days)."""
    L = lay.L
    last = h["last_sync"].strftime("%Y-%m-%d %H:%M") if h["last_sync"] else "–"
    story: list[Any] = [
        Paragraph(runs_markup(f"{h['rank'] or '–'}. {h['hall_code']} · {h['name'] or ''}"),
                  lay.h1),
        Paragraph(runs_markup(f"{lay.period} · {L['last_sync']}: {last}"), lay.small),
        Spacer(1, 2 * mm)]
    t = RunsTable([lay.head[2:], lay.hall_row(h)[2:]], colWidths=[28 * mm] * 9,
                  hAlign="LEFT")
    t.setStyle(lay.style(0))
    story += [t, Spacer(1, 4 * mm)]
    rows = [[L["service"], L["target"], L["tickets"], L["wait"], L["within"], L["noshow"]]]
    for svc, target, n, wait, within, noshow in data["services"].get(h["hall_code"], []):
        rows.append([svc, _fmt(target), _fmt(n), _fmt(wait), _fmt(within, 0, "%"),
                     _fmt(noshow)])
    by_service = RunsTable(rows, hAlign="LEFT",
                           colWidths=[20 * mm, 24 * mm, 20 * mm, 28 * mm, 26 * mm, 22 * mm])
    by_service.setStyle(lay.style(1, 8))
    unit = L["day"] if data["unit"] == "day" else L["week"]
    rows = [[unit, L["tickets"], L["wait"], L["noshow"], L["sat"]]]
    for day, n, wait, noshow, sat in data["periods"].get(h["hall_code"], []):
        rows.append([day.isoformat(), _fmt(n), _fmt(wait), _fmt(noshow), _fmt(sat, 2)])
    by_day = RunsTable(rows[:32], colWidths=[24 * mm, 20 * mm, 28 * mm, 20 * mm, 28 * mm],
                       hAlign="LEFT")
    by_day.setStyle(lay.style(1, 8))
    # Services on the left, days on the right: a hall fits on one page.
    both = RunsTable([[by_service, by_day]], colWidths=[150 * mm, 123 * mm], hAlign="LEFT")
    both.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(both)
    story += central_report_cases.hall_part(lay, data, h["hall_code"])
    return story
