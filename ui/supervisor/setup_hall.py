"""Set-up of the hall itself: name, messages, languages, alert thresholds, PIN rules."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from hallq.domain import LANGUAGES
from ui.client import HallClient
from ui.supervisor.setup_parts import SetupSection

NUMBERS = {  # setting -> (minimum, maximum)
    "day_start_hour": (0, 12),
    "recalls_before_no_show": (0, 10),
    "rating_timeout_s": (5, 600),
    "idle_alert_min": (0, 240),
    "pause_alert_min": (0, 480),
    "pin_max_failures": (1, 20),
    "pin_lock_minutes": (1, 240),
}


class HallSection(SetupSection):
    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(client, lang, parent)
        self.form = QGroupBox()
        form = QFormLayout(self.form)
        self.name = QLineEdit()
        self.message = QLineEdit()
        self.footer = QLineEdit()
        self.timezone = QLineEdit()
        self.languages = {k: QCheckBox() for k in LANGUAGES}
        lang_row = QHBoxLayout()
        for box in self.languages.values():
            lang_row.addWidget(box)
        lang_row.addStretch(1)
        self.numbers = {k: QSpinBox(minimum=lo, maximum=hi) for k, (lo, hi) in NUMBERS.items()}
        for w in (self.name, self.message, self.footer, self.timezone):
            form.addRow(QLabel(), w)
        form.addRow(QLabel(), lang_row)
        for w in self.numbers.values():
            form.addRow(QLabel(), w)
        self.form_layout = form
        self.add_buttons(form)
        self.split(self.form, QWidget())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.form.setTitle(self.tr("Hall settings"))
        lf = self.form_layout.labelForField
        lf(self.name).setText(self.tr("Hall name"))
        lf(self.message).setText(self.tr("Message on the hall display"))
        lf(self.footer).setText(self.tr("Footer on tickets"))
        lf(self.timezone).setText(self.tr("Time zone"))
        self.form_layout.itemAt(4, QFormLayout.ItemRole.LabelRole).widget().setText(
            self.tr("Languages"))
        names = {"vi": self.tr("Vietnamese"), "zh_CN": self.tr("Simplified Chinese"),
                 "zh_TW": self.tr("Traditional Chinese"), "en": self.tr("English")}
        for k, box in self.languages.items():
            box.setText(names[k])
        labels = {
            "day_start_hour": self.tr("Business day starts at (hour)"),
            "recalls_before_no_show": self.tr("Recalls before a no-show"),
            "rating_timeout_s": self.tr("Rating keypad waits (seconds)"),
            "idle_alert_min": self.tr("Alert: counter idle for (minutes, 0 = never)"),
            "pause_alert_min": self.tr("Alert: counter on a break for (minutes, 0 = never)"),
            "pin_max_failures": self.tr("Wrong PINs before a lock"),
            "pin_lock_minutes": self.tr("Lock after wrong PINs (minutes)"),
        }
        for k, w in self.numbers.items():
            lf(w).setText(labels[k])
        self.save_button.setText(self.tr("Save hall settings"))
        self.reload()

    def reload(self) -> None:
        hall = self.client.snapshot.get("hall") or {}
        if not hall:
            return
        self.name.setText(hall.get("name", ""))
        self.message.setText(hall.get("message", ""))
        self.footer.setText(hall.get("footer", ""))
        self.timezone.setText(hall.get("timezone", ""))
        for k, box in self.languages.items():
            box.setChecked(k in (hall.get("languages") or ()))
        for k, w in self.numbers.items():
            if k in hall:
                w.setValue(int(hall[k]))

    def on_save(self) -> None:
        body = {"name": self.name.text().strip(), "message": self.message.text().strip(),
                "footer": self.footer.text().strip(), "timezone": self.timezone.text().strip(),
                "languages": [k for k, box in self.languages.items() if box.isChecked()]}
        body |= {k: w.value() for k, w in self.numbers.items()}
        self.send(lambda done: self.client.put_hall(body, done),
                  self.tr("Hall settings saved."))
