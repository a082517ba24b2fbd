"""What is recorded about a visit and the hall's day: ratings, notes, faults, other events."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from hallq.domain import (
    DomainError,
    Event,
    InvalidInput,
    NotFound,
    Ticket,
    TicketState,
    jsonable,
    queue,
)
from hallq.hall.base import HallBase, Reply


class HallVisits(HallBase):
    """Mixed into Hall: ratings, notes and events that change no queue state."""

    # ------------------------------------------------------------ ratings
    def pending_rating(self, counter: int) -> Ticket | None:
        """The last visit finished at this counter, if it has no rating row yet."""
        last = self.state.tickets.get(self.state.last_done.get(counter, -1))
        if last is None or last.state != TicketState.DONE:
            return None
        return None if last.id in self.ratings else last

    def rate(self, ticket_id: int, choice: str | None, reasons: list[str],
             counter: int | None = None) -> Reply:
        """Record a rating (choice None = nobody rated within the time)."""
        with self.lock:
            t = self.state.tickets.get(ticket_id)
            if t is None or t.state != TicketState.DONE:
                raise DomainError("not_rateable", "Only a finished visit can be rated.")
            if counter is not None and t.counter != counter:
                raise DomainError("not_rateable", "This visit was not at this counter.")
            if ticket_id in self.ratings:
                raise DomainError("already_rated", f"Visit {t.number} is already rated.")
            score, spec = None, None
            if choice is not None:
                spec = {c["key"]: c for c in self.info.rating_choices}.get(choice)
                if spec is None:
                    raise InvalidInput("bad_choice", f"Unknown rating {choice!r}.")
                score = spec["score"]
                bad = [r for r in reasons if r not in self.info.rating_reasons]
                if bad:
                    raise InvalidInput("bad_reason", f"Unknown reason {bad[0]!r}.")
            now = self.now()
            row: dict[str, Any] = dict(
                ticket_id=t.id, day=t.day, counter=t.counter, service=t.service, staff=t.staff,
                rated=choice is not None, score=score, choice=choice or "",
                reasons=list(reasons), ts=now)
            kind = "ticket_rated" if choice is not None else "ticket_not_rated"
            ev = Event(kind, now, queue.business_day(now, self.info), t.id, t.counter, t.staff,
                       {k: jsonable(v) for k, v in row.items() if k not in ("ts",)})
            events = self._commit(queue.Change(events=[ev]),
                                  lambda: self.store.write_row(self.m.Rating, row))
            self.ratings[t.id] = SimpleNamespace(**row)  # what a Rating row reads as
            if spec is not None and spec.get("low"):  # unsatisfied: a complaint, owned
                self.complaint_from_rating(t.id, list(reasons))
            return row, events

    # ------------------------------------------------------------ notes
    def add_note(self, ticket_id: int, staff: str | None, kind: str, category: str,
                 text: str, follow_up: bool, counter: int | None = None) -> Reply:
        if kind not in ("request", "complaint"):
            raise InvalidInput("bad_note", "A note is a request or a complaint.")
        if not text.strip() and not category.strip():
            raise InvalidInput("bad_note", "Write what the customer asked or complained "
                              "about.")
        with self.lock:
            t = self.state.tickets.get(ticket_id)
            if t is None:
                raise NotFound("unknown_ticket", f"There is no ticket {ticket_id} today.")
            now = self.now()
            at, by = counter or t.counter, staff or t.staff
            row: dict[str, Any] = dict(
                ticket_id=t.id, day=t.day, counter=at, staff=by, kind=kind,
                category=category.strip(), text=text.strip(), follow_up=bool(follow_up), ts=now)
            ev = Event("note_added", now, queue.business_day(now, self.info), t.id, at, by,
                       {k: jsonable(v) for k, v in row.items() if k != "ts"} | {"number": t.number})

            def write() -> None:
                # the event names its note, so reports and sync never match notes by order
                ev.data["note_id"] = self.store.write_row(self.m.Note, row)

            events = self._commit(queue.Change(events=[ev]), write)
            out = row | {"id": ev.data["note_id"], "number": t.number}
            if kind == "complaint":  # a complaint noted at the counter gets its owner
                opened = self.complaint_from_note(t.id, by, row["category"], row["text"])
                out["complaint"] = opened["number"] if opened else None
            return out, events

    def resolve_note(self, note_id: int, staff: str | None) -> Reply:
        with self.lock:
            note = self.m.Note.get_or_none(self.m.Note.id == note_id)
            if note is None:
                raise NotFound("unknown_note", f"There is no note {note_id}.")
            if note.resolved_at is not None:
                raise DomainError("already_resolved", "This follow-up is already resolved.")
            now = self.now()
            ev = Event("note_resolved", now, queue.business_day(now, self.info),
                       note.ticket_id, note.counter, staff, {"note_id": note_id})
            events = self._commit(queue.Change(events=[ev]), lambda: (
                self.m.Note.update(resolved_at=now).where(self.m.Note.id == note_id).execute()))
            return {"id": note_id, "resolved_at": now.isoformat()}, events

    # ------------------------------------------------------------ other events
    def record(self, kind: str, data: dict[str, Any], counter: int | None = None,
               staff: str | None = None, ticket_id: int | None = None) -> Reply:
        """Log an event that changes no queue state (a fault, an acknowledged alert, a sync)."""
        with self.lock:
            now = self.now()
            ev = Event(kind, now, queue.business_day(now, self.info), ticket_id, counter, staff,
                       dict(data))
            events = self._commit(queue.Change(events=[ev]))
            return dict(data) | {"seq": events[0]["seq"]}, events

    def acknowledge_alert(self, alert_id: str, kind: str, text: str,
                          staff: str | None) -> Reply:
        """A supervisor acknowledges an alert, once: a second acknowledgement answers the
        first one's record ("already") and writes nothing."""
        with self.lock:  # the check and the record together
            m = self.m
            today = queue.business_day(self.now(), self.info)
            rows = (m.Event.select().where((m.Event.type == "alert_acknowledged")
                                           & (m.Event.day == today)).order_by(m.Event.seq))
            for row in rows:
                if row.data.get("alert_id") == alert_id:
                    return {"alert_id": alert_id, "seq": row.seq, "already": True,
                            "staff": row.staff}, []
            out, events = self.record("alert_acknowledged", {"alert_id": alert_id,
                                                             "kind": kind, "text": text},
                                      staff=staff)
            return out | {"already": False, "staff": staff}, events

    def merge_meta(self, key: str, values: dict[str, Any]) -> dict[str, Any]:
        """Merge values into a meta entry (the sync's cached state): a write like any other."""
        with self.lock:
            merged: dict[str, Any] = (self.store.get_meta(key, {}) or {}) | values
            self.store.set_meta(key, merged)
            return merged

    def report_fault(self, device: str, role: str, code: str, message: str) -> Reply:
        """A device's fault (printer out of paper, offline) becomes an event for the supervisor."""
        return self.record("device_fault", {"device": device, "role": role, "code": code,
                                            "message": message})
