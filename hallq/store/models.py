"""The hall database's peewee models, and the fields that keep times, days and JSON as text."""

from __future__ import annotations

import json
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

import peewee as pw


class AwareDateTimeField(pw.TextField):
    """Timezone-aware datetime kept as ISO 8601 text with its offset."""

    def db_value(self, value: datetime | None) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime stored")
        return value.isoformat()

    def python_value(self, value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value else None


class DayField(pw.TextField):
    def db_value(self, value: date | None) -> str | None:
        return value.isoformat() if value else None

    def python_value(self, value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None


class JSONField(pw.TextField):
    def db_value(self, value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def python_value(self, value: str | None) -> Any:
        return json.loads(value) if value else None


def build_models(db: pw.Database) -> SimpleNamespace:
    """Model classes bound to one database, so several stores can live in one process."""

    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Meta_(Base):
        key = pw.TextField(primary_key=True)
        value = JSONField()

        class Meta:
            table_name = "meta"

    class Service(Base):
        prefix = pw.CharField(primary_key=True, max_length=1)
        names = JSONField()
        target_wait_min = pw.IntegerField()
        typical_service_min = pw.FloatField()
        active = pw.BooleanField(default=True)
        kiosk_order = pw.IntegerField(default=0)
        queue_limit = pw.IntegerField(default=30)

    class Counter(Base):
        number = pw.IntegerField(primary_key=True)
        name = pw.TextField()
        services = JSONField()

    class Staff(Base):
        code = pw.TextField(primary_key=True)
        name = pw.TextField()
        role = pw.TextField()
        active = pw.BooleanField(default=True)
        pin_hash = pw.TextField()
        failed = pw.IntegerField(default=0)
        locked_until = AwareDateTimeField(null=True)
        photo = pw.TextField(default="")

    class Device(Base):
        id = pw.AutoField()
        name = pw.TextField()
        role = pw.TextField()
        counter = pw.IntegerField(null=True)
        token_hash = pw.TextField(unique=True)
        created = AwareDateTimeField()
        revoked = pw.BooleanField(default=False)

    class Session(Base):
        token_hash = pw.TextField(primary_key=True)
        staff = pw.TextField(index=True)
        counter = pw.IntegerField(null=True)
        login_at = AwareDateTimeField()
        logout_at = AwareDateTimeField(null=True)
        # The device it was opened on; the session works there only. NULL on sessions
        # opened before schema 2, which therefore work nowhere.
        device_id = pw.IntegerField(null=True)

    class LoginLock(Base):
        """Wrong PINs per (staff member, device): a kiosk's guesses never lock the
        supervisor out at their own desk. Device 0: a login from no device (CLI, tests)."""
        staff = pw.TextField()
        device_id = pw.IntegerField()
        failed = pw.IntegerField(default=0)
        locked_until = AwareDateTimeField(null=True)

        class Meta:
            table_name = "login_lock"
            primary_key = pw.CompositeKey("staff", "device_id")

    class Ticket(Base):
        id = pw.IntegerField(primary_key=True)
        day = DayField(index=True)
        number = pw.TextField()
        service = pw.TextField()
        leg = pw.IntegerField(default=1)
        parent_id = pw.IntegerField(null=True)
        arrival = AwareDateTimeField()
        queued_at = AwareDateTimeField()
        priority = pw.TextField(default="")
        customer_code = pw.TextField(default="")
        language = pw.TextField(default="vi")
        state = pw.TextField(index=True)
        target_counter = pw.IntegerField(null=True)
        counter = pw.IntegerField(null=True)
        staff = pw.TextField(null=True)
        called_at = AwareDateTimeField(null=True)
        recalls = pw.IntegerField(default=0)
        serving_at = AwareDateTimeField(null=True)
        finished_at = AwareDateTimeField(null=True)
        eta_min = pw.FloatField(null=True)

        class Meta:
            indexes = ((("day", "number", "leg"), True),)

    class CounterStatus(Base):
        number = pw.IntegerField(primary_key=True)
        state = pw.TextField()
        staff = pw.TextField(null=True)
        ticket_id = pw.IntegerField(null=True)
        since = AwareDateTimeField(null=True)
        pause_reason = pw.TextField(default="")

    class Event(Base):
        # INTEGER PRIMARY KEY without AUTOINCREMENT: a rolled-back insert leaves no hole.
        seq = pw.AutoField()
        ts = AwareDateTimeField()
        day = DayField(index=True)
        type = pw.TextField()
        ticket_id = pw.IntegerField(null=True)
        counter = pw.IntegerField(null=True)
        staff = pw.TextField(null=True)
        data = JSONField()

        class Meta:
            # The notes open at a day's end, a case's history, acknowledgements: read by
            # type (schema 4; the log holds every day the hall ever had).
            indexes = ((("type", "day"), False),)

    class Rating(Base):
        id = pw.AutoField()
        ticket_id = pw.IntegerField(unique=True)
        day = DayField(index=True)
        counter = pw.IntegerField(null=True)
        service = pw.TextField()
        staff = pw.TextField(null=True)
        rated = pw.BooleanField()
        score = pw.IntegerField(null=True)
        choice = pw.TextField(default="")
        reasons = JSONField()
        ts = AwareDateTimeField()

    class Note(Base):
        id = pw.AutoField()
        ticket_id = pw.IntegerField(index=True)
        day = DayField(index=True)
        counter = pw.IntegerField(null=True)
        staff = pw.TextField(null=True)
        kind = pw.TextField()  # request | complaint
        category = pw.TextField(default="")
        text = pw.TextField(default="")
        follow_up = pw.BooleanField(default=False)
        resolved_at = AwareDateTimeField(null=True)
        ts = AwareDateTimeField()

    class Appointment(Base):
        """A booked slot; phone and name are erased once the visit is over (retention)."""
        code = pw.TextField(primary_key=True)
        service = pw.TextField()
        day = DayField(index=True)  # the slot's hall-local date
        start = AwareDateTimeField()
        state = pw.TextField()  # booked | cancelled | checked_in
        source = pw.TextField()  # phone | counter | central | cli
        phone = pw.TextField(default="")
        name = pw.TextField(default="")
        language = pw.TextField(default="vi")
        booked_at = AwareDateTimeField()
        checked_in_at = AwareDateTimeField(null=True)
        ticket_id = pw.IntegerField(null=True)

    class AppointmentPlan(Base):
        service = pw.TextField(primary_key=True)
        capacity = pw.IntegerField(default=0)  # customers per slot; 0: no appointments
        slot_min = pw.IntegerField(default=15)
        phone_daily_limit = pw.IntegerField(default=0)  # tickets from phones a day; 0: none

        class Meta:
            table_name = "appointment_plan"

    class Contact(Base):
        """A ticket's phone number, for the messages about it; erased once the visit is
        over plus the retention days (hallq.hall.messages)."""
        ticket_id = pw.IntegerField(primary_key=True)
        phone = pw.TextField()
        language = pw.TextField(default="vi")
        notified_ahead = pw.BooleanField(default=False)
        created = AwareDateTimeField()
        # A ticket taken on the phone page: the secret of its live page (/q/<token>).
        token = pw.TextField(null=True, unique=True)
        service = pw.TextField(default="")

    class Outbox(Base):
        """Messages to customers, written in the commit of the change that causes them."""
        id = pw.AutoField()
        created = AwareDateTimeField()
        kind = pw.TextField()  # booked | reminder | ahead | called | test
        phone = pw.TextField()  # erased ("") with the contact, once the message is done
        language = pw.TextField(default="vi")
        text = pw.TextField()
        ticket_id = pw.IntegerField(null=True)
        appointment = pw.TextField(null=True)
        state = pw.TextField(index=True)  # hallq.domain.messages.MessageState
        attempts = pw.IntegerField(default=0)
        next_try = AwareDateTimeField(null=True)
        channel = pw.TextField(default="")
        provider_id = pw.TextField(default="", index=True)  # the SMSC's message id
        error = pw.TextField(default="")
        sent_at = AwareDateTimeField(null=True)
        delivered_at = AwareDateTimeField(null=True)

    class CaseType(Base):
        service = pw.TextField(primary_key=True)
        name = JSONField()  # language -> the kind of case, as the receipt prints it
        due_working_days = pw.IntegerField(default=5)
        bring = JSONField(null=True)  # language -> what the customer brings

        class Meta:
            table_name = "case_type"

    class Case(Base):
        """A request followed past the counter (hallq.domain.cases)."""
        number = pw.TextField(primary_key=True)
        service = pw.TextField()
        owner = pw.TextField(index=True)
        status = pw.TextField(index=True)
        opened_at = AwareDateTimeField()
        due = DayField()
        ticket_id = pw.IntegerField(null=True)
        reason = pw.TextField(default="")
        phone = pw.TextField(default="")  # erased like every phone here (retention)
        updated_at = AwareDateTimeField()
        # The secret half of the case page's address (/c/<number>/<key>): numbers are
        # sequential, so the number alone must not open the page.
        key = pw.TextField(default="")

        class Meta:
            table_name = "hall_case"  # "case" is an SQL keyword

    class ComplaintCause(Base):
        """The hall's list of complaint causes (set-up)."""
        key = pw.TextField(primary_key=True)
        name = JSONField()  # language -> the cause as windows and reports say it
        position = pw.IntegerField(default=0)

        class Meta:
            table_name = "complaint_cause"

    class Complaint(Base):
        """A complaint with its cause, owner and due date (hallq.domain.complaints)."""
        number = pw.TextField(primary_key=True)
        source = pw.TextField()  # ComplaintSource
        cause = pw.TextField(default="")
        owner = pw.TextField(index=True)
        opened_at = AwareDateTimeField()
        due = DayField()
        ticket_id = pw.IntegerField(null=True)
        case = pw.TextField(null=True)  # the case number it is about
        level = pw.IntegerField(default=0)  # 0 owner, 1 supervisor, 2 head office
        text = pw.TextField(default="")  # the customer's words: erased after retention
        closed_at = AwareDateTimeField(null=True)
        outcome = pw.TextField(null=True)
        closing_text = pw.TextField(default="")
        updated_at = AwareDateTimeField()

        class Meta:
            table_name = "complaint"

    class SatisfactionIndex(Base):
        """One of the hall's satisfaction indices (access, waiting time, ...)."""
        key = pw.TextField(primary_key=True)
        name = JSONField()  # language -> the question as the customer reads it
        position = pw.IntegerField(default=0)

        class Meta:
            table_name = "satisfaction_index"

    class IndexAnswer(Base):
        """A customer's score on one index after a visit (ticket or case page)."""
        ticket_id = pw.IntegerField(null=True, index=True)
        case = pw.TextField(null=True)
        index = pw.TextField()  # type: ignore[assignment]  # the column; Model.index unused
        score = pw.IntegerField()  # 1 (worst) .. 5 (best)
        answered_at = AwareDateTimeField()
        day = DayField(index=True)

        class Meta:
            table_name = "index_answer"

    class Notice(Base):
        """A notice to the hall's customers (a planned outage, changed hours)."""
        text = JSONField()  # language -> the notice
        starts_at = AwareDateTimeField()
        ends_at = AwareDateTimeField()
        by = pw.TextField(default="")
        created_at = AwareDateTimeField()
        withdrawn_at = AwareDateTimeField(null=True)  # withdrawn: shown nowhere from then on
        withdrawn_by = pw.TextField(default="")

        class Meta:
            table_name = "notice"

    models = SimpleNamespace(
        Meta=Meta_, Service=Service, Counter=Counter, Staff=Staff, Device=Device,
        Session=Session, Ticket=Ticket, CounterStatus=CounterStatus, Event=Event,
        Rating=Rating, Note=Note, LoginLock=LoginLock, Appointment=Appointment,
        AppointmentPlan=AppointmentPlan, Contact=Contact, Outbox=Outbox, CaseType=CaseType,
        Case=Case, ComplaintCause=ComplaintCause, Complaint=Complaint,
        SatisfactionIndex=SatisfactionIndex, IndexAnswer=IndexAnswer, Notice=Notice,
    )
    models.all = [Meta_, Service, Counter, Staff, Device, Session, Ticket, CounterStatus,
                  Event, Rating, Note, LoginLock, Appointment, AppointmentPlan, Contact,
                  Outbox, CaseType, Case, ComplaintCause, Complaint, SatisfactionIndex,
                  IndexAnswer, Notice]
    return models
