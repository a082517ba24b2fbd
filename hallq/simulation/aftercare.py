"""What follows the simulated visits: cases opened at the counter and moved on over the
following days (most done on time, some late, some refused), complaints from the ticket's
page next to those that unsatisfied ratings and notes open by themselves, closed with an
outcome and a text or left to go overdue, and the satisfaction questions answered by a
share of the served, their scores lower the longer the wait. Deterministic by seed.

Everything goes through the Hall's commands, at the simulated clock's time.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hallq.domain import DomainError, HallInfo, TicketState
from hallq.domain.appointments import is_working_day
from hallq.domain.cases import add_working_days
from hallq.hall.service import Hall

CASE_SHARE = 0.06  # of the visits finished in a service with a case type
ANSWER_SHARE = 0.18  # of the finished visits: the customer answers the questions
ANSWER_EACH = 0.9  # ... and each question with this chance
PAGE_COMPLAINT_SHARE = 0.004  # of the finished visits: a complaint from the ticket's page
# A case's fate, drawn once from its number: (fate, chance)
CASE_FATES = (("on_time", 0.72), ("late", 0.13), ("refused", 0.08), ("waiting", 0.07))
COMPLAINT_FATES = (("on_time", 0.7), ("late", 0.17), ("open", 0.13))
OUTCOMES = (("resolved", 0.6), ("partly_resolved", 0.25), ("unfounded", 0.15))
# Each index's mean score for a visit without waiting, and how much a minute of wait costs.
INDEX_BASE = {"access": (4.4, 0.01), "waiting_time": (4.7, 0.09),
              "staff_attitude": (4.5, 0.015), "information": (4.2, 0.01),
              "procedure": (3.9, 0.01), "bill_price": (3.8, 0.005),
              "facilities": (4.1, 0.005)}
OTHER_INDEX = (4.1, 0.01)
# A hall with no case type at all gets the sample's (services B, C and D of the sample).
SAMPLE_CASE_TYPES: tuple[tuple[str, dict[str, str], int, dict[str, str]], ...] = (
    ("B", {"vi": "Cấp điện mới", "zh_CN": "新装用电", "zh_TW": "新裝用電",
           "en": "New connection"}, 5,
     {"vi": "Giấy tờ tùy thân, giấy tờ chứng minh quyền sử dụng nhà đất",
      "zh_CN": "身份证件、房屋产权或使用权证明", "zh_TW": "身分證件、房屋產權或使用權證明",
      "en": "An identity document and proof of ownership or tenancy of the premises"}),
    ("C", {"vi": "Thay đổi hợp đồng", "zh_CN": "合同变更", "zh_TW": "合約變更",
           "en": "Contract change"}, 3,
     {"vi": "Hợp đồng mua bán điện, giấy tờ tùy thân", "zh_CN": "购电合同、身份证件",
      "zh_TW": "購電合約、身分證件", "en": "The supply contract and an identity document"}),
    ("D", {"vi": "Xử lý sự cố, khiếu nại", "zh_CN": "故障与投诉处理", "zh_TW": "故障與投訴處理",
           "en": "Outage or complaint follow-up"}, 2, {}),
)
PAGE_TEXTS = ("Chờ quá lâu mà không ai hướng dẫn.", "Hóa đơn tháng này cao bất thường.",
              "Nhân viên giải thích không rõ ràng.", "Phải đi lại nhiều lần mới xong.")
CLOSING_TEXTS = {
    "resolved": ("Đã giải thích chi tiết cho khách hàng, khách hàng đồng ý.",
                 "Đã điều chỉnh và gửi lại hóa đơn cho khách hàng."),
    "partly_resolved": ("Đã xin lỗi khách hàng; phần còn lại chuyển bộ phận kỹ thuật.",),
    "unfounded": ("Đã kiểm tra chỉ số công tơ, không có sai sót.",),
}
REFUSALS = ("Thiếu giấy tờ chứng minh quyền sử dụng nhà đất.",
            "Địa điểm chưa đủ điều kiện cấp điện.")
SIM = "simulation"  # who the simulated set-up and changes are by, when no clerk is

Job = Callable[[], Iterable[tuple[datetime, Any]] | None]


def working_days_between(info: HallInfo, start: date, end: date) -> int:
    """Working days after `start` up to and including `end`."""
    return sum(1 for i in range(1, (end - start).days + 1)
               if is_working_day(info, start + timedelta(days=i)))


def _pick(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    names, weights = zip(*table, strict=True)
    return rng.choices(names, weights)[0]


class Aftercare:
    """One simulated day's cases, complaints and index answers; `plan_day` and `finished`
    give (time, job) pairs for the day's event queue, a job may give more."""

    def __init__(self, hall: Hall, day: date, seed: int):
        self.hall, self.day, self.seed = hall, day, seed
        self.rng = random.Random(f"aftercare:{seed}:{day.isoformat()}")
        self.tz = ZoneInfo(hall.info.timezone)
        self.counts: dict[str, int] = dict.fromkeys(
            ("cases_opened", "cases_done", "cases_done_late", "cases_refused",
             "page_complaints", "complaints_closed", "index_answers"), 0)
        if not hall.m.CaseType.select().exists():
            for service, name, days, bring in SAMPLE_CASE_TYPES:
                if service in hall.state.services:
                    hall.set_case_type({"service": service, "name": name,
                                        "due_working_days": days, "bring": bring}, by=SIM)
        self.supervisor = next((s.code for s in sorted(hall.staff.values(), key=lambda s: s.code)
                                if s.role.value == "supervisor"), SIM)
        self.case_services = {r.service for r in hall.m.CaseType.select(hall.m.CaseType.service)}

    # ------------------------------------------------------------ time
    def _at(self, start: time = time(8), end: time = time(16, 30)) -> datetime:
        a = datetime.combine(self.day, start, self.tz)
        span = (datetime.combine(self.day, end, self.tz) - a).total_seconds()
        return a + timedelta(seconds=self.rng.uniform(0, span))

    def _fate(self, number: str) -> random.Random:
        # the same fate every day it is read (each day's seed differs: not from it)
        return random.Random(f"aftercare-fate:{number}")

    def _local_day(self, ts: datetime) -> date:
        return ts.astimezone(self.tz).date()

    # ------------------------------------------------------------ the day's plan
    def plan_day(self) -> list[tuple[datetime, Job]]:
        """Earlier days' open cases and complaints moved on at times of this day."""
        if self.day.isoweekday() not in self.hall.info.open_weekdays:
            return []
        jobs: list[tuple[datetime, Job]] = [
            (self._at(time(7, 35), time(7, 40)), self._escalate)]
        for c in self.hall.cases(open_only=True):
            jobs += self._case_steps(c)
        m = self.hall.m
        for r in m.Complaint.select().where(m.Complaint.closed_at.is_null()).order_by(
                m.Complaint.number):
            jobs += self._complaint_steps(r)
        return jobs

    def _escalate(self) -> None:
        self.hall.escalate_complaints(self.day)

    def _case_steps(self, c: Any) -> list[tuple[datetime, Job]]:
        info, opened = self.hall.info, self._local_day(c.opened_at)
        if opened >= self.day:
            return []
        rng = self._fate(c.number)
        fate = _pick(rng, CASE_FATES)
        if fate == "on_time":  # on a working day after opening, by the due date
            days = working_days_between(info, opened, c.due)
            target = add_working_days(info, opened, rng.randint(1, days)) if days else c.due
        elif fate == "late":
            target = add_working_days(info, c.due, rng.randint(1, 4))
        elif fate == "refused":
            target = add_working_days(info, opened, rng.randint(1, 2))
        else:
            target = add_working_days(info, c.due, rng.randint(3, 8))
        status = c.status.value
        if target <= self.day:
            to, reason = ("refused", rng.choice(REFUSALS)) if fate == "refused" else ("done", "")
            return [(self._at(), lambda: self._close_case(c.number, to, reason, c.due))]
        if fate == "waiting" and status in ("received", "in_progress"):
            return [(self._at(), lambda: self._move_case(c.number, "waiting_customer"))]
        if status == "received":
            return [(self._at(), lambda: self._move_case(c.number, "in_progress"))]
        return []

    def _move_case(self, number: str, status: str) -> None:
        self.hall.set_case_status(number, status, by=self.hall.case(number).owner)

    def _close_case(self, number: str, status: str, reason: str, due: date) -> None:
        owner = self.hall.case(number).owner
        if self.hall.case(number).status.value == "received":
            self.hall.set_case_status(number, "in_progress", by=owner)
        self.hall.set_case_status(number, status, reason, by=owner)
        key = "cases_refused" if status == "refused" else (
            "cases_done" if self.day <= due else "cases_done_late")
        self.counts[key] += 1

    def _complaint_steps(self, r: Any) -> list[tuple[datetime, Job]]:
        opened = self._local_day(r.opened_at)
        if opened >= self.day:
            return []
        rng = self._fate(r.number)
        fate = _pick(rng, COMPLAINT_FATES)
        jobs: list[tuple[datetime, Job]] = []
        if not r.cause or not r.owner:  # the supervisor sorts it out the next morning
            jobs.append((self._at(time(7, 45), time(8, 30)), lambda: self._sort_out(r.number)))
        if fate == "open":
            return jobs
        days = working_days_between(self.hall.info, opened, r.due)
        target = (add_working_days(self.hall.info, opened, rng.randint(1, max(1, days)))
                  if fate == "on_time" else
                  add_working_days(self.hall.info, r.due, rng.randint(1, 3)))
        if target <= self.day:
            outcome = _pick(rng, OUTCOMES)
            text = rng.choice(CLOSING_TEXTS[outcome])
            jobs.append((self._at(time(9), time(16, 30)),
                         lambda: self._close_complaint(r.number, outcome, text)))
        return jobs

    def _sort_out(self, number: str) -> None:
        hall = self.hall
        c = hall.complaint(number)
        if not c.owner:
            clerks = sorted(s.code for s in hall.staff.values()
                            if s.role.value == "clerk" and s.active)
            hall.assign_complaint(number, self.rng.choice(clerks), by=self.supervisor)
        if not c.cause:
            causes = [x["key"] for x in hall.complaint_causes()]
            hall.set_complaint_cause(number, self.rng.choice(causes), by=self.supervisor)

    def _close_complaint(self, number: str, outcome: str, text: str) -> None:
        c = self.hall.complaint(number)
        self.hall.close_complaint(number, outcome, text, by=c.owner or SIM)
        self.counts["complaints_closed"] += 1

    # ------------------------------------------------------------ a visit just finished
    def finished(self, ticket_id: int, now: datetime) -> list[tuple[datetime, Job]]:
        """The clerk may open a case; later the customer may answer the questions or
        complain on the ticket's page."""
        hall, rng = self.hall, self.rng
        t = hall.state.tickets[ticket_id]
        jobs: list[tuple[datetime, Job]] = []
        if t.service in self.case_services and t.staff and rng.random() < CASE_SHARE:
            hall.open_case(ticket_id, t.staff, by=t.staff)
            self.counts["cases_opened"] += 1
        first = t
        while first.parent_id is not None and first.parent_id in hall.state.tickets:
            first = hall.state.tickets[first.parent_id]  # back to the visit's first leg
        wait = ((first.called_at - first.arrival).total_seconds() / 60
                if first.called_at else 0.0)
        if rng.random() < ANSWER_SHARE:
            later = now + timedelta(minutes=rng.uniform(1, 30))
            jobs.append((later, lambda: self._answer(ticket_id, wait)))
        if rng.random() < PAGE_COMPLAINT_SHARE:
            later = now + timedelta(minutes=rng.uniform(2, 40))
            text = rng.choice(PAGE_TEXTS)
            jobs.append((later, lambda: self._page_complaint(ticket_id, text)))
        return jobs

    def _answer(self, ticket_id: int, wait: float) -> None:
        scores = {}
        for ix in self.hall.satisfaction_indices():
            if self.rng.random() >= ANSWER_EACH:
                continue
            base, per_minute = INDEX_BASE.get(ix["key"], OTHER_INDEX)
            mu = base - per_minute * wait
            scores[ix["key"]] = min(5, max(1, round(self.rng.gauss(mu, 0.8))))
        if scores and self.hall.state.tickets[ticket_id].state == TicketState.DONE:
            self.hall.answer_indices(scores, ticket_id=ticket_id)
            self.counts["index_answers"] += len(scores)

    def _page_complaint(self, ticket_id: int, text: str) -> None:
        try:
            self.hall.customer_complaint(text, ticket_id=ticket_id)
        except DomainError:  # the visit already has one (from its rating or a note)
            return
        self.counts["page_complaints"] += 1


def run(job: Job) -> list[tuple[datetime, Any]]:
    """Run one job at the clock's time; what it plans next."""
    return list(job() or ())
