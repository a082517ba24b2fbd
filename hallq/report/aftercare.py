"""The day's cases, complaints and satisfaction indices for the daily report: the figures
(from the hall's tables, and for what changed since, its events) and their tables in the
report's language.

Definitions (the report's notes repeat them): a case is opened on the business day of its
opening, closed on the day of its final status (done or refused); at the day's end it is
open if not closed by then, overdue if open and the day is past its due date; each is
counted under its owner at the day's end (a past day reads the same tomorrow). Complaints
the same, with the median hours from opening to closing of those closed that day. Index
answers are those given that business day.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hallq.domain import local_business_day, name_in
from hallq.hall.indices import DEFAULT_INDICES
from hallq.report.aftercare_stats import MIN_ANSWERS, mean_interval, median
from hallq.report.figures import HallConf, json_loads
from hallq.report.labels import format_number, labels
from hallq.report.tables import Section
from hallq.store.times import at_or_after, before

FINAL = ("done", "refused")
COUNTS = ("opened", "closed", "on_time", "overdue", "open")


def _empty_counts() -> dict[str, Any]:
    return dict.fromkeys(COUNTS, 0) | {"hours": []}


def aftercare_figures(store: Any, day: date, conf: HallConf) -> dict[str, Any]:
    """{"cases": {owner: counts}, "complaints": {"cause": {...}, "owner": {...}},
    "indices": [{"key", "n", "mean", "ci", "top2"}], "names": {...}} for `day`."""
    m = store.m
    out: dict[str, Any] = {"cases": {}, "complaints": {"cause": {}, "owner": {}},
                           "indices": [], "index_names": {}, "cause_names": {}}
    if not store.db.table_exists("hall_case"):  # a file of an earlier schema, read-only
        return out
    start_hour = int((store.get_meta("hall") or {}).get("day_start_hour", 4))
    tz = conf.timezone

    days: dict[datetime, date] = {}  # each time is asked of again below: once is enough

    def on(ts: datetime) -> date:
        d = days.get(ts)
        if d is None:
            d = days[ts] = local_business_day(ts, tz, start_hour)
        return d

    def bday(ts: datetime | None) -> date | None:
        return None if ts is None else on(ts)

    around = _around(day, tz, start_hour)
    cases: dict[str, dict[str, Any]] = defaultdict(_empty_counts)
    for owner, status, opened, due, closed_at in _cases_then(store, day, on, around):
        closed = bday(closed_at)
        row = cases[owner]
        row["opened"] += opened == day
        if closed == day:
            row["closed"] += 1
            row["on_time"] += status == "done" and closed <= due
        if closed is None or closed > day:
            row["open"] += 1
            row["overdue"] += day > due
    out["cases"] = {k: {c: v[c] for c in COUNTS} for k, v in cases.items()}

    by: dict[str, dict[str, dict[str, Any]]] = {"cause": defaultdict(_empty_counts),
                                                "owner": defaultdict(_empty_counts)}
    for owner, cause, opened_at, due, closed_at in _complaints_then(store, day, on, around):
        began, closed = on(opened_at), bday(closed_at)
        for table, key in ((by["cause"], cause or ""), (by["owner"], owner)):
            row = table[key]
            row["opened"] += began == day
            if closed == day and closed_at is not None:
                row["closed"] += 1
                row["hours"].append((closed_at - opened_at).total_seconds() / 3600)
            if closed is None or closed > day:
                row["open"] += 1
                row["overdue"] += day > due
    for name, table in by.items():
        out["complaints"][name] = {k: {"opened": v["opened"], "closed": v["closed"],
                                       "overdue": v["overdue"], "open": v["open"],
                                       "median_hours": median(v["hours"])}
                                   for k, v in table.items()}
    out["cause_names"] = {r.key: dict(r.name or {}) for r in m.ComplaintCause.select()}

    scores: dict[str, list[int]] = defaultdict(list)
    # counted in SQL: a busy day has thousands of answers, of five scores each
    for key, score, count in store.db.execute_sql(
            'SELECT "index", score, COUNT(*) FROM index_answer WHERE day = ? '
            'GROUP BY "index", score ORDER BY "index", score', (day.isoformat(),)):
        scores[key].extend([int(score)] * count)
    order = [r.key for r in m.SatisfactionIndex.select().order_by(
        m.SatisfactionIndex.position)]
    out["index_names"] = {r.key: dict(r.name or {}) for r in m.SatisfactionIndex.select()}
    if not order and not out["index_names"]:  # the sample set, in its order
        order = [k for k, _ in DEFAULT_INDICES]
    for key in order + sorted(set(scores) - set(order)):
        xs = scores.get(key, [])
        out["indices"].append({
            "key": key, "n": len(xs), "mean": sum(xs) / len(xs) if xs else None,
            "ci": mean_interval(xs), "top2": sum(1 for x in xs if x >= 4) / len(xs)
            if xs else None})
    return out


# ---------------------------------------------------------------- as at the day's end
# A past day reads the same tomorrow: a case or complaint changed after the day (closed,
# reassigned, its cause set) is read as its last event on or before the day logged it
# (every event that changes it carries it whole); one unchanged since is read from its table.

def _types(store: Any, kind: str) -> list[str]:
    """The types of `kind`'s events ("case_opened", ...) the log holds, each found by one
    seek of its index on (type, day): the events are then read by exact type, only those of
    their days. The hall names each type where it makes that change (hallq.hall.cases,
    .complaints) and keeps no list of them; read from the log, a new one is never missed."""
    prefix = kind + "_"
    below = kind + chr(ord("_") + 1)  # the first text after every "kind_..."
    found: list[str] = []
    while row := store.db.execute_sql(
            "SELECT type FROM event WHERE type > ? AND type < ? ORDER BY type LIMIT 1",
            (found[-1] if found else prefix, below)).fetchone():
        found.append(row[0])
    return found


def _as_of(store: Any, day: date, kind: str, later: dict[str, date]
           ) -> dict[str, tuple[datetime, dict[str, Any]]]:
    """The last event of `kind` ("case", "complaint") logged by the end of `day` for each of
    `later` (number -> its opening day), with the event's time."""
    types = _types(store, kind) if later else []
    if not types:
        return {}
    # Only the events of these (few) numbers leave SQLite: their kind's other events of
    # those days are many more. A customer's check-in names its case by number only ("case"
    # is a text, not the case as it stood): the path finds no number there, it is left out.
    rows = store.db.execute_sql(
        f"SELECT ts, data FROM event WHERE type IN ({', '.join('?' * len(types))}) "
        "AND day >= ? AND day <= ? AND json_extract(data, ?) IN "
        "(SELECT value FROM json_each(?)) ORDER BY seq",
        (*types, min(later.values()).isoformat(), day.isoformat(), f"$.{kind}.number",
         json.dumps(sorted(later))))
    out = {}
    for ts, data in rows:
        d = json_loads(data)[kind]
        out[d["number"]] = (datetime.fromisoformat(ts), d)
    return out


def _around(day: date, tz: str, start_hour: int) -> tuple[datetime, datetime]:
    """Instants from a day before the business day to a day after it: every time `on()`
    puts on the day lies between them, whatever offset it was kept with and whatever the
    zone's clock changes do to the day's start (the exact rule is `on()`'s, in Python)."""
    zone = ZoneInfo(tz)
    return (datetime.combine(day - timedelta(days=1), time(start_hour), zone),
            datetime.combine(day + timedelta(days=2), time(start_hour), zone))


def _cases_then(store: Any, day: date, on: Callable[[datetime], date],
                around: tuple[datetime, datetime]) -> list[tuple[str, str, date, date,
                                                                 datetime | None]]:
    """(owner, status, opening day, due, closed at) of each case open at some time of the
    day, as it stood at the day's end."""
    m = store.m
    recs: dict[str, list[Any]] = {}
    later: dict[str, date] = {}
    first, last = around
    # only those opened by the day's end and not closed before it began: not the hall's
    # years of closed cases (a closed case is never opened again: its last change closed it)
    for number, owner, status, opened_at, due, updated_at in m.Case.select(
            m.Case.number, m.Case.owner, m.Case.status, m.Case.opened_at, m.Case.due,
            m.Case.updated_at).where(
            before(m.Case.opened_at, last),
            m.Case.status.not_in(FINAL) | at_or_after(m.Case.updated_at, first)).tuples():
        opened = on(opened_at)
        closed_at = updated_at if status in FINAL else None
        if opened > day or (closed_at is not None and on(closed_at) < day):
            continue  # not yet, or over before the day
        recs[number] = [owner, status, opened, due, closed_at]
        if on(updated_at) > day:
            later[number] = opened
    for number, (ts, d) in _as_of(store, day, "case", later).items():
        status = d["status"]
        recs[number] = [d["owner"], status, recs[number][2], date.fromisoformat(d["due"]),
                        ts if status in FINAL else None]
    return [tuple(r) for r in recs.values()]


def _complaints_then(store: Any, day: date, on: Callable[[datetime], date],
                     around: tuple[datetime, datetime]
                     ) -> list[tuple[str, str, datetime, date, datetime | None]]:
    """(owner, cause, opened at, due, closed at) of each complaint open at some time of the
    day, as it stood at the day's end."""
    m = store.m
    recs: dict[str, list[Any]] = {}
    later: dict[str, date] = {}
    first, last = around
    for number, owner, cause, opened_at, due, closed_at, updated_at in m.Complaint.select(
            m.Complaint.number, m.Complaint.owner, m.Complaint.cause, m.Complaint.opened_at,
            m.Complaint.due, m.Complaint.closed_at, m.Complaint.updated_at).where(
            before(m.Complaint.opened_at, last),
            m.Complaint.closed_at.is_null() | at_or_after(m.Complaint.closed_at, first)
            ).tuples():
        opened = on(opened_at)
        if opened > day or (closed_at is not None and on(closed_at) < day):
            continue
        recs[number] = [owner, cause, opened_at, due, closed_at]
        if on(updated_at) > day:
            later[number] = opened
    for number, (_, d) in _as_of(store, day, "complaint", later).items():
        recs[number] = [d["owner"], d["cause"], recs[number][2], date.fromisoformat(d["due"]),
                        datetime.fromisoformat(d["closed_at"]) if d["closed_at"] else None]
    return [tuple(r) for r in recs.values()]


def used(data: dict[str, Any]) -> bool:
    """Whether the hall has anything of these that day (else the report leaves them out)."""
    return bool(data["cases"] or data["complaints"]["cause"]
                or any(x["n"] for x in data["indices"]))


# ---------------------------------------------------------------- tables

def index_name(data: dict[str, Any], key: str, lang: str) -> str:
    """An index in the report's words: the sample set's short name, else the hall's own
    question, else its key."""
    w = labels(lang)
    return w.get(f"idx_{key}") or name_in(data["index_names"].get(key, {}), lang, key)


def cause_name(data: dict[str, Any], key: str, lang: str) -> str:
    w = labels(lang)
    if not key:
        return w["no_cause"]
    return name_in(data["cause_names"].get(key, {}), lang, "") or w.get(f"cause_{key}", key)


def _owner(conf: HallConf, code: str) -> str:
    name = conf.staff.get(code)
    return f"{name} ({code})" if name else code


def _total(rows: list[list[Any]], label: str, numeric: set[int]) -> list[Any]:
    return [label] + [sum(r[i] for r in rows) if i in numeric else None
                      for i in range(1, len(rows[0]))]


def aftercare_sections(data: dict[str, Any], conf: HallConf, lang: str) -> list[Section]:
    """Cases by owner, complaints by cause and by owner, the indices: as Sections (numbers
    stay numbers; the PDF formats them, the CSV writes them)."""
    w = labels(lang)
    out = []
    rows = [[_owner(conf, k), v["opened"], v["closed"], v["on_time"], v["overdue"], v["open"]]
            for k, v in sorted(data["cases"].items(), key=lambda kv: _owner(conf, kv[0]))]
    if len(rows) > 1:
        rows.append(_total(rows, w["total"], {1, 2, 3, 4, 5}))
    out.append(Section("cases_by_owner", [w["a_owner"], w["a_opened"], w["a_closed"],
                                          w["a_on_time"], w["a_overdue"], w["a_open"]], rows))
    for what, title, name in (("cause", "complaints_by_cause", cause_name),
                              ("owner", "complaints_by_owner", None)):
        table = data["complaints"][what]

        def label(k: str, name: Any = name) -> str:
            return name(data, k, lang) if name else _owner(conf, k)

        rows = [[label(k), v["opened"], v["closed"],
                 None if v["median_hours"] is None else round(v["median_hours"], 1),
                 v["overdue"], v["open"]]
                for k, v in sorted(table.items(), key=lambda kv: label(kv[0]))]
        if len(rows) > 1:
            rows.append(_total(rows, w["total"], {1, 2, 4, 5}))  # a median is not summed
        out.append(Section(title, [w["a_cause"] if what == "cause" else w["a_owner"],
                                   w["a_opened"], w["a_closed"], w["a_median_close"],
                                   w["a_overdue"], w["a_open"]], rows))
    rows = []
    for x in data["indices"]:
        ci = x["ci"]
        rows.append([index_name(data, x["key"], lang), x["n"],
                     None if x["mean"] is None else round(x["mean"], 2),
                     (f"{format_number(ci[0], lang, 2)}–{format_number(ci[1], lang, 2)}"
                      if ci else w["too_few"] if x["n"] else None),
                     None if x["top2"] is None else round(100 * x["top2"])])
    out.append(Section("indices", [w["a_index"], w["a_answers"], w["a_mean"], w["a_ci"],
                                   w["a_top2"]], rows, {2: "rating", 4: "share"}))
    return out


def indices_note(lang: str) -> str:
    return labels(lang)["indices_note"].format(n=MIN_ANSWERS)


def aftercare_csv(data: dict[str, Any], conf: HallConf, lang: str) -> str:
    """The same tables as CSV lines, in the daily CSV's layout (a title line, the header,
    the rows, a blank line); "" on a day without any."""
    if not used(data):
        return ""
    w = labels(lang)
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    for sec in aftercare_sections(data, conf, lang):
        out.writerow([w[sec.key]])
        out.writerow([f"{h} (%)" if sec.kinds.get(i) == "share" else h
                      for i, h in enumerate(sec.header)])
        for row in sec.rows:
            out.writerow(["" if v is None else v for v in row])
        out.writerow([])
    return buf.getvalue()
