"""The central report's cases, complaints and indices: per hall, and per owner across halls.

Definitions (the README says them too):
- cases due in the period (by their due date), refused ones left out; "done in time": marked
  done on or before the due date (the hall's own date of the last change of a done case);
- complaints opened in the period (the hall's date), per 1,000 visits: per hall its visits
  (first legs, day_stats), per owner the visits that staff member served (owner_stats);
- indices: answers and mean score per index (index_stats), per owner over all indices
  (owner_stats).
Run inside the report's transaction, after its temporary rep_t (hallq.sync.central_report).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from hallq.tickets.pdf_text import RunsTable, runs_markup

# Each hall's own date of a time: its timezone ('' in a demo: UTC).
LOCAL = "({col} AT TIME ZONE coalesce(nullif(h.timezone, ''), 'UTC'))::date"

PASS_SQL = [
    """CREATE TEMP TABLE rep_cases ON COMMIT DROP AS
    SELECT c.hall_code, c.owner, count(*) AS due_cases,
           count(*) FILTER (WHERE c.status = 'done' AND """ + LOCAL.format(col="c.updated_at")
    + """ <= c.due) AS in_time
    FROM cases c JOIN halls h USING (hall_code)
    WHERE c.due BETWEEN %(f)s AND %(t)s AND c.status <> 'refused' GROUP BY 1, 2""",
    # (the range on opened_at first, by its index; then each hall's own dates exactly)
    """CREATE TEMP TABLE rep_complaints ON COMMIT DROP AS
    SELECT k.hall_code, k.owner, count(*) AS complaints,
           count(*) FILTER (WHERE k.level >= 2 AND k.closed_at IS NULL) AS escalated
    FROM complaints k JOIN halls h USING (hall_code)
    WHERE k.opened_at >= %(f)s::date - 1 AND k.opened_at < %(t)s::date + 2
      AND """ + LOCAL.format(col="k.opened_at") + """ BETWEEN %(f)s AND %(t)s GROUP BY 1, 2""",
    """CREATE TEMP TABLE rep_index ON COMMIT DROP AS
    SELECT hall_code, index_key, sum(answers) AS answers, sum(score_sum) AS score_sum
    FROM index_stats WHERE day BETWEEN %(f)s AND %(t)s GROUP BY 1, 2""",
    """CREATE TEMP TABLE rep_owner ON COMMIT DROP AS
    SELECT hall_code, owner, sum(served) AS served, sum(answers) AS answers,
           sum(score_sum) AS score_sum
    FROM owner_stats WHERE day BETWEEN %(f)s AND %(t)s GROUP BY 1, 2""",
]

HALL_SQL = """
WITH c AS (SELECT hall_code, sum(due_cases) AS due, sum(in_time) AS in_time
           FROM rep_cases GROUP BY 1),
k AS (SELECT hall_code, sum(complaints) AS n, sum(escalated) AS escalated
      FROM rep_complaints GROUP BY 1),
v AS (SELECT hall_code, sum(visits) AS visits FROM rep_t GROUP BY 1),
i AS (SELECT hall_code, sum(answers) AS answers, sum(score_sum) AS score_sum
      FROM rep_index GROUP BY 1)
SELECT coalesce(c.hall_code, k.hall_code, i.hall_code), coalesce(c.due, 0)::bigint,
       coalesce(c.in_time, 0)::bigint, coalesce(k.n, 0)::bigint,
       coalesce(k.escalated, 0)::bigint, v.visits::bigint, coalesce(i.answers, 0)::bigint,
       i.score_sum::float / nullif(i.answers, 0)
FROM c FULL JOIN k USING (hall_code) FULL JOIN i USING (hall_code)
     LEFT JOIN v ON v.hall_code = coalesce(c.hall_code, k.hall_code, i.hall_code)
"""
INDEX_SQL = """
SELECT hall_code, index_key, answers::bigint, score_sum::float / answers FROM rep_index
WHERE answers > 0
"""
# Owners with a case due or a complaint in the period.
OWNER_SQL = """
WITH o AS (SELECT coalesce(c.hall_code, k.hall_code) AS hall_code,
                  coalesce(c.owner, k.owner) AS owner, coalesce(c.due_cases, 0) AS due,
                  coalesce(c.in_time, 0) AS in_time, coalesce(k.complaints, 0) AS complaints
           FROM rep_cases c FULL JOIN rep_complaints k USING (hall_code, owner))
SELECT o.hall_code, o.owner, o.due::bigint, o.in_time::bigint, o.complaints::bigint,
       nullif(s.served, 0)::bigint, coalesce(s.answers, 0)::bigint,
       s.score_sum::float / nullif(s.answers, 0)
FROM o LEFT JOIN rep_owner s USING (hall_code, owner)
"""
HALL_KEYS = ("hall_code", "cases_due", "in_time", "complaints", "escalated", "visits",
             "answers", "index_mean")
OWNER_KEYS = ("hall_code", "owner", "cases_due", "in_time", "complaints", "served",
              "answers", "index_mean")
OWNERS_SHOWN = 300  # in the comparison (the rest on each hall's own page)


def _share(part: int, whole: int | None) -> float | None:
    return 100.0 * part / whole if whole else None


def _per_1000(n: int, visits: int | None) -> float | None:
    return 1000.0 * n / visits if visits else None


def figures(central: Any, p: dict[str, Any]) -> dict[str, Any]:
    """The figures, per hall ({code: {...}}), per hall and index, per owner (worst share
    done in time first, then most complaints per 1,000 visits)."""
    for stmt in PASS_SQL:
        central.execute(stmt, p)
    halls: dict[str, dict[str, Any]] = {}
    for r in central.all(HALL_SQL, p):
        h = dict(zip(HALL_KEYS, r, strict=True))
        h["in_time_pct"] = _share(h["in_time"], h["cases_due"])
        h["per_1000"] = _per_1000(h["complaints"], h["visits"])
        halls[h["hall_code"]] = h
    indices: dict[str, dict[str, tuple[int, float]]] = {}
    totals: dict[str, int] = {}
    for code, key, n, mean in central.all(INDEX_SQL, p):
        indices.setdefault(code, {})[key] = (int(n), float(mean))
        totals[key] = totals.get(key, 0) + int(n)
    owners = []
    for r in central.all(OWNER_SQL, p):
        o = dict(zip(OWNER_KEYS, r, strict=True))
        o["in_time_pct"] = _share(o["in_time"], o["cases_due"])
        o["per_1000"] = _per_1000(o["complaints"], o["served"])
        owners.append(o)
    owners.sort(key=lambda o: (o["in_time_pct"] is None, o["in_time_pct"] or 0,
                               -(o["per_1000"] or 0), o["hall_code"], o["owner"]))
    keys = sorted(totals, key=lambda k: (-totals[k], k))
    return {"halls": halls, "indices": indices, "index_keys": keys, "owners": owners}


# ------------------------------------------------------------------ PDF
LABELS = {
    "en": {"title": "Cases, complaints and indices", "owners": "Owners across halls",
           "owner": "Owner", "due": "Cases due", "in_time": "Done in time",
           "complaints": "Complaints", "per_1000": "Per 1,000 visits",
           "escalated": "At head office", "served": "Visits served", "answers": "Answers",
           "mean": "Mean /5",
           "note": "Cases due in the period (refused ones left out), the share done by their "
                   "due date; complaints opened in the period per 1,000 visits (an owner: "
                   "per 1,000 visits served); each index: mean score /5 (answers).",
           "more": "{n} more owners: on each hall's own page (--hall CODE or --per-hall)."},
    "vi": {"title": "Hồ sơ, khiếu nại và các chỉ số", "owners": "Người phụ trách các điểm",
           "owner": "Người phụ trách", "due": "Hồ sơ đến hạn", "in_time": "Xong đúng hạn",
           "complaints": "Khiếu nại", "per_1000": "Trên 1.000 lượt",
           "escalated": "Ở tổng công ty", "served": "Lượt đã phục vụ",
           "answers": "Câu trả lời", "mean": "TB /5",
           "note": "Hồ sơ đến hạn trong kỳ (không tính hồ sơ bị từ chối), tỷ lệ xong trước "
                   "hạn; khiếu nại mở trong kỳ trên 1.000 lượt khách (người phụ trách: trên "
                   "1.000 lượt đã phục vụ); mỗi chỉ số: điểm trung bình /5 (số câu trả lời).",
           "more": "Còn {n} người phụ trách: xem trang riêng của từng điểm."},
}


# The sample set's indices in short (the daily report's words); a hall's own index: its key.
INDEX_NAMES = {
    "en": {"access": "Access", "waiting_time": "Waiting time",
           "staff_attitude": "Staff attitude", "information": "Information",
           "procedure": "Procedure", "bill_price": "Bill and price",
           "facilities": "Facilities"},
    "vi": {"access": "Tiếp cận", "waiting_time": "Thời gian chờ",
           "staff_attitude": "Thái độ nhân viên", "information": "Thông tin",
           "procedure": "Thủ tục", "bill_price": "Hóa đơn, giá", "facilities": "Cơ sở vật chất"},
}


def _index(lang: str, key: str) -> str:
    return INDEX_NAMES.get(lang, INDEX_NAMES["en"]).get(key, key)


def _f(v: Any, digits: int = 1, suffix: str = "") -> str:
    if v is None:
        return "–"
    if isinstance(v, int):
        return f"{v:,}".replace(",", " ")
    return f"{float(v):.{digits}f}{suffix}"


def _index_cell(found: tuple[int, float] | None) -> str:
    return "–" if found is None else f"{found[1]:.2f} ({found[0]})"


def _owner_rows(L: dict[str, str], owners: list[dict[str, Any]],
                with_hall: bool) -> list[list[str]]:
    head = ([L["owner"]] if not with_hall else ["", L["owner"]]) + [
        L["due"], L["in_time"], L["complaints"], L["served"], L["per_1000"], L["answers"],
        L["mean"]]
    rows = [head]
    for o in owners:
        rows.append(([o["hall_code"]] if with_hall else []) + [
            o["owner"] or "–", _f(o["cases_due"]), _f(o["in_time_pct"], 0, "%"),
            _f(o["complaints"]), _f(o["served"]), _f(o["per_1000"], 2), _f(o["answers"]),
            _f(o["index_mean"], 2)])
    return rows


def section(lay: Any, data: dict[str, Any], order: list[str], rows_per_page: int,
            page_break: Any) -> list[Any]:
    """The comparison's pages of cases, complaints and indices: every hall (in the
    comparison's order), then the owners across halls."""
    L = LABELS.get(lay.lang, LABELS["en"])
    c = data["cases"]
    if not c["halls"]:
        return []  # no case, complaint or index answer in the period: no pages for them
    keys = c["index_keys"][:7]
    story: list[Any] = [page_break(),
                        Paragraph(runs_markup(f"{L['title']} · {lay.period}"), lay.h1),
                        Paragraph(runs_markup(L["note"]), lay.small), Spacer(1, 2 * mm)]
    head = [lay.L["hall"], L["due"], L["in_time"], L["complaints"], L["per_1000"],
            L["escalated"],
            *(Paragraph(runs_markup(_index(lay.lang, k)), lay.cell) for k in keys)]
    rows = []
    for code in order:
        h = c["halls"].get(code)
        if h is None:
            continue
        mine = c["indices"].get(code, {})
        rows.append([code, _f(h["cases_due"]), _f(h["in_time_pct"], 0, "%"),
                     _f(h["complaints"]), _f(h["per_1000"], 2), _f(h["escalated"]),
                     *(_index_cell(mine.get(k)) for k in keys)])
    widths = [30 * mm, 20 * mm, 20 * mm, 20 * mm, 22 * mm, 20 * mm] + \
        [min(20.0, 140.0 / max(len(keys), 1)) * mm] * len(keys)
    for i in range(0, max(len(rows), 1), rows_per_page):
        t = RunsTable([head] + rows[i:i + rows_per_page], colWidths=widths, hAlign="LEFT",
                  repeatRows=1)
        t.setStyle(lay.style(1, 7))
        story += [t] if i == 0 else [page_break(), t]
    owners = c["owners"]
    story += [page_break(), Paragraph(runs_markup(f"{L['owners']} · {lay.period}"), lay.h1),
              Spacer(1, 2 * mm)]
    shown = _owner_rows(L, owners[:OWNERS_SHOWN], True)
    for i in range(1, max(len(shown), 2), rows_per_page):
        t = RunsTable([shown[0]] + shown[i:i + rows_per_page], hAlign="LEFT")
        t.setStyle(lay.style(2, 8))
        story += [t] if i == 1 else [page_break(), t]
    if len(owners) > OWNERS_SHOWN:
        story.append(Paragraph(runs_markup(L["more"].format(n=len(owners) - OWNERS_SHOWN)),
                               lay.small))
    return story


def hall_part(lay: Any, data: dict[str, Any], code: str) -> list[Any]:
    """A hall's own page: its indices and its owners."""
    L = LABELS.get(lay.lang, LABELS["en"])
    c = data["cases"]
    mine = c["indices"].get(code, {})
    if code not in c["halls"]:
        return []
    h = c["halls"][code]
    keys = [k for k in c["index_keys"] if k in mine]
    story: list[Any] = [Spacer(1, 4 * mm), Paragraph(runs_markup(L["title"]), lay.h2)]
    t = RunsTable([[L["due"], L["in_time"], L["complaints"], L["per_1000"], L["escalated"],
                *(_index(lay.lang, k) for k in keys)],
               [_f(h["cases_due"]), _f(h["in_time_pct"], 0, "%"), _f(h["complaints"]),
                _f(h["per_1000"], 2), _f(h["escalated"]), *(_index_cell(mine[k]) for k in keys)]],
              hAlign="LEFT")
    t.setStyle(lay.style(0, 8))
    story += [t, Spacer(1, 2 * mm)]
    owners = [o for o in c["owners"] if o["hall_code"] == code]
    if owners:
        t = RunsTable(_owner_rows(L, owners, False), hAlign="LEFT", repeatRows=1)
        t.setStyle(lay.style(1, 8))
        story.append(t)
    return story
