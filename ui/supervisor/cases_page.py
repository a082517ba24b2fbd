"""The supervisor's "Cases and complaints" page: the hall's cases and complaints side by side
(open or all, everyone's or one owner's), overdue in red; assigning and reassigning owners,
moving a case's status, setting a complaint's cause and closing it with its outcome."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallq.domain import name_in
from ui.aftercare_words import (
    LATE,
    OUTCOMES,
    STATUSES,
    case_status,
    complaint_level,
    complaint_source,
    due_text,
    outcome_name,
)
from ui.base import Retranslating
from ui.client import HallClient
from ui.errors import error_text
from ui.supervisor.setup_parts import cell, read_only_table
from ui.text import PlainLabel

MAX_TEXT = 1000  # the hall's limit on a closing text (hallq.hall.complaints.MAX_TEXT)
EVENTS = ("case_", "complaint_")  # events after which the lists are read again


def _selected(table: QTableWidget, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    model = table.selectionModel()
    picked = model.selectedRows() if model else []
    return rows[picked[0].row()] if picked and picked[0].row() < len(rows) else None


def _row(table: QTableWidget, r: int, values: list[str], overdue: bool) -> None:
    for c, value in enumerate(values):
        item: QTableWidgetItem = cell(value)
        if overdue:
            item.setForeground(LATE)
        table.setItem(r, c, item)


class CasesPage(Retranslating, QWidget):
    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.lang = lang
        self.case_rows: list[dict[str, Any]] = []
        self.complaint_rows: list[dict[str, Any]] = []
        self.causes: list[dict[str, Any]] = []
        self.show_open, self.owner_filter = QComboBox(), QComboBox()
        self.show_label, self.owner_label = PlainLabel(), PlainLabel()
        self.reload = QPushButton()
        # cases
        self.cases_box = QGroupBox()
        self.cases = read_only_table(5)
        self.case_owner, self.case_status = QComboBox(), QComboBox()
        self.case_reason = QLineEdit()
        self.case_reason.setMaxLength(300)
        self.case_assign, self.case_set = QPushButton(), QPushButton()
        # complaints
        self.complaints_box = QGroupBox()
        self.complaints = read_only_table(6)
        self.words = PlainLabel()
        self.words.setWordWrap(True)
        self.words.setObjectName("mutedText")
        self.kn_owner, self.kn_cause, self.kn_outcome = QComboBox(), QComboBox(), QComboBox()
        self.kn_text = QLineEdit()
        self.kn_text.setMaxLength(MAX_TEXT)
        for combo in (self.case_owner, self.case_status, self.kn_owner, self.kn_cause,
                      self.kn_outcome, self.owner_filter, self.show_open):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kn_assign, self.kn_set_cause = QPushButton(), QPushButton()
        self.kn_close = QPushButton()
        self.kn_close.setObjectName("primary")
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self._layout()
        self._connect()
        self.retranslate_ui()
        self._selection()

    def _layout(self) -> None:
        top = QHBoxLayout()
        for w in (self.show_label, self.show_open, self.owner_label, self.owner_filter):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.reload)
        cases = QVBoxLayout(self.cases_box)
        cases.addWidget(self.cases, 1)
        row = QHBoxLayout()
        for w in (self.case_owner, self.case_assign, self.case_status, self.case_reason,
                  self.case_set):
            row.addWidget(w)
        row.setStretchFactor(self.case_reason, 1)
        cases.addLayout(row)
        kn = QVBoxLayout(self.complaints_box)
        kn.addWidget(self.complaints, 1)
        kn.addWidget(self.words)
        first, second = QHBoxLayout(), QHBoxLayout()
        for w in (self.kn_owner, self.kn_assign, self.kn_cause, self.kn_set_cause):
            first.addWidget(w)
        first.addStretch(1)
        for w in (self.kn_outcome, self.kn_text, self.kn_close):
            second.addWidget(w)
        second.setStretchFactor(self.kn_text, 1)
        kn.addLayout(first)
        kn.addLayout(second)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.cases_box, 1)
        layout.addWidget(self.complaints_box, 1)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.reload.clicked.connect(self.refresh)
        self.show_open.activated.connect(lambda _: self.refresh())
        self.owner_filter.activated.connect(lambda _: self.refresh())
        self.cases.itemSelectionChanged.connect(self._picked)
        self.complaints.itemSelectionChanged.connect(self._picked)
        self.kn_text.textChanged.connect(lambda _: self._selection())
        self.case_assign.clicked.connect(self.on_case_owner)
        self.case_set.clicked.connect(self.on_case_status)
        self.kn_assign.clicked.connect(self.on_complaint_owner)
        self.kn_set_cause.clicked.connect(self.on_complaint_cause)
        self.kn_close.clicked.connect(self.on_complaint_close)
        self.client.eventReceived.connect(self._on_event)

    def title(self) -> str:
        return self.tr("Cases and complaints")

    def retranslate_ui(self) -> None:
        self.show_label.setText(self.tr("Show:"))
        self.owner_label.setText(self.tr("Owner:"))
        _items(self.show_open, [(self.tr("Open only"), True), (self.tr("All"), False)])
        self.reload.setText(self.tr("Refresh"))
        self.cases_box.setTitle(self.tr("Cases"))
        self.complaints_box.setTitle(self.tr("Complaints"))
        self.cases.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Kind"), self.tr("Owner"), self.tr("Status"),
            self.tr("Due")])
        self.complaints.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Source"), self.tr("Cause"), self.tr("Owner"),
            self.tr("With"), self.tr("Due")])
        self.case_assign.setText(self.tr("Assign owner"))
        self.case_reason.setPlaceholderText(self.tr("Reason (required to refuse)"))
        self.case_set.setText(self.tr("Set status"))
        _items(self.case_status, [(case_status(s), s) for s in STATUSES])
        self.kn_assign.setText(self.tr("Assign owner"))
        self.kn_set_cause.setText(self.tr("Set cause"))
        _items(self.kn_outcome, [(outcome_name(o), o) for o in OUTCOMES])
        self.kn_text.setPlaceholderText(self.tr("How the complaint was answered (required)"))
        self.kn_close.setText(self.tr("Close complaint"))
        self._staff_lists()
        self._cause_list()
        self._fill()

    # ------------------------------------------------------------ names
    def staff_name(self, code: str) -> str:
        if not code:
            return "—"
        staff = self.client.snapshot.get("staff") or {}
        return (staff.get(code) or {}).get("name") or code

    def _staff_lists(self) -> None:
        staff = self.client.snapshot.get("staff") or {}
        rank = {"clerk": 0, "supervisor": 1}  # who usually answers first; admins last
        people = [(f"{s.get('name') or code} ({code})", code)
                  for code, s in sorted(staff.items(),
                                        key=lambda kv: (rank.get(kv[1].get("role"), 2), kv[0]))
                  if s.get("active", True)]
        _items(self.owner_filter, [(self.tr("Everyone"), ""), *people])
        for combo in (self.case_owner, self.kn_owner):
            _items(combo, people)

    def cause_name(self, key: str) -> str:
        if not key:
            return self.tr("Not set")
        found = next((c for c in self.causes if c["key"] == key), None)
        return name_in(found["name"], self.lang, key) if found else key

    def _cause_list(self) -> None:
        _items(self.kn_cause, [(self.cause_name(c["key"]), c["key"]) for c in self.causes])

    def service_name(self, prefix: str) -> str:
        names = (self.client.service(prefix) or {}).get("names") or {}
        return name_in(names, self.lang, prefix)

    # ------------------------------------------------------------ reading
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def _on_event(self, ev: dict) -> None:
        if str(ev.get("type", "")).startswith(EVENTS) and self.isVisible() \
                and not ev.get("replay"):
            self.refresh()

    def refresh(self) -> None:
        if not self.client.staff_session:
            return
        self._staff_lists()
        open_only = bool(self.show_open.currentData())
        owner = self.owner_filter.currentData() or ""
        self.client.complaint_causes(self._causes)
        self.client.cases(self._cases, open_only, owner)
        self.client.complaints(self._complaints, open_only, owner)

    def _causes(self, ok: bool, data: dict[str, Any]) -> None:
        if ok:
            self.causes = list(data.get("causes") or [])
            self._cause_list()
            self._fill()

    def _cases(self, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            self.status.setText(error_text(data))
            return
        self.case_rows = list(data.get("cases") or [])
        self._fill()

    def _complaints(self, ok: bool, data: dict[str, Any]) -> None:
        if not ok:
            self.status.setText(error_text(data))
            return
        self.complaint_rows = list(data.get("complaints") or [])
        self._fill()

    def _fill(self) -> None:
        keep_case, keep_kn = self._selected_case(), self._selected_complaint()
        self.cases.setRowCount(len(self.case_rows))
        for r, c in enumerate(self.case_rows):
            _row(self.cases, r, [c["number"], self.service_name(c["service"]),
                                 self.staff_name(c["owner"]), case_status(c["status"]),
                                 due_text(c["due"], bool(c.get("overdue")))],
                 bool(c.get("overdue")))
        self.complaints.setRowCount(len(self.complaint_rows))
        for r, k in enumerate(self.complaint_rows):
            _row(self.complaints, r, [
                k["number"], complaint_source(k["source"]), self.cause_name(k["cause"]),
                self.staff_name(k["owner"]),
                complaint_level(k["level"], k["open"], k.get("outcome")),
                due_text(k["due"], bool(k.get("overdue")))], bool(k.get("overdue")))
        _reselect(self.cases, self.case_rows, keep_case)
        _reselect(self.complaints, self.complaint_rows, keep_kn)
        self._selection()

    def _selected_case(self) -> dict[str, Any] | None:
        return _selected(self.cases, self.case_rows)

    def _selected_complaint(self) -> dict[str, Any] | None:
        return _selected(self.complaints, self.complaint_rows)

    def _picked(self) -> None:
        """A row chosen: the action boxes start from what it has now."""
        case, kn = self._selected_case(), self._selected_complaint()
        if case is not None:
            _choose(self.case_owner, case["owner"])
            _choose(self.case_status, case["status"])
        if kn is not None:
            _choose(self.kn_owner, kn["owner"])
            _choose(self.kn_cause, kn["cause"])
        self._selection()

    def _selection(self) -> None:
        case, kn = self._selected_case(), self._selected_complaint()
        case_open = case is not None and case["status"] not in ("done", "refused")
        for w in (self.case_assign, self.case_set):
            w.setEnabled(case_open)
        kn_open = kn is not None and bool(kn["open"])
        for w in (self.kn_assign, self.kn_set_cause):
            w.setEnabled(kn_open)
        self.kn_close.setEnabled(kn_open and bool(self.kn_text.text().strip()))
        self.words.setText(self.tr("Customer's words: {text}").format(text=kn["text"])
                           if kn is not None and kn.get("text") else "")

    # ------------------------------------------------------------ changes
    def _done(self, what: str) -> Any:
        def answered(ok: bool, data: dict[str, Any]) -> None:
            self.status.setText(what if ok else error_text(data))
            if ok:
                self.refresh()
        return answered

    def on_case_owner(self) -> None:
        c = self._selected_case()
        if c is not None:
            owner = self.case_owner.currentData()
            self.client.reassign_case(c["number"], owner, self._done(
                self.tr("Case {number} now belongs to {name}.").format(
                    number=c["number"], name=self.staff_name(owner))))

    def on_case_status(self) -> None:
        c = self._selected_case()
        if c is not None:
            status = self.case_status.currentData()
            self.client.set_case_status(c["number"], status, self.case_reason.text().strip(),
                                        self._done(self.tr("Case {number}: {status}.").format(
                                            number=c["number"], status=case_status(status))))

    def on_complaint_owner(self) -> None:
        k = self._selected_complaint()
        if k is not None:
            owner = self.kn_owner.currentData()
            self.client.assign_complaint(k["number"], owner, self._done(
                self.tr("Complaint {number} now belongs to {name}.").format(
                    number=k["number"], name=self.staff_name(owner))))

    def on_complaint_cause(self) -> None:
        k = self._selected_complaint()
        if k is not None:
            cause = self.kn_cause.currentData()
            self.client.set_complaint_cause(k["number"], cause, self._done(
                self.tr("Complaint {number}: cause {cause}.").format(
                    number=k["number"], cause=self.cause_name(cause))))

    def on_complaint_close(self) -> None:
        k = self._selected_complaint()
        if k is not None:
            text = self.kn_text.text().strip()

            def closed(ok: bool, data: dict[str, Any]) -> None:
                if ok:
                    self.kn_text.clear()
                self._done(self.tr("Complaint {number} closed.").format(
                    number=k["number"]))(ok, data)
            self.client.close_complaint(k["number"], self.kn_outcome.currentData(), text,
                                        closed)


def _items(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
    """Fill a combo box again, keeping the chosen value where it is still offered."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    found = combo.findData(keep) if keep is not None else -1
    combo.setCurrentIndex(found if found >= 0 else 0)
    combo.blockSignals(False)


def _choose(combo: QComboBox, data: Any) -> None:
    found = combo.findData(data)
    if found >= 0:
        combo.setCurrentIndex(found)


def _reselect(table: QTableWidget, rows: list[dict[str, Any]],
              keep: dict[str, Any] | None) -> None:
    if keep is None:
        return
    for r, row in enumerate(rows):
        if row["number"] == keep["number"]:
            table.selectRow(r)
            return
