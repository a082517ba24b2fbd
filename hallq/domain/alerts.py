"""Supervisor alerts raised from the event stream and the hall's current state (no Qt).

Kinds: an unsatisfied rating, a wait past its service's target, a counter idle or paused too
long, a queue longer than its limit, a device fault, an overdue complaint, customers waiting
for a service no open counter serves while the hall is working. Each alert has a
stable id, so it is raised once; it stays listed until acknowledged (an `alert_acknowledged`
event at the hub).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hallq.domain.values import is_overdue, parse_time

KINDS = ("unsatisfied", "wait_over_target", "counter_idle", "counter_paused",
         "queue_over_limit", "device_fault", "complaint_overdue", "service_unstaffed")


AT_WORK = ("open", "paused")  # a counter's states that still serve: a break ends


def served_now(prefix: str, counters: Mapping[int, Mapping[str, Any]]) -> bool:
    """Whether an open or paused counter serves `prefix` (someone will call its customers)."""
    return any(prefix in (c.get("services") or ()) and
               (c.get("status") or {}).get("state") in AT_WORK for c in counters.values())


@dataclass(frozen=True)
class Alert:
    id: str
    kind: str
    ts: str  # ISO time it was raised (the event's time, or the check's)
    params: dict[str, Any] = field(default_factory=dict)


def describe(alert: Alert) -> str:
    """Plain English, for logs and the acknowledgement record (the window shows its own)."""
    p = alert.params
    return {
        "unsatisfied": f"Unsatisfied rating for {p.get('number', '?')} at counter "
                       f"{p.get('counter', '?')} ({p.get('staff') or '-'})",
        "wait_over_target": f"Service {p.get('service')}: {p.get('number')} has waited "
                            f"{p.get('minutes')} min (target {p.get('target')} min)",
        "counter_idle": f"Counter {p.get('counter')} idle for {p.get('minutes')} min while "
                        f"customers wait",
        "counter_paused": f"Counter {p.get('counter')} paused for {p.get('minutes')} min",
        "queue_over_limit": f"Service {p.get('service')}: {p.get('waiting')} waiting "
                            f"(limit {p.get('limit')})",
        "service_unstaffed": f"Service {p.get('service')}: {p.get('waiting')} waiting, no open "
                             f"counter serves it",
        "device_fault": f"Device {p.get('device')}: {p.get('code')} "
                        f"{p.get('message') or ''}".rstrip(),
        "complaint_overdue": f"Complaint {p.get('number')} ({p.get('owner') or '-'}) is "
                             f"overdue since {p.get('due')}"
                             + (" and went to head office" if p.get("level") == 2 else ""),
    }.get(alert.kind, alert.kind)


def _minutes(now: datetime, since: datetime) -> int:
    return int((now - since).total_seconds() // 60)


def _arrival(t: Mapping[str, Any]) -> datetime:
    return datetime.fromisoformat(t["arrival"])


class AlertBook:
    """Every alert raised today, which are acknowledged, and the conditions now in force.

    Condition alerts (waits, queues) are raised once per *episode*: when a service goes over
    its target (or limit) and not again until it has come back under. Their id names the
    ticket that crossed the line, so an alert acknowledged before a restart stays acknowledged
    while that ticket is still the one over the line.
    """

    def __init__(self, hall: Mapping[str, Any] | None = None):
        self.hall: dict[str, Any] = dict(hall or {})
        self.alerts: dict[str, Alert] = {}  # in the order raised
        self.acked: set[str] = set()
        self._episodes: dict[tuple[str, str], str] = {}

    # ------------------------------------------------------------ bookkeeping
    def open_alerts(self) -> list[Alert]:
        """Alerts still waiting for a supervisor, newest first."""
        return [a for a in reversed(self.alerts.values()) if a.id not in self.acked]

    def acknowledge(self, alert_id: str) -> None:
        self.acked.add(alert_id)

    def load_acked(self, ids: Iterable[str]) -> None:
        self.acked.update(ids)

    def _raise(self, alert: Alert) -> list[Alert]:
        if alert.id in self.alerts:
            return []
        self.alerts[alert.id] = alert
        return [] if alert.id in self.acked else [alert]

    def low_choices(self) -> set[str]:
        choices = self.hall.get("rating_choices") or ()
        low = {c["key"] for c in choices if c.get("low")}
        return low or {"unsatisfied"}

    # ------------------------------------------------------------ from events
    def on_event(self, ev: Mapping[str, Any],
                 tickets: Mapping[int, Mapping[str, Any]] | None = None) -> list[Alert]:
        """New alerts an event raises (a low rating, a device fault); acks are noted."""
        data = ev.get("data") or {}
        kind = ev.get("type")
        if kind == "alert_acknowledged" and data.get("alert_id"):
            self.acknowledge(data["alert_id"])
            return []
        if kind == "config_changed" and data.get("what") == "hall" and data.get("hall"):
            self.hall = dict(data["hall"])
            return []
        if kind == "ticket_rated" and data.get("choice") in self.low_choices():
            tid = ev.get("ticket_id")
            t = (tickets or {}).get(tid) or {} if tid is not None else {}
            return self._raise(Alert(f"rating:{tid}", "unsatisfied", ev["ts"], {
                "ticket_id": tid, "number": t.get("number", ""), "service": data.get("service"),
                "counter": data.get("counter", ev.get("counter")),
                "staff": data.get("staff", ev.get("staff")),
                "choice": data.get("choice"), "reasons": list(data.get("reasons") or [])}))
        if kind == "complaint_escalated":  # overdue: the supervisor's, then head office's
            c = data.get("complaint") or {}
            return self._raise(Alert(f"complaint:{c.get('number')}:{c.get('level')}",
                                     "complaint_overdue", ev["ts"], {
                "number": c.get("number", ""), "owner": c.get("owner", ""),
                "cause": c.get("cause", ""), "due": c.get("due", ""),
                "level": c.get("level")}))
        if kind == "device_fault":
            return self._raise(Alert(f"fault:{ev['seq']}", "device_fault", ev["ts"], {
                "device": data.get("device", ""), "role": data.get("role", ""),
                "code": data.get("code", ""), "message": data.get("message", "")}))
        return []

    def seed_ratings(self, ratings: Mapping[int, Mapping[str, Any]],
                     tickets: Mapping[int, Mapping[str, Any]], now: datetime) -> list[Alert]:
        """Low ratings already in a snapshot (the window started after they were given)."""
        out: list[Alert] = []
        low = self.low_choices()
        for tid, r in sorted(ratings.items()):
            if r.get("rated") and r.get("choice") in low:
                t = tickets.get(int(tid)) or {}
                out += self._raise(Alert(f"rating:{tid}", "unsatisfied",
                                         t.get("finished_at") or now.isoformat(), {
                    "ticket_id": int(tid), "number": t.get("number", ""),
                    "service": t.get("service"), "counter": t.get("counter"),
                    "staff": t.get("staff"), "choice": r.get("choice"), "reasons": []}))
        return out

    # ------------------------------------------------------------ from the current state
    def check(self, services: Iterable[Mapping[str, Any]],
              counters: Mapping[int, Mapping[str, Any]],
              tickets: Iterable[Mapping[str, Any]], now: datetime) -> list[Alert]:
        """New alerts for conditions in force at `now` (call it on events and once a second)."""
        out: list[Alert] = []
        waiting = [t for t in tickets if t["state"] == "waiting"]
        by_service: dict[str, list[Mapping[str, Any]]] = {}
        for t in waiting:
            by_service.setdefault(t["service"], []).append(t)
        for svc in services:
            prefix = svc["prefix"]
            queue = sorted(by_service.get(prefix, []), key=lambda t: (t["arrival"], t["id"]))
            target = svc.get("target_wait_min")  # none or 0: this service raises no wait alert
            over = [t for t in queue if target and is_overdue(_arrival(t), target, now)]
            out += self._episode(("wait", prefix), self._wait_alert(svc, over, now))
            by_issue = sorted(queue, key=lambda t: t["id"])
            out += self._episode(("queue", prefix), self._queue_alert(svc, by_issue, now))
            out += self._episode(("unstaffed", prefix),
                                 self._unstaffed_alert(svc, queue, counters, now))
        idle_min = int(self.hall.get("idle_alert_min") or 0)
        pause_min = int(self.hall.get("pause_alert_min") or 0)
        for n, c in sorted(counters.items()):
            st = c.get("status") or {}
            since = parse_time(st.get("since"))
            if since is None:
                continue
            mins = _minutes(now, since)
            if st.get("state") == "paused" and pause_min and mins >= pause_min:
                out += self._raise(Alert(f"pause:{n}:{st['since']}", "counter_paused",
                                         now.isoformat(), {
                    "counter": n, "staff": st.get("staff"), "minutes": mins,
                    "reason": st.get("pause_reason", "")}))
            served = set(c.get("services") or ())
            someone_waits = any(t["service"] in served and t.get("target_counter") in (None, n)
                                or t.get("target_counter") == n for t in waiting)
            if (st.get("state") == "open" and st.get("ticket_id") is None and idle_min
                    and mins >= idle_min and someone_waits):
                out += self._raise(Alert(f"idle:{n}:{st['since']}", "counter_idle",
                                         now.isoformat(), {
                    "counter": n, "staff": st.get("staff"), "minutes": mins}))
        return out

    @staticmethod
    def _wait_alert(svc: Mapping[str, Any], over: list[Mapping[str, Any]],
                    now: datetime) -> Alert | None:
        if not over:
            return None
        first = over[0]
        return Alert(f"wait:{svc['prefix']}:{first['day']}:{first['number']}",
                     "wait_over_target", now.isoformat(),
                     {"service": svc["prefix"], "number": first["number"],
                      "minutes": _minutes(now, _arrival(first)),
                      "target": svc.get("target_wait_min")})

    @staticmethod
    def _unstaffed_alert(svc: Mapping[str, Any], queue: list[Mapping[str, Any]],
                         counters: Mapping[int, Mapping[str, Any]],
                         now: datetime) -> Alert | None:
        """Customers of a service that no open (or paused) counter serves, while some counter
        is open: nobody will call them until a counter takes the service."""
        states = {n: (c.get("status") or {}).get("state") for n, c in counters.items()}
        if svc.get("active") is False or "open" not in states.values():
            return None
        if served_now(svc["prefix"], counters):
            return None
        stuck = [t for t in queue
                 if t.get("target_counter") is None or states.get(t["target_counter"]) not in
                 AT_WORK]
        if not stuck:
            return None
        first = stuck[0]
        return Alert(f"unstaffed:{svc['prefix']}:{first['day']}:{first['number']}",
                     "service_unstaffed", now.isoformat(),
                     {"service": svc["prefix"], "waiting": len(stuck),
                      "minutes": _minutes(now, _arrival(first))})

    @staticmethod
    def _queue_alert(svc: Mapping[str, Any], queue: list[Mapping[str, Any]],
                     now: datetime) -> Alert | None:
        limit = svc.get("queue_limit")
        if not limit or len(queue) <= limit:
            return None
        crossing = queue[limit]  # the first ticket beyond the limit
        return Alert(f"queue:{svc['prefix']}:{crossing['day']}:{crossing['number']}",
                     "queue_over_limit", now.isoformat(),
                     {"service": svc["prefix"], "waiting": len(queue), "limit": limit})

    def _episode(self, key: tuple[str, str], alert: Alert | None) -> list[Alert]:
        """Raise `alert` if the condition just began; forget the episode once it is over."""
        if alert is None:
            self._episodes.pop(key, None)
            return []
        if key in self._episodes:
            return []
        self._episodes[key] = alert.id
        return self._raise(alert)
