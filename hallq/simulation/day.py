"""A whole business day through the hall service on a simulated clock (seconds, not hours).

Customers arrive (generated with a morning peak, a lunch dip and an afternoon peak, or
replayed from a trace), counters open, call, recall, serve, transfer, finish and pause;
customers rate, clerks write notes; cases, complaints and index answers follow
(hallq.simulation.aftercare). The same seed gives the same day.
"""

from __future__ import annotations

import csv
import heapq
import itertools
import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hallq.domain import DomainError, TicketState, sample
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall
from hallq.simulation import aftercare

# Relative arrival rate per hour of the day (local time): two peaks and a lunch dip.
HOURLY_SHAPE = {7: 0.6, 8: 1.6, 9: 1.8, 10: 1.3, 11: 0.8, 12: 0.4, 13: 0.9, 14: 1.4,
                15: 1.3, 16: 0.7}
SERVICE_MIX = {"A": 0.45, "B": 0.07, "C": 0.15, "D": 0.13, "E": 0.20}
OPEN, CLOSE = time(7, 30), time(17, 0)


@dataclass
class Customer:
    arrival: datetime
    service: str
    priority: str = ""
    service_minutes: float | None = None
    no_show: bool = False
    language: str = "vi"
    ticket_id: int | None = None


@dataclass
class CounterPlan:
    number: int
    staff: str
    pin: str
    open_at: datetime
    close_at: datetime
    lunch: tuple[datetime, datetime] | None = None


@dataclass
class DayResult:
    rows: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def _local(day: date, t: time, tz: str) -> datetime:
    return datetime.combine(day, t, tzinfo=ZoneInfo(tz))


def generate_arrivals(day: date, tickets: int, rng: random.Random, tz: str) -> list[Customer]:
    """`tickets` arrivals spread over the opening hours by HOURLY_SHAPE."""
    total = sum(HOURLY_SHAPE.values())
    out: list[Customer] = []
    prefixes, weights = zip(*SERVICE_MIX.items(), strict=True)
    for hour, w in HOURLY_SHAPE.items():
        n = round(tickets * w / total)
        start = max(_local(day, time(hour), tz), _local(day, OPEN, tz))
        end = min(_local(day, time(hour) if hour < 16 else time(16, 45), tz)
                  + timedelta(hours=1 if hour < 16 else 0), _local(day, time(16, 45), tz))
        span = (end - start).total_seconds()
        for _ in range(n):
            at = start + timedelta(seconds=rng.uniform(0, max(span, 60)))
            r = rng.random()
            prio = ("elderly" if r < 0.05 else "disabled" if r < 0.06 else
                    "pregnant" if r < 0.07 else "appointment" if r < 0.09 else "")
            lang = rng.choices(["vi", "zh_CN", "en"], [0.9, 0.07, 0.03])[0]
            out.append(Customer(at, rng.choices(prefixes, weights)[0], prio,
                                no_show=rng.random() < 0.03, language=lang))
    # Trim or pad to exactly `tickets` so the summary matches what was asked for.
    rng.shuffle(out)
    out = out[:tickets]
    while len(out) < tickets:
        at = _local(day, time(9), tz) + timedelta(seconds=rng.uniform(0, 3600))
        out.append(Customer(at, rng.choices(prefixes, weights)[0]))
    return sorted(out, key=lambda c: c.arrival)


def read_trace(path: Path, tz: str) -> list[Customer]:
    """Columns: arrival (ISO), service, priority, service_minutes, no_show."""
    out = []
    with open(path, newline="", encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f), start=2):
            try:
                at = datetime.fromisoformat(row["arrival"])
                if at.tzinfo is None:
                    at = at.replace(tzinfo=ZoneInfo(tz))
                mins = row.get("service_minutes") or ""
                out.append(Customer(at, row["service"].strip().upper(),
                                    (row.get("priority") or "").strip(),
                                    float(mins) if mins else None,
                                    (row.get("no_show") or "0").strip() in ("1", "true")))
            except (KeyError, ValueError) as exc:
                raise ValueError(f"{path}, line {i}: {exc}") from exc
    return sorted(out, key=lambda c: c.arrival)


def default_counters(hall: Hall, day: date) -> list[CounterPlan]:
    tz = hall.info.timezone
    pins = {s.code: pin for s, pin in sample.STAFF}
    clerks = [s for s in hall.staff.values() if s.role.value == "clerk" and s.active]
    plans = []
    for i, num in enumerate(sorted(hall.state.counters)):
        if i >= len(clerks):
            break
        lunch_start = _local(day, time(11, 30), tz) + timedelta(minutes=30 * (i % 3))
        plans.append(CounterPlan(num, clerks[i].code, pins.get(clerks[i].code, ""),
                                 _local(day, OPEN, tz), _local(day, CLOSE, tz),
                                 (lunch_start, lunch_start + timedelta(minutes=30))))
    return plans


def read_counters(path: Path, hall: Hall, day: date) -> list[CounterPlan]:
    """Columns: counter, open, close (HH:MM local times); optional lunch_start, lunch_end
    (a break the counter takes, HH:MM) and staff, pin (who opens it, for counters past the
    sample's clerks)."""
    base = {p.number: p for p in default_counters(hall, day)}
    tz = hall.info.timezone
    out = []
    with open(path, newline="", encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f), start=2):
            try:
                num = int(row["counter"])
                staff = (row.get("staff") or "").strip()
                plan = base.get(num) or CounterPlan(num, staff, "", _local(day, OPEN, tz),
                                                    _local(day, CLOSE, tz))
                if staff:
                    plan.staff = staff
                if (row.get("pin") or "").strip():
                    plan.pin = row["pin"].strip()
                plan.open_at = _local(day, time.fromisoformat(row["open"]), tz)
                plan.close_at = _local(day, time.fromisoformat(row["close"]), tz)
                start, end = (row.get("lunch_start") or "").strip(), \
                    (row.get("lunch_end") or "").strip()
                plan.lunch = ((_local(day, time.fromisoformat(start), tz),
                               _local(day, time.fromisoformat(end), tz))
                              if start and end else None)
            except (KeyError, ValueError) as exc:
                raise ValueError(f"{path}, line {i}: {exc}") from exc
            if not plan.staff:
                raise ValueError(f"{path}, line {i}: counter {num} has no clerk; "
                                 "give its staff and pin columns")
            out.append(plan)
    return out


def simulate_day(hall: Hall, clock: FixedClock, day: date, customers: list[Customer],
                 plans: list[CounterPlan], seed: int = 1) -> DayResult:
    """Play a day through `hall`, moving `clock`; returns one row per ticket."""
    rng = random.Random(seed * 7919 + 17)
    seq = itertools.count()
    heap: list[tuple[datetime, int, str, Any]] = []

    def at(t: datetime, kind: str, payload: Any = None) -> None:
        heapq.heappush(heap, (t, next(seq), kind, payload))

    for c in customers:
        at(c.arrival, "arrive", c)
    care = aftercare.Aftercare(hall, day, seed)  # cases, complaints, index answers
    for when, job in care.plan_day():
        at(when, "care", job)
    sessions: dict[int, str] = {}
    busy: dict[int, bool] = {}
    for p in plans:
        at(p.open_at, "open", p)
        if p.lunch:
            at(p.lunch[0], "lunch", p)
        at(p.close_at, "close", p)
    by_ticket: dict[int, Customer] = {}
    rows: dict[int, dict[str, Any]] = {}
    closing: set[int] = set()
    wants_break: dict[int, timedelta] = {}

    def free_counter(num: int, now: datetime) -> None:
        """The counter has nobody: take a pending break, or call the next customer."""
        busy[num] = False
        if num in wants_break and num not in closing:
            hall.pause(num, "lunch")
            at(now + wants_break.pop(num), "back", num)
        elif num not in closing:
            try_call(num, now)

    def service_minutes(c: Customer, service: str) -> float:
        if c.service_minutes is not None and service == c.service:
            return c.service_minutes
        mean = hall.state.services[service].typical_service_min
        return max(0.5, rng.lognormvariate(math.log(mean) - 0.08, 0.4))

    def try_call(num: int, now: datetime) -> None:
        st = hall.state.counter_status(num)
        if busy.get(num) or st.state.value != "open":
            return
        try:
            t, _ = hall.call_next(num)
        except DomainError:
            return
        busy[num] = True
        c = by_ticket[t.id]
        if c.no_show and t.leg == 1:
            at(now + timedelta(minutes=1), "recall", num)
        else:
            at(now + timedelta(seconds=rng.uniform(20, 60)), "serve", (num, t.id, c))

    for t, _, kind, payload in iter(lambda: heapq.heappop(heap) if heap else None, None):
        clock.set(t)
        if kind == "arrive":
            c = payload  # a Customer
            try:
                ticket, evs = hall.issue(c.service, c.priority, "", c.language)
            except DomainError:
                continue
            c.ticket_id = ticket.id
            by_ticket[ticket.id] = c
            issued = evs[-1]["data"]
            rows[ticket.id] = {"number": ticket.number, "service": c.service,
                               "arrival": t.isoformat(), "eta_min": ticket.eta_min,
                               "eta_low_min": issued.get("eta_low_min"),
                               "eta_high_min": issued.get("eta_high_min"),
                               "wait_min": None, "counter": None, "outcome": "waiting"}
            for num in sorted(hall.state.counters):
                try_call(num, t)
        elif kind == "open":
            p = payload  # a CounterPlan
            out, _ = hall.login(p.staff, p.pin, p.number)
            sessions[p.number] = out["session"]
            try_call(p.number, t)
        elif kind == "lunch":
            p = payload
            wants_break[p.number] = p.lunch[1] - p.lunch[0]
            if not busy.get(p.number) and p.number in sessions:
                free_counter(p.number, t)
        elif kind == "back":
            num = payload
            if hall.state.counter_status(num).state.value == "paused":
                hall.resume(num)
            try_call(num, t)
        elif kind == "close":
            p = payload
            closing.add(p.number)
            if busy.get(p.number):
                at(t + timedelta(minutes=1), "close", p)
            elif p.number in sessions:
                if hall.state.counter_status(p.number).state.value == "paused":
                    hall.resume(p.number)
                hall.logout(sessions.pop(p.number))
        elif kind == "recall":
            num = payload
            ticket, _ = hall.recall(num)
            if ticket.recalls < hall.info.recalls_before_no_show:
                at(t + timedelta(minutes=1), "recall", num)
            else:
                at(t + timedelta(minutes=1), "no_show", num)
        elif kind == "no_show":
            num = payload
            ticket, _ = hall.no_show(num)
            free_counter(num, t)
        elif kind == "serve":
            num, tid, c = payload
            hall.start_serving(num)
            at(t + timedelta(minutes=service_minutes(c, hall.state.tickets[tid].service)),
               "finish", (num, tid, c))
        elif kind == "finish":
            num, tid, c = payload
            ticket = hall.state.tickets[tid]
            if rng.random() < 0.05:
                note_kind = "complaint" if rng.random() < 0.5 else "request"
                # categories are the counter's keys (ui/counter/dialogs.py NOTE_CATEGORIES)
                hall.add_note(tid, ticket.staff, note_kind, "billing" if note_kind ==
                              "complaint" else "meter", "Khách hỏi về hóa đơn tháng trước",
                              rng.random() < 0.4)
            others = [s for s in hall.state.services if s != ticket.service]
            if ticket.leg == 1 and rng.random() < 0.03 and others:
                leg, _ = hall.transfer(num, to_service=rng.choice(others),
                                       note="chuyển nghiệp vụ")
                by_ticket[leg.id] = c
            else:
                hall.finish(num)
                at(t + timedelta(seconds=rng.uniform(5, 25)), "rate", (tid, num))
                for when, job in care.finished(tid, t):
                    at(when, "care", job)
            free_counter(num, t)
        elif kind == "care":
            for when, job in aftercare.run(payload):
                at(when, "care", job)
        elif kind == "rate":
            tid, num = payload
            if tid in hall.ratings:
                continue
            r = rng.random()
            if r < 0.7:
                choice = rng.choices(["very_satisfied", "satisfied", "acceptable",
                                      "unsatisfied"], [0.55, 0.3, 0.1, 0.05])[0]
                reasons = (rng.sample(list(hall.info.rating_reasons), 2)
                           if choice == "unsatisfied" else [])
                hall.rate(tid, choice, reasons)
            else:
                hall.rate(tid, None, [])
    result = _result(hall, rows, by_ticket)
    result.counts.update(care.counts)
    return result


def _result(hall: Hall, rows: dict[int, dict], by_ticket: dict[int, Customer]) -> DayResult:
    res = DayResult()
    counts: dict[str, int] = {}
    for tid, row in rows.items():
        legs = [t for t in hall.state.tickets.values() if t.number == row["number"]]
        first = hall.state.tickets[tid]
        last = max(legs, key=lambda t: t.leg)
        if first.called_at is not None:
            row["wait_min"] = round((first.called_at - first.arrival).total_seconds() / 60, 2)
        row["counter"] = last.counter
        row["outcome"] = last.state.value
        counts[last.state.value] = counts.get(last.state.value, 0) + 1
        res.rows.append(row)
    counts["issued"] = len(rows)
    counts["rated"] = sum(1 for r in hall.ratings.values() if r.rated)
    counts["transferred"] = sum(1 for t in hall.state.tickets.values()
                                if t.state == TicketState.TRANSFERRED)
    res.counts = counts
    return res


def write_rows(path: Path, rows: list[dict[str, Any]]) -> None:
    cols = ["number", "service", "arrival", "eta_min", "wait_min", "counter", "outcome",
            "eta_low_min", "eta_high_min"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k) for k in cols})


def estimate_error(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Mean absolute error and bias of the printed estimate against the real wait (minutes)."""
    pairs = [(r["eta_min"], r["wait_min"]) for r in rows
             if r["eta_min"] is not None and r["wait_min"] is not None]
    if not pairs:
        return {"n": 0}
    errs = [e - w for e, w in pairs]
    abs_errs = sorted(abs(x) for x in errs)
    return {"n": len(pairs), "mae_min": round(sum(abs_errs) / len(abs_errs), 2),
            "bias_min": round(sum(errs) / len(errs), 2),
            "p90_abs_min": round(abs_errs[int(0.9 * (len(abs_errs) - 1))], 2)}
