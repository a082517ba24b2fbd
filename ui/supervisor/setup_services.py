"""Set-up of services (names, targets, limits) and counters (which services, in which order)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hallq.domain import LANGUAGES, name_in
from ui.client import HallClient
from ui.supervisor.setup_parts import SetupSection, button, cell, read_only_table


class ServicesSection(SetupSection):
    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(client, lang, parent)
        self.is_new = False
        self.table = read_only_table(7)
        self.table.itemSelectionChanged.connect(self.on_select)
        self.form = QGroupBox()
        form = QFormLayout(self.form)
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(1)
        self.names = {lang_: QLineEdit() for lang_ in LANGUAGES}
        self.target = QSpinBox(minimum=1, maximum=240)
        self.typical = QDoubleSpinBox(minimum=0.5, maximum=240, decimals=1, singleStep=0.5)
        self.limit = QSpinBox(minimum=1, maximum=999)
        self.order = QSpinBox(minimum=0, maximum=99)
        self.active = QCheckBox()
        self.labels = {}
        for key, w in [("prefix", self.prefix), *[(f"name_{k}", v) for k, v in
                                                  self.names.items()],
                       ("target", self.target), ("typical", self.typical),
                       ("limit", self.limit), ("order", self.order), ("active", self.active)]:
            self.labels[key] = w
            form.addRow(QLabel(), w)
        self.form_layout = form
        self.finish_form(form)

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Prefix"), self.tr("Name"), self.tr("Target wait"), self.tr("Typical time"),
            self.tr("Queue limit"), self.tr("Kiosk order"), self.tr("Active")])
        self.form.setTitle(self.tr("New service") if self.is_new else self.tr("Edit service"))
        texts = {"prefix": self.tr("Prefix (one letter)"),
                 "name_vi": self.tr("Name in Vietnamese"),
                 "name_zh_CN": self.tr("Name in Simplified Chinese"),
                 "name_zh_TW": self.tr("Name in Traditional Chinese"),
                 "name_en": self.tr("Name in English"),
                 "target": self.tr("Target wait"), "typical": self.tr("Typical service time"),
                 "limit": self.tr("Queue limit (alert above)"),
                 "order": self.tr("Order on the kiosk"), "active": self.tr("Offered today")}
        for key, w in self.labels.items():
            self.form_layout.labelForField(w).setText(texts[key])
        self.target.setSuffix(self.tr(" min"))
        self.typical.setSuffix(self.tr(" min"))
        self.active.setText(self.tr("Active"))
        self.new_button.setText(self.tr("New service"))
        self.save_button.setText(self.tr("Save service"))
        self.reload()

    def services(self) -> list[dict]:
        return list(self.client.snapshot.get("services") or [])

    def reload(self) -> None:
        rows = self.services()
        self.table.setRowCount(len(rows))
        for i, s in enumerate(rows):
            names = s.get("names") or {}
            values = [s["prefix"], name_in(names, self.lang),
                      self.tr("{m} min").format(m=s["target_wait_min"]),
                      self.tr("{m} min").format(m=s["typical_service_min"]),
                      s["queue_limit"], s["kiosk_order"],
                      self.tr("yes") if s.get("active", True) else self.tr("no")]
            for j, v in enumerate(values):
                self.table.setItem(i, j, cell(v))

    def on_select(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        s = self.services()[rows[0].row()]
        self.is_new = False
        self.prefix.setText(s["prefix"])
        self.prefix.setReadOnly(True)
        for k, w in self.names.items():
            w.setText((s.get("names") or {}).get(k, ""))
        self.target.setValue(int(s["target_wait_min"]))
        self.typical.setValue(float(s["typical_service_min"]))
        self.limit.setValue(int(s["queue_limit"]))
        self.order.setValue(int(s["kiosk_order"]))
        self.active.setChecked(bool(s.get("active", True)))
        self.form.setTitle(self.tr("Edit service"))

    def on_new(self) -> None:
        self.is_new = True
        self.table.clearSelection()
        self.prefix.clear()
        self.prefix.setReadOnly(False)
        for w in self.names.values():
            w.clear()
        self.target.setValue(15)
        self.typical.setValue(5.0)
        self.limit.setValue(30)
        self.order.setValue(len(self.services()) + 1)
        self.active.setChecked(True)
        self.form.setTitle(self.tr("New service"))

    def body(self) -> dict:
        return {"prefix": self.prefix.text().strip().upper(),
                "names": {k: w.text().strip() for k, w in self.names.items()},
                "target_wait_min": self.target.value(),
                "typical_service_min": self.typical.value(),
                "queue_limit": self.limit.value(), "kiosk_order": self.order.value(),
                "active": self.active.isChecked(), "new": self.is_new}

    def on_save(self) -> None:
        body = self.body()
        self.send(lambda done: self.client.put_service(body, done),
                  self.tr("Service {p} saved.").format(p=body["prefix"]),
                  lambda _: self._saved())

    def _saved(self) -> None:
        self.is_new = False
        self.prefix.setReadOnly(True)
        self.form.setTitle(self.tr("Edit service"))


class CountersSection(SetupSection):
    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(client, lang, parent)
        self.table = read_only_table(3)
        self.table.itemSelectionChanged.connect(self.on_select)
        self.form = QGroupBox()
        form = QFormLayout(self.form)
        self.number = QSpinBox(minimum=1, maximum=99)
        self.name = QLineEdit()
        self.service_list = QListWidget()
        self.service_list.setMinimumHeight(190)
        self.service_list.setStyleSheet("QListWidget::item { padding: 5px; }")
        order = QVBoxLayout()
        self.up_button = button(self)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = button(self)
        self.down_button.clicked.connect(lambda: self.move(1))
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addStretch(1)
        services_box = QHBoxLayout()
        services_box.addWidget(self.service_list, 1)
        services_box.addLayout(order)
        form.addRow(QLabel(), self.number)
        form.addRow(QLabel(), self.name)
        form.addRow(QLabel(), services_box)
        self.order_hint = QLabel()
        self.order_hint.setObjectName("mutedText")
        self.order_hint.setWordWrap(True)
        form.addRow(self.order_hint)
        self.form_layout = form
        self.add_buttons(form)
        self.split(self.table, self.form)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Counter"), self.tr("Name"),
                                              self.tr("Services, in order")])
        self.form.setTitle(self.tr("Counter"))
        self.form_layout.labelForField(self.number).setText(self.tr("Number"))
        self.form_layout.labelForField(self.name).setText(self.tr("Name"))
        self.form_layout.itemAt(2, QFormLayout.ItemRole.LabelRole).widget().setText(
            self.tr("Services"))
        self.order_hint.setText(self.tr("Tick the services this counter calls; the first "
                                        "in the list is called first (Up / Down)."))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.save_button.setText(self.tr("Save counter"))
        self.reload()

    def counters(self) -> list[dict]:
        return list(self.client.snapshot.get("counters") or [])

    def service_name(self, prefix: str) -> str:
        return name_in((self.client.service(prefix) or {}).get("names") or {}, self.lang,
                       prefix)

    def reload(self) -> None:
        rows = self.counters()
        self.table.setRowCount(len(rows))
        for i, c in enumerate(rows):
            self.table.setItem(i, 0, cell(c["number"]))
            self.table.setItem(i, 1, cell(c["name"]))
            self.table.setItem(i, 2, cell("  →  ".join(f"{p} {self.service_name(p)}"
                                                      for p in c["services"])))
        if not self.service_list.count():
            self.fill_services([])

    def fill_services(self, chosen: list[str]) -> None:
        """Chosen services first in their order, then the others unticked."""
        self.service_list.clear()
        all_prefixes = [s["prefix"] for s in self.client.snapshot.get("services") or []]
        for p in chosen + [p for p in all_prefixes if p not in chosen]:
            it = QListWidgetItem(f"{p}  {self.service_name(p)}")
            it.setData(Qt.ItemDataRole.UserRole, p)
            it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if p in chosen else Qt.CheckState.Unchecked)
            self.service_list.addItem(it)

    def on_select(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        c = self.counters()[rows[0].row()]
        self.number.setValue(int(c["number"]))
        self.name.setText(c["name"])
        self.fill_services(list(c["services"]))

    def move(self, step: int) -> None:
        row = self.service_list.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.service_list.count():
            return
        it = self.service_list.takeItem(row)
        self.service_list.insertItem(to, it)
        self.service_list.setCurrentRow(to)

    def chosen(self) -> list[str]:
        out = []
        for i in range(self.service_list.count()):
            it = self.service_list.item(i)
            if it.checkState() == Qt.CheckState.Checked:
                out.append(it.data(Qt.ItemDataRole.UserRole))
        return out

    def on_save(self) -> None:
        body = {"number": self.number.value(), "name": self.name.text().strip(),
                "services": self.chosen()}
        self.send(lambda done: self.client.put_counter(body, done),
                  self.tr("Counter {n} saved.").format(n=body["number"]))
