"""The counter's small dialogs: call a ticket out of turn, transfer, pause, note on the visit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.base import Retranslating
from ui.text import PlainLabel

# Note categories are stored as these keys so reports can count them in any language.
NOTE_CATEGORIES = ("billing", "meter", "outage", "connection", "contract", "staff",
                   "waiting", "other")


class _Dialog(Retranslating, QDialog):
    """Shared frame: a form, OK/Cancel, OK enabled only when the input is complete."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModal(True)
        self.setMinimumWidth(460)
        outer = QVBoxLayout(self)
        self.title = PlainLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.title)
        outer.addLayout(self.form)
        outer.addWidget(self.buttons)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate_ui(self) -> None:  # pragma: no cover - overridden
        pass

    def validate(self) -> None:
        self.ok_button.setEnabled(self.is_valid())

    def is_valid(self) -> bool:
        return True

    def accept(self) -> None:
        if self.is_valid():  # Enter in a field must not get past an incomplete form
            super().accept()


def _editable_combo(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return box


class _ReasonDialog(_Dialog):
    """A dialog whose one field is a reason: picked from a list or typed, never empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.reason = _editable_combo(self)
        self.reason_label = PlainLabel()
        self.form.addRow(self.reason_label, self.reason)
        self.reason.editTextChanged.connect(self.validate)

    def is_valid(self) -> bool:
        return bool(self.reason.currentText().strip())

    def values(self) -> dict[str, Any]:
        return {"reason": self.reason.currentText().strip()}


class CallTicketDialog(_ReasonDialog):
    """Call one ticket from the list out of turn; the hub records the reason."""

    def __init__(self, number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = number
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Call out of turn"))
        self.title.setText(self.tr("Call %1 out of turn").replace("%1", self.number))
        self.reason_label.setText(self.tr("Reason (required):"))
        typed = self.reason.currentText()
        self.reason.clear()
        self.reason.addItems([self.tr("Appointment"), self.tr("Came back with documents"),
                              self.tr("Elderly or unwell customer"),
                              self.tr("Supervisor's request")])
        self.reason.setEditText(typed)
        self.validate()


class TransferDialog(_Dialog):
    """Send the customer to another service's queue or to a named counter, with a note."""

    def __init__(self, services: list[tuple[str, str]], counters: list[tuple[int, str]],
                 current_service: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.to_service_radio = QRadioButton()
        self.to_counter_radio = QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.to_service_radio)
        group.addButton(self.to_counter_radio)
        self.service = QComboBox(self)
        for prefix, name in services:
            if prefix != current_service:  # the same service is not a transfer
                self.service.addItem(f"{prefix} — {name}", prefix)
        self.counter = QComboBox(self)
        for number, name in counters:
            self.counter.addItem(name, number)
        self.note = QLineEdit(self)
        self.note.setMaxLength(500)
        self.note_label = PlainLabel()
        self.form.addRow(self.to_service_radio, self.service)
        self.form.addRow(self.to_counter_radio, self.counter)
        self.form.addRow(self.note_label, self.note)
        self.to_service_radio.setChecked(True)
        for w in (self.to_service_radio, self.to_counter_radio):
            w.toggled.connect(self._sync)
        self.service.activated.connect(lambda _: self.to_service_radio.setChecked(True))
        self.counter.activated.connect(lambda _: self.to_counter_radio.setChecked(True))
        self.retranslate_ui()
        self._sync()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Transfer"))
        self.title.setText(self.tr("Transfer the customer"))
        self.to_service_radio.setText(self.tr("To a service:"))
        self.to_counter_radio.setText(self.tr("To a counter:"))
        self.note_label.setText(self.tr("Note (optional):"))
        self.note.setPlaceholderText(self.tr("What the next counter should know"))

    def _sync(self) -> None:
        self.service.setEnabled(self.to_service_radio.isChecked())
        self.counter.setEnabled(self.to_counter_radio.isChecked())
        self.validate()

    def is_valid(self) -> bool:
        box = self.service if self.to_service_radio.isChecked() else self.counter
        return box.currentIndex() >= 0

    def values(self) -> dict[str, Any]:
        body: dict[str, Any] = {"note": self.note.text().strip()}
        if self.to_service_radio.isChecked():
            body["to_service"] = self.service.currentData()
        else:
            body["to_counter"] = self.counter.currentData()
        return body


class PauseDialog(_ReasonDialog):
    """A break, with a reason the supervisor sees."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.retranslate_ui()
        self.reason.setCurrentIndex(0)
        self.validate()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Pause"))
        self.title.setText(self.tr("Pause the counter"))
        self.reason_label.setText(self.tr("Reason:"))
        index = self.reason.currentIndex()
        typed = self.reason.currentText()
        self.reason.clear()
        self.reason.addItems([self.tr("Short break"), self.tr("Lunch"), self.tr("Meeting"),
                              self.tr("Paperwork"), self.tr("System problem")])
        if index >= 0 or not typed:
            self.reason.setCurrentIndex(max(index, 0))
        else:
            self.reason.setEditText(typed)
        self.validate()


class NoteDialog(_Dialog):
    """A request or complaint on the visit: category, text, resolved now or follow-up."""

    def __init__(self, number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = number
        self.request_radio = QRadioButton()
        self.complaint_radio = QRadioButton()
        kinds = QButtonGroup(self)
        kinds.addButton(self.request_radio)
        kinds.addButton(self.complaint_radio)
        self.request_radio.setChecked(True)
        self.category = QComboBox(self)
        for key in NOTE_CATEGORIES:
            self.category.addItem(key, key)
        self.text = QPlainTextEdit(self)
        self.text.setMinimumHeight(120)
        self.resolved_radio = QRadioButton()
        self.follow_up_radio = QRadioButton()
        outcome = QButtonGroup(self)
        outcome.addButton(self.resolved_radio)
        outcome.addButton(self.follow_up_radio)
        self.resolved_radio.setChecked(True)
        self.kind_label, self.category_label = PlainLabel(), PlainLabel()
        self.text_label, self.outcome_label = PlainLabel(), PlainLabel()
        kind_row = QWidget(self)
        kl = QVBoxLayout(kind_row)
        kl.setContentsMargins(0, 0, 0, 0)
        kl.addWidget(self.request_radio)
        kl.addWidget(self.complaint_radio)
        outcome_row = QWidget(self)
        ol = QVBoxLayout(outcome_row)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.addWidget(self.resolved_radio)
        ol.addWidget(self.follow_up_radio)
        self.form.addRow(self.kind_label, kind_row)
        self.form.addRow(self.category_label, self.category)
        self.form.addRow(self.text_label, self.text)
        self.form.addRow(self.outcome_label, outcome_row)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.text.textChanged.connect(self.validate)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Note on the visit"))
        self.title.setText(self.tr("Note on the visit of %1").replace("%1", self.number))
        self.kind_label.setText(self.tr("Kind:"))
        self.request_radio.setText(self.tr("Request"))
        self.complaint_radio.setText(self.tr("Complaint"))
        self.category_label.setText(self.tr("Category:"))
        names = {
            "billing": self.tr("Bill and payment"), "meter": self.tr("Meter reading"),
            "outage": self.tr("Outage or supply quality"),
            "connection": self.tr("New connection"), "contract": self.tr("Contract change"),
            "staff": self.tr("Staff or service at the hall"),
            "waiting": self.tr("Waiting time"), "other": self.tr("Other"),
        }
        for i in range(self.category.count()):
            self.category.setItemText(i, names[self.category.itemData(i)])
        self.text_label.setText(self.tr("What was asked:"))
        self.text.setPlaceholderText(self.tr("In a few words, what the customer asked for "
                                             "or complained about"))
        self.outcome_label.setText(self.tr("Outcome:"))
        self.resolved_radio.setText(self.tr("Resolved now"))
        self.follow_up_radio.setText(self.tr("Needs follow-up"))
        self.validate()

    def is_valid(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def values(self) -> dict[str, Any]:
        return {"kind": "complaint" if self.complaint_radio.isChecked() else "request",
                "category": self.category.currentData(),
                "text": self.text.toPlainText().strip(),
                "follow_up": self.follow_up_radio.isChecked()}
