"""What windows and the hub read of the hall now: events after a position, the snapshot, a clerk's day."""

from __future__ import annotations

from datetime import date
from typing import Any

from hallq.domain import TicketState, jsonable, queue
from hallq.domain.estimate import ServiceSummary
from hallq.hall.base import Events, HallBase
from hallq.wire import row_event_json


class HallReads(HallBase):
    """Mixed into Hall: the reads that take the hall's lock and change nothing."""

    def events_since(self, seq: int, limit: int = 1000) -> Events:
        rows = (self.m.Event.select().where(self.m.Event.seq > seq)
                .order_by(self.m.Event.seq).limit(limit))
        return [row_event_json(r) for r in rows]

    def snapshot(self) -> dict[str, Any]:
        """Everything a window needs to draw the hall now; events after `seq` follow."""
        with self.lock:
            now = self.now()
            st = self.state
            today = queue.business_day(now, self.info)
            tickets = [t for t in st.tickets.values() if t.day == today]
            return {
                "seq": self.last_seq(),
                "now": now.isoformat(),
                "day": today.isoformat(),
                "hall": jsonable(self.info),
                "services": [jsonable(s) for s in sorted(st.services.values(),
                                                          key=lambda s: (s.kiosk_order, s.prefix))],
                "counters": [jsonable(c) | {"status": jsonable(st.counter_status(c.number))}
                             for c in sorted(st.counters.values(), key=lambda c: c.number)],
                "staff": {s.code: {"name": s.name, "role": s.role.value, "active": s.active,
                                   "photo": self.photos.get(s.code, "")}
                          for s in self.staff.values()},
                "tickets": [jsonable(t) for t in sorted(tickets, key=lambda t: t.id)],
                "ratings": {str(k): {"choice": r.choice, "score": r.score, "rated": r.rated}
                            for k, r in self.ratings.items()},
                "summary": queue.summary(st, now),
            }

    def summary(self) -> dict[str, ServiceSummary]:
        with self.lock:
            return queue.summary(self.state, self.now())

    def staff_day(self, code: str, day: date | None = None) -> dict[str, Any]:
        """A clerk's own day: served, mean service minutes, mean rating."""
        with self.lock:
            done = [t for t in self.state.tickets.values()
                    if t.staff == code and t.state == TicketState.DONE]
            mins = [(t.finished_at - t.serving_at).total_seconds() / 60
                    for t in done if t.finished_at and t.serving_at]
            rated = [self.ratings[t.id] for t in done if t.id in self.ratings]
            scores = [r.score for r in rated if r.rated and r.score is not None]
            return {"served": len(done),
                    "mean_service_min": round(sum(mins) / len(mins), 1) if mins else None,
                    "mean_rating": round(sum(scores) / len(scores), 2) if scores else None,
                    "ratings": len(scores)}
