"""The ticket kiosk at the hall entrance: pick a language and a service, get a number."""

from __future__ import annotations

import argparse
import itertools
import logging
import time
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hallq.settings import Settings
from hallq.tickets.kiosk import printer_config, ticket_print
from ui import app as uiapp
from ui.base import RoleWindow
from ui.client import HallClient
from ui.errors import error_text
from ui.kiosk.appointment import AppointmentPage
from ui.kiosk.case import CasePage
from ui.kiosk.check_in import CheckInPage
from ui.kiosk.entry import CodePage, UnlockPage
from ui.kiosk.issued import NO_PRINTER, PRINTED, PRINTING, IssuedPage
from ui.kiosk.lock import CornerHotspot
from ui.kiosk.printing import TicketPrinter
from ui.kiosk.start import StartPage
from ui.kiosk.style import KIOSK_STYLE
from ui.text import PlainLabel

log = logging.getLogger(__name__)

# Each language's button shows its own name (an endonym is never translated).
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
NARROW_BELOW = 1200  # px wide: the letters and digits of the keypad no longer fit side by side
USER_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress)


class KioskWindow(RoleWindow, QWidget):
    """Start (services) -> issued number; code keypad and supervisor unlock on the side.

    Signals for tests and benchmarks: ticketShown(reply) when the number is on screen,
    printDone(ticket_id, code) when the printer took the bytes ("") or failed (code)."""

    ticketShown = Signal(dict)
    printDone = Signal(int, str)

    def __init__(self, client: HallClient, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.settings = settings
        self.default_language = settings.device.language
        self.language = self.default_language
        self.languages = [lang for lang in settings.kiosk.languages if lang in LANGUAGE_NAMES] \
            or [self.default_language]
        self.locked = bool(settings.device.fullscreen and settings.kiosk.supervisor_pin_exit)
        self.allow_close = not self.locked
        self.busy = False
        self.jobs = itertools.count(1)
        self.print_jobs: dict[int, int] = {}  # print job -> ticket id
        self.unsent_faults: list[dict] = []  # printer faults the hub has not heard of yet
        self.paper_low_reported = False
        self.printer = TicketPrinter(printer_config(settings.printer.as_dict()), self)
        self.printer.warm_up()
        self.setObjectName("kiosk")
        self.setStyleSheet(KIOSK_STYLE)
        self._build()
        self.corner = CornerHotspot(self)
        self.idle = QTimer(self, singleShot=True, interval=settings.kiosk.idle_timeout_s * 1000)
        self.result_timer = QTimer(self, singleShot=True,
                                   interval=settings.kiosk.result_s * 1000)
        self._connect_signals()
        QApplication.instance().installEventFilter(self)
        self.set_language(self.language)
        if client.snapshot:
            self.on_state(client.snapshot)
        self.on_connected(client.connected)
        self.resize(1280, 800)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The screen decides the size, not the widest page: resizeEvent then lays the pages
        # out for it (a wide page's minimum must not push a portrait window off the screen).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        header = QFrame()
        header.setObjectName("kioskHeader")
        bar = QHBoxLayout(header)
        bar.setContentsMargins(28, 12, 20, 12)
        self.hall_name = PlainLabel()
        self.hall_name.setObjectName("kioskHallName")
        self.hall_name.setWordWrap(True)
        bar.addWidget(self.hall_name, 1)
        layout.addWidget(header)
        self.stack = QStackedWidget()
        self.start_page = StartPage({lang: LANGUAGE_NAMES[lang] for lang in self.languages})
        self.lang_buttons = self.start_page.lang_buttons
        self.code_page = CodePage()
        self.issued_page = IssuedPage()
        self.unlock_page = UnlockPage()
        self.appointment_page = AppointmentPage()
        self.case_page = CasePage()  # "I'm here about my case": its button by the code's
        self.start_page.top.insertWidget(1, self.case_page.start_button)
        for page in (self.start_page, self.code_page, self.issued_page, self.unlock_page,
                     self.appointment_page, self.case_page):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)

    def _connect_signals(self) -> None:
        c = self.client
        c.stateReset.connect(self.on_state)
        c.summaryChanged.connect(self.start_page.set_summary)
        c.connectedChanged.connect(self.on_connected)
        self.start_page.languageChosen.connect(self.set_language)
        self.start_page.serviceChosen.connect(self.on_service)
        self.start_page.codeRequested.connect(self.on_code_requested)
        self.code_page.accepted.connect(self.on_code_accepted)
        self.code_page.cancelled.connect(self.go_start)
        self.start_page.appointmentRequested.connect(self.on_appointment_requested)
        self.case_page.start_button.clicked.connect(self.on_case_requested)
        for page in (self.appointment_page, self.case_page):
            page.submitted.connect(partial(self.on_check_in, page))
            page.cancelled.connect(self.go_start)
        self.issued_page.done.connect(self.go_start)
        self.unlock_page.submitted.connect(self.on_unlock_submitted)
        self.unlock_page.cancelled.connect(self.go_start)
        self.unlock_page.exitRequested.connect(self.on_exit_requested)
        self.corner.triggered.connect(self.on_corner)
        self.printer.finished.connect(self.on_printed)
        self.idle.timeout.connect(self.on_idle)
        self.result_timer.timeout.connect(self.go_start)

    # ------------------------------------------------------------ language
    def set_language(self, lang: str) -> None:
        """Every visible string at once: Qt's translations and the hall's service names."""
        self.language = lang
        uiapp.set_language(lang)
        for code, b in self.lang_buttons.items():
            b.setChecked(code == lang)
        for page in (self.start_page, self.issued_page):
            page.language = lang
        # No .qm file means no LanguageChange event; redraw explicitly either way.
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("hallq — take a number"))
        for page in (self.start_page, self.code_page, self.issued_page, self.unlock_page,
                     self.appointment_page, self.code_page.keypad, self.unlock_page.keypad,
                     self.appointment_page.keypad, self.case_page, self.case_page.keypad):
            page.retranslate_ui()
        self.on_connected(self.client.connected)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Portrait or small: the pages stack what sits side by side on a wide screen."""
        narrow = self.width() < NARROW_BELOW or self.height() > self.width()
        self.start_page.set_narrow(narrow)
        for keypad in (self.code_page.keypad, self.unlock_page.keypad,
                       self.appointment_page.keypad, self.case_page.keypad):
            keypad.set_narrow(narrow)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("hallq — take a number"))
        super().changeEvent(event)

    # ------------------------------------------------------------ hub
    def on_state(self, snap: dict) -> None:
        self.hall_name.setText((snap.get("hall") or {}).get("name", ""))
        self.start_page.set_services(snap.get("services", []))
        self.start_page.set_summary(snap.get("summary", {}))

    def on_connected(self, ok: bool) -> None:
        self.start_page.show_message("" if ok else error_text({"code": "hub_unreachable"}))
        if ok and self.unsent_faults:
            faults, self.unsent_faults = self.unsent_faults, []
            for fault in faults:
                self.report_fault(fault)

    def report_fault(self, fault: dict) -> None:
        """Tell the hub; kept and re-sent on reconnection if the hub is away right now."""
        body = {"code": fault["code"][:40], "message": fault["message"][:500]}

        def done(ok: bool, data: dict) -> None:
            if not ok and data.get("code") == "hub_unreachable":
                self.unsent_faults.append(body)
        self.client.report_fault(body["code"], body["message"], done)

    # ------------------------------------------------------------ taking a ticket
    def on_service(self, prefix: str) -> None:
        if self.busy:
            return  # a request is in flight: a second tap must not make a second ticket
        self.busy = True
        self.start_page.set_busy(True)
        lang = self.language
        tapped = time.perf_counter()
        self.client.issue(prefix, self.start_page.priority(), self.start_page.customer_code,
                          lang, callback=lambda ok, data: self.on_issued(ok, data, lang,
                                                                         tapped))

    def on_issued(self, ok: bool, data: dict, lang: str, tapped: float) -> None:
        self.busy = False
        self.start_page.set_busy(False)
        if not ok:
            # Nothing was issued: say why, in the customer's language, and stay here.
            self.start_page.show_message(error_text(data))
            return
        self.start_page.show_message("" if self.client.connected else
                                     error_text({"code": "hub_unreachable"}))
        t = data["ticket"]
        service = self.client.service(t["service"])
        state = PRINTING if self.printer.enabled else NO_PRINTER
        self.issued_page.show_ticket(data, service, state)
        self.stack.setCurrentWidget(self.issued_page)
        # Paint the number now: rendering the ticket (~0.1 s of Python) must come after it.
        self.issued_page.repaint()
        self.start_page.reset_choices()
        self.result_timer.start()
        data["tapped_at"] = tapped
        self.ticketShown.emit(data)
        if self.printer.enabled:
            job = next(self.jobs)
            self.print_jobs[job] = t["id"]
            self.printer.submit(job, ticket_print(data, self.client.snapshot, lang))

    def on_printed(self, job: int, code: str, detail: str) -> None:
        ticket_id = self.print_jobs.pop(job, None)
        if ticket_id is None:
            return
        if code:
            log.warning("ticket %s not printed: %s %s", ticket_id, code, detail)
            # The supervisor sees it live (device_fault); the ticket stands regardless.
            self.report_fault({"code": code, "message": f"{detail} (ticket id {ticket_id})"})
        low = not code and "paper is running low" in detail  # hallq.tickets.printers' result line
        if low and not self.paper_low_reported:
            # Printed, but the roll is nearly out: tell the supervisor once, before it ends.
            self.report_fault({"code": "paper_low", "message": detail})
        self.paper_low_reported = low or (self.paper_low_reported and bool(code))
        if self.issued_page.ticket_id() == ticket_id:
            self.issued_page.set_print_state(code or PRINTED)
        self.printDone.emit(ticket_id, code)

    # ------------------------------------------------------------ customer code
    def on_code_requested(self) -> None:
        self.code_page.start(self.start_page.customer_code)
        self.stack.setCurrentWidget(self.code_page)

    def on_code_accepted(self, code: str) -> None:
        self.start_page.set_customer_code(code)
        self.go_start()

    # ------------------------------------------------------------ appointments
    def on_appointment_requested(self) -> None:
        self.appointment_page.start()
        self.stack.setCurrentWidget(self.appointment_page)

    def on_check_in(self, page: CheckInPage, query: str | dict) -> None:
        """An appointment's code or a case's query: the page says what goes to the hub."""
        lang, tapped = self.language, time.perf_counter()

        def done(ok: bool, data: dict) -> None:
            if not ok:  # nothing was issued: why, in the customer's language, on the page
                page.refused(data)
                return
            self.on_issued(True, data, lang, tapped)  # the ticket, as any other

        page.send(self.client, query, lang, done)

    # ------------------------------------------------------------ back about a case
    def on_case_requested(self) -> None:
        self.case_page.start()
        self.stack.setCurrentWidget(self.case_page)

    # ------------------------------------------------------------ screens and idle
    def go_start(self) -> None:
        self.result_timer.stop()
        self.stack.setCurrentWidget(self.start_page)

    def on_idle(self) -> None:
        """Nobody touched the kiosk for a while: ready for the next customer."""
        if self.stack.currentWidget() is self.unlock_page:
            self.unlock_page.start()
        self.start_page.reset_choices()
        self.go_start()
        if self.language != self.default_language:
            self.set_language(self.default_language)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in USER_EVENTS and isinstance(obj, QWidget) and \
                (obj is self or self.isAncestorOf(obj)):
            self.idle.start()
        return False

    # ------------------------------------------------------------ lockdown
    def on_corner(self) -> None:
        self.unlock_page.start()
        self.stack.setCurrentWidget(self.unlock_page)

    def on_unlock_submitted(self, code: str, pin: str) -> None:
        def done(ok: bool, data: dict) -> None:
            if ok:
                self.unlock_page.unlocked(data.get("staff", code))
            else:
                self.unlock_page.failed(error_text(data))
        self.client.unlock_kiosk(code, pin, done)

    def on_exit_requested(self) -> None:
        self.allow_close = True
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.locked and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F4):
            event.accept()  # swallowed: no keyboard way out of a locked kiosk
            return
        page = self.stack.currentWidget()
        if page in (self.code_page, self.unlock_page, self.appointment_page, self.case_page) \
                and page.key_typed(event):
            return  # a card or barcode reader "types" the customer code like a keyboard
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.allow_close:
            event.ignore()  # Alt+F4 or the window manager: only the supervisor's PIN closes
            return
        QApplication.instance().removeEventFilter(self)
        self.idle.stop()  # a closed kiosk must not switch the application's language later
        self.result_timer.stop()
        self.printer.shutdown()
        super().closeEvent(event)


def create_window(client: HallClient, settings: Settings, counter: int | None = None
                  ) -> KioskWindow:
    return KioskWindow(client, settings)


def run(args: argparse.Namespace) -> int:
    app, s, client = uiapp.start_role(args)
    window = create_window(client, s)
    if window.locked:
        # Over everything, no frame to drag or close.
        window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint
                              | Qt.WindowType.WindowStaysOnTopHint)
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)  # a touchscreen: no mouse arrow
    client.start()
    uiapp.show(window, s)
    return app.exec()  # the window stops its client when it closes
