"""Set-up of staff (add, deactivate, reset PIN, lift a PIN lock-out) and devices (list, pair,
revoke tokens)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ui.client import HallClient
from ui.supervisor.setup_parts import SetupSection, button, cell, read_only_table

STAFF_ROLES = ("clerk", "supervisor", "admin")
DEVICE_ROLES = ("kiosk", "counter", "display", "keypad", "supervisor", "admin")


class StaffSection(SetupSection):
    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(client, lang, parent)
        self.is_new = True
        self.table = read_only_table(4)
        self.table.itemSelectionChanged.connect(self.on_select)
        self.form = QGroupBox()
        form = QFormLayout(self.form)
        self.code = QLineEdit()
        self.code.setMaxLength(12)
        self.name = QLineEdit()
        self.role = QComboBox()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.active = QCheckBox()
        for w in (self.code, self.name, self.role, self.pin, self.active):
            form.addRow(QLabel(), w)
        self.form_layout = form
        self.hint = QLabel()
        self.hint.setObjectName("mutedText")
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        # Too many wrong PINs lock a staff member out of that device; this lifts it everywhere.
        self.unlock_button = button(self)
        self.unlock_button.clicked.connect(self.on_unlock)
        self.finish_form(form, extra=[self.unlock_button])

    def role_text(self, role: str) -> str:
        return {"clerk": self.tr("Clerk"), "supervisor": self.tr("Supervisor"),
                "admin": self.tr("Administrator")}.get(role, role)

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Active")])
        self.form.setTitle(self.tr("New staff member") if self.is_new
                           else self.tr("Edit staff member"))
        lf = self.form_layout.labelForField
        lf(self.code).setText(self.tr("Staff code"))
        lf(self.name).setText(self.tr("Full name"))
        lf(self.role).setText(self.tr("Role"))
        lf(self.pin).setText(self.tr("PIN"))
        lf(self.active).setText("")
        self.active.setText(self.tr("Active (can log in)"))
        current = self.role.currentIndex()
        self.role.clear()
        for r in STAFF_ROLES:
            self.role.addItem(self.role_text(r), r)
        self.role.setCurrentIndex(max(0, current))
        self.hint.setText(self.tr("A PIN has 4 to 8 digits. For an existing staff member, "
                                  "leave it empty to keep the PIN, or type a new one to "
                                  "reset it."))
        self.new_button.setText(self.tr("New staff member"))
        self.unlock_button.setText(self.tr("Lift lock-out"))
        self.unlock_button.setToolTip(self.tr("Let this staff member log in again after too "
                                              "many wrong PINs, on every device."))
        self.save_button.setText(self.tr("Save staff member"))
        self.reload()

    def staff(self) -> list[tuple[str, dict]]:
        return sorted((self.client.snapshot.get("staff") or {}).items())

    def reload(self) -> None:
        rows = self.staff()
        self.table.setRowCount(len(rows))
        for i, (code, s) in enumerate(rows):
            for j, v in enumerate([code, s["name"], self.role_text(s["role"]),
                                   self.tr("yes") if s["active"] else self.tr("no")]):
                self.table.setItem(i, j, cell(v))

    def on_select(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        code, s = self.staff()[rows[0].row()]
        self.is_new = False
        self.code.setText(code)
        self.code.setReadOnly(True)
        self.name.setText(s["name"])
        self.role.setCurrentIndex(max(0, self.role.findData(s["role"])))
        self.pin.clear()
        self.active.setChecked(bool(s["active"]))
        self.unlock_button.setEnabled(True)
        self.form.setTitle(self.tr("Edit staff member"))

    def on_new(self) -> None:
        self.is_new = True
        self.table.clearSelection()
        for w in (self.code, self.name, self.pin):
            w.clear()
        self.code.setReadOnly(False)
        self.role.setCurrentIndex(0)
        self.active.setChecked(True)
        self.unlock_button.setEnabled(False)  # nobody to unlock until one is chosen
        self.form.setTitle(self.tr("New staff member"))

    def on_save(self) -> None:
        body = {"code": self.code.text().strip().upper(), "name": self.name.text().strip(),
                "role": self.role.currentData(), "active": self.active.isChecked(),
                "new": self.is_new}
        if self.pin.text() or self.is_new:
            body["pin"] = self.pin.text()
        self.send(lambda done: self.client.put_staff(body, done),
                  self.tr("{code} saved.").format(code=body["code"]), lambda _: self._saved())

    def _saved(self) -> None:
        self.is_new = False
        self.pin.clear()
        self.code.setReadOnly(True)
        self.unlock_button.setEnabled(True)
        self.form.setTitle(self.tr("Edit staff member"))

    def on_unlock(self) -> None:
        """Lift the lock-outs of the staff member in the form (chosen in the list)."""
        code = self.code.text().strip().upper()
        if self.is_new or not code:
            self.show_error({"message": self.tr("Choose a staff member in the list first.")})
            return

        def said(data: dict) -> str:
            if data.get("unlocked"):
                return self.tr("Lock-out lifted for {code}.").format(code=code)
            return self.tr("{code} was not locked out.").format(code=code)

        self.send(lambda done: self.client.unlock_staff(code, done), said)


class DevicesSection(SetupSection):
    """Devices are read from the hub (the snapshot does not list them)."""

    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(client, lang, parent)
        self.devices: list[dict] = []
        self.table = read_only_table(5)
        self.form = QGroupBox()
        form = QFormLayout(self.form)
        self.role = QComboBox()
        self.counter = QSpinBox(minimum=0, maximum=99)
        self.name = QLineEdit()
        for w in (self.role, self.counter, self.name):
            form.addRow(QLabel(), w)
        self.form_layout = form
        buttons = QHBoxLayout()
        self.revoke_button = button(self)
        self.revoke_button.clicked.connect(self.on_revoke)
        self.add_button = button(self, primary=True)
        self.add_button.clicked.connect(self.on_add)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        form.addRow(buttons)
        self.token_title = QLabel()
        self.token_title.setWordWrap(True)
        self.token = QLineEdit()
        self.token.setReadOnly(True)
        self.token.setObjectName("token")
        form.addRow(self.token_title)
        form.addRow(self.token)
        self.token_title.hide()
        self.token.hide()
        self.split(self.table, self.form)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Id"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Counter"), self.tr("State")])
        self.form.setTitle(self.tr("Pair a new device"))
        lf = self.form_layout.labelForField
        lf(self.role).setText(self.tr("Role"))
        lf(self.counter).setText(self.tr("Counter"))
        lf(self.name).setText(self.tr("Name"))
        self.counter.setSpecialValueText(self.tr("none"))
        current = self.role.currentIndex()
        self.role.clear()
        for r in DEVICE_ROLES:
            self.role.addItem(self.role_text(r), r)
        self.role.setCurrentIndex(max(0, current))
        self.add_button.setText(self.tr("Add device"))
        self.revoke_button.setText(self.tr("Revoke selected"))
        self.token_title.setText(self.tr("The new device's token, shown only this once. "
                                         "Enter it on the device (--token), then close this "
                                         "page:"))
        self.fill()

    def role_text(self, role: str) -> str:
        return {"kiosk": self.tr("Kiosk"), "counter": self.tr("Counter PC"),
                "display": self.tr("Display"), "keypad": self.tr("Rating keypad"),
                "supervisor": self.tr("Supervisor PC"),
                "admin": self.tr("Administration")}.get(role, role)

    def reload(self) -> None:
        if self.client.staff_session:
            self.client.devices(self._loaded)

    def _loaded(self, ok: bool, data: dict) -> None:
        if not ok:
            self.show_error(data)
            return
        self.devices = data.get("devices") or []
        self.fill()

    def fill(self) -> None:
        self.table.setRowCount(len(self.devices))
        for i, d in enumerate(self.devices):
            for j, v in enumerate([d["id"], d["name"], self.role_text(d["role"]),
                                   d["counter"] or "",
                                   self.tr("revoked") if d["revoked"] else self.tr("active")]):
                self.table.setItem(i, j, cell(v))

    def on_add(self) -> None:
        role, name, counter = (self.role.currentData(), self.name.text().strip(),
                               self.counter.value() or None)
        self.send(lambda done: self.client.add_device(role, counter, name, done),
                  self.tr("Device added."), self._added)

    def _added(self, data: dict) -> None:
        self.token.setText(data.get("token", ""))
        self.token_title.show()
        self.token.show()
        self.name.clear()
        self.reload()

    def hideEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        # A token is shown once: leaving the page forgets it.
        self.token.clear()
        self.token.hide()
        self.token_title.hide()
        super().hideEvent(event)

    def on_revoke(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.show_error({"message": self.tr("Choose a device in the list first.")})
            return
        d = self.devices[rows[0].row()]
        if d["revoked"]:
            return
        if not self.confirm(self.tr("Revoke “{name}”? It will stop working at once.").format(
                name=d["name"])):
            return
        self.send(lambda done: self.client.revoke_device(d["id"], done),
                  self.tr("{name} revoked.").format(name=d["name"]), lambda _: self.reload())
