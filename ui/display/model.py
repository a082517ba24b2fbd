"""What the hall and counter displays show, computed from HallClient's model (no widgets)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CALL_EVENTS = ("ticket_called", "ticket_recalled")


@dataclass(frozen=True)
class Call:
    """One call shown on the board: ticket number to counter."""

    number: str
    counter: int
    ticket_id: int
    seq: int = 0


class CallBoard:
    """The latest call and the ones before it, newest first, one line per ticket number.

    Rebuilt from the snapshot's tickets on every stateReset (after a hub restart the board
    is the hub's truth), then moved by call and recall events: a recall puts the ticket back
    on top because the hall hears it again.
    """

    def __init__(self, keep: int = 20):
        self.keep = keep
        self.calls: list[Call] = []

    def reset(self, tickets: list[dict[str, Any]]) -> None:
        called = [t for t in tickets if t.get("called_at") and t.get("counter") is not None]
        called.sort(key=lambda t: (t["called_at"], t["id"]), reverse=True)
        self.calls = []
        for t in called:
            if not any(c.number == t["number"] for c in self.calls):
                self.calls.append(Call(t["number"], int(t["counter"]), int(t["id"])))
            if len(self.calls) >= self.keep:
                break

    def on_event(self, ev: dict[str, Any]) -> Call | None:
        """Apply one event; the new latest call if it is a call or recall, else None."""
        if ev.get("type") not in CALL_EVENTS:
            return None
        ticket = (ev.get("data") or {}).get("ticket") or {}
        number = ticket.get("number")
        counter = ev.get("counter") if ev.get("counter") is not None else ticket.get("counter")
        if not number or counter is None:
            return None
        call = Call(number, int(counter), int(ticket.get("id") or ev.get("ticket_id") or 0),
                    int(ev.get("seq") or 0))
        self.calls = [call] + [c for c in self.calls if c.number != number]
        del self.calls[self.keep:]
        return call

    @property
    def latest(self) -> Call | None:
        return self.calls[0] if self.calls else None

    def recent(self, n: int) -> list[Call]:
        """The n calls before the latest one."""
        return self.calls[1:1 + n]


@dataclass(frozen=True)
class CounterNow:
    """What a counter's own display shows."""

    state: str  # "closed", "paused", "open"
    number: str | None  # the ticket called or being served there
    staff_name: str
    counter_name: str
    serving: bool = False  # the customer is being served (not only called)


def counter_now(snapshot: dict[str, Any], counters: dict[int, dict],
                tickets: dict[int, dict], number: int) -> CounterNow:
    counter = counters.get(number) or {}
    status = counter.get("status") or {}
    state = status.get("state") or "closed"
    at = [t for t in tickets.values()
          if t.get("counter") == number and t.get("state") in ("called", "serving")]
    at.sort(key=lambda t: (t.get("called_at") or "", t["id"]))
    staff_code = status.get("staff")
    staff = (snapshot.get("staff") or {}).get(staff_code or "", {})
    return CounterNow(state, at[-1]["number"] if at else None,
                      staff.get("name", "") if state != "closed" else "",
                      counter.get("name") or "",
                      bool(at) and at[-1].get("state") == "serving")


@dataclass(frozen=True)
class ServiceRow:
    prefix: str
    names: list[str]  # in the hall's languages, first language first
    waiting: int
    eta_min: float | None
    opens_at: str | None = None  # "HH:MM" when no open counter serves it yet, if known
    eta_low_min: float | None = None  # the estimate's range (10th to 90th percentile)
    eta_high_min: float | None = None


def service_rows(snapshot: dict[str, Any], summary: dict[str, dict],
                 languages: list[str]) -> list[ServiceRow]:
    """Active services in kiosk order, named in each hall language (duplicates dropped)."""
    rows = []
    for s in snapshot.get("services") or []:
        if not s.get("active", True):
            continue
        names: list[str] = []
        for lang in languages:
            name = (s.get("names") or {}).get(lang)
            if name and name not in names:
                names.append(name)
        if not names:
            names = [s["prefix"]]
        info = summary.get(s["prefix"]) or {}
        rows.append(ServiceRow(s["prefix"], names, int(info.get("waiting") or 0),
                               info.get("eta_min"), info.get("opens_at") or None,
                               info.get("eta_low_min"), info.get("eta_high_min")))
    return rows


def hall_languages(snapshot: dict[str, Any]) -> list[str]:
    langs = list((snapshot.get("hall") or {}).get("languages") or [])
    return langs or ["vi"]
