"""Live demo traffic against a running hub: visits, and what follows them, through its REST routes.

Uses a supervisor/admin device token and the supervisor's PIN to pair its own counter, keypad
and kiosk devices, then logs the sample clerks in with their sample PINs. Customers arrive,
counters call and finish, keypads rate; as in the simulated file (hallq.simulation.aftercare,
at its rates) clerks note complaints and open cases in the services with a case type, owners
move cases on, customers answer the satisfaction questions (the ticket's page, a closed
case's page) or complain from the ticket's page, and the supervisor's round every few minutes
gives ownerless complaints an owner and a cause; owners close some.

The traffic runs on its own clock, `speed` times real time (1: real time): the same seed sends
the same requests in the same order, however fast or slow the hub answers.
"""

from __future__ import annotations

import heapq
import itertools
import random
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from hallq.domain import sample
from hallq.domain.cases import CaseType
from hallq.simulation.aftercare import (
    ANSWER_EACH,
    ANSWER_SHARE,
    CASE_FATES,
    CASE_SHARE,
    CLOSING_TEXTS,
    COMPLAINT_FATES,
    INDEX_BASE,
    OTHER_INDEX,
    OUTCOMES,
    PAGE_COMPLAINT_SHARE,
    PAGE_TEXTS,
    REFUSALS,
    _pick,
)

# Notes at the counter, as in the simulated day (hallq.simulation.day): 5% of the finished
# visits, half of them complaints (a complaint of the clerk's own), 40% to follow up.
NOTE_SHARE, NOTE_COMPLAINT, NOTE_FOLLOW_UP = 0.05, 0.5, 0.4
NOTE_TEXT = "Khách hỏi về hóa đơn tháng trước"
RATED_SHARE = 0.7  # of the finished visits: the customer presses a key (else: declined)
CHOICES = (("very_satisfied", 0.55), ("satisfied", 0.3), ("acceptable", 0.1),
           ("unsatisfied", 0.05))
ROUND_MIN = 10.0  # minutes between the supervisor's rounds of the open complaints
# What takes days in the simulated file takes minutes here (traffic clock): a case is taken
# up, then done, refused or left waiting for the customer; an owner closes a complaint.
TAKE_UP_MIN, CLOSE_CASE_MIN, CLOSE_COMPLAINT_MIN = (2.0, 10.0), (5.0, 30.0), (5.0, 30.0)
Job = Callable[[], None]


class HubError(RuntimeError):
    """A refusal of the hub: its error code and sentence."""

    def __init__(self, path: str, code: str, message: str):
        super().__init__(f"{path}: {code}: {message}")
        self.code = code


class Hub:
    def __init__(self, url: str, token: str):
        self.http = httpx.Client(base_url=url.rstrip("/"), timeout=5)
        self.token = token

    def request(self, method: str, path: str, body: dict | None = None,
                token: str | None = None, session: str | None = None,
                params: dict[str, Any] | None = None) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token or self.token}"}
        if session:
            headers["X-Staff-Session"] = session
        r = self.http.request(method, path, json=body if method != "GET" else None,
                              headers=headers, params=params)
        data = r.json()
        if r.status_code >= 400:
            err = data.get("error") if isinstance(data, dict) else None
            if isinstance(err, dict):
                raise HubError(path, str(err.get("code", "")), str(err.get("message", "")))
            raise HubError(path, str(r.status_code), str(data))
        return data

    def post(self, path: str, body: dict | None = None, token: str | None = None,
             session: str | None = None) -> dict[str, Any]:
        return self.request("POST", path, body or {}, token, session)

    def get(self, path: str, token: str | None = None, session: str | None = None,
            params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.request("GET", path, None, token, session, params)


def run_live(url: str, token: str | None, minutes: float, rate: float, seed: int = 1,
             supervisor: str = "GS01", pin: str = "9999", speed: float = 1.0) -> int:
    """Traffic for `minutes` (of its clock, `speed` times real time): about `rate` tickets
    a minute, and what follows the visits."""
    if not token:
        raise SystemExit("hallq simulate --hub needs --token (a supervisor or admin device)")
    hub = Hub(url, token)
    try:
        counts = Live(hub, seed, supervisor, pin, speed).run(minutes, rate)
    finally:
        hub.http.close()  # its connections closed, not left open until the GC finds them
    print(f"live traffic for {minutes:g} min: {counts['issued']} tickets issued "
          f"({counts['turned_away']} customers turned away), "
          f"{counts['served']} finished, {counts['rated']} rated, {counts['notes']} notes "
          f"({counts['complaint_notes']} complaints), {counts['cases_opened']} cases opened "
          f"({counts['cases_done']} done, {counts['cases_refused']} refused, "
          f"{counts['cases_waiting']} waiting for the customer), {counts['page_complaints']} "
          f"complaints from the ticket's page, {counts['complaints_sorted']} given an owner "
          f"or cause, {counts['complaints_closed']} closed, {counts['index_answers']} "
          f"index answers")
    return 0


class Live:
    """One run: the devices and sessions it made, its clock's queue of things to do."""

    def __init__(self, hub: Hub, seed: int, supervisor: str, pin: str, speed: float):
        self.hub, self.seed, self.speed = hub, seed, max(speed, 1e-6)
        self.rng = random.Random(seed)  # arrivals, services, service times (as before)
        self.care = random.Random(f"live-aftercare:{seed}")  # what follows the visits
        self.supervisor, self.pin = supervisor, pin
        self.heap: list[tuple[float, int, str, Any]] = []
        self.seq = itertools.count()
        self.now = 0.0  # seconds on the traffic's clock
        self.pages: dict[int, str] = {}  # ticket id -> its page (/t/<hall>/<day>/<number>)
        self.arrived: dict[int, float] = {}  # ticket id -> when it was issued
        self.counts: dict[str, int] = dict.fromkeys(
            ("issued", "turned_away", "served", "rated", "notes", "complaint_notes", "cases_opened",
             "cases_done", "cases_refused", "cases_waiting", "page_complaints",
             "complaints_sorted", "complaints_closed", "index_answers"), 0)

    # ------------------------------------------------------------ set-up
    def _setup(self) -> None:
        hub = self.hub
        self.boss = hub.post("/api/staff/login", {"code": self.supervisor,
                                                  "pin": self.pin})["session"]
        state = hub.get("/api/state")
        pins = {s.code: p for s, p in sample.STAFF}
        clerks = [c for c, s in state["staff"].items() if s["role"] == "clerk" and c in pins]
        # counter -> (device token, staff session, clerk, keypad token)
        self.counters: dict[int, tuple[str, str, str, str]] = {}
        for c in state["counters"][:len(clerks)]:
            n = c["number"]
            dev = hub.post("/api/devices", {"role": "counter", "counter": n,
                                            "name": f"simulator counter {n}"}, session=self.boss)
            code = clerks[len(self.counters)]
            try:
                sess = hub.post("/api/staff/login", {"code": code, "pin": pins[code],
                                                     "counter": n}, token=dev["token"])["session"]
            except HubError as exc:
                print(f"counter {n}: {exc}; skipped")
                continue
            keypad = hub.post("/api/devices", {"role": "keypad", "counter": n,
                                               "name": f"simulator keypad {n}"},
                              session=self.boss)["token"]
            self.counters[n] = (dev["token"], sess, code, keypad)
        self.by_clerk = {v[2]: n for n, v in self.counters.items()}
        self.kiosk = hub.post("/api/devices", {"role": "kiosk", "name": "simulator kiosk"},
                              session=self.boss)["token"]
        self.prefixes = [s["prefix"] for s in state["services"] if s["active"]]
        self.service_names = {s["prefix"]: s.get("names") or {} for s in state["services"]}
        self.reasons = list(state["hall"].get("rating_reasons") or [])
        self.indices = [ix["key"] for ix in
                        hub.get("/api/config/satisfaction-indices")["indices"]]
        self.causes = [x["key"] for x in hub.get("/api/config/complaint-causes")["causes"]]
        self.case_service: dict[str, bool] = {}  # service -> has a case type (asked once)
        self.idle = set(self.counters)
        self.seen_complaints: set[str] = set()

    # ------------------------------------------------------------ the clock
    def at(self, delay_s: float, kind: str, payload: Any = None) -> None:
        heapq.heappush(self.heap, (self.now + delay_s, next(self.seq), kind, payload))

    def run(self, minutes: float, rate: float) -> dict[str, int]:
        self._setup()
        end, started = minutes * 60, time.monotonic()
        self.at(0, "arrive", rate)
        self.at(ROUND_MIN * 60, "round")
        while self.heap and self.heap[0][0] <= end:
            self.now, _, kind, payload = heapq.heappop(self.heap)
            wait = started + self.now / self.speed - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            if kind == "arrive":
                self._arrive(payload)
            elif kind == "finish":
                self._finish(*payload)
            elif kind == "round":
                self._round()
                self.at(ROUND_MIN * 60, "round")
            else:  # "care": something that follows a visit
                payload()
        return self.counts

    # ------------------------------------------------------------ visits
    def _arrive(self, rate: float) -> None:
        prio = "elderly" if self.rng.random() < 0.08 else ""
        service = self.rng.choice(self.prefixes)
        self.at(self.rng.expovariate(rate / 60), "arrive", rate)
        try:
            out = self.hub.post("/api/tickets", {"service": service, "priority": prio},
                                token=self.kiosk)
        except HubError:  # the service's queue is full, or it is closed: the customer leaves
            self.counts["turned_away"] += 1
            return
        self.counts["issued"] += 1
        self.pages[out["ticket"]["id"]] = urlsplit(out["qr"]).path  # the ticket's page
        self.arrived[out["ticket"]["id"]] = self.now
        for n in sorted(self.idle):
            self._call(n)

    def _call(self, n: int) -> None:
        tok, sess, _, _ = self.counters[n]
        try:
            t = self.hub.post(f"/api/counters/{n}/call-next", token=tok, session=sess)["result"]
        except HubError:
            self.idle.add(n)  # nobody waiting for this counter
            return
        self.idle.discard(n)
        self.at(self.rng.uniform(20, 90), "finish", (n, t, self.now))

    def _finish(self, n: int, t: dict[str, Any], called: float) -> None:
        tok, sess, clerk, _ = self.counters[n]
        self.hub.post(f"/api/counters/{n}/finish", token=tok, session=sess)
        self.counts["served"] += 1
        self._after_visit(n, t, (called - self.arrived.get(t["id"], called)) / 60)
        self._call(n)

    def _after_visit(self, n: int, t: dict[str, Any], wait_min: float) -> None:
        """What follows a finished visit (at aftercare's rates)."""
        rng, tid = self.care, t["id"]
        tok, sess, clerk, _ = self.counters[n]
        self._rate(n, tid)  # as they leave: the counter's next call closes the rating
        if rng.random() < NOTE_SHARE:
            kind = "complaint" if rng.random() < NOTE_COMPLAINT else "request"
            follow = rng.random() < NOTE_FOLLOW_UP
            # categories are the counter's keys (ui/counter/dialogs.py NOTE_CATEGORIES)
            self.hub.post("/api/notes", {"ticket_id": tid, "kind": kind, "category":
                                         "billing" if kind == "complaint" else "meter",
                                         "text": NOTE_TEXT, "follow_up": follow},
                          token=tok, session=sess)
            self.counts["notes"] += 1
            self.counts["complaint_notes"] += kind == "complaint"
        if rng.random() < CASE_SHARE and self._has_case_type(t, tok, sess):
            out = self.hub.post("/api/cases", {"ticket_id": tid}, token=tok, session=sess)
            self.counts["cases_opened"] += 1
            self._plan_case(out["case"]["number"], out["case"]["owner"],
                            urlsplit(out["receipt"]["url"]).path)
        page = self.pages.get(tid, "")
        if rng.random() < ANSWER_SHARE:
            self.at(rng.uniform(1, 30) * 60, "care", lambda: self._answer(page, wait_min))
        if rng.random() < PAGE_COMPLAINT_SHARE:
            text = rng.choice(PAGE_TEXTS)
            self.at(rng.uniform(2, 40) * 60, "care", lambda: self._page_complaint(page, text))

    def _rate(self, n: int, tid: int) -> None:
        rng = self.care
        if rng.random() < RATED_SHARE:
            choice: str | None = _pick(rng, CHOICES)
            reasons = (rng.sample(self.reasons, min(2, len(self.reasons)))
                       if choice == "unsatisfied" else [])
        else:
            choice, reasons = None, []  # declined
        self.hub.post("/api/ratings", {"ticket_id": tid, "choice": choice, "reasons": reasons},
                      token=self.counters[n][3])
        self.counts["rated"] += choice is not None

    def _has_case_type(self, t: dict[str, Any], tok: str, sess: str) -> bool:
        """Whether the visit's service has a case type of its own (asked once per service,
        from the open dialog's preview): the hall gives any other service a plain one, named
        after the service, due in the default days, with nothing to bring."""
        service = t["service"]
        if service not in self.case_service:
            p = self.hub.get("/api/cases/preview", tok, sess, {"ticket_id": t["id"]})
            plain = CaseType(service, dict(self.service_names.get(service, {})))
            self.case_service[service] = (p["kind"] != plain.name or bool(p["bring"])
                                          or p["due_working_days"] != plain.due_working_days)
        return self.case_service[service]

    # ------------------------------------------------------------ the customer's pages
    def _answer(self, page: str, wait_min: float) -> None:
        """The satisfaction questions on a page (a ticket's, a closed case's): each with
        aftercare's chance, lower scores after longer waits."""
        scores = {}
        for key in self.indices:
            if self.care.random() >= ANSWER_EACH:
                continue
            base, per_minute = INDEX_BASE.get(key, OTHER_INDEX)
            mu = base - per_minute * wait_min
            scores[key] = min(5, max(1, round(self.care.gauss(mu, 0.8))))
        if not scores or not page:
            return
        self.hub.http.get(page).raise_for_status()  # the customer opens the page first
        self.hub.post(page + "/answers", {"answers": scores})
        self.counts["index_answers"] += len(scores)

    def _page_complaint(self, page: str, text: str) -> None:
        try:
            self.hub.post(page + "/complaint", {"text": text})
        except HubError as exc:
            if exc.code != "complaint_exists":  # the visit has one (its rating, a note)
                raise
            return
        self.counts["page_complaints"] += 1

    # ------------------------------------------------------------ cases
    def _owner_session(self, owner: str) -> tuple[str | None, str]:
        """The owner's counter device and session, else the supervisor's."""
        n = self.by_clerk.get(owner)
        if n is None:
            return None, self.boss
        return self.counters[n][0], self.counters[n][1]

    def _status(self, number: str, owner: str, status: str, reason: str = "") -> None:
        tok, sess = self._owner_session(owner)
        self.hub.post(f"/api/cases/{number}/status", {"status": status, "reason": reason},
                      token=tok, session=sess)

    def _plan_case(self, number: str, owner: str, page: str) -> None:
        """A case's fate, as aftercare's (late ones stay in progress past the run)."""
        rng = random.Random(f"live-fate:{self.seed}:{number}")
        fate = _pick(rng, CASE_FATES)
        take_up = rng.uniform(*TAKE_UP_MIN) * 60
        self.at(take_up, "care", lambda: self._status(number, owner, "in_progress"))
        then = take_up + rng.uniform(*CLOSE_CASE_MIN) * 60
        if fate == "on_time":
            self.at(then, "care", lambda: self._close_case(number, owner, "done", "", page))
        elif fate == "refused":
            reason = rng.choice(REFUSALS)
            self.at(then, "care", lambda: self._close_case(number, owner, "refused", reason,
                                                           page))
        elif fate == "waiting":
            self.at(then, "care", lambda: self._wait_for_customer(number, owner))

    def _close_case(self, number: str, owner: str, status: str, reason: str,
                    page: str) -> None:
        self._status(number, owner, status, reason)
        self.counts["cases_done" if status == "done" else "cases_refused"] += 1
        if self.care.random() < ANSWER_SHARE:  # the customer answers on the case's page
            self.at(self.care.uniform(1, 30) * 60, "care", lambda: self._answer(page, 0.0))

    def _wait_for_customer(self, number: str, owner: str) -> None:
        self._status(number, owner, "waiting_customer")
        self.counts["cases_waiting"] += 1

    # ------------------------------------------------------------ complaints
    def _round(self) -> None:
        """The supervisor's round: each complaint seen for the first time gets an owner (a
        clerk at a counter) and a cause when it has none, and its fate (aftercare's): its
        owner closes it with an outcome and a text in a while, or it stays open."""
        found = self.hub.get("/api/complaints", session=self.boss, params={"open": "true"})
        for c in found["complaints"]:
            number = c["number"]
            if number in self.seen_complaints:
                continue
            self.seen_complaints.add(number)
            owner = c["owner"]
            if not owner and self.by_clerk:
                owner = self.care.choice(sorted(self.by_clerk))
                self.hub.post(f"/api/complaints/{number}/owner", {"owner": owner},
                              session=self.boss)
            if not c["cause"] and self.causes:
                self.hub.post(f"/api/complaints/{number}/cause",
                              {"cause": self.care.choice(self.causes)}, session=self.boss)
            self.counts["complaints_sorted"] += not c["owner"] or not c["cause"]
            rng = random.Random(f"live-fate:{self.seed}:{number}")
            if _pick(rng, COMPLAINT_FATES) == "on_time":
                outcome = _pick(rng, OUTCOMES)
                text = rng.choice(CLOSING_TEXTS[outcome])
                self.at(rng.uniform(*CLOSE_COMPLAINT_MIN) * 60, "care",
                        lambda n=number, o=owner, x=outcome, t=text:
                        self._close_complaint(n, o, x, t))

    def _close_complaint(self, number: str, owner: str, outcome: str, text: str) -> None:
        tok, sess = self._owner_session(owner)
        self.hub.post(f"/api/complaints/{number}/close", {"outcome": outcome, "text": text},
                      token=tok, session=sess)
        self.counts["complaints_closed"] += 1
