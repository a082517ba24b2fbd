"""The counter's commands: each button, key and dialog sends one to the hub, then waits for it."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from ui.client import Callback
from ui.counter.booking import BookingDialog
from ui.counter.complaint_notice import note_complaint_text
from ui.counter.dialogs import CallTicketDialog, NoteDialog, PauseDialog, TransferDialog
from ui.counter.logic import KEEP, confirmation
from ui.errors import error_text

CONFIRM_TIMEOUT_S = 3.0  # give up waiting for the hub's event and redraw from the model


def _tr(text: str) -> str:
    # The window's own context: these sentences were the window's before this module was
    # split off (a mixin's self.tr would look them up under the window's class name anyway).
    return QCoreApplication.translate("CounterWindow", text)


class CounterCommands:
    """Mixed into CounterWindow: what its buttons, keys and dialogs send to the hub."""

    def busy(self) -> None:
        """A command is on its way: every button off until the hub answers."""
        self.pending = (lambda: False, time.monotonic() + CONFIRM_TIMEOUT_S)
        for w in (*self.actions_by_name.values(), *self.work.buttons.values(),
                  self.work.call_selected):
            w.setEnabled(False)
        self.login_page.set_available(False)

    def idle(self) -> None:
        self.pending = None
        self.pending_ticket = KEEP

    def expect(self, confirmed: Callable[[], bool], at_counter: dict | None | object = KEEP
               ) -> None:
        """Keep the buttons off until the hub's own event shows the change (or a timeout);
        meanwhile show `at_counter` (the reply's ticket) so the clerk sees it at once."""
        self.pending = (confirmed, time.monotonic() + CONFIRM_TIMEOUT_S)
        self.pending_ticket = at_counter
        self.refresh()

    def on_action(self, name: str) -> None:
        self.refresh()  # decide on the current model, not the last drawing
        if not self.can.get(name):
            return
        c, n = self.client, self.counter
        if name == "book":
            self.on_book()
        elif name == "transfer":
            t = self.ticket() or {}
            services = [(s["prefix"], self.service_name(s["prefix"]))
                        for s in self.client.snapshot.get("services", []) if s["active"]]
            counters = [(k, x["name"]) for k, x in sorted(self.client.counters.items())
                        if k != self.counter]
            self.open_dialog(TransferDialog(services, counters, t.get("service", ""), self),
                             lambda d: self.send("transfer", lambda done: c.transfer(
                                 n, callback=done, **d.values())))
        elif name == "pause" and self.view.counter_state == "paused":
            self.send("resume", lambda done: c.resume(n, done))
        elif name == "pause":
            self.open_dialog(PauseDialog(self), lambda d: self.send("pause", lambda done: c.pause(
                n, callback=done, **d.values())))
        elif name == "note":
            t = self.last_ticket or {}
            self.open_dialog(NoteDialog(t.get("number", ""), self),
                             lambda d: self.send_note(t["id"], d.values()))
        elif name == "call_ticket":
            sel = self.work.queue.selectionModel().selectedRows()
            q = self.queue_model.ticket_at(sel[0].row()) if sel else None
            if q is not None:
                self.open_dialog(CallTicketDialog(q.number, self), lambda d: self.send(
                    "call", lambda done: c.call_ticket(n, q.id, callback=done, **d.values())))
        elif name == "close":
            self.busy()
            c.logout(self.on_logged_out)
        else:
            command = {"call_next": c.next_customer, "recall": c.recall,
                       "start": c.start_serving, "finish": c.finish, "no_show": c.no_show}[name]
            self.send({"call_next": "next", "no_show": "no-show"}.get(name, name),
                      lambda done: command(n, done))

    def on_book(self) -> None:
        zone = ZoneInfo((self.client.snapshot.get("hall") or {}).get("timezone") or "UTC")
        if self.dialog is None:
            self.open_dialog(BookingDialog(self.client, self.lang,
                                           datetime.now(zone).date(), self),
                             lambda d: self.say(_tr("Booked: {code}, {when}. Tell the "
                                                        "customer this code.").format(
                                 code=d.booked["code"],
                                 when=d.booked["start"][:16].replace("T", " "))))

    def open_dialog(self, dialog, on_ok: Callable) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: on_ok(dialog))
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def send(self, action: str, command: Callable[[Callback], None]) -> None:
        """Run one counter command (`action`: its route, e.g. "call-next"); the hub's
        answer goes to on_reply."""
        self.busy()
        command(lambda ok, data: self.on_reply(action, ok, data))

    def on_reply(self, action: str, ok: bool, data: dict) -> None:
        if not ok:
            self.idle()
            self.say(error_text(data), error=True)
            if data.get("code") == "login_required":
                self.to_login(error_text(data))
            self.refresh()
            return
        r = data.get("result") or {}
        self.say(self.work.done_text(action, r))
        if action == "next":  # the next customer called, or nobody left after a finish
            at_counter: dict | None | object = r if r.get("state") == "called" else None
        elif action in ("call-next", "call", "recall", "start"):
            at_counter = r
        elif action in ("finish", "no-show", "transfer"):
            at_counter = None
        else:
            at_counter = KEEP
        self.expect(confirmation(action, r, self.client, self.counter), at_counter)

    def send_note(self, ticket_id: int, body: dict) -> None:
        def done(ok: bool, data: dict) -> None:
            self.idle()
            if ok:
                self.say(note_complaint_text(data, self.lang) or _tr("Note saved."))
            else:
                self.say(error_text(data), error=True)
            self.refresh()
        self.busy()
        self.client.add_note(ticket_id, callback=done, **body)

    def on_logged_out(self, ok: bool, data: dict) -> None:
        self.idle()
        if ok:
            self.to_login(_tr("The counter is closed. Goodbye."))
        elif data.get("code") in ("no_session", "login_required"):
            self.to_login(_tr("The counter was closed. Log in to open it again."))
        else:
            self.say(error_text(data), error=True)
            self.refresh()

