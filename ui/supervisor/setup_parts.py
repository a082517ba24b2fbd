"""What every set-up section is built from: the read-only list, its cells, the buttons, and
SetupSection (list on the left, edit form on the right, one status line)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.base import Retranslating
from ui.client import Callback, HallClient
from ui.errors import error_text
from ui.text import PlainLabel

Command = Callable[[Callback], None]  # one HallClient call, given the callback to answer


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


def button(parent: QWidget, primary: bool = False) -> QPushButton:
    b = QPushButton(parent)
    if primary:
        b.setObjectName("primary")
    return b


class SetupSection(Retranslating, QWidget):
    """A list on the left, an edit form on the right, and one status line for the result.

    Subclasses build `self.table` and `self.form`, fill the table in `reload()` from the
    client's snapshot, and send their change with `send()`; the hub's error code becomes a
    translated sentence and nothing in the hall changes.
    """

    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.lang = lang
        self.status = PlainLabel()  # it shows staff codes, device names, the hub's words
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

    def add_buttons(self, form: QFormLayout, new: bool = False,
                    extra: Sequence[QPushButton] = ()) -> None:
        """The row under an edit form: Save on the right (`on_save`), with `new` a New
        button on the left (`on_new`), then the section's `extra` buttons."""
        buttons = QHBoxLayout()
        if new:
            self.new_button = button(self)
            self.new_button.clicked.connect(self.on_new)
            buttons.addWidget(self.new_button)
        for b in extra:
            buttons.addWidget(b)
        self.save_button = button(self, primary=True)
        self.save_button.clicked.connect(self.on_save)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

    def finish_form(self, form: QFormLayout, extra: Sequence[QPushButton] = ()) -> None:
        """The New / Save row (with `extra` buttons) under an edit form, the table beside it,
        texts, a blank form."""
        self.add_buttons(form, new=True, extra=extra)
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

    def send(self, command: Command, ok_text: str | Callable[[dict], str],
             then: Callable[[dict], None] | None = None) -> None:
        """Run one set-up command; its answer becomes the status line (and `then(reply)`).
        `ok_text` is the sentence for a success, or makes it from the reply."""
        self.status.setText(self.tr("Saving…"))

        def done(ok: bool, data: dict) -> None:
            if not ok:
                self.show_error(data)
                return
            self.show_ok(ok_text if isinstance(ok_text, str) else ok_text(data))
            if then is not None:
                then(data)

        command(done)

    def reload(self) -> None:  # pragma: no cover - every section overrides it
        raise NotImplementedError
