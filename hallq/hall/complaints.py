"""Complaints in the hall: the set-up list of causes, opening one (from a counter note, a low
rating, the customer's page or by hand), its owner, cause and closing (each an event, never
with the customer's words), and escalation when it is overdue."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from hallq.domain import DomainError, Event, InvalidInput, NotFound, TicketState, queue
from hallq.domain.cases import add_working_days
from hallq.domain.complaints import (
    DEFAULT_CAUSES,
    DUE_WORKING_DAYS,
    Complaint,
    ComplaintSource,
    Outcome,
    check_cause,
    check_close,
    complaint_number,
    escalation_level,
    moved_up_on,
)
from hallq.domain.values import HallInfo
from hallq.hall.base import HallBase, locked
from hallq.hall.setup import SYSTEM
from hallq.wire import ComplaintCausesSetup, check_setup

MAX_TEXT = 1000  # characters of the customer's words (the page's form says so too)
SET_UP = "complaint_causes_set"  # meta key: the hall chose its own list

CAUSE_NAMES: dict[str, dict[str, str]] = {
    "waiting_time": {"vi": "Thời gian chờ", "zh_CN": "等候时间", "zh_TW": "等候時間",
                     "en": "Waiting time"},
    "staff_attitude": {"vi": "Thái độ nhân viên", "zh_CN": "工作人员态度",
                       "zh_TW": "工作人員態度", "en": "Staff attitude"},
    "wrong_information": {"vi": "Thông tin sai hoặc thiếu", "zh_CN": "信息错误或不全",
                          "zh_TW": "資訊錯誤或不全", "en": "Wrong or missing information"},
    "billing": {"vi": "Hóa đơn, giá tiền", "zh_CN": "账单与价格", "zh_TW": "帳單與價格",
                "en": "Bill and price"},
    "procedure": {"vi": "Thủ tục phức tạp", "zh_CN": "手续繁琐", "zh_TW": "手續繁瑣",
                  "en": "Complicated procedure"},
    "facilities": {"vi": "Cơ sở vật chất", "zh_CN": "厅内设施", "zh_TW": "廳內設施",
                   "en": "Facilities"},
    "outage": {"vi": "Mất điện, chất lượng điện", "zh_CN": "停电与供电质量",
               "zh_TW": "停電與供電品質", "en": "Outage or supply quality"},
    "other": {"vi": "Khác", "zh_CN": "其他", "zh_TW": "其他", "en": "Other"},
}
# A low rating's reasons (HallInfo.rating_reasons) and a counter note's categories, as causes.
REASON_CAUSE = {"waited_too_long": "waiting_time", "staff_attitude": "staff_attitude",
                "explanation_unclear": "wrong_information",
                "procedure_complicated": "procedure", "other": "other"}
NOTE_CAUSE = {"billing": "billing", "meter": "billing", "outage": "outage",
              "connection": "procedure", "contract": "procedure", "staff": "staff_attitude",
              "waiting": "waiting_time", "other": "other"}
_FIELDS = ("number", "source", "cause", "owner", "opened_at", "due", "ticket_id", "case",
           "level", "closed_at", "outcome")


def _from_row(r: Any) -> Complaint:
    return Complaint(r.number, ComplaintSource(r.source), r.cause, r.owner, r.opened_at, r.due,
                     r.ticket_id, r.case, r.level, r.closed_at,
                     Outcome(r.outcome) if r.outcome else None, r.closing_text)


def complaint_json(c: Complaint, today: date | None = None,
                   hall: HallInfo | None = None) -> dict[str, Any]:
    """A complaint as events, the sync and lists carry it: never the customer's words nor
    the closing text (the REST reading adds them for its owner and the supervisor). Lists
    (`today` given) add `overdue`, and with the hall the day it moved up to its level."""
    out: dict[str, Any] = {
        "number": c.number, "source": c.source.value, "cause": c.cause, "owner": c.owner,
        "opened_at": c.opened_at.isoformat(), "due": c.due.isoformat(),
        "ticket_id": c.ticket_id, "case": c.case, "level": c.level,
        "closed_at": c.closed_at.isoformat() if c.closed_at else None,
        "outcome": c.outcome.value if c.outcome else None, "open": c.open}
    if today is not None:
        out["overdue"] = c.open and today > c.due
        if hall is not None:
            up = moved_up_on(hall, c)
            out["moved_up_on"] = up.isoformat() if up else None
    return out


class HallComplaints(HallBase):
    """Mixed into Hall: complaints."""

    # ------------------------------------------------------------ set-up
    def complaint_causes(self) -> list[dict[str, Any]]:
        """The hall's causes in order: [{"key", "name": {language: text}}]; the default
        list until the hall sets its own."""
        m = self.m
        rows = list(m.ComplaintCause.select().order_by(m.ComplaintCause.position))
        if not rows and not self.store.get_meta(SET_UP):
            return [{"key": k, "name": dict(CAUSE_NAMES[k])} for k in DEFAULT_CAUSES]
        return [{"key": r.key, "name": dict(r.name)} for r in rows]

    def _complaint_cause_keys(self) -> tuple[str, ...]:
        return tuple(c["key"] for c in self.complaint_causes())

    @locked
    def set_complaint_causes(self, data: dict[str, Any], by: str = SYSTEM
                             ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Replace the list of causes (PUT /api/config/complaint-causes)."""
        checked = check_setup(ComplaintCausesSetup, data)
        old = [c["key"] for c in self.complaint_causes()]
        new = [{"key": c.key, "name": {str(k): v for k, v in c.name.items()}}
               for c in checked.causes]
        now = self.now()
        ev = Event("config_changed", now, queue.business_day(now, self.info), None, None, None,
                   {"what": "complaint_causes", "by": by, "causes": new,
                    "changes": {"causes": [old, [c["key"] for c in new]]}})
        m = self.m

        def write() -> None:
            m.ComplaintCause.delete().execute()
            for pos, c in enumerate(new):
                self.store.write_row(m.ComplaintCause, {"key": c["key"], "name": c["name"],
                                                        "position": pos})
            self.store.set_meta(SET_UP, True)

        events = self._commit(queue.Change(events=[ev]), write)
        return {"causes": new}, events

    # ------------------------------------------------------------ reading
    def complaint(self, number: str) -> Complaint:
        r = self.m.Complaint.get_or_none(self.m.Complaint.number == (number or "").strip()
                                         .upper())
        if r is None:
            raise NotFound("unknown_complaint", "There is no complaint with this number.")
        return _from_row(r)

    def complaint_detail(self, number: str) -> dict[str, Any]:
        """One complaint with the customer's words and the closing text (staff only)."""
        c = self.complaint(number)
        r = self.m.Complaint.get(self.m.Complaint.number == c.number)
        return complaint_json(c, self._complaint_today(), self.info) | {"text": r.text,
                                                   "closing_text": r.closing_text}

    def complaints(self, open_only: bool = True, owner: str | None = None,
                   with_text: bool = False, escalated: bool = False) -> list[dict[str, Any]]:
        """Complaints oldest first, with `overdue` as of today; the customer's words only
        when asked (the owner's and the supervisor's lists); `escalated`: only those moved
        up to the supervisor or head office (the supervisor's alerts, relisted at start)."""
        m = self.m
        q = m.Complaint.select().order_by(m.Complaint.opened_at, m.Complaint.number)
        if open_only:
            q = q.where(m.Complaint.closed_at.is_null())
        if owner is not None:
            q = q.where(m.Complaint.owner == owner)
        if escalated:
            q = q.where(m.Complaint.level > 0)
        today = self._complaint_today()
        return [complaint_json(_from_row(r), today, self.info)
                | ({"text": r.text, "closing_text": r.closing_text} if with_text else {})
                for r in q]

    def complaint_of_visit(self, ticket_id: int | None = None,
                           case: str | None = None) -> Complaint | None:
        """The complaint already made about this visit (any of its legs) or case."""
        m = self.m
        if ticket_id is not None:
            t = self.state.tickets.get(ticket_id)
            ids = [x.id for x in self.state.tickets.values()
                   if t is not None and x.day == t.day and x.number == t.number] or [ticket_id]
            r = m.Complaint.get_or_none(m.Complaint.ticket_id.in_(ids))
        elif case is not None:
            r = m.Complaint.get_or_none(m.Complaint.case == case)
        else:
            return None
        return _from_row(r) if r is not None else None

    def _complaint_today(self) -> date:
        return queue.business_day(self.now(), self.info)

    # ------------------------------------------------------------ changes
    def _new_complaint_number(self, now: datetime) -> str:
        year = now.astimezone(self.zone()).year
        prefix = f"KN-{year}-"
        m = self.m
        last = (m.Complaint.select(m.Complaint.number).where(
            m.Complaint.number.startswith(prefix)).order_by(m.Complaint.number.desc())
            .limit(1).scalar())
        return complaint_number(year, int(last[len(prefix):]) + 1 if last else 1)

    def _save_complaint(self, c: Complaint, kind: str, by: str, now: datetime, text: str | None = None,
              **data: Any) -> dict[str, Any]:
        """Write the complaint and its event in one commit. The event names who, when and
        what changed; the customer's words and the closing text stay in the row only."""
        ev = Event(kind, now, queue.business_day(now, self.info), c.ticket_id, None, by,
                   {"complaint": complaint_json(c)} | data)
        row: dict[str, Any] = {k: getattr(c, k) for k in _FIELDS} | {
            "source": c.source.value, "outcome": c.outcome.value if c.outcome else None,
            "closing_text": c.closing_text, "updated_at": now}
        m = self.m

        def write() -> None:
            if text is not None:  # a new complaint: the row with its words
                self.store.write_row(m.Complaint, row | {"text": text})
            else:  # the words are kept (or already erased) as they are
                m.Complaint.update(**{k: v for k, v in row.items() if k != "number"}).where(
                    m.Complaint.number == c.number).execute()

        self._commit(queue.Change(events=[ev]), write)
        return complaint_json(c, self._complaint_today(), self.info)

    def _check_complaint_owner(self, owner: str) -> None:
        if owner and owner not in self.staff:
            raise NotFound("unknown_staff", f"There is no staff member {owner!r}.")

    @locked
    def open_complaint(self, source: str, owner: str, cause: str = "",
                       ticket_id: int | None = None, case: str | None = None, text: str = "",
                       by: str = SYSTEM) -> dict[str, Any]:
        """A new complaint, due in DUE_WORKING_DAYS working days on the hall's calendar.
        One per visit (or case): a second one is refused and changes nothing. The owner
        may be empty (nobody served: the supervisor assigns it)."""
        try:
            src = ComplaintSource(source)
        except ValueError:
            raise InvalidInput("bad_complaint_source", f"Unknown source {source!r}.") from None
        if cause:
            check_cause(cause, self._complaint_cause_keys())
        owner = (owner or "").strip()
        self._check_complaint_owner(owner)
        text = (text or "").strip()
        if len(text) > MAX_TEXT:
            raise InvalidInput("complaint_too_long",
                               f"A complaint is at most {MAX_TEXT} characters.")
        if src == ComplaintSource.CUSTOMER and not text:
            raise InvalidInput("complaint_text_required", "Write what went wrong.")
        if ticket_id is not None and ticket_id not in self.state.tickets:
            raise NotFound("unknown_ticket", "There is no such ticket today.")
        if case is not None:
            case = case.strip().upper()
            if self.m.Case.get_or_none(self.m.Case.number == case) is None:
                raise NotFound("unknown_case", "There is no case with this number.")
        if (ticket_id is not None or case is not None) and \
                self.complaint_of_visit(ticket_id, case if ticket_id is None else None):
            raise DomainError("complaint_exists", "A complaint about this visit was already "
                              "made; nothing was changed.")
        now = self.now()
        opened = now.astimezone(self.zone()).date()
        c = Complaint(self._new_complaint_number(now), src, cause, owner, now,
                      add_working_days(self.info, opened, DUE_WORKING_DAYS), ticket_id, case)
        return self._save_complaint(c, "complaint_opened", by, now, text=text)

    @locked
    def assign_complaint(self, number: str, owner: str, by: str = SYSTEM) -> dict[str, Any]:
        c = self._open_complaint_row(number)
        owner = (owner or "").strip()
        if not owner:
            raise InvalidInput("owner_required", "Choose who answers the complaint.")
        self._check_complaint_owner(owner)
        return self._save_complaint(c.with_(owner=owner), "complaint_assigned", by, self.now(),
                          was=c.owner)

    @locked
    def set_complaint_cause(self, number: str, cause: str, by: str = SYSTEM
                            ) -> dict[str, Any]:
        c = self._open_complaint_row(number)
        check_cause(cause, self._complaint_cause_keys())
        return self._save_complaint(c.with_(cause=cause), "complaint_cause_set", by, self.now(),
                          was=c.cause)

    @locked
    def close_complaint(self, number: str, outcome: str, closing_text: str,
                        by: str = SYSTEM) -> dict[str, Any]:
        """Closing needs an outcome and a closing text; a closed complaint stays closed."""
        c = self.complaint(number)
        out = check_close(c, outcome, closing_text or "")
        text = closing_text.strip()
        if len(text) > MAX_TEXT:
            raise InvalidInput("complaint_too_long",
                               f"A closing text is at most {MAX_TEXT} characters.")
        now = self.now()
        return self._save_complaint(c.with_(closed_at=now, outcome=out, closing_text=text),
                          "complaint_closed", by, now)

    def _open_complaint_row(self, number: str) -> Complaint:
        c = self.complaint(number)
        if not c.open:
            raise DomainError("complaint_closed", f"Complaint {c.number} is already closed.")
        return c

    @locked
    def escalate_complaints(self, today: date) -> list[dict[str, Any]]:
        """Move each open complaint to where it belongs today (its owner's, then the
        supervisor's, then head office's): one `complaint_escalated` event per change,
        all in one commit. A level is never lowered."""
        m = self.m
        changed = []
        for r in m.Complaint.select().where(m.Complaint.closed_at.is_null()):
            c = _from_row(r)
            level = escalation_level(self.info, c, today)
            if level > c.level:
                changed.append((c, c.with_(level=level)))
        if not changed:
            return []
        now = self.now()
        day = queue.business_day(now, self.info)
        events = [Event("complaint_escalated", now, day, new.ticket_id, None, SYSTEM,
                        {"complaint": complaint_json(new), "was": old.level})
                  for old, new in changed]

        def write() -> None:
            for _, new in changed:
                m.Complaint.update(level=new.level, updated_at=now).where(
                    m.Complaint.number == new.number).execute()

        self._commit(queue.Change(events=events), write)
        return [complaint_json(new, today, self.info) for _, new in changed]

    # ------------------------------------------------------------ from a visit
    def complaint_from_note(self, ticket_id: int, staff: str | None, category: str,
                            text: str) -> dict[str, Any] | None:
        """A counter note of the complaint kind: owned by the clerk who served, its cause
        from the note's category. A visit that already has one keeps it (None)."""
        if self.complaint_of_visit(ticket_id) is not None:
            return None
        causes = self._complaint_cause_keys()
        cause = category if category in causes else NOTE_CAUSE.get(category, "")
        return self.open_complaint(ComplaintSource.NOTE, staff or "",
                                   cause if cause in causes else "", ticket_id,
                                   text=text[:MAX_TEXT], by=staff or SYSTEM)

    def complaint_from_rating(self, ticket_id: int, reasons: list[str]) -> dict[str, Any] | None:
        """An unsatisfied rating: owned by whoever served, its cause from the first reason
        that names one. A visit that already has a complaint keeps it (None)."""
        t = self.state.tickets.get(ticket_id)
        if t is None or self.complaint_of_visit(ticket_id) is not None:
            return None
        causes = self._complaint_cause_keys()
        cause = next((REASON_CAUSE[r] for r in reasons
                      if REASON_CAUSE.get(r) in causes), "")
        return self.open_complaint(ComplaintSource.RATING, t.staff or "", cause, ticket_id)

    def customer_complaint(self, text: str, ticket_id: int | None = None,
                           case: str | None = None) -> dict[str, Any]:
        """The customer's own complaint from the ticket's page (after the visit) or the
        case's page: owned by the clerk who served or the case's owner; once each."""
        with self.lock:
            if ticket_id is not None:
                t = self.state.tickets.get(ticket_id)
                if t is None:
                    raise NotFound("unknown_ticket", "There is no such ticket today.")
                if t.state != TicketState.DONE:
                    raise DomainError("visit_not_finished", "A complaint can be made once "
                                      "the visit is finished.")
                return self.open_complaint(ComplaintSource.CUSTOMER, t.staff or "",
                                           ticket_id=ticket_id, text=text)
            row = self.m.Case.get_or_none(self.m.Case.number == (case or "").upper())
            if row is None:
                raise NotFound("unknown_case", "There is no case with this number.")
            return self.open_complaint(ComplaintSource.CUSTOMER, row.owner, case=row.number,
                                       text=text)

    # ------------------------------------------------------------ personal data
    def erase_complaint_texts(self, before: datetime) -> int:
        """Erase the customer's words (and the answer, which may quote them) of complaints
        closed before `before` (the retention): the row, its cause, owner and outcome stay
        for the figures."""
        m = self.m
        return int(m.Complaint.update(text="", closing_text="").where(
            ((m.Complaint.text != "") | (m.Complaint.closing_text != ""))
            & m.Complaint.closed_at.is_null(False)
            & (m.Complaint.closed_at < before)).execute())

    def complaint_texts_due(self, before: datetime) -> bool:
        m = self.m
        return bool(m.Complaint.select().where(
            ((m.Complaint.text != "") | (m.Complaint.closing_text != ""))
            & m.Complaint.closed_at.is_null(False)
            & (m.Complaint.closed_at < before)).exists())
