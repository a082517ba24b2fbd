"""The rating keypad at a counter: after each finished visit the customer rates it, once."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from hallq.settings import Settings
from ui.app import show, start_role
from ui.base import Retranslating, RoleWindow
from ui.client import HallClient
from ui.errors import error_text
from ui.keypad import labels
from ui.keypad.pages import IdlePage, PromptPage, ReasonsPage, ThanksPage
from ui.keypad.widgets import avatar, find_photo

log = logging.getLogger(__name__)

RATING_EVENTS = ("ticket_rated", "ticket_not_rated")
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(1, 10)}
MIN_RESUME_MS = 3000  # not worth showing a prompt again for less than this


class KeypadWindow(Retranslating, RoleWindow, QWidget):
    """Idle → prompt (→ reasons) → thanks → idle; one rating per visit, never offline."""

    def __init__(self, client: HallClient, settings: Settings, counter: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.counter = counter
        ks = settings.keypad
        self.rating_timeout_ms = int(float(ks.rating_timeout_s) * 1000)
        self.thanks_ms = int(float(ks.thanks_s) * 1000)
        self.photo_dir = str(getattr(ks, "photo_dir", "") or "")
        self.ticket: dict | None = None  # the visit on offer
        self.choice: str | None = None  # a low choice waiting for its reasons
        self._sending = False
        self._done = False  # this visit's answer has gone to the hub (or been given up)
        self._hub_now: tuple[datetime, float] | None = None  # hub clock at a monotonic time
        self._avatars: dict[tuple[str, str], QPixmap] = {}
        self.idle = IdlePage()
        self.prompt = PromptPage()
        self.reasons = ReasonsPage()
        self.thanks = ThanksPage()
        self.stack = QStackedWidget()
        for page in (self.idle, self.prompt, self.reasons, self.thanks):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setStyleSheet("KeypadWindow { background: #f4f6f8; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a USB keypad's keys come here
        self._timeout = QTimer(self, singleShot=True)
        self._back = QTimer(self, singleShot=True)
        self._connect_signals()
        self.retranslate_ui()
        self.idle.set_offline(not client.connected)
        self.show_idle()
        self.resize(1024, 600)

    def _connect_signals(self) -> None:
        self.client.connectedChanged.connect(self.on_connected)
        self.client.stateReset.connect(self.on_state_reset)
        self.client.eventReceived.connect(self.on_event)
        self.prompt.chosen.connect(self.on_choice)
        self.reasons.send.connect(self.on_send_reasons)
        self._timeout.timeout.connect(self.on_timeout)
        self._back.timeout.connect(self.show_idle)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("hallq — rating keypad, counter {n}").format(n=self.counter))

    # ------------------------------------------------------------ reading the hall
    def choices(self) -> list[dict[str, Any]]:
        return list(self.client.snapshot.get("hall", {}).get("rating_choices") or [])

    def reason_keys(self) -> list[str]:
        return list(self.client.snapshot.get("hall", {}).get("rating_reasons") or [])

    def staff_name(self, code: str | None) -> str:
        info = self.client.snapshot.get("staff", {}).get(code or "", {})
        return info.get("name") or code or ""

    def hub_now(self) -> datetime | None:
        """The hub's time now, from its snapshot: the keypad's own clock may be wrong."""
        if self._hub_now is None:
            return None
        at, mono = self._hub_now
        return at + timedelta(seconds=time.monotonic() - mono)

    def is_asking(self) -> bool:
        return self.stack.currentWidget() in (self.prompt, self.reasons)

    # ------------------------------------------------------------ hub signals
    def on_connected(self, ok: bool) -> None:
        self.idle.set_offline(not ok)
        if not ok:
            if self.is_asking():  # a rating it cannot store is not offered at all
                self.show_idle()
            return
        self.refresh_idle()
        self.resume_pending()

    def on_state_reset(self, snap: dict) -> None:
        try:
            self._hub_now = (datetime.fromisoformat(snap["now"]), time.monotonic())
        except (KeyError, TypeError, ValueError):
            self._hub_now = None
        self.refresh_idle()

    def on_event(self, ev: dict) -> None:
        if ev.get("counter") != self.counter:
            return
        kind = ev.get("type", "")
        data = ev.get("data") or {}
        if kind == "ticket_finished" and data.get("ticket"):
            if ev.get("replay"):
                self.resume_pending()  # caught up after a gap: only if still fresh
            else:
                self.offer(data["ticket"], self.rating_timeout_ms)
        elif kind in RATING_EVENTS and self.ticket is not None and \
                ev.get("ticket_id") == self.ticket["id"] and not self._sending and \
                self.is_asking():
            self.show_idle()  # closed elsewhere (a newer finish here, the supervisor)
        if "status" in data or kind.startswith(("staff_", "counter_")):
            self.refresh_idle()

    # ------------------------------------------------------------ screens
    def refresh_idle(self) -> None:
        c = self.client.counters.get(self.counter) or {}
        status = c.get("status") or {}
        code = status.get("staff")
        staff = (self.staff_name(code), code) if code else None
        photo = None
        if staff is not None:
            key = staff
            if key not in self._avatars:
                self._avatars[key] = avatar(staff[0], code, find_photo(self.photo_dir, code),
                                            200)
            photo = self._avatars[key]
        name = c.get("name") or self.tr("Counter {n}").format(n=self.counter)
        self.idle.show_counter(name, status.get("state", "closed"), staff, photo)

    def show_idle(self) -> None:
        self._timeout.stop()
        self._back.stop()
        self.ticket = None
        self.choice = None
        self._sending = False
        self.refresh_idle()
        self.stack.setCurrentWidget(self.idle)

    def offer(self, ticket: dict, timeout_ms: float) -> None:
        """Ask the customer of this finished visit to rate it, in their own language."""
        if not self.client.connected or not self.choices():
            return  # never accept a rating that cannot be stored
        self._back.stop()
        self.ticket = ticket
        self.choice = None
        self._sending = False
        self._done = False
        self.prompt.show_prompt(self.choices(), self.language(), ticket.get("number", ""),
                                self.staff_name(ticket.get("staff")))
        self.stack.setCurrentWidget(self.prompt)
        self._timeout.start(max(1, int(timeout_ms)))
        self.setFocus()

    def language(self) -> str:
        return (self.ticket or {}).get("language") or "vi"

    def resume_pending(self) -> None:
        """After a gap: offer the counter's last visit again if it is unrated and fresh;
        record "not rated" if its time has run out (reports need the response rate)."""
        if not self.client.connected or self.ticket is not None or self.is_asking():
            return
        done = [t for t in self.client.tickets.values()
                if t.get("counter") == self.counter and t.get("state") == "done"
                and t.get("finished_at")]
        if not done:
            return
        last = max(done, key=lambda t: (t["finished_at"], t["id"]))
        now = self.hub_now()
        if last["id"] in self.client.ratings or now is None:
            return
        try:
            age_ms = (now - datetime.fromisoformat(last["finished_at"])).total_seconds() * 1000
        except (TypeError, ValueError):
            return
        left = self.rating_timeout_ms - age_ms
        if left >= MIN_RESUME_MS:
            self.offer(last, left)
        elif left <= 0 and self.stack.currentWidget() is self.idle:
            self.client.rate(last["id"], None, [], self._log_reply)
        elif left > 0:  # too short to ask, but its time still runs out: look again then
            QTimer.singleShot(int(left) + 1, self, self.resume_pending)

    # ------------------------------------------------------------ the customer's answer
    def on_choice(self, key: str) -> None:
        if self.ticket is None or self._done or self._sending or \
                self.stack.currentWidget() is not self.prompt:
            return  # a second tap, or a tap after time ran out: nothing happens
        spec = next((c for c in self.choices() if c["key"] == key), None)
        if spec is None:
            return
        self.prompt.lock(key)
        reasons = self.reason_keys()
        if spec.get("low") and reasons:
            self.choice = key
            self.reasons.show_reasons(reasons, self.language(), str(spec.get("color", "")))
            self.stack.setCurrentWidget(self.reasons)
            self._timeout.start(self.rating_timeout_ms)  # fresh time to pick the reasons
            return
        self.submit(key, [])

    def on_send_reasons(self, reasons: list) -> None:
        if self.ticket is None or self._done or self._sending or self.choice is None or \
                self.stack.currentWidget() is not self.reasons:
            return
        self.reasons.lock()
        self.submit(self.choice, list(reasons))

    def submit(self, choice: str | None, reasons: list[str]) -> None:
        ticket = self.ticket
        if ticket is None:
            return
        self._timeout.stop()
        self._sending = True
        self._done = True
        self.client.rate(ticket["id"], choice, reasons,
                         lambda ok, data: self.on_rated(ticket, choice, ok, data))

    def on_rated(self, ticket: dict, choice: str | None, ok: bool, data: dict) -> None:
        if ticket is not self.ticket:
            return  # a newer visit has taken the screen
        self._sending = False
        if ok:
            spec = next((c for c in self.choices() if c["key"] == choice), {})
            self.thanks.show_thanks(self.language(), bool(spec.get("low")))
        elif data.get("code") == "already_rated":
            self.show_idle()
            return
        else:
            log.warning("rating for ticket %s not stored: %s", ticket.get("id"), data)
            self.thanks.show_problem(error_text(data))
        self.stack.setCurrentWidget(self.thanks)
        self._back.start(self.thanks_ms)

    def on_timeout(self) -> None:
        if self.ticket is None or self._done or self._sending:
            return
        if self.stack.currentWidget() is self.reasons and self.choice is not None:
            # They did say "unsatisfied": keep that, with whatever reasons they ticked.
            self.reasons.lock()
            self.submit(self.choice, self.reasons.selected())
            return
        self._done = True
        self.client.rate(self.ticket["id"], None, [], self._log_reply)
        self.show_idle()

    @staticmethod
    def _log_reply(ok: bool, data: dict) -> None:
        if not ok and data.get("code") != "already_rated":
            log.warning("'not rated' not stored: %s", data)

    # ------------------------------------------------------------ a USB keypad
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        digit = DIGIT_KEYS.get(key)
        page = self.stack.currentWidget()
        if page is self.prompt and digit is not None:
            hit = [c for i, c in enumerate(self.choices()) if labels.key_digit(c, i) == digit]
            if hit:
                self.on_choice(hit[0]["key"])
            return
        if page is self.reasons and digit is not None:
            self.reasons.toggle(digit - 1)
            return
        if page is self.reasons and key in ENTER_KEYS:
            self.reasons.send_button.click()
            return
        super().keyPressEvent(event)


def create_window(client: HallClient, settings: Settings, counter: int | None = None
                  ) -> QWidget:
    return KeypadWindow(client, settings, counter or settings.device.counter or 1)


def run(args: argparse.Namespace) -> int:
    app, s, client = start_role(args)
    if not s.device.counter:
        print("hallq keypad: give the counter number (--counter N or device.counter in the "
              "settings file).", file=sys.stderr)
        return 2
    window = create_window(client, s, s.device.counter)
    client.start()
    show(window, s)
    return app.exec()
