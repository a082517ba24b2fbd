"""The daily report's audit trail: every set-up change (who, when, old -> new) and every
failed login of the day, read from the event log."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from hallq.report.events import events_by_seq

KINDS = ("config_changed", "staff_login_failed")
COLUMNS = "seq, ts, type, staff, data"
SECRET = "(changed)"  # what the hall logs instead of a PIN or a photo
LONGEST = 60  # characters of one value shown; a longer one (a message) is cut


def audit_events(store: Any, day: date, seqs: list[int] | None = None
                 ) -> list[tuple[int, str, str, str | None, dict[str, Any]]]:
    """(seq, ts, type, staff, data) of the day's set-up changes and failed logins, in order.
    `seqs`: their places in the log when known (a closed day's stored figures), read by
    key instead of looking through every event of the day."""
    rows = events_by_seq(store, seqs, COLUMNS) if seqs is not None else []
    if seqs is None or len(rows) != len(seqs) or any(r[2] not in KINDS for r in rows):
        sql = (f"SELECT {COLUMNS} FROM event WHERE day = ? AND type IN (?, ?) ORDER BY seq")
        rows = store.db.execute_sql(sql, (day.isoformat(), *KINDS)).fetchall()
    names = {r.id: r.name for r in store.m.Device.select()}
    out = []
    for seq, ts, kind, staff, raw in rows:
        data = json.loads(raw) if isinstance(raw, str) else dict(raw or {})
        if kind == "staff_login_failed" and data.get("device") in names:
            data["device"] = f"{names[data['device']]} (#{data['device']})"  # who can tell an id?
        out.append((seq, ts, kind, staff, data))
    return out


def value_text(v: Any) -> str:
    if v is None or v == "":
        return "—"
    if isinstance(v, bool):
        return "✓" if v else "✗"
    if isinstance(v, list):
        v = ", ".join(value_text(x) if not isinstance(x, dict) else str(x.get("key", x))
                      for x in v)
    if isinstance(v, dict):
        v = ", ".join(f"{k}={value_text(x)}" for k, x in v.items())
    text = str(v)
    return text if len(text) <= LONGEST else text[:LONGEST - 1] + "…"


def change_text(changes: dict[str, Any]) -> str:
    """field: old → new; ... of one set-up change."""
    return "; ".join(f"{field}: {value_text(old)} → {value_text(new)}"
                     for field, (old, new) in changes.items())


Audit = list[tuple[int, str, str, str | None, dict[str, Any]]]


def audit_rows(events: Audit, timezone: str, words: dict[str, str]) -> list[list[str]]:
    """[time, who, what, details] per set-up change and failed login (audit_events), in
    `words`' language; times are the hall's local time."""
    zone = ZoneInfo(timezone)
    out = []
    for _seq, ts, kind, staff, data in events:
        when = datetime.fromisoformat(str(ts)).astimezone(zone).strftime("%H:%M:%S")
        if kind == "staff_login_failed":
            details = [f"{words['device']} {value_text(data.get('device'))}"]
            if data.get("counter") is not None:
                details.append(f"{words['counter']} {data['counter']}")
            details.append(f"{words['failures']}: {data.get('failures', 1)}")
            if data.get("locked"):
                details.append(words["locked"])
            out.append([when, str(data.get("code") or staff or "—"), words["failed_login"],
                        " · ".join(details)])
        else:
            what = str(data.get("what", ""))
            subject = _subject(data)
            out.append([when, str(data.get("by") or "—"),
                        words.get(f"what_{what}", what) + (f" {subject}" if subject else ""),
                        change_text(data.get("changes") or {})])
    return out


def _subject(data: dict[str, Any]) -> str:
    """Which service, counter, staff member or device a change was about."""
    for key, field in (("service", "prefix"), ("counter", "number"), ("staff", "code")):
        if isinstance(data.get(key), dict):
            return str(data[key].get(field, ""))
    return str(data.get("name") or data.get("id") or "") if "what" in data and \
        str(data["what"]).startswith("device") else ""
