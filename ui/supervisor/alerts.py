"""The supervisor's alerts panel: open alerts with a sound, each listed until acknowledged."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hallq.domain.alerts import Alert, AlertBook, describe
from ui.app import resource
from ui.base import Retranslating
from ui.client import HallClient
from ui.errors import error_text
from ui.text import PlainLabel


def _t(text: str) -> str:
    return QCoreApplication.translate("SupervisorAlerts", text)


def reason_text(key: str) -> str:
    return {
        "waited_too_long": _t("waited too long"),
        "staff_attitude": _t("staff attitude"),
        "explanation_unclear": _t("explanation unclear"),
        "procedure_complicated": _t("procedure too complicated"),
        "other": _t("other"),
    }.get(key, key)


def alert_text(alert: Alert, service_name: Callable[[str], str],
               staff_name: Callable[[str], str] = str) -> str:
    """One sentence a supervisor reads at a glance, in the window's language."""
    p = alert.params
    if alert.kind == "unsatisfied":
        text = _t("Unsatisfied customer: {number}, counter {counter}, {staff}").format(
            number=p.get("number") or "?", counter=p.get("counter") or "?",
            staff=staff_name(p["staff"]) if p.get("staff") else "-")
        reasons = p.get("reasons") or []
        if reasons:
            text += " — " + ", ".join(reason_text(r) for r in reasons)
        return text
    if alert.kind == "wait_over_target":
        return _t("{service}: {number} has waited {minutes} min (target {target} min)").format(
            service=service_name(p.get("service", "")), number=p.get("number"),
            minutes=p.get("minutes"), target=p.get("target"))
    if alert.kind == "queue_over_limit":
        return _t("{service}: {waiting} waiting, more than the limit of {limit}").format(
            service=service_name(p.get("service", "")), waiting=p.get("waiting"),
            limit=p.get("limit"))
    if alert.kind == "service_unstaffed":
        return _t("{service}: {waiting} waiting and no open counter serves it").format(
            service=service_name(p.get("service", "")), waiting=p.get("waiting"))
    if alert.kind == "counter_idle":
        return _t("Counter {counter} ({staff}) idle for {minutes} min while customers "
                  "wait").format(counter=p.get("counter"), minutes=p.get("minutes"),
                                 staff=staff_name(p["staff"]) if p.get("staff") else "-")
    if alert.kind == "counter_paused":
        return _t("Counter {counter} ({staff}) on a break for {minutes} min").format(
            counter=p.get("counter"), minutes=p.get("minutes"),
            staff=staff_name(p["staff"]) if p.get("staff") else "-")
    if alert.kind == "device_fault":
        return fault_text(p.get("device") or p.get("role") or "?", p.get("code") or "")
    if alert.kind == "complaint_overdue":
        owner = staff_name(p["owner"]) if p.get("owner") else "-"
        if p.get("level") == 2:
            return _t("Complaint {number} ({owner}) is still unanswered: it went to head "
                      "office").format(number=p.get("number"), owner=owner)
        due = str(p.get("due") or "")
        if len(due) == 10:  # ISO yyyy-mm-dd, read as the windows write dates: dd/mm/yyyy
            due = f"{due[8:10]}/{due[5:7]}/{due[:4]}"
        return _t("Complaint {number} ({owner}) is overdue: it was due {due}").format(
            number=p.get("number"), owner=owner, due=due)
    return describe(alert)


def fault_text(device: str, code: str) -> str:
    """A device fault in the window's language with what to do (the device's own message
    is a technician's English, so it is not shown)."""
    texts = {
        "printer_offline": _t("{device}: the ticket printer cannot be reached. Check its "
                              "power and cable."),
        "no_paper": _t("{device}: the ticket printer is out of paper. Load a new roll."),
        "unknown_printer": _t("{device}: the printer in this device's settings is not one "
                              "hallq can drive. Check the printer settings."),
        "printer_error": _t("{device}: the ticket printer reported an error. Check it, then "
                            "print a test ticket."),
        "backup_failed": _t("The hall's backup failed. Check that the backup folder exists "
                            "and has free space."),
    }
    text = texts.get(code) or _t("{device}: fault {code}. Tell the technician.")
    return text.format(device=device, code=code)


class AlertSound:
    """Plays the chime for a new alert; `played` lists what was played (tests read it).

    QSoundEffect is created lazily: with no sound card it just reports an error status,
    and a bundle without QtMultimedia still runs (silently).
    """

    def __init__(self, enabled: bool = True):
        self.enabled = enabled
        self.played: list[str] = []
        self.path = resource("voice", "chime.wav")
        self._effect = None

    def play(self, name: str = "chime") -> None:
        self.played.append(name)
        if not self.enabled:
            return
        if self._effect is None:
            try:
                # Lazy on purpose: QtMultimedia loads audio back-ends (a real start-up cost)
                # and may be missing from a bundle; the supervisor then runs silently.
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:
                self.enabled = False
                return
            self._effect = QSoundEffect()
            self._effect.setSource(QUrl.fromLocalFile(str(self.path)))
        self._effect.play()


class AlertRow(Retranslating, QFrame):
    """One open alert: time, sentence, and its Acknowledge button."""

    acknowledged = Signal(str)

    def __init__(self, alert: Alert, text: str, tz: str = "UTC",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.alert = alert
        self.setObjectName("alertRow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        try:
            zone: ZoneInfo | None = ZoneInfo(tz)
        except (KeyError, ValueError):
            zone = None
        local = datetime.fromisoformat(alert.ts).astimezone(zone)
        # today's by its time; one of an earlier day (relisted at start) by its day
        earlier = local.date() < datetime.now(zone).date()
        self.time = PlainLabel(local.strftime("%d/%m" if earlier else "%H:%M"))
        self.time.setObjectName("alertTime")
        self.text = PlainLabel(text)
        self.text.setWordWrap(True)
        self.text.setObjectName("alertText")
        self.button = QPushButton()
        self.button.setObjectName("ackButton")
        self.button.clicked.connect(lambda: self.acknowledged.emit(self.alert.id))
        layout.addWidget(self.time)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Acknowledge"))


class AlertsPanel(Retranslating, QWidget):
    """Keeps the AlertBook in step with the event stream and the hall's state."""

    countChanged = Signal(int)

    def __init__(self, client: HallClient, sound: AlertSound,
                 service_name: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.sound = sound
        self.service_name = service_name
        self.book = AlertBook(client.snapshot.get("hall") or {})
        self.rows: dict[str, AlertRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = PlainLabel()
        self.title.setObjectName("sectionTitle")
        self.error = PlainLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.empty = PlainLabel()
        self.empty.setObjectName("mutedText")
        self.list_box = QWidget()
        self.list_box.setObjectName("alertList")
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addWidget(self.empty)
        self.list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("alertScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list_box)
        layout.addWidget(self.title)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        n = len(self.rows)
        self.title.setText(self.tr("Alerts ({n})").format(n=n) if n else self.tr("Alerts"))
        self.empty.setText(self.tr("No open alerts."))
        for row in self.rows.values():
            row.text.setText(self.text_of(row.alert))

    def staff_name(self, code: str) -> str:
        staff = self.client.snapshot.get("staff") or {}
        return (staff.get(code) or {}).get("name") or code

    def text_of(self, alert: Alert) -> str:
        return alert_text(alert, self.service_name, self.staff_name)

    # ------------------------------------------------------------ feeding the book
    def reset(self, now: datetime) -> None:
        """A fresh snapshot: take the hall's thresholds and low ratings already given."""
        self.book.hall = dict(self.client.snapshot.get("hall") or {})
        self._show(self.book.seed_ratings(self.client.ratings, self.client.tickets, now),
                   sound=False)
        self.check(now, sound=False)

    def reload(self, now: datetime) -> None:
        """At log-in and each reconnect: the day's record, then every complaint moved up and
        still open, whatever day it moved (the record only holds today's). In this order
        so an alert of today keeps its event's time; each alert's id lists it once."""
        def listed(ok: bool, data: dict) -> None:
            if ok:
                self.load_escalated(data.get("complaints") or [], now)

        def recorded(ok: bool, data: dict) -> None:
            if ok:
                self.load_today(data)
            self.client.escalated_complaints(listed)
        self.client.alerts_today(recorded)

    def load_escalated(self, complaints: list[dict], now: datetime) -> None:
        """Open complaints at the supervisor's or head office's, as their escalation would
        have raised them; those moved up before today are dated by the day they moved up
        (from the start of that day: the list shows the day, not a time)."""
        try:
            zone: ZoneInfo | None = ZoneInfo(self.book.hall.get("timezone") or "UTC")
        except (KeyError, ValueError):
            zone = None
        for k in complaints:
            if k.get("overdue") and not k.get("closed_at"):
                ts = now
                if k.get("moved_up_on"):
                    day = date.fromisoformat(k["moved_up_on"])
                    if day < now.astimezone(zone).date():
                        ts = datetime.combine(day, time(), tzinfo=zone)
                ev = {"type": "complaint_escalated", "ts": ts.isoformat(),
                      "data": {"complaint": k}}
                self._show(self.book.on_event(ev, self.client.tickets), sound=False,
                           newest=False)

    def load_today(self, data: dict) -> None:
        """The hub's record of today: acknowledged ids, device faults, overdue complaints."""
        self.book.load_acked(data.get("acked") or [])
        for ev in (data.get("faults") or []) + (data.get("complaints") or []):
            self._show(self.book.on_event(ev, self.client.tickets), sound=False)
        for alert_id in list(self.rows):
            if alert_id in self.book.acked:
                self._remove(alert_id)

    def on_event(self, ev: dict) -> None:
        new = self.book.on_event(ev, self.client.tickets)
        if ev["type"] == "alert_acknowledged":
            self._remove((ev.get("data") or {}).get("alert_id", ""))
        self._show(new, sound=not ev.get("replay"))

    def check(self, now: datetime, sound: bool = True) -> None:
        services = self.client.snapshot.get("services") or []
        new = self.book.check(services, self.client.counters, self.client.tickets.values(), now)
        self._show(new, sound)

    # ------------------------------------------------------------ the list
    def _show(self, alerts: list[Alert], sound: bool, newest: bool = True) -> None:
        for alert in alerts:
            if alert.id in self.rows or alert.id in self.book.acked:
                continue
            row = AlertRow(alert, self.text_of(alert),
                           self.book.hall.get("timezone") or "UTC")
            row.acknowledged.connect(self.acknowledge)
            self.rows[alert.id] = row
            # newest on top; older ones (relisted at start) under the rest, above the stretch
            self.list_layout.insertWidget(0 if newest else self.list_layout.count() - 1, row)
        if alerts and sound and self.client.staff_session:  # no chime on the PIN page
            self.sound.play()
        self._update_count()

    def _remove(self, alert_id: str) -> None:
        row = self.rows.pop(alert_id, None)
        if row is not None:
            row.setParent(None)
            row.deleteLater()
        self._update_count()

    def _update_count(self) -> None:
        self.empty.setVisible(not self.rows)
        self.retranslate_ui()
        self.countChanged.emit(len(self.rows))

    def acknowledge(self, alert_id: str) -> None:
        row = self.rows.get(alert_id)
        if row is None:
            return
        row.button.setEnabled(False)
        def done(ok: bool, data: dict) -> None:
            if ok:
                self.error.hide()
                self.book.acknowledge(alert_id)
                self._remove(alert_id)
            else:
                if alert_id in self.rows:
                    self.rows[alert_id].button.setEnabled(True)
                self.error.setText(error_text(data))
                self.error.show()

        self.client.acknowledge_alert(alert_id, row.alert.kind, row.text.text(), done)
