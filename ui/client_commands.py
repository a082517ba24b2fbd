"""The hub's routes as typed methods of HallClient: one method per route, bodies encoded
through hallq.wire, callbacks with `(ok, data)` (see ui/client.py for the transport)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlencode

from hallq import wire

Reply = dict[str, Any]
Callback = Callable[[bool, Reply], None]
ReportCallback = Callable[[bool, bytes | Reply], None]
# An HTTP answer: status (None: no answer at all), body, Qt's error text ("" if none).
RawCallback = Callable[[int | None, bytes, str], None]

UNREACHABLE = "hub_unreachable"
REPORT_TIMEOUT_MS = 60_000  # a busy day's report can take a few seconds to draw
PROBE_TIMEOUT_MS = 3000


def _ignore(ok: bool, data: Reply) -> None:
    """The callback of a command whose answer nobody waits for."""


class HubCommands:
    """Mixed into HallClient, which provides the transport below and the connection."""

    connected: bool
    staff_session: str | None

    def _command(self, method: str, path: str, model: type[wire.Body],
                 fields: dict[str, Any], callback: Callback | None) -> None:
        raise NotImplementedError

    def _request(self, method: str, path: str, body: dict[str, Any] | None = None,
                 callback: Callback | None = None, require_connection: bool = True) -> None:
        raise NotImplementedError

    def _send(self, method: str, path: str, body: dict[str, Any] | None,
              answered: RawCallback, timeout_ms: int, staff: bool = True) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------ tickets
    def issue(self, service: str, priority: str = "", customer_code: str = "",
              language: str = "vi", callback: Callback | None = None) -> None:
        """POST /api/tickets: {ticket, ahead, eta_min, qr, seq}."""
        self._command("POST", "/api/tickets", wire.IssueBody, {
            "service": service, "priority": priority, "customer_code": customer_code,
            "language": language}, callback)

    def requeue(self, ticket_id: int, callback: Callback | None = None) -> None:
        """A no-show customer came back: {ticket} waiting again."""
        self._request("POST", f"/api/tickets/{ticket_id}/requeue", {}, callback)

    def cancel(self, ticket_id: int, reason: str = "",
               callback: Callback | None = None) -> None:
        self._command("POST", f"/api/tickets/{ticket_id}/cancel", wire.ReasonBody,
                      {"reason": reason}, callback)

    # ------------------------------------------------------------------ staff
    def login(self, code: str, pin: str, counter: int | None,
              callback: Callback | None = None) -> None:
        """At a counter (it opens) or, with counter None, a supervisor: {session, staff}."""
        def done(ok: bool, data: Reply) -> None:
            if ok:
                self.staff_session = data["session"]
            (callback or _ignore)(ok, data)
        self._command("POST", "/api/staff/login", wire.LoginBody,
                      {"code": code, "pin": pin, "counter": counter}, done)

    def logout(self, callback: Callback | None = None) -> None:
        def done(ok: bool, data: Reply) -> None:
            if ok:
                self.staff_session = None
            (callback or _ignore)(ok, data)
        self._request("POST", "/api/staff/logout", {}, done)

    def staff_day(self, code: str, callback: Callback) -> None:
        """A clerk's own day so far: {served, mean_service_min, mean_rating, ratings, ...}."""
        self._request("GET", f"/api/staff/{quote(code, safe='')}/day", None, callback)

    def unlock_staff(self, code: str, callback: Callback) -> None:
        """A supervisor lifts a staff member's PIN lock-out on every device:
        {staff, unlocked: how many locks were lifted}."""
        self._request("POST", f"/api/staff/{quote(code, safe='')}/unlock", {}, callback)

    # ------------------------------------------------------------------ at a counter
    # Each replies {"result": the ticket (or the counter's status), "seq": ...}.
    def counter_action(self, counter: int, action: str, body: dict[str, Any] | None = None,
                       callback: Callback | None = None) -> None:
        """POST /api/counters/N/<action>, the route every counter command below uses;
        action: next, call-next, recall, start, finish, no-show, resume, close, call, transfer,
        pause."""
        self._request("POST", f"/api/counters/{counter}/{action}", body or {}, callback)

    def call_next(self, counter: int, callback: Callback | None = None) -> None:
        self.counter_action(counter, "call-next", None, callback)

    def next_customer(self, counter: int, callback: Callback | None = None) -> None:
        """Finish the customer at the counter (if any) and call the next (if any waits)."""
        self.counter_action(counter, "next", None, callback)

    def recall(self, counter: int, callback: Callback | None = None) -> None:
        self.counter_action(counter, "recall", None, callback)

    def start_serving(self, counter: int, callback: Callback | None = None) -> None:
        self.counter_action(counter, "start", None, callback)

    def finish(self, counter: int, callback: Callback | None = None) -> None:
        self.counter_action(counter, "finish", None, callback)

    def no_show(self, counter: int, callback: Callback | None = None) -> None:
        self.counter_action(counter, "no-show", None, callback)

    def resume(self, counter: int, callback: Callback | None = None) -> None:
        self.counter_action(counter, "resume", None, callback)

    def close_counter(self, counter: int, callback: Callback | None = None) -> None:
        self.counter_action(counter, "close", None, callback)

    def call_ticket(self, counter: int, ticket_id: int, reason: str,
                    callback: Callback | None = None) -> None:
        """Call one waiting ticket out of turn (the reason is required)."""
        self._command("POST", f"/api/counters/{counter}/call", wire.CallBody,
                      {"ticket_id": ticket_id, "reason": reason}, callback)

    def transfer(self, counter: int, to_service: str | None = None,
                 to_counter: int | None = None, note: str = "",
                 callback: Callback | None = None) -> None:
        self._command("POST", f"/api/counters/{counter}/transfer", wire.TransferBody,
                      {"to_service": to_service, "to_counter": to_counter, "note": note},
                      callback)

    def pause(self, counter: int, reason: str = "", callback: Callback | None = None) -> None:
        self._command("POST", f"/api/counters/{counter}/pause", wire.ReasonBody,
                      {"reason": reason}, callback)

    # ------------------------------------------------------------------ ratings and notes
    def rate(self, ticket_id: int, choice: str | None, reasons: list[str] | None = None,
             callback: Callback | None = None) -> None:
        """A rating, or with choice None "not rated": {rating}."""
        self._command("POST", "/api/ratings", wire.RateBody, {
            "ticket_id": ticket_id, "choice": choice, "reasons": reasons or []}, callback)

    def add_note(self, ticket_id: int, kind: str = "request", category: str = "",
                 text: str = "", follow_up: bool = False,
                 callback: Callback | None = None) -> None:
        """A request or complaint about a visit: {note}."""
        self._command("POST", "/api/notes", wire.NoteBody, {
            "ticket_id": ticket_id, "kind": kind, "category": category, "text": text,
            "follow_up": follow_up}, callback)

    def notes(self, callback: Callback, open_only: bool = True) -> None:
        """{notes: [...]}, only the open follow-ups by default."""
        self._request("GET", "/api/notes?" + urlencode({"open": str(open_only).lower()}),
                      None, callback)

    def resolve_note(self, note_id: int, callback: Callback | None = None) -> None:
        self._request("POST", f"/api/notes/{note_id}/resolve", {}, callback)

    # ------------------------------------------------------------------ devices
    def report_fault(self, code: str, message: str = "",
                     callback: Callback | None = None) -> None:
        """This device's fault, for the supervisor's alerts (e.g. the printer's paper)."""
        self._command("POST", "/api/faults", wire.FaultBody,
                      {"code": code, "message": message}, callback)

    def unlock_kiosk(self, code: str, pin: str, callback: Callback) -> None:
        """A supervisor's code and PIN at a locked kiosk: {staff}."""
        self._command("POST", "/api/kiosk/unlock", wire.UnlockBody,
                      {"code": code, "pin": pin}, callback)

    def check_device(self, callback: Callable[[str | None], None]) -> None:
        """Ask the hub (even while not connected) whether it refuses this device: the
        error code ("unauthorized", "forbidden") or None."""
        self._send("GET", "/api/state", None,
                   lambda status, _raw, _error: callback(wire.refusal(status)),
                   PROBE_TIMEOUT_MS, staff=False)

    # ------------------------------------------------------------------ supervisor
    def alerts_today(self, callback: Callback) -> None:
        """Today's acknowledged alert ids and device faults: {acked, faults}."""
        self._request("GET", "/api/alerts/today", None, callback)

    def acknowledge_alert(self, alert_id: str, kind: str, text: str,
                          callback: Callback | None = None) -> None:
        self._command("POST", "/api/alerts/ack", wire.AckBody,
                      {"alert_id": alert_id, "kind": kind, "text": text}, callback)

    def report_pdf(self, day: str, callback: ReportCallback) -> None:
        """The daily report of `day` (YYYY-MM-DD): callback(True, PDF bytes) or
        callback(False, error object)."""
        if not self.connected:
            callback(False, {"code": UNREACHABLE, "message": "hub unreachable"})
            return

        def answered(status: int | None, raw: bytes, error: str) -> None:
            if status is None:
                callback(False, {"code": UNREACHABLE, "message": error})
            else:
                callback(*wire.report_reply(status, raw))

        self._send("GET", "/api/report?" + urlencode({"date": day}), None, answered,
                   REPORT_TIMEOUT_MS)

    def sync_status(self, callback: Callback) -> None:
        """The nightly sync to head office: configured, last success, last error."""
        self._request("GET", "/api/sync/status", None, callback)

    def sync_run(self, callback: Callback | None = None) -> None:
        self._request("POST", "/api/sync/run", {}, callback)

    # ------------------------------------------------------------------ set-up
    # Each replies {"result": ...} and the hub broadcasts config_changed (a new snapshot).
    def put_service(self, service: dict[str, Any], callback: Callback | None = None) -> None:
        self._request("PUT", "/api/config/services", service, callback)

    def put_counter(self, counter: dict[str, Any], callback: Callback | None = None) -> None:
        self._request("PUT", "/api/config/counters", counter, callback)

    def put_staff(self, staff: dict[str, Any], callback: Callback | None = None) -> None:
        self._request("PUT", "/api/config/staff", staff, callback)

    def put_hall(self, hall: dict[str, Any], callback: Callback | None = None) -> None:
        self._request("PUT", "/api/config/hall", hall, callback)

    def devices(self, callback: Callback) -> None:
        """{devices: [{id, name, role, counter, revoked}, ...]}."""
        self._request("GET", "/api/devices", None, callback)

    def add_device(self, role: str, counter: int | None = None, name: str = "",
                   callback: Callback | None = None) -> None:
        """Pair a new device: the reply carries its token, shown only this once."""
        self._command("POST", "/api/devices", wire.DeviceBody,
                      {"role": role, "name": name, "counter": counter}, callback)

    def revoke_device(self, device_id: int, callback: Callback | None = None) -> None:
        self._request("DELETE", f"/api/devices/{device_id}", None, callback)


    # ------------------------------------------------------------------ beyond the hall
    def online_today(self, day: str, callback: Callback) -> None:
        """{services: {prefix: {booked, checked_in, cancelled, no_shows, phone_tickets}},
        total, visits, messages: {state: n}} for a hall-local day (YYYY-MM-DD)."""
        self._request("GET", f"/api/online?date={day}", None, callback)

    def appointments_on(self, day: str, callback: Callback) -> None:
        """{appointments: [{code, service, start, state, phone, name, ...}], no_shows}."""
        self._request("GET", f"/api/appointments?date={day}", None, callback)

    def check_in(self, code: str, language: str, callback: Callback) -> None:
        """An appointment's code (typed or scanned): the ticket, or a refusal such as
        too_early with details.come_back_at."""
        self._command("POST", f"/api/appointments/{code}/check-in", wire.CheckInBody,
                      {"language": language}, callback)

    # ------------------------------------------------------------------ cases
    def open_case(self, ticket_id: int, phone: str = "",
                  callback: Callback | None = None) -> None:
        """The clerk turns the visit into a case (owner: the clerk): {case, receipt}."""
        self._command("POST", "/api/cases", wire.OpenCaseBody,
                      {"ticket_id": ticket_id, "phone": phone}, callback)

    def case_preview(self, ticket_id: int, callback: Callback) -> None:
        """{service, kind, bring, due, due_working_days, case}: what opening would give."""
        self._request("GET", f"/api/cases/preview?ticket_id={ticket_id}", None, callback)

    def case(self, number: str, callback: Callback) -> None:
        """One of the clerk's own cases (any for a supervisor): {case, receipt}."""
        self._request("GET", f"/api/cases/{quote(number, safe='')}", None, callback)

    def find_case(self, callback: Callback, number: str = "", phone: str = "",
                  ticket_id: int | None = None) -> None:
        """{cases: [{number, kind, status, due, owner, overdue, history}]}: by number, the
        phone's open cases (newest first), or the case a ticket is about."""
        query = {k: v for k, v in (("number", number), ("phone", phone),
                                   ("ticket_id", ticket_id)) if v not in ("", None)}
        self._request("GET", "/api/cases/find?" + urlencode(query), None, callback)

    def case_check_in(self, callback: Callback, number: str = "", key: str = "",
                      phone: str = "", language: str = "vi") -> None:
        """A customer back about a case: {ticket, case, to_counter, ahead, eta_min, ...}."""
        self._command("POST", "/api/cases/check-in", wire.CaseCheckInBody,
                      {"number": number, "key": key, "phone": phone, "language": language},
                      callback)

    def case_receipt_pdf(self, number: str, language: str, callback: ReportCallback) -> None:
        """The case's receipt as PDF bytes: callback(True, bytes) or (False, error)."""
        if not self.connected:
            callback(False, {"code": UNREACHABLE, "message": "hub unreachable"})
            return

        def answered(status: int | None, raw: bytes, error: str) -> None:
            if status is None:
                callback(False, {"code": UNREACHABLE, "message": error})
            else:
                callback(*wire.report_reply(status, raw))

        self._send("GET", f"/api/cases/{quote(number, safe='')}/receipt.pdf?"
                   + urlencode({"lang": language}), None, answered, REPORT_TIMEOUT_MS)

    def book_appointment(self, service: str, start: str, phone: str = "", name: str = "",
                         language: str = "vi", callback: Callback | None = None) -> None:
        """A clerk books for the customer at the counter; the reply carries the code."""
        self._command("POST", "/api/appointments", wire.BookBody,
                      {"service": service, "start": start, "phone": phone, "name": name,
                       "language": language}, callback)

    def appointment_services(self, callback: Callback) -> None:
        """{hall: {open_weekdays, holidays, ...}, services: [{prefix, names, appointments,
        phone_queue, slot_min}]}: what takes appointments, and the hall's working days."""
        self._request("GET", "/api/appointments/services", None, callback)

    def appointment_slots(self, service: str, day: str, callback: Callback) -> None:
        self._request("GET", f"/api/appointments/slots?service={service}&date={day}", None,
                      callback)

    def messages_today(self, callback: Callback) -> None:
        """{settings (secrets as set or not), counts: {state: n}, recent: [...]}."""
        self._request("GET", "/api/messages", None, callback)

    def put_messaging(self, settings: dict[str, Any], callback: Callback | None = None) -> None:
        self._request("PUT", "/api/config/messaging", settings, callback)

    def appointment_plans(self, callback: Callback) -> None:
        """{plans: [{service, capacity, slot_min, phone_daily_limit}], calendar:
        {opening_hours, open_weekdays, holidays}}."""
        self._request("GET", "/api/config/appointment-plans", None, callback)

    def put_appointment_plan(self, plan: dict[str, Any],
                             callback: Callback | None = None) -> None:
        self._request("PUT", "/api/config/appointment-plans", plan, callback)

    def send_test_message(self, phone: str, language: str,
                          callback: Callback | None = None) -> None:
        self._request("POST", "/api/messages/test", {"phone": phone, "language": language},
                      callback)

    # ------------------------------------------------------------------ notices to the hall
    def current_notices(self, callback: Callback) -> None:
        """{now, next_change, notices: [{id, starts_at, ends_at, text: {lang: text}}]}: the
        notices in force (every language filled in) and when that next changes by the clock."""
        self._request("GET", "/api/notices/current", None, callback, require_connection=False)

    def notices(self, callback: Callback) -> None:
        """{now, notices: [...]}: every notice, past and coming and withdrawn (supervisor)."""
        self._request("GET", "/api/notices", None, callback)

    def post_notice(self, text: dict[str, str], starts_at: str, ends_at: str,
                    callback: Callback | None = None) -> None:
        """A notice from starts_at to ends_at (ISO; without an offset: the hall's time)."""
        self._command("POST", "/api/notices", wire.NoticeBody,
                      {"text": text, "starts_at": starts_at, "ends_at": ends_at}, callback)

    def withdraw_notice(self, notice_id: int, callback: Callback | None = None) -> None:
        self._request("DELETE", f"/api/notices/{notice_id}", None, callback)
