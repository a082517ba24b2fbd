"""Every figure of a business day, computed from the event log alone (one pass, no Qt).

The event log is the record: each ticket event carries the whole ticket in
data["ticket"], so one ordered read of a day's events gives every count and time.
Configuration (service names, targets, staff names, hall name) comes from the store's
current tables; it labels the figures and never changes them, except the target wait
used for "within target" (the service's target now).

Definitions (the report's footnote repeats them):
- issued: tickets taken at the kiosk that day (ticket_issued); a transfer or a
  re-queue is a new leg of the same ticket, not a new issue.
- wait of a leg: from joining that service's queue (queued_at) to its first call.
  Headline waits are the customer's wait from arrival to the first call (first legs);
  per-service waits are every leg called in that service's queue.
- p90: nearest-rank 90th percentile (the smallest value with at least 90 % at or below).
- within target: wait <= the service's target wait.
- served: visits finished (ticket_finished). Response rate: rated / served.
- cancelled: cancelled during the day; left at close: tickets still waiting, called or
  being served after the day's last event (the next morning's automatic cancellation is
  logged on the next day and is not read, so the figure is the same before and after it).
- open follow-ups: notes marked "follow up" on or before the day with no note_resolved
  logged on or before the day (so a past report reads the same tomorrow).
- estimate error: over first legs called that day whose ticket printed a wait, the mean
  of |printed - real wait| (minutes), and that sum over the sum of their real waits.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hallq.domain import DEFAULT_TARGET_WAIT_MIN, name_in
from hallq.report.events import day_events, note_events, open_follow_ups

json_loads: Callable[[str | bytes], Any]
try:  # parsing each event's JSON is most of the work: orjson does it 2-3x faster, if present
    import orjson

    json_loads = orjson.loads
except ImportError:  # pragma: no cover - the standard library is fine, only slower
    json_loads = json.loads

# Events no figure needs (a ticket being served is still "at the counter" after its call;
# a recall changes no figure), skipped before parsing their JSON.
SKIP = frozenset({"ticket_serving", "ticket_recalled"})
SHARE_MIN_WAIT = 1.0  # minutes of mean real wait below which the estimate's error is no share


@dataclass
class ServiceConf:
    prefix: str
    names: dict[str, str]
    target_wait_min: float
    typical_service_min: float

    def name(self, lang: str) -> str:
        return name_in(self.names, lang, self.prefix)


@dataclass
class HallConf:
    """What labels a report: the hall, its services and staff, its rating scale."""

    code: str
    name: str
    timezone: str
    languages: tuple[str, ...]
    services: dict[str, ServiceConf]
    staff: dict[str, str]  # code -> name
    rating_choices: tuple[dict, ...]
    rating_reasons: tuple[str, ...]

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def low_choices(self) -> set[str]:
        low = {c["key"] for c in self.rating_choices if c.get("low")}
        if not low and self.rating_choices:
            low = {min(self.rating_choices, key=lambda c: c["score"])["key"]}
        return low


@dataclass
class DayFigures:
    day: date
    headline: dict[str, Any]
    per_service: list[dict[str, Any]]
    per_staff: list[dict[str, Any]]
    per_hour: list[dict[str, Any]]
    ratings: dict[str, int]
    low_reasons: dict[str, int]
    follow_ups: list[dict[str, Any]]
    events: int = 0
    last_week: DayFigures | None = None
    staffing: Any = None  # hallq.report.staffing.StaffingPlan, filled by build()
    extra: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------- small statistics

def mean(xs: Sequence[float]) -> float | None:
    return sum(xs) / len(xs) if xs else None


def p90(xs: Sequence[float]) -> float | None:
    """Nearest-rank 90th percentile."""
    if not xs:
        return None
    s = sorted(xs)
    return s[max(0, math.ceil(0.9 * len(s)) - 1)]


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _minutes(a: str, b: str) -> float:
    return (datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() / 60


# ---------------------------------------------------------------- reading the store

def hall_conf(store: Any) -> HallConf:
    """The labels of a report, from the store's current configuration."""
    info = store.get_meta("hall") or {}
    m = store.m
    services = {r.prefix: ServiceConf(r.prefix, r.names, r.target_wait_min,
                                      r.typical_service_min)
                for r in m.Service.select().order_by(m.Service.kiosk_order, m.Service.prefix)}
    staff = {r.code: r.name for r in m.Staff.select()}
    return HallConf(info.get("code", ""), info.get("name", ""),
                    info.get("timezone", "Asia/Ho_Chi_Minh"),
                    tuple(info.get("languages") or ("vi",)), services, staff,
                    tuple(info.get("rating_choices") or ()),
                    tuple(info.get("rating_reasons") or ()))


def figures(store: Any, day: date, conf: HallConf | None = None,
            compare: bool = True) -> DayFigures:
    """All figures of `day` (and the headline of the same weekday a week earlier)."""
    conf = conf or hall_conf(store)
    out = compute(day_events(store, day), note_events(store, day), conf, day)
    if compare:
        before = day - timedelta(days=7)
        out.last_week = compute(day_events(store, before), note_events(store, before), conf,
                                before)
    return out


# ---------------------------------------------------------------- the one pass

def compute(rows: list[tuple], notes: list[tuple], conf: HallConf, day: date) -> DayFigures:
    """Figures of `day` from its event rows (seq, ts, day, type, ticket_id, counter, staff,
    data JSON text) and every note event up to the day."""
    tz = conf.tz
    dkey = day.isoformat()
    svc: dict[str, dict[str, Any]] = defaultdict(lambda: defaultdict(int))
    svc_waits: dict[str, list[float]] = defaultdict(list)
    svc_service: dict[str, list[float]] = defaultdict(list)
    svc_scores: dict[str, list[int]] = defaultdict(list)
    stf: dict[str, dict[str, Any]] = defaultdict(lambda: defaultdict(int))
    stf_service: dict[str, list[float]] = defaultdict(list)
    stf_scores: dict[str, list[int]] = defaultdict(list)
    hour_arrivals: dict[int, int] = defaultdict(int)
    hour_waits: dict[int, list[float]] = defaultdict(list)
    open_seconds: dict[int, float] = defaultdict(float)
    open_since: dict[int, datetime] = {}
    called: set[int] = set()
    last_state: dict[int, str] = {}  # ticket id -> its state after the day's last event
    leg_service: dict[int, str] = {}
    first_waits: list[float] = []
    first_within = 0
    printed: dict[int, float] = {}  # first leg -> the wait printed on its ticket
    est_errors: list[float] = []  # |printed - real| of each called first leg with an estimate
    est_waits: list[float] = []
    low = conf.low_choices()
    ratings: dict[str, int] = {c["key"]: 0 for c in conf.rating_choices}
    low_reasons: dict[str, int] = {}
    h: dict[str, Any] = defaultdict(int)
    last_ts: datetime | None = None
    last_ts_text = ""

    hours_of: dict[str, int] = {}

    def local_hour(ts: str) -> int:
        key = ts[:16] + ts[-6:]  # same minute and offset: same local hour
        hr = hours_of.get(key)
        if hr is None:
            hr = hours_of[key] = datetime.fromisoformat(ts).astimezone(tz).hour
        return hr

    def target(prefix: str) -> float:
        s = conf.services.get(prefix)
        return s.target_wait_min if s else float(DEFAULT_TARGET_WAIT_MIN)

    def add_open(counter: int, until: datetime) -> None:
        start = open_since.pop(counter, None)
        while start is not None and start < until:
            # split the open interval at each local hour boundary
            local = start.astimezone(tz)
            edge = (local.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1))
            end = min(until, edge)
            open_seconds[local.hour] += (end - start).total_seconds()
            start = end

    for _seq, ts, evday, typ, tid, counter, staff, data in rows:
        if evday == dkey:
            last_ts_text = ts
        if typ in SKIP or not typ.startswith(("ticket_", "counter_", "note_")):
            continue
        if typ == "ticket_not_rated":
            h["not_rated"] += 1  # nothing else needed: no need to parse it
            continue
        d: dict[str, Any] = json_loads(data) if data else {}
        t: dict[str, Any] = d.get("ticket") or {}
        if evday != dkey or (t and t.get("day") != dkey):
            continue  # e.g. the day-end cancellation of yesterday's tickets: counted there
        if t:
            last_state[tid] = t["state"]
            leg_service[tid] = t["service"]
        if typ == "ticket_issued":
            h["issued"] += 1
            eta = d.get("eta_min", t.get("eta_min"))
            if eta is not None:
                printed[tid] = eta
            svc[t["service"]]["issued"] += 1
            hour_arrivals[local_hour(t["arrival"])] += 1
        elif typ == "ticket_called":
            if tid in called:
                continue
            called.add(tid)
            wait = _minutes(t["queued_at"], ts)
            s = t["service"]
            svc_waits[s].append(wait)
            if wait <= target(s):
                svc[s]["within"] += 1
            if t.get("leg", 1) == 1:
                if tid in printed:
                    est_errors.append(abs(printed[tid] - wait))
                    est_waits.append(wait)
                first_waits.append(wait)
                first_within += wait <= target(s)
                hour_waits[local_hour(t["arrival"])].append(wait)
        elif typ == "ticket_finished":
            s = t["service"]
            mins = d.get("service_min")
            if mins is None and t.get("serving_at"):
                mins = _minutes(t["serving_at"], ts)
            h["served"] += 1
            svc[s]["served"] += 1
            stf[staff]["served"] += 1
            if mins is not None:
                svc_service[s].append(mins)
                stf_service[staff].append(mins)
        elif typ == "ticket_no_show":
            h["no_shows"] += 1
            svc[t["service"]]["no_shows"] += 1
            stf[staff]["no_shows"] += 1
        elif typ == "ticket_cancelled":
            if d.get("reason") == "day_end":
                continue  # left at close: counted from the last state, see below
            h["cancelled"] += 1
            svc[t["service"]]["cancelled"] += 1
        elif typ == "ticket_transferred":
            h["transfers"] += 1
            svc[t["service"]]["transfers_out"] += 1
            if d.get("to_service"):
                svc[d["to_service"]]["transfers_in"] += 1
            if d.get("to_id") is not None:  # the new leg waits; its own events follow
                last_state.setdefault(d["to_id"], "waiting")
                leg_service[d["to_id"]] = d.get("to_service") or t["service"]
            stf[staff]["transfers"] += 1
        elif typ == "ticket_requeued":
            h["requeued"] += 1
        elif typ == "ticket_rated":
            score = d.get("score")
            choice = d.get("choice", "")
            s = d.get("service", "")
            h["rated"] += 1
            ratings[choice] = ratings.get(choice, 0) + 1
            if score is not None:
                svc_scores[s].append(score)
                stf_scores[staff].append(score)
            if choice in low:
                for r in d.get("reasons") or []:
                    low_reasons[r] = low_reasons.get(r, 0) + 1
        elif typ == "ticket_not_rated":
            h["not_rated"] += 1
        elif typ == "note_added":
            h["notes"] += 1
            if d.get("kind") == "complaint":
                h["complaints"] += 1
                stf[staff]["complaints"] += 1
        elif typ.startswith("counter_"):
            when = datetime.fromisoformat(ts)
            if typ in ("counter_opened", "counter_resumed"):
                open_since.setdefault(counter, when)
            else:  # paused or closed: the open interval ends
                add_open(counter, when)
            continue
    # Whatever was still waiting, called or being served when the day's log ends was left
    # at close (the next day's first command cancels it; that event is not this day's).
    left: dict[str, int] = defaultdict(int)
    for tid, state in last_state.items():
        if state in ("waiting", "called", "serving"):
            left[leg_service.get(tid) or "?"] += 1
    if last_ts_text:
        last_ts = datetime.fromisoformat(last_ts_text)
    for counter in list(open_since):  # still open at the end of the log: count to the last event
        add_open(counter, last_ts or open_since[counter])

    # ---- headline
    all_scores = [x for xs in svc_scores.values() for x in xs]
    satisfied = sum(1 for x in all_scores if x >= 3)
    follow_ups = open_follow_ups(notes, conf.staff, dkey)
    headline = {
        "issued": h["issued"], "served": h["served"], "no_shows": h["no_shows"],
        "cancelled": h["cancelled"], "left_at_close": sum(left.values()),
        "transfers": h["transfers"], "requeued": h["requeued"],
        "called": len(first_waits),
        "mean_wait_min": mean(first_waits), "p90_wait_min": p90(first_waits),
        "max_wait_min": max(first_waits) if first_waits else None,
        "within_target": share(first_within, len(first_waits)),
        "rated": h["rated"], "not_rated": h["not_rated"],
        "mean_rating": mean(all_scores), "satisfied": share(satisfied, len(all_scores)),
        "response_rate": share(h["rated"], h["served"]),
        "notes": h["notes"], "complaints": h["complaints"],
        "open_follow_ups": len(follow_ups),
        # the estimate's error: mean |printed - real| wait, and that as a share of the mean
        "estimate_n": len(est_errors), "estimate_mae_min": mean(est_errors),
        # (none when the waits were under SHARE_MIN_WAIT on average: minutes of error are
        # no sensible share of seconds of wait)
        "estimate_error": (sum(est_errors) / sum(est_waits)
                           if est_errors and sum(est_waits) >= SHARE_MIN_WAIT * len(est_waits)
                           else None),
    }

    # ---- per service (configured order, then any prefix seen only in the log)
    prefixes = list(conf.services) + sorted(set(svc) - set(conf.services))
    per_service = []
    for p in prefixes:
        row = svc.get(p, {})
        waits = svc_waits.get(p, [])
        scores = svc_scores.get(p, [])
        per_service.append({
            "service": p, "target_min": target(p),
            "issued": row.get("issued", 0), "transfers_in": row.get("transfers_in", 0),
            "called": len(waits), "served": row.get("served", 0),
            "no_shows": row.get("no_shows", 0), "cancelled": row.get("cancelled", 0),
            "left_at_close": left.get(p, 0), "transfers_out": row.get("transfers_out", 0),
            "mean_wait_min": mean(waits), "p90_wait_min": p90(waits),
            "within_target": share(row.get("within", 0), len(waits)),
            "mean_service_min": mean(svc_service.get(p, [])),
            "mean_rating": mean(scores), "rated": len(scores),
        })

    # ---- per staff member (anyone who served, rated, noted or lost a customer)
    per_staff = []
    for code in sorted(k for k in stf.keys() | stf_scores.keys() if k):
        row = stf.get(code, {})
        scores = stf_scores.get(code, [])
        per_staff.append({
            "staff": code, "name": conf.staff.get(code, code),
            "served": row.get("served", 0),
            "mean_service_min": mean(stf_service.get(code, [])),
            "mean_rating": mean(scores), "rated": len(scores),
            "satisfied": share(sum(1 for x in scores if x >= 3), len(scores)),
            "no_shows": row.get("no_shows", 0), "transfers": row.get("transfers", 0),
            "complaints": row.get("complaints", 0),
        })

    # ---- per hour of the local day: from the first to the last hour with anything
    hours = set(hour_arrivals) | {k for k, v in open_seconds.items() if v > 0}
    per_hour = []
    if hours:
        for hr in range(min(hours), max(hours) + 1):
            per_hour.append({"hour": hr, "arrivals": hour_arrivals.get(hr, 0),
                             "mean_wait_min": mean(hour_waits.get(hr, [])),
                             "counters_open": open_seconds.get(hr, 0.0) / 3600})
    return DayFigures(day, headline, per_service, per_staff, per_hour, ratings,
                      dict(sorted(low_reasons.items(), key=lambda kv: -kv[1])),
                      follow_ups, events=len(rows))
