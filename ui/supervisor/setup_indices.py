"""Set-up of the satisfaction indices: the questions the ticket's and the case's pages ask
after a visit (a key and the question in each language), in order."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from hallq.domain import LANGUAGES, name_in
from ui.client import HallClient
from ui.supervisor.setup_parts import SetupSection, button, cell, read_only_table


class IndicesSection(SetupSection):
    """The list of questions on the left; a question's key and its four languages on the
    right; Save puts the whole list (the hall checks it), Remove takes one out."""

    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(client, lang, parent)
        self.indices: list[dict] = []
        self.editing: int | None = None  # the row being edited; None: a new question
        self.table = read_only_table(2)
        self.table.itemSelectionChanged.connect(self.on_select)
        self.form = QGroupBox()
        form = QFormLayout(self.form)
        self.key = QLineEdit()
        self.key.setMaxLength(40)
        self.questions = {x: QLineEdit() for x in LANGUAGES}
        self.labels: dict[str, QWidget] = {"key": self.key} | {
            f"q_{x}": w for x, w in self.questions.items()}
        for w in self.labels.values():
            form.addRow(QLabel(), w)
        self.form_layout = form
        self.remove_button = button(self)
        self.remove_button.clicked.connect(self.on_remove)
        self.finish_form(form, extra=[self.remove_button])

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Question")])
        self.form.setTitle(self.tr("New question") if self.editing is None
                           else self.tr("Edit question"))
        texts = {"key": self.tr("Key (a-z, 0-9, _)"),
                 "q_vi": self.tr("Question in Vietnamese"),
                 "q_zh_CN": self.tr("Question in Simplified Chinese"),
                 "q_zh_TW": self.tr("Question in Traditional Chinese"),
                 "q_en": self.tr("Question in English")}
        for key, w in self.labels.items():
            self.form_layout.labelForField(w).setText(texts[key])
        self.new_button.setText(self.tr("New question"))
        self.save_button.setText(self.tr("Save question"))
        self.remove_button.setText(self.tr("Remove question"))

    def reload(self) -> None:
        self.client.satisfaction_indices(lambda ok, data: self.fill(data) if ok else None)

    def fill(self, data: dict) -> None:
        self.indices = list(data.get("indices") or [])
        self.table.setRowCount(len(self.indices))
        for i, ix in enumerate(self.indices):
            self.table.setItem(i, 0, cell(ix["key"]))
            self.table.setItem(i, 1, cell(name_in(ix.get("question") or {}, self.lang)))

    def on_select(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.editing = rows[0].row()
        ix = self.indices[self.editing]
        self.key.setText(ix["key"])
        for x, w in self.questions.items():
            w.setText((ix.get("question") or {}).get(x, ""))
        self.form.setTitle(self.tr("Edit question"))

    def on_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.key.clear()
        for w in self.questions.values():
            w.clear()
        self.form.setTitle(self.tr("New question"))

    def _put(self, indices: list[dict], ok_text: str) -> None:
        self.send(lambda done: self.client.put_satisfaction_indices(indices, done), ok_text,
                  lambda reply: (self.fill(reply.get("result") or {}), self.on_new()))

    def on_save(self) -> None:
        edited = {"key": self.key.text().strip(),
                  "question": {x: w.text().strip() for x, w in self.questions.items()
                               if w.text().strip()}}
        indices = [dict(ix) for ix in self.indices]
        if self.editing is None:
            indices.append(edited)
        else:
            indices[self.editing] = edited
        self._put(indices, self.tr("Question {key} saved.").format(key=edited["key"]))

    def on_remove(self) -> None:
        if self.editing is None:
            return
        key = self.indices[self.editing]["key"]
        if not self.confirm(self.tr("Stop asking the question {key}? Its past answers stay "
                                    "in the reports.").format(key=key)):
            return
        indices = [ix for i, ix in enumerate(self.indices) if i != self.editing]
        self._put(indices, self.tr("Question {key} removed.").format(key=key))
