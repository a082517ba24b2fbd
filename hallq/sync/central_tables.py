"""What head office keeps of each hall: the synced fact tables and their columns, the
configuration it manages, the halls table; these lists drive the DDL, the push and the
checksums of reconciliation, so the three agree."""

from __future__ import annotations

from dataclasses import dataclass

# Column kinds -> (PostgreSQL type, SQLite type)
TYPES = {
    "int": ("bigint", "INTEGER"), "text": ("text", "TEXT"), "date": ("date", "TEXT"),
    "ts": ("timestamptz", "TEXT"), "bool": ("boolean", "INTEGER"),
    "float": ("double precision", "REAL"), "json": ("json", "TEXT"),
}


@dataclass(frozen=True)
class Table:
    """A synced fact table: hall column list (same names as the hall's SQLite), key, day."""

    name: str        # central table
    local: str       # the hall's table
    key: str
    columns: tuple[tuple[str, str], ...]   # (name, kind), in the hall's order
    day: str = "day"  # column giving the business day (sessions: derived on push)
    # A table with no day column of its own: the hall's column whose date (its first ten
    # characters, as the hall wrote it) is sent as the row's day.
    day_from: str = ""
    immutable: bool = False
    partitioned: bool = False  # PostgreSQL: by month of `day` (hallq.sync.history)
    # What the hall sends of a column, when not the column itself (an SQLite expression,
    # used by the push and by reconcile on the hall's side, so both see the same text).
    hall_expr: tuple[tuple[str, str], ...] = ()

    def select(self, col: str) -> str:  # the hall's SELECT expression of a column
        return dict(self.hall_expr).get(col, f'"{col}"')

    @property
    def conflict(self) -> str:  # the key an upsert meets: a partition's includes its day
        return f"hall_code, {self.key}" + (", day" if self.partitioned else "")

    @property
    def names(self) -> list[str]:
        return [c for c, _ in self.columns]


# The hall adds to each event the whole ticket and counter it concerns (for its own streams
# and replay): head office has those rows in tickets, and keeps the event's own data only —
# about a fifth of the bytes. Personal data stays in the hall: no customer code (a phone
# number, often) and no complaint text leave it; head office sees that a ticket had a code
# ('#') and a note's kind, category and follow-up.
# No free text written in the hall leaves it either: a case's refusal reason, a complaint's
# text (the customer's words) and its closing text (the staff's answer, which may quote them).
EVENT_DATA = ("CASE WHEN \"type\" = 'note_added' THEN json_remove(\"data\", '$.ticket', "
              "'$.status', '$.text') "
              "WHEN substr(\"type\", 1, 5) = 'case_' THEN json_remove(\"data\", '$.ticket', "
              "'$.status', '$.case.reason', '$.case.phone', '$.reason', '$.phone') "
              "WHEN substr(\"type\", 1, 10) = 'complaint_' THEN json_remove(\"data\", "
              "'$.ticket', '$.status', '$.text', '$.closing_text', '$.complaint.text', "
              "'$.complaint.closing_text', '$.phone') "
              "ELSE json_remove(\"data\", '$.ticket', '$.status') END")
CUSTOMER_CODE = "CASE WHEN \"customer_code\" <> '' THEN '#' ELSE \"customer_code\" END"

TABLES: dict[str, Table] = {t.name: t for t in [
    Table("events", "event", "seq", (
        ("seq", "int"), ("ts", "ts"), ("day", "date"), ("type", "text"), ("ticket_id", "int"),
        ("counter", "int"), ("staff", "text"), ("data", "json")), immutable=True,
        partitioned=True, hall_expr=(("data", EVENT_DATA),)),
    Table("tickets", "ticket", "id", (
        ("id", "int"), ("day", "date"), ("number", "text"), ("service", "text"),
        ("leg", "int"), ("parent_id", "int"), ("arrival", "ts"), ("queued_at", "ts"),
        ("priority", "text"), ("customer_code", "text"), ("language", "text"),
        ("state", "text"), ("target_counter", "int"), ("counter", "int"), ("staff", "text"),
        ("called_at", "ts"), ("recalls", "int"), ("serving_at", "ts"), ("finished_at", "ts"),
        ("eta_min", "float")), partitioned=True,
        hall_expr=(("customer_code", CUSTOMER_CODE),)),
    Table("ratings", "rating", "id", (
        ("id", "int"), ("ticket_id", "int"), ("day", "date"), ("counter", "int"),
        ("service", "text"), ("staff", "text"), ("rated", "bool"), ("score", "int"),
        ("choice", "text"), ("reasons", "json"), ("ts", "ts"))),
    Table("notes", "note", "id", (
        ("id", "int"), ("ticket_id", "int"), ("day", "date"), ("counter", "int"),
        ("staff", "text"), ("kind", "text"), ("category", "text"), ("text", "text"),
        ("follow_up", "bool"), ("resolved_at", "ts"), ("ts", "ts")),
        hall_expr=(("text", "''"),)),
    # A session has no business day of its own: the date of its login as the hall wrote it.
    Table("sessions", "session", "token_hash", (
        ("token_hash", "text"), ("staff", "text"), ("counter", "int"), ("login_at", "ts"),
        ("logout_at", "ts")), day_from="login_at"),
    # Cases and complaints change over days: each sync sends the rows its events changed,
    # as they are now. Never sent: a case's phone, its page's secret key and its refusal
    # reason; a complaint's text and closing text (head office sees cause, owner, level,
    # dates and outcome). Their day: the date of opened_at as the hall wrote it.
    Table("cases", "hall_case", "number", (
        ("number", "text"), ("service", "text"), ("owner", "text"), ("status", "text"),
        ("opened_at", "ts"), ("due", "date"), ("ticket_id", "int"), ("updated_at", "ts")),
        day_from="opened_at"),
    Table("complaints", "complaint", "number", (
        ("number", "text"), ("source", "text"), ("cause", "text"), ("owner", "text"),
        ("opened_at", "ts"), ("due", "date"), ("ticket_id", "int"), ("case_number", "text"),
        ("level", "int"), ("closed_at", "ts"), ("outcome", "text"), ("updated_at", "ts")),
        day_from="opened_at", hall_expr=(("case_number", '"case"'),)),
]}

# Configuration that head office manages: (name, columns, key). `version` orders changes.
CONFIG: dict[str, tuple[tuple[tuple[str, str], ...], str]] = {
    "services": ((("prefix", "text"), ("names", "json"), ("target_wait_min", "int"),
                  ("typical_service_min", "float"), ("active", "bool"),
                  ("kiosk_order", "int"), ("queue_limit", "int")), "prefix"),
    "counters": ((("number", "int"), ("name", "text"), ("services", "json")), "number"),
    # pin: a first PIN head office gives a NEW staff member (the hall stores only its hash).
    "staff": ((("code", "text"), ("name", "text"), ("role", "text"), ("active", "bool"),
               ("pin", "text")), "code"),
    # Appointments head office books for a hall (its call centre, its web site): the hall
    # takes each once (by code); phone and name are erased here once the hall has them.
    "appointments": ((("code", "text"), ("service", "text"), ("start", "ts"),
                      ("phone", "text"), ("name", "text"), ("language", "text"),
                      ("cancelled", "bool")), "code"),
}

HALL_COLUMNS = ("hall_code text PRIMARY KEY, name text NOT NULL DEFAULT '', "
                "timezone text NOT NULL DEFAULT '', db_role text UNIQUE, "
                "acked_seq {int} NOT NULL DEFAULT 0, config_version {int} NOT NULL DEFAULT 0, "
                "message text, message_version {int} NOT NULL DEFAULT 0, "
                "last_sync_at {ts}, last_rows {int} NOT NULL DEFAULT 0, "
                "stats_seq {int} NOT NULL DEFAULT 0")
