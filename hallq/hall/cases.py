"""Cases in the hall: each service's case type, opening a case from a visit, its status and
owner changes (each an event), and finding a case by number or phone."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

import peewee as pw

from hallq.domain import DomainError, Event, InvalidInput, NotFound, jsonable, queue
from hallq.domain.cases import (
    Case,
    CaseStatus,
    CaseType,
    add_working_days,
    case_number,
    check_transition,
    is_overdue,
)
from hallq.domain.values import LANGUAGES, CounterState, Ticket, valid_phone
from hallq.hall.base import HallBase, Reply, locked
from hallq.hall.setup import SYSTEM
from hallq.wire import CaseTypeSetup, check_setup


def _from_row(r: Any) -> Case:
    return Case(r.number, r.service, r.owner, CaseStatus(r.status), r.opened_at, r.due,
                r.ticket_id, r.reason, r.phone, r.key)


def case_json(c: Case, today: Any = None, with_contact: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"number": c.number, "service": c.service, "owner": c.owner,
                           "status": c.status.value, "opened_at": c.opened_at.isoformat(),
                           "due": c.due.isoformat(), "ticket_id": c.ticket_id,
                           "reason": c.reason}
    if today is not None:
        out["overdue"] = is_overdue(c, today)
    if with_contact:
        out["phone"] = c.phone
    return out


class HallCases(HallBase):
    """Mixed into Hall: cases."""

    # ------------------------------------------------------------ set-up
    def case_type(self, service: str) -> CaseType:
        r = self.m.CaseType.get_or_none(self.m.CaseType.service == service)
        if r is None:
            svc = self.state.services.get(service)
            return CaseType(service, dict(svc.names) if svc else {})
        return CaseType(r.service, r.name, r.due_working_days, r.bring or None)

    @locked
    def set_case_type(self, data: dict[str, Any], by: str = SYSTEM) -> Reply:
        checked = check_setup(CaseTypeSetup, data)
        if checked.service not in self.state.services:
            raise NotFound("unknown_service", f"There is no service {checked.service!r}.")
        old = jsonable(self.case_type(checked.service))
        row = {"service": checked.service, "name": dict(checked.name),
               "due_working_days": checked.due_working_days, "bring": dict(checked.bring)}
        now = self.now()
        ev = Event("config_changed", now, queue.business_day(now, self.info), None, None, None,
                   {"what": "case_type", "by": by, "case_type": row,
                    "changes": {k: [old.get(k), v] for k, v in row.items() if old.get(k) != v}})
        events = self._commit(queue.Change(events=[ev]), lambda: self.store.write_row(
            self.m.CaseType, row, replace=True))
        return row, events

    # ------------------------------------------------------------ reading
    def case(self, number: str) -> Case:
        r = self.m.Case.get_or_none(self.m.Case.number == (number or "").strip().upper())
        if r is None:
            raise NotFound("unknown_case", "There is no case with this number.")
        return _from_row(r)

    def case_by_key(self, number: str, key: str) -> Case:
        """The case its customer's page shows: the number and its secret key must match
        (compared in constant time), else the same NotFound as for an unknown number."""
        try:
            c = self.case(number)
        except NotFound:
            c = None
        if c is None or not c.key or not secrets.compare_digest(c.key.encode(),
                                                                (key or "").encode()):
            raise NotFound("unknown_case", "There is no case with this number.")
        return c

    def case_history(self, number: str) -> list[dict[str, Any]]:
        """A case's status over time, oldest first: [{"at", "status"}] (no staff, no
        phone: the customer's page shows it). Read from the case's events."""
        m = self.m
        c = self.case(number)
        number = c.number
        since = queue.business_day(c.opened_at, self.info)  # the indexed day: no full scan
        rows = (m.Event.select(m.Event.ts, m.Event.data)
                .where(m.Event.day >= since,
                       m.Event.type.in_(("case_opened", "case_status_changed")),
                       # the data column is JSON text: a plain text search (no JSON
                       # encoding of the pattern) narrows to this case's events
                       pw.fn.instr(m.Event.data, pw.Value(f'"number":"{number}"',
                                                          converter=False)) > 0)
                .order_by(m.Event.seq))
        out = []
        for r in rows:
            case = (r.data or {}).get("case") or {}
            if case.get("number") == number:  # the LIKE above only narrows
                out.append({"at": r.ts, "status": case.get("status", "")})
        return out

    def cases(self, open_only: bool = True, owner: str | None = None,
              phone: str | None = None) -> list[Case]:
        m = self.m
        q = m.Case.select().order_by(m.Case.opened_at)
        if open_only:
            q = q.where(m.Case.status.not_in([CaseStatus.DONE.value, CaseStatus.REFUSED.value]))
        if owner:
            q = q.where(m.Case.owner == owner)
        if phone:
            q = q.where(m.Case.phone == phone)
        return [_from_row(r) for r in q]

    def today(self) -> Any:
        return queue.business_day(self.now(), self.info)

    # ------------------------------------------------------------ changes
    def _next_number(self, now: datetime) -> str:
        year = now.astimezone(self.zone()).year
        prefix = f"HS-{year}-"
        last = (self.m.Case.select(self.m.Case.number).where(
            self.m.Case.number.startswith(prefix)).order_by(self.m.Case.number.desc())
            .limit(1).scalar())
        return case_number(year, int(last[len(prefix):]) + 1 if last else 1)


    def _save_case(self, c: Case, kind: str, by: str, now: datetime, **data: Any) -> Reply:
        ev = Event(kind, now, queue.business_day(now, self.info), c.ticket_id, None, by,
                   {"case": case_json(c)} | data)
        row = {"number": c.number, "service": c.service, "owner": c.owner,
               "status": c.status.value, "opened_at": c.opened_at, "due": c.due,
               "ticket_id": c.ticket_id, "reason": c.reason, "phone": c.phone,
               "updated_at": now, "key": c.key}
        events = self._commit(queue.Change(events=[ev]), lambda: self.store.write_row(
            self.m.Case, row, replace=True))
        return case_json(c, self.today()), events

    def case_preview(self, ticket_id: int) -> dict[str, Any]:
        """What opening a case from this visit would give (the open dialog shows it): the
        service's kind of case, what to bring, and the due date if opened now."""
        t = self.state.tickets.get(ticket_id)
        if t is None:
            raise NotFound("unknown_ticket", "There is no such ticket today.")
        kind = self.case_type(t.service)
        due = add_working_days(self.info, self.now().astimezone(self.zone()).date(),
                               kind.due_working_days)
        return {"ticket_id": ticket_id, "service": t.service, "kind": dict(kind.name),
                "bring": dict(kind.bring or {}), "due_working_days": kind.due_working_days,
                "due": due.isoformat(),
                "case": next((c.number for c in self.cases(open_only=False)
                              if c.ticket_id == ticket_id), None)}

    @locked
    def open_case(self, ticket_id: int, owner: str, phone: str = "",
                  by: str = SYSTEM) -> Reply:
        """The clerk turns the visit into a case: due in the service's working days."""
        t = self.state.tickets.get(ticket_id)
        if t is None:
            raise NotFound("unknown_ticket", "There is no such ticket today.")
        if owner not in self.staff:
            raise NotFound("unknown_staff", f"There is no staff member {owner!r}.")
        phone = (phone or "").strip()
        if phone and not valid_phone(phone):
            raise InvalidInput("bad_phone", "A phone number is 4 to 20 digits.")
        if any(c.ticket_id == ticket_id for c in self.cases(open_only=False)):
            raise DomainError("case_exists", "This visit is already a case.")
        now = self.now()
        kind = self.case_type(t.service)
        due = add_working_days(self.info, now.astimezone(self.zone()).date(),
                               kind.due_working_days)
        c = Case(self._next_number(now), t.service, owner, CaseStatus.RECEIVED, now, due,
                 ticket_id, "", phone, secrets.token_urlsafe(9))
        return self._save_case(c, "case_opened", by, now)

    @locked
    def set_case_status(self, number: str, status: str, reason: str = "",
                        by: str = SYSTEM) -> Reply:
        c = self.case(number)
        try:
            to = CaseStatus(status)
        except ValueError:
            raise InvalidInput("bad_case_status", f"Unknown case status {status!r}.") from None
        check_transition(c, to, reason)
        now = self.now()
        return self._save_case(c.with_(status=to, reason=reason.strip()[:300]),
                          "case_status_changed", by, now, was=c.status.value)

    @locked
    def reassign_case(self, number: str, owner: str, by: str = SYSTEM) -> Reply:
        c = self.case(number)
        if not c.open:
            raise DomainError("case_closed", f"Case {c.number} is closed.")
        if owner not in self.staff:
            raise NotFound("unknown_staff", f"There is no staff member {owner!r}.")
        now = self.now()
        return self._save_case(c.with_(owner=owner), "case_reassigned", by, now, was=c.owner)

    # ------------------------------------------------------------ the customer comes back
    def find_case(self, number: str = "", key: str = "", phone: str = "") -> Case:
        """The case a returning customer is about: by number (with the receipt QR's key,
        when scanned), or by phone. Several open cases on one phone: the most recently
        opened one (the one the customer most likely comes about)."""
        number, phone = (number or "").strip(), (phone or "").strip()
        if number:
            return self.case_by_key(number, key) if key else self.case(number)
        if not phone:
            raise InvalidInput("case_or_phone", "Give a case number or a phone number.")
        if not valid_phone(phone):
            raise InvalidInput("bad_phone", "A phone number is 4 to 20 digits.")
        mine = self.cases(open_only=True, phone=phone)
        if not mine:
            raise NotFound("no_open_case", "There is no open case for this phone number.")
        return max(mine, key=lambda c: (c.opened_at, c.number))

    def owner_counter(self, owner: str) -> int | None:
        """The counter the case's owner is signed in at (open or on a short break), if any."""
        return next((st.number for st in sorted(self.state.status.values(),
                                                key=lambda st: st.number)
                     if st.staff == owner and st.state != CounterState.CLOSED), None)

    @locked
    def case_check_in(self, number: str = "", key: str = "", phone: str = "",
                      language: str = "", by: str = SYSTEM) -> Reply:
        """A ticket for the customer's open case: called by the owner's counter when the
        owner is signed in at one (a ticket named to that counter, as a transfer is),
        otherwise by the case's service queue. A closed case changes nothing."""
        c = self.find_case(number, key, phone)
        if not c.open:
            raise DomainError("case_closed", f"Case {c.number} is closed.")
        lang = language if language in LANGUAGES else LANGUAGES[0]
        target = self.owner_counter(c.owner)

        def command(state: queue.QueueState, now: datetime) -> queue.Change:
            change = queue.issue(state, c.service, now, language=lang, target_counter=target)
            change.events[0].data["origin"] = "case"  # a customer back about a case
            t = change.result
            assert isinstance(t, Ticket)  # issue's result is the ticket it made
            change.events.append(Event("case_checked_in", now, t.day, t.id, target, by,
                                       {"case": c.number, "to_counter": target,
                                        "found_by": "number" if number.strip() else "phone"}))
            return change

        ticket, events = self.run(command)
        issued = next(e for e in events if e["type"] == "ticket_issued")["data"]
        return {"ticket": jsonable(ticket), "case": public_case(c, self.case_type(c.service)),
                "to_counter": target} | {
                    k: issued.get(k) for k in ("ahead", "eta_min", "eta_low_min",
                                               "eta_high_min", "opens_at")}, events

    def case_receipt(self, number: str) -> dict[str, Any]:
        """What the case's receipt prints (hallq.tickets.case_receipt), in the language the
        customer took the visit's ticket in; `path` is the case page's (the QR's) path."""
        c = self.case(number)
        kind = self.case_type(c.service)
        t = self.state.tickets.get(c.ticket_id) if c.ticket_id is not None else None
        lang = t.language if t is not None and t.language in LANGUAGES else \
            (self.info.languages or LANGUAGES)[0]
        return {"hall": self.info.name, "number": c.number, "kind": dict(kind.name),
                "bring": dict(kind.bring or {}), "due": c.due.isoformat(), "language": lang,
                "path": f"/c/{c.number}/{c.key}"}

    def case_of_ticket(self, ticket_id: int) -> Case | None:
        """The case a ticket is about: the visit it was opened from, or a return to it."""
        r = self.m.Case.get_or_none(self.m.Case.ticket_id == ticket_id)
        if r is not None:
            return _from_row(r)
        m = self.m
        t = self.state.tickets.get(ticket_id)
        q = m.Event.select(m.Event.data).where(m.Event.type == "case_checked_in",
                                              m.Event.ticket_id == ticket_id)
        if t is not None:  # today's ticket (the usual case): the indexed day, no full scan
            q = q.where(m.Event.day == t.day)
        ev = q.order_by(m.Event.seq.desc()).first()
        if ev is None:
            return None
        try:
            return self.case(ev.data["case"])
        except NotFound:
            return None


def public_case(c: Case, kind: CaseType) -> dict[str, Any]:
    """What a kiosk or any counter may see of a case: no phone, no secret key."""
    return {"number": c.number, "service": c.service, "kind": dict(kind.name),
            "bring": dict(kind.bring or {}), "status": c.status.value, "due": c.due.isoformat(),
            "owner": c.owner, "opened_at": c.opened_at.isoformat()}
