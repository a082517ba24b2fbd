"""The kiosk's result screen: the number huge, the service, people ahead, wait, printing state."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from hallq.domain.estimate import shown_range
from hallq.tickets.kiosk import service_name
from ui.base import Retranslating
from ui.text import PlainLabel

# Printing states the page can show; a fault code from hallq.tickets.printers is shown as a fault.
NO_PRINTER, PRINTING, PRINTED = "none", "printing", "printed"


class IssuedPage(Retranslating, QWidget):
    """Shows one issued ticket; done() when the customer taps the button."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = "vi"
        self.reply: dict = {}
        self.service: dict | None = None
        self.print_state = NO_PRINTER
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 24)
        layout.setSpacing(8)
        layout.addStretch(1)
        self.your_number = PlainLabel()
        self.your_number.setObjectName("kioskYourNumber")
        self.number = PlainLabel()
        self.number.setObjectName("kioskNumber")
        self.service_label = PlainLabel()
        self.service_label.setObjectName("kioskIssuedService")
        self.facts = PlainLabel()
        self.facts.setObjectName("kioskIssuedFacts")
        self.priority = PlainLabel()
        self.priority.setObjectName("kioskIssuedPriority")
        self.print_status = PlainLabel()
        self.print_status.setObjectName("kioskPrintOk")
        for w in (self.your_number, self.number, self.service_label, self.facts,
                  self.priority, self.print_status):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # the number and the badge stay on one line (a wrapped badge gets clipped)
            w.setWordWrap(w not in (self.number, self.priority))
            if w is self.priority:  # a badge: only as wide as its text
                layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
            else:
                layout.addWidget(w)
        layout.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        self.done_button = QPushButton()
        self.done_button.setObjectName("kioskBig")
        self.done_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_button.clicked.connect(self.done)
        row.addWidget(self.done_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.retranslate_ui()

    def show_ticket(self, reply: dict, service: dict | None, print_state: str) -> None:
        self.reply = reply
        self.service = service
        self.print_state = print_state
        self.retranslate_ui()

    def set_print_state(self, state: str) -> None:
        self.print_state = state
        self._print_text()

    def ticket_id(self) -> int | None:
        return (self.reply.get("ticket") or {}).get("id")

    def _priority_text(self, key: str) -> str:
        return {"elderly": self.tr("Priority: elderly"),
                "disabled": self.tr("Priority: disability"),
                "pregnant": self.tr("Priority: pregnant"),
                "appointment": self.tr("Priority: appointment")}.get(key, "")

    def _print_text(self) -> None:
        state = self.print_state
        ok = state in (NO_PRINTER, PRINTING, PRINTED)
        text = {
            NO_PRINTER: self.tr("Please remember your number."),
            PRINTING: self.tr("Printing your ticket…"),
            PRINTED: self.tr("Please take your printed ticket below."),
            "no_paper": self.tr("The printer is out of paper, so no ticket was printed. "
                                "Please remember your number — you are in the queue. "
                                "The staff have been told."),
        }.get(state, self.tr("The ticket printer is not working, so no ticket was printed. "
                             "Please remember your number — you are in the queue. "
                             "The staff have been told."))
        self.print_status.setObjectName("kioskPrintOk" if ok else "kioskPrintFault")
        self.print_status.style().unpolish(self.print_status)
        self.print_status.style().polish(self.print_status)
        self.print_status.setText(text)
        self.print_status.updateGeometry()  # the fault style has padding: re-measure

    def retranslate_ui(self) -> None:
        t = self.reply.get("ticket") or {}
        self.your_number.setText(self.tr("Your number"))
        self.number.setText(t.get("number", ""))
        self.service_label.setText(service_name(self.service, self.language))
        ahead = int(self.reply.get("ahead") or 0)
        eta = self.reply.get("eta_min")
        people = self.tr("People ahead of you: %1").replace("%1", str(ahead))
        if eta is None and self.reply.get("opens_at"):  # no counter serves it yet
            wait = self.tr("Service opens at %1").replace("%1", str(self.reply["opens_at"]))
        elif eta is None:
            wait = self.tr("Estimated wait: not known yet")
        elif round(eta) < 1:
            wait = self.tr("Estimated wait: you are next")
        else:
            wait = self.tr("Estimated wait: about %1 min").replace("%1", str(round(eta)))
            span = shown_range(eta, self.reply.get("eta_low_min"),
                               self.reply.get("eta_high_min"))
            if span is not None:  # on a line of its own: "about 6 min" stays whole too
                wait += "\n" + self.tr("(usually %1–%2 min)").replace(
                    "%1", str(span[0])).replace("%2", str(span[1]))
        self.facts.setText(f"{people}\n{wait}")  # a line each: none breaks mid-phrase
        prio = self._priority_text(t.get("priority") or "")
        self.priority.setText(prio)
        self.priority.setVisible(bool(prio))
        self._print_text()
        self.done_button.setText(self.tr("Done"))
