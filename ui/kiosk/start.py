"""The kiosk's start screen: priority choice, customer code, one big button per service."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hallq.tickets.kiosk import service_name
from hallq.tickets.layout import mask_customer_code
from ui.base import Retranslating
from ui.text import PlainLabel

# An appointment is no priority the customer taps: it is checked in with its booking code
# ("I have an appointment", in the priorities' fourth place).
PRIORITIES = ("elderly", "disabled", "pregnant")


class ServiceButton(QPushButton):
    """A whole-width touch target: the service name large, the queue under it."""

    def __init__(self, prefix: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.prefix = prefix
        self.setObjectName("kioskService")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        self.name = PlainLabel()
        self.name.setObjectName("kioskServiceName")
        self.detail = PlainLabel()
        self.detail.setObjectName("kioskServiceDetail")
        for label in (self.name, self.detail):
            # The labels only draw; the tap belongs to the button under them.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)

    def set_texts(self, name: str, detail: str) -> None:
        self.name.setText(name)
        self.detail.setText(detail)
        self.setAccessibleName(f"{name}. {detail}")


class StartPage(Retranslating, QWidget):
    """Signals: serviceChosen(prefix), codeRequested(), appointmentRequested(),
    languageChosen(lang). Holds the
    priority choice. Lays itself out for a wide or a narrow (portrait) screen: set_narrow."""

    serviceChosen = Signal(str)
    codeRequested = Signal()
    appointmentRequested = Signal()
    languageChosen = Signal(str)

    def __init__(self, languages: dict[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = "vi"
        self.services: list[dict] = []
        self.summary: dict[str, dict] = {}
        self.customer_code = ""
        self.buttons: dict[str, ServiceButton] = {}
        self.busy = False
        self.narrow = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 24)
        layout.setSpacing(14)
        # First on the page and as big as a service button: a first-time customer who does
        # not read the hall's language finds their own before anything else.
        self.lang_grid = QGridLayout()
        self.lang_grid.setSpacing(16)
        self.lang_buttons: dict[str, QPushButton] = {}
        for lang, name in (languages or {}).items():
            b = QPushButton(name, self)  # its own name (an endonym is never translated)
            b.setObjectName("kioskLang")
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.clicked.connect(lambda _=False, lang=lang: self.languageChosen.emit(lang))
            self.lang_buttons[lang] = b
        if len(self.lang_buttons) > 1:
            layout.addLayout(self.lang_grid)
        else:
            for b in self.lang_buttons.values():
                b.hide()  # one language: nothing to choose
        self.banner = PlainLabel()
        self.banner.setObjectName("kioskBanner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.hide()
        layout.addWidget(self.banner)

        # Row 1: what the options are for, and the customer code; row 2: the priorities.
        # Two rows, so that long Vietnamese labels never push the window past the screen.
        top = self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.setSpacing(16)
        self.options_hint = PlainLabel()
        self.options_hint.setObjectName("kioskHint")
        self.options_hint.setWordWrap(True)
        top.addWidget(self.options_hint, 1)
        self.code_button = QPushButton()
        self.code_button.setObjectName("kioskCode")
        self.code_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.code_button.clicked.connect(self.codeRequested)
        top.addWidget(self.code_button)
        layout.addLayout(top)
        self.options = QGridLayout()
        self.options.setSpacing(12)
        self.priority_buttons: dict[str, QPushButton] = {}
        for key in PRIORITIES:
            b = QPushButton()
            b.setObjectName("kioskPriority")
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.toggled.connect(lambda on, key=key: self._on_priority(key, on))
            self.priority_buttons[key] = b
        self.appointment_button = QPushButton()
        self.appointment_button.setObjectName("kioskPriority")
        self.appointment_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.appointment_button.setSizePolicy(QSizePolicy.Policy.Expanding,
                                              QSizePolicy.Policy.Fixed)
        self.appointment_button.clicked.connect(self.appointmentRequested)
        layout.addLayout(self.options)

        self.title = PlainLabel()
        self.title.setObjectName("kioskTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        layout.addLayout(self.grid, 1)
        self.empty = PlainLabel()
        self.empty.setObjectName("kioskHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self._place()
        self.retranslate_ui()

    # ------------------------------------------------------------ layout
    def set_narrow(self, narrow: bool) -> None:
        """A portrait or small screen: two languages and two priorities a row, the code
        button under its hint, services in one column."""
        if narrow != self.narrow:
            self.narrow = narrow
            self._place()

    def _place(self) -> None:
        n = self.narrow
        per_row = 2 if n or len(self.lang_buttons) > 4 else max(1, len(self.lang_buttons))
        for i, b in enumerate(self.lang_buttons.values()):
            self.lang_grid.removeWidget(b)
            self.lang_grid.addWidget(b, i // per_row, i % per_row)
        for i, b in enumerate([*self.priority_buttons.values(), self.appointment_button]):
            self.options.removeWidget(b)
            self.options.addWidget(b, i // (2 if n else 4), i % (2 if n else 4))
        self.top.setDirection(QBoxLayout.Direction.TopToBottom if n
                              else QBoxLayout.Direction.LeftToRight)
        self._place_services()

    def _place_services(self) -> None:
        count = len(self.buttons)
        cols = 1 if count <= (5 if self.narrow else 3) else 2
        for i, b in enumerate(self.buttons.values()):
            self.grid.removeWidget(b)
            self.grid.addWidget(b, i // cols, i % cols)

    # ------------------------------------------------------------ data in
    def set_services(self, services: list[dict]) -> None:
        """Active services in kiosk order; rebuilds the buttons only when the set changes."""
        active = [s for s in services if s.get("active", True)]
        active.sort(key=lambda s: (s.get("kiosk_order", 0), s["prefix"]))
        self.services = active
        if [s["prefix"] for s in active] != list(self.buttons):
            for b in self.buttons.values():
                b.setParent(None)
                b.deleteLater()
            self.buttons = {}
            for s in active:
                b = ServiceButton(s["prefix"])
                b.clicked.connect(lambda _=False, p=s["prefix"]: self._on_service(p))
                b.setEnabled(not self.busy)
                self.buttons[s["prefix"]] = b
            self._place_services()
        self.refresh_services()

    def set_summary(self, summary: dict[str, dict]) -> None:
        self.summary = summary or {}
        self.refresh_services()

    def set_busy(self, busy: bool) -> None:
        """While a ticket is being issued no service can be tapped (no double tickets)."""
        self.busy = busy
        for b in self.buttons.values():
            b.setEnabled(not busy)

    def show_message(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # ------------------------------------------------------------ choices
    def priority(self) -> str:
        return next((k for k, b in self.priority_buttons.items() if b.isChecked()), "")

    def set_customer_code(self, code: str) -> None:
        self.customer_code = code
        self.retranslate_ui()

    def reset_choices(self) -> None:
        for b in self.priority_buttons.values():
            b.setChecked(False)
        self.set_customer_code("")

    def _on_priority(self, key: str, on: bool) -> None:
        # One priority at most, and a second tap takes it back (a plain exclusive group can't).
        if on:
            for other, b in self.priority_buttons.items():
                if other != key and b.isChecked():
                    b.setChecked(False)
        self._mark_priority()

    def _mark_priority(self) -> None:
        for key, b in self.priority_buttons.items():
            b.setText(("✔ " if b.isChecked() else "") + self._priority_text(key))

    def _on_service(self, prefix: str) -> None:
        if not self.busy:
            self.serviceChosen.emit(prefix)

    # ------------------------------------------------------------ texts
    def _priority_text(self, key: str) -> str:
        return {"elderly": self.tr("Elderly"), "disabled": self.tr("Disability"),
                "pregnant": self.tr("Pregnant"), "appointment": self.tr("Appointment")}[key]

    def detail_text(self, prefix: str) -> str:
        s = self.summary.get(prefix) or {}
        waiting = int(s.get("waiting") or 0)
        eta = s.get("eta_min")
        people = self.tr("%n waiting", "", waiting)
        if eta is None and s.get("opens_at"):  # no counter open for it yet (or at lunch)
            wait = self.tr("opens at %1").replace("%1", str(s["opens_at"]))
        elif eta is None:
            wait = self.tr("waiting time not known yet")
        elif round(eta) < 1:
            wait = self.tr("no wait")
        else:
            wait = self.tr("about %1 min").replace("%1", str(round(eta)))
        return f"{people} · {wait}"

    def refresh_services(self) -> None:
        for s in self.services:
            b = self.buttons.get(s["prefix"])
            if b is not None:
                b.set_texts(service_name(s, self.language), self.detail_text(s["prefix"]))
        self.empty.setVisible(not self.services)

    def retranslate_ui(self) -> None:
        self.options_hint.setText(self.tr("Priority customers and customer code "
                                          "(optional) — choose these first:"))
        self._mark_priority()
        if self.customer_code:
            self.code_button.setText(self.tr("Customer code: %1").replace(
                "%1", mask_customer_code(self.customer_code)))
        else:
            self.code_button.setText(self.tr("Add customer code / phone"))
        self.code_button.setProperty("filled", bool(self.customer_code))
        self.code_button.style().unpolish(self.code_button)
        self.code_button.style().polish(self.code_button)
        self.appointment_button.setText(self.tr("I have an appointment"))
        self.title.setText(self.tr("Tap a service to take your number"))
        self.empty.setText(self.tr("No service is open at the moment. Please ask the staff."))
        self.refresh_services()
