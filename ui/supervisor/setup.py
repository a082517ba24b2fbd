"""The supervisor's set-up tab: services, counters, staff, devices, hall settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.client import HallClient
from ui.errors import error_text


def read_only_table(columns: int) -> QTableWidget:
    t = QTableWidget(0, columns)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setDefaultSectionSize(34)
    return t


def cell(text: object) -> QTableWidgetItem:
    it = QTableWidgetItem("" if text is None else str(text))
    it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return it


class SetupSection(QWidget):
    """A list on the left, an edit form on the right, and one status line for the result.

    Subclasses build `self.table` and `self.form`, fill the table in `reload()` from the
    client's snapshot, and send their change with `send()`; the hub's error code becomes a
    translated sentence and nothing in the hall changes.
    """

    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.lang = lang
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("okText")
        self.confirm: Callable[[str], bool] = self._ask  # tests replace it

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Please confirm"), text)
        return answer == QMessageBox.StandardButton.Yes

    def split(self, table: QWidget, form: QWidget) -> None:
        layout = QHBoxLayout(self)
        layout.addWidget(table, 3)
        right = QVBoxLayout()
        right.addWidget(form)
        right.addWidget(self.status)
        right.addStretch(1)
        layout.addLayout(right, 2)

    def finish_form(self, form: QFormLayout) -> None:
        """The New / Save row under an edit form, the table beside it, texts, a blank form."""
        buttons = QHBoxLayout()
        self.new_button = button(self)
        self.new_button.clicked.connect(self.on_new)
        self.save_button = button(self, primary=True)
        self.save_button.clicked.connect(self.on_save)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.split(self.table, self.form)
        self.retranslate_ui()
        self.on_new()

    def show_error(self, data: dict) -> None:
        self.status.setObjectName("errorText")
        self.status.setText(error_text(data))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def show_ok(self, text: str) -> None:
        self.status.setObjectName("okText")
        self.status.setText(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def send(self, method: str, path: str, body: dict | None, ok_text: str,
             then: Callable[[dict], None] | None = None) -> None:
        self.status.setText(self.tr("Saving…"))

        def done(ok: bool, data: dict) -> None:
            if not ok:
                self.show_error(data)
                return
            self.show_ok(ok_text)
            if then is not None:
                then(data)

        self.client.request(method, path, body, done)

    def reload(self) -> None:  # pragma: no cover - every section overrides it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:  # pragma: no cover - every section overrides it
        raise NotImplementedError


def button(parent: QWidget, primary: bool = False) -> QPushButton:
    b = QPushButton(parent)
    if primary:
        b.setObjectName("primary")
    return b


class SetupPage(QTabWidget):
    """One tab per kind of set-up; each reloads from the snapshot after every change."""

    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        from ui.supervisor.setup_hall import HallSection
        from ui.supervisor.setup_people import DevicesSection, StaffSection
        from ui.supervisor.setup_services import CountersSection, ServicesSection

        self.client = client
        self.services = ServicesSection(client, lang)
        self.counters = CountersSection(client, lang)
        self.staff = StaffSection(client, lang)
        self.devices = DevicesSection(client, lang)
        self.hall = HallSection(client, lang)
        self.sections: list[SetupSection] = [self.services, self.counters, self.staff,
                                             self.devices, self.hall]
        for s in self.sections:
            self.addTab(s, "")
        self.tabBar().setUsesScrollButtons(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for i, text in enumerate([self.tr("Services"), self.tr("Counters"), self.tr("Staff"),
                                  self.tr("Devices"), self.tr("Hall settings")]):
            self.setTabText(i, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        for s in self.sections:
            s.reload()
