"""The counter's cases: open a case from the visit (its receipt printed on the counter's
printer, or saved as PDF), find a case by number or phone, and say which case the ticket at
the counter is about."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallq.domain import name_in
from hallq.domain.values import valid_phone
from hallq.paths import user_data_dir
from hallq.settings import Settings
from hallq.tickets.case_receipt import day_text, receipt_from
from hallq.tickets.case_receipt_print import print_receipt, write_receipt_pdf
from hallq.tickets.kiosk import printer_config
from hallq.tickets.printers import PrinterError
from ui.base import Retranslating
from ui.client import HallClient
from ui.counter.dialogs import _Dialog
from ui.counter.work import BUTTON_CSS
from ui.errors import error_text
from ui.text import PlainLabel

log = logging.getLogger(__name__)
AT_COUNTER = ("called", "serving")


def _tr(text: str) -> str:
    return QCoreApplication.translate("cases", text)


def status_name(status: str) -> str:
    """A case status in the window's language."""
    return {"received": _tr("Received"), "in_progress": _tr("In progress"),
            "waiting_customer": _tr("Waiting for the customer"), "done": _tr("Done"),
            "refused": _tr("Refused")}.get(status, status)


def receipts_dir() -> Path:
    """Where a counter without a receipt printer keeps the receipts' PDFs."""
    return user_data_dir() / "receipts"


class ReceiptPrinter(QObject):
    """Prints (or saves) a receipt on a worker thread: done(ok, what was done or why not)."""

    done = Signal(bool, str)

    def __init__(self, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        section = getattr(settings, "printer", None)
        self.config = printer_config(section.as_dict() if section is not None else None)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hallq-receipt")

    def submit(self, receipt_data: dict[str, Any]) -> None:
        future = self._pool.submit(self._print, receipt_data)
        future.add_done_callback(self._finished)

    def _print(self, data: dict[str, Any]) -> tuple[bool, str]:
        r = receipt_from(data)
        try:
            if self.config is None:  # no printer here: the PDF, to print elsewhere or send
                return True, str(write_receipt_pdf(r, receipts_dir() / f"{r.number}.pdf"))
            return True, print_receipt(r, self.config)
        except PrinterError as e:
            return False, e.message
        except Exception as e:  # a bug in rendering must not take the counter down
            log.exception("receipt %s failed", r.number)
            return False, f"{type(e).__name__}: {e}"

    def _finished(self, future: Future) -> None:
        self.done.emit(*future.result())  # queued to the window's thread by Qt

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


class OpenCaseDialog(_Dialog):
    """The visit becomes a case owned by the clerk: its kind and due date shown first."""

    def __init__(self, client: HallClient, lang: str, ticket: dict[str, Any],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.client, self.lang, self.ticket = client, lang, ticket
        self.preview: dict[str, Any] | None = None
        self.opened: dict[str, Any] | None = None
        self.kind, self.due, self.bring = PlainLabel(), PlainLabel(), PlainLabel()
        for w in (self.kind, self.due, self.bring):
            w.setWordWrap(True)
            w.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(20)
        self.phone.textChanged.connect(self.validate)
        self.error = PlainLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.kind_label, self.due_label = PlainLabel(), PlainLabel()
        self.bring_label, self.phone_label = PlainLabel(), PlainLabel()
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.due_label, self.due)
        self.form.addRow(self.bring_label, self.bring)
        self.form.addRow(self.phone_label, self.phone)
        self.form.addRow(self.error)
        self.setMinimumWidth(640)  # the Vietnamese date "(5 ngày làm việc)" on one line
        self.retranslate_ui()
        self.validate()
        client.case_preview(ticket["id"], self._previewed)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Open a case"))
        self.title.setText(self.tr("Open a case for %1: the request is followed after this "
                                   "visit, and you own it.").replace("%1", self.ticket["number"]))
        self.kind_label.setText(self.tr("Kind of case"))
        self.due_label.setText(self.tr("Due by"))
        self.bring_label.setText(self.tr("What to bring"))
        self.phone_label.setText(self.tr("Phone (optional)"))
        self.phone.setPlaceholderText(self.tr("to find the case by phone later"))

    def _previewed(self, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            self.error.setText(error_text(data))
            return
        self.preview = data
        self.kind.setText(name_in(data.get("kind") or {}, self.lang, data["service"]))
        n = data["due_working_days"]
        self.due.setText(self.tr("%1 (%2 working days)").replace(
            "%1", day_text(date.fromisoformat(data["due"]), self.lang)).replace("%2", str(n)))
        self.bring.setText(name_in(data.get("bring") or {}, self.lang, "") or "—")
        if data.get("case"):
            self.error.setText(self.tr("This visit is already case %1.")
                               .replace("%1", data["case"]))
        self.validate()
        self.adjustSize()  # the texts came after the dialog was laid out: grow to fit them

    def is_valid(self) -> bool:
        phone = self.phone.text().strip()
        return (self.preview is not None and not self.preview.get("case")
                and (not phone or valid_phone(phone)))

    def accept(self) -> None:
        if not self.is_valid():
            return
        self.ok_button.setEnabled(False)  # one case per press
        self.client.open_case(self.ticket["id"], self.phone.text().strip(), self._done)

    def _done(self, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            self.error.setText(error_text(data))
            self.validate()
            return
        self.opened = data
        _Dialog.accept(self)


class FindCaseDialog(_Dialog):
    """Any case by its number, or a phone's open cases: kind, status, due date, owner and
    its history (never the phone)."""

    def __init__(self, client: HallClient, lang: str, reprint: Callable[[str], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.client, self.lang, self.reprint = client, lang, reprint
        self.found: list[dict[str, Any]] = []
        self.query = QLineEdit(self)
        self.query.setMaxLength(20)
        self.query.returnPressed.connect(self.search)
        self.search_button = QPushButton(self)
        self.search_button.clicked.connect(self.search)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        self.result = PlainLabel()
        self.result.setWordWrap(True)
        self.result.setMinimumHeight(160)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.result.setStyleSheet("font-size: 16px;")
        self.query_label = PlainLabel()
        self.form.addRow(self.query_label, row)
        self.form.addRow(self.result)
        self.print_button = QPushButton(self)  # the first case found: its receipt again
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(lambda: self.found and self.reprint(
            self.found[0]["number"]))
        self.buttons.addButton(self.print_button, self.buttons.ButtonRole.ActionRole)
        self.buttons.setStandardButtons(self.buttons.StandardButton.Close)
        self.setMinimumWidth(600)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Find a case"))
        self.title.setText(self.tr("Find a case by its number (HS-…) or the customer's phone"))
        self.query_label.setText(self.tr("Number or phone"))
        self.search_button.setText(self.tr("Find"))
        self.print_button.setText(self.tr("Print its receipt again"))

    def search(self) -> None:
        text = self.query.text().strip()
        if not text:
            return
        self.result.setText(self.tr("Looking…"))
        if text.upper().startswith("HS-") or not text.lstrip("+").isdigit():
            self.client.find_case(self._found, number=text)
        else:
            self.client.find_case(self._found, phone=text)

    def _found(self, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            self.found = []
            self.print_button.setEnabled(False)
            self.result.setText(error_text(data))
            return
        self.found = data.get("cases") or []
        tz = ZoneInfo((self.client.snapshot.get("hall") or {}).get("timezone")
                      or "Asia/Ho_Chi_Minh")
        self.result.setText("\n\n".join(case_text(c, self.lang, tz) for c in self.found)
                            or self.tr("No case found."))
        self.print_button.setEnabled(bool(self.found))


def case_text(c: dict[str, Any], lang: str, tz: ZoneInfo) -> str:
    """A found case in a few lines: what, where it stands, by when, whose; its history."""
    due = day_text(date.fromisoformat(c["due"]), lang)
    lines = [f"{c['number']} · {name_in(c.get('kind') or {}, lang, c['service'])}",
             _tr("Status: %1").replace("%1", status_name(c["status"]))
             + ("  ·  " + _tr("overdue") if c.get("overdue") else ""),
             _tr("Due by %1 · owner %2").replace("%1", due).replace("%2", c["owner"])]
    for h in c.get("history") or []:  # when, in the hall's time, as the language writes it
        at = datetime.fromisoformat(h["at"]).astimezone(tz)
        lines.append(f"  {day_text(at.date(), lang)} {at:%H:%M}  {status_name(h['status'])}")
    return "\n".join(lines)


class CasePanel(Retranslating, QWidget):
    """Under the ticket card: which case the ticket is about, and the two case buttons."""

    def __init__(self, client: HallClient, settings: Settings, lang: str,
                 say: Callable[[str, bool], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.client, self.lang, self.say = client, lang, say
        self.ticket_id: int | None = None  # the ticket whose case `about` shows
        self.about_case: dict[str, Any] | None = None
        self.dialog: _Dialog | None = None
        self.printer = ReceiptPrinter(settings, self)
        self.printer.done.connect(self.on_receipt)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        self.about = PlainLabel()
        self.about.setStyleSheet("font-size: 18px; font-weight: bold; color: #5b2c83;")
        self.about.setWordWrap(True)
        row = QHBoxLayout()
        self.open_button, self.find_button = QPushButton(self), QPushButton(self)
        self.open_button.setObjectName("open_case")
        self.find_button.setObjectName("find_case")
        for b in (self.open_button, self.find_button):
            b.setMinimumHeight(44)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setStyleSheet(BUTTON_CSS.replace("19px", "16px"))
            row.addWidget(b)
        lay.addWidget(self.about)
        lay.addLayout(row)
        self.open_button.clicked.connect(self.on_open)
        self.find_button.clicked.connect(self.on_find)
        self.ticket: dict[str, Any] | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.open_button.setText(self.tr("Open a case…"))
        self.find_button.setText(self.tr("Find a case…"))
        self.draw_about()

    def show_for(self, ticket: dict[str, Any] | None, logged_in: bool, connected: bool) -> None:
        """The window's redraw: the ticket at the counter (None: nobody)."""
        self.ticket = ticket if ticket and ticket.get("state") in AT_COUNTER else None
        self.open_button.setEnabled(logged_in and connected and self.ticket is not None)
        self.find_button.setEnabled(logged_in and connected)
        tid = self.ticket["id"] if self.ticket else None
        if tid != self.ticket_id:
            self.ticket_id, self.about_case = tid, None
            self.draw_about()
            if tid is not None and connected:
                self.client.find_case(lambda ok, d, t=tid: self.on_about(t, ok, d),
                                      ticket_id=tid)

    def on_about(self, ticket_id: int, ok: bool, data: dict[str, Any]) -> None:
        if ticket_id != self.ticket_id or not ok:
            return  # another ticket is at the counter by now
        found = data.get("cases") or []
        self.about_case = found[0] if found else None
        self.draw_about()

    def draw_about(self) -> None:
        c = self.about_case
        if c is None:
            self.about.clear()
            return
        kind = name_in(c.get("kind") or {}, self.lang, c["service"])
        self.about.setText(self.tr("About case %1 · %2 · %3").replace("%1", c["number"])
                           .replace("%2", kind).replace("%3", status_name(c["status"])))

    def on_open(self) -> None:
        if self.ticket is None or self.dialog is not None:
            return
        d = OpenCaseDialog(self.client, self.lang, self.ticket, self)
        self._open(d, lambda: self.on_opened(d.opened or {}))

    def on_find(self) -> None:
        if self.dialog is None:
            self._open(FindCaseDialog(self.client, self.lang, self.reprint, self),
                       lambda: None)

    def reprint(self, number: str) -> None:
        """A case's receipt again (the clerk's own cases; a supervisor's any)."""
        def done(ok: bool, data: dict[str, Any]) -> None:
            if not ok:
                self.say(error_text(data), True)
            elif data.get("receipt"):
                self.say(self.tr("Printing the receipt of case %1…").replace("%1", number),
                         False)
                self.printer.submit(data["receipt"])
        self.client.case(number, done)

    def _open(self, d: _Dialog, on_ok: Callable[[], None]) -> None:
        self.dialog = d
        d.accepted.connect(on_ok)
        d.finished.connect(lambda _: setattr(self, "dialog", None))
        d.finished.connect(d.deleteLater)
        d.open()

    def on_opened(self, data: dict[str, Any]) -> None:
        case, receipt = data.get("case") or {}, data.get("receipt")
        if not case:
            return
        self.about_case = {**case, "kind": (receipt or {}).get("kind") or {}}
        self.draw_about()
        self.say(self.tr("Case %1 opened, due by %2. Printing the receipt…")
                 .replace("%1", case["number"])
                 .replace("%2", day_text(date.fromisoformat(case["due"]), self.lang)), False)
        if receipt:
            self.printer.submit(receipt)

    def on_receipt(self, ok: bool, detail: str) -> None:
        if not ok:
            self.say(self.tr("The receipt was not printed: %1").replace("%1", detail), True)
        elif self.printer.config is None:
            self.say(self.tr("No receipt printer here: the receipt is saved as %1")
                     .replace("%1", detail), False)
        else:
            self.say(self.tr("Receipt printed."), False)
