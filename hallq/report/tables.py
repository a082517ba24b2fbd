"""The report's tables, shared by the PDF and the CSV: one Section per table, words in a language."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from hallq.report import audit
from hallq.report.figures import DayFigures, HallConf
from hallq.report.labels import category_label, choice_label, labels


@dataclass
class Section:
    key: str
    header: list[str]
    rows: list[list[Any]]  # numbers stay numbers; the PDF formats them, the CSV writes them
    kinds: dict[int, str] = field(default_factory=dict)  # column -> "share" (in %) | "rating"


def _r(x: float | None, digits: int = 1) -> float | None:
    return None if x is None else round(x, digits)


def _p(x: float | None) -> float | None:
    return None if x is None else round(100 * x, 1)


HEADLINE_ROWS = [  # (label key, figure key, kind)
    ("issued", "issued", "int"), ("served", "served", "int"),
    ("no_shows", "no_shows", "int"), ("cancelled", "cancelled", "int"),
    ("left_at_close", "left_at_close", "int"), ("transfers", "transfers", "int"), ("mean_wait", "mean_wait_min", "min"),
    ("p90_wait", "p90_wait_min", "min"), ("within_target", "within_target", "share"),
    ("mean_rating", "mean_rating", "rating"), ("response_rate", "response_rate", "share"),
    ("complaints", "complaints", "int"), ("open_follow_ups", "open_follow_ups", "int"),
    ("estimate_error", "estimate_error", "share"), ("estimate_mae", "estimate_mae_min", "min"),
]


def last_week(figs: DayFigures) -> dict[str, Any]:
    """Last week's headline, or nothing when that day had no tickets: no invented growth
    ("last week: 0, +550") on a hall that had no last week."""
    lw = figs.last_week
    return lw.headline if lw is not None and lw.headline.get("issued") else {}


def rating_label(w: dict[str, str], conf: HallConf, key: str) -> str:
    """A rating choice as the keypad shows it: its score (4 the best) and its words."""
    score = next((c.get("score") for c in conf.rating_choices if c["key"] == key), None)
    word = choice_label(w, key)
    return f"{score} · {word}" if score is not None else word


# The first page's twelve boxes (the comparison table below them has every row).
GRID = ("issued", "served", "no_shows", "left_at_close", "mean_wait_min", "p90_wait_min",
        "within_target", "mean_rating", "response_rate", "complaints", "open_follow_ups",
        "cancelled")


def sections(figs: DayFigures, conf: HallConf, lang: str) -> list[Section]:
    """Every table of the report, in order, with headers in `lang`."""
    w = labels(lang, figs.extra.get("until"))
    out = []
    lw = last_week(figs)
    rows = []
    for lab, key, kind in HEADLINE_ROWS:
        conv = _p if kind == "share" else (lambda x: _r(x, 2)) if kind != "int" else (lambda x: x)
        rows.append([w[lab], conv(figs.headline.get(key)), conv(lw.get(key)), kind])
    out.append(Section("headline", [w["figure"], w["today"], w["last_week"], ""], rows))
    out.append(Section("by_service", [
        w["service"], w["target"], w["c_issued"], w["c_in"], w["c_called"],
        w["c_served"], w["c_no_shows"], w["c_out"], w["c_mean_wait"], w["c_p90"],
        w["c_within"], w["c_service_time"], w["c_rating"]], [
        [f"{r['service']} · {conf.services[r['service']].name(lang)}"
         if r["service"] in conf.services else r["service"], r["target_min"], r["issued"],
         r["transfers_in"], r["called"], r["served"], r["no_shows"], r["transfers_out"],
         _r(r["mean_wait_min"]), _r(r["p90_wait_min"]), _p(r["within_target"]),
         _r(r["mean_service_min"]), _r(r["mean_rating"], 2)] for r in figs.per_service],
        {10: "share", 12: "rating"}))
    out.append(Section("by_staff", [
        w["staff"], w["c_served"], w["c_service_time"], w["c_rating"], w["satisfied"],
        w["c_no_shows"], w["transfers"], w["complaints"]], [
        [f"{r['name']} ({r['staff']})", r["served"], _r(r["mean_service_min"]),
         _r(r["mean_rating"], 2), _p(r["satisfied"]), r["no_shows"], r["transfers"],
         r["complaints"]] for r in figs.per_staff], {3: "rating", 4: "share"}))
    need = {r["hour"]: r["total"] for r in figs.staffing.rows} if figs.staffing else {}
    out.append(Section("by_hour", [w["hour"], w["arrivals"], w["mean_wait"],
                                   w["counters_open"], w["counters_needed"]], [
        [f"{r['hour']:02d}:00", r["arrivals"], _r(r["mean_wait_min"]), _r(r["counters_open"]),
         need.get(r["hour"])] for r in figs.per_hour]))
    total = sum(figs.ratings.values())
    out.append(Section("ratings", [w["rating"], w["count"], w["share"]], [
        [rating_label(w, conf, k), n, _p(n / total) if total else None]
        for k, n in figs.ratings.items()], {2: "share"}))
    out.append(Section("low_reasons", [w["low_reasons"], w["count"]],
                       [[w.get(k, k), n] for k, n in figs.low_reasons.items()]))
    out.append(Section("follow_ups", [w["day"], w["ticket"], w["staff"], w["kind"], w["text"]], [
        [n["day"], n["number"], f"{n['name']} ({n['staff']})" if n["staff"] else "",
         w.get(n["kind"], n["kind"]),
         " · ".join(x for x in (category_label(w, n["category"]), n["text"]) if x)]
        for n in figs.follow_ups]))
    if figs.staffing:
        prefixes = list(conf.services)
        # the advice and its replayed result side by side, per hour
        out.append(Section("staffing", [w["hour"], *prefixes, w["total"], w["would_need"],
                                        w["replay_within"], w["replay_wait"]], [
            [f"{r['hour']:02d}:00", *[r["need"].get(p, 0) for p in prefixes], r["total"],
             r.get("would_need") or None, _p(r.get("replay_within")),
             _r(r.get("replay_wait_min"))]
            for r in figs.staffing.rows], {len(prefixes) + 3: "share"}))
    # Last, so a spreadsheet that reads the CSV's earlier tables by position still does.
    out.append(Section("audit", [w["time"], w["who"], w["what"], w["details"]],
                       audit.audit_rows(figs.extra.get("audit") or [], conf.timezone, w)))
    return out


# ---------------------------------------------------------------- CSV

def report_csv(figs: DayFigures, conf: HallConf, lang: str = "vi") -> bytes:
    """One UTF-8 CSV (with BOM, so spreadsheets read Vietnamese and Chinese) of every table:
    a title line per section, its header, its rows, a blank line. Decimal point '.'."""
    w = labels(lang)
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow([conf.name, w["title"], figs.day.isoformat()])
    out.writerow([])
    for sec in sections(figs, conf, lang):
        out.writerow([w[sec.key] if sec.key != "headline" else w["title"]])
        header = sec.header[:-1] if sec.key == "headline" else sec.header
        out.writerow([f"{h} (%)" if sec.kinds.get(i) == "share" else h
                      for i, h in enumerate(header)])
        for row in sec.rows:
            if sec.key == "headline":  # the last cell is the row's kind
                row = [f"{row[0]} (%)" if row[-1] == "share" else row[0], *row[1:-1]]
            out.writerow(["" if v is None else v for v in row])
        out.writerow([])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


