"""The IT officer's morning check at head office: which halls did not sync last night, the
last sync of each, and whose reconciliation disagreed (`hallq central status`)."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hallq.sync import history
from hallq.sync.central import Central

# Per hall: its last successful sync and its last attempt that reached head office.
LAST_SQL = """
SELECT h.hall_code, h.name, h.timezone, h.acked_seq,
       (SELECT s.finished_at FROM sync_log s WHERE s.hall_code = h.hall_code AND s.ok
        ORDER BY s.id DESC LIMIT 1),
       f.finished_at, f.ok, f.error, {reconcile}
FROM halls h
LEFT JOIN sync_log f ON f.id = (SELECT max(s.id) FROM sync_log s
                                WHERE s.hall_code = h.hall_code)
ORDER BY h.hall_code
"""


def _when(v: Any) -> datetime | None:
    if v is None or isinstance(v, datetime):
        return v
    return datetime.fromisoformat(str(v))


def night_start(now: datetime, window: dict[str, Any], tz: str) -> datetime:
    """The start of the last night window begun before `now`, in the hall's time zone
    (no window set at head office: 24 hours before now)."""
    if not window.get("start"):
        return now - timedelta(hours=24)
    zone = ZoneInfo(tz) if tz else now.tzinfo
    local = now.astimezone(zone)
    hh, mm = (int(x) for x in window["start"].split(":"))
    start = datetime.combine(local.date(), time(hh, mm), tzinfo=zone)
    return start if start <= local else start - timedelta(days=1)


def status(central: Central, now: datetime | None = None) -> dict[str, Any]:
    """Every hall's last sync and whether it is late or disagreed, and the counts."""
    central.check_schema()
    now = now or datetime.now().astimezone()
    window = history.night_window(central)
    rows = central.all(LAST_SQL.format(reconcile="f.reconcile::text" if central.pg
                                       else "f.reconcile"))
    halls = []
    for code, name, tz, acked, last_ok, last_try, ok, error, rec in rows:
        since = night_start(now, window, tz or "")
        last_ok, last_try = _when(last_ok), _when(last_try)
        reconcile = json.loads(rec) if rec else {}
        halls.append({
            "hall_code": code, "name": name or "", "acked_seq": acked,
            "last_success": last_ok.isoformat() if last_ok else None,
            "last_attempt": last_try.isoformat() if last_try else None,
            "last_error": error if last_try and not ok else None,
            "synced_last_night": bool(last_ok and last_ok >= since),
            "night_started": since.isoformat(),
            "reconcile_disagreed": bool(last_try and reconcile and not reconcile.get("ok")),
            "mismatches": reconcile.get("mismatches", [])[:5] if reconcile else [],
        })
    late = [h for h in halls if not h["synced_last_night"]]
    disagreed = [h for h in halls if h["reconcile_disagreed"]]
    return {"at": now.isoformat(), "window": window, "halls": halls, "count": len(halls),
            "not_synced": len(late), "disagreed": len(disagreed)}


def _age(iso: str | None, now: datetime) -> str:
    if not iso:
        return "never"
    t = datetime.fromisoformat(iso)
    days = (now - t).total_seconds() / 86400
    ago = f"{days:.0f} days ago" if days >= 1.5 else f"{days * 24:.0f} h ago"
    return f"{t.astimezone(now.tzinfo):%Y-%m-%d %H:%M} ({ago})"


def describe(st: dict[str, Any], every: bool = False) -> list[str]:
    """The morning check as lines of text."""
    now = datetime.fromisoformat(st["at"])
    w = st["window"]
    night = (f"window {w['start']} + {w['minutes']} min, hall time" if w
             else "the last 24 hours: head office has set no window")
    out = [f"Head office, {now:%Y-%m-%d %H:%M}: last night = {night}.",
           f"{st['count']} hall(s): {st['count'] - st['not_synced']} synced last night, "
           f"{st['not_synced']} did not, {st['disagreed']} reconciliation(s) disagreed."]
    late = [h for h in st["halls"] if not h["synced_last_night"]]
    if late:
        out.append("Not synced last night:")
        for h in late:
            line = f"  {h['hall_code']:<12} {h['name'][:30]:<30} last sync {_age(h['last_success'], now)}"
            if h["last_error"]:
                line += f"; last attempt failed: {h['last_error'][:120]}"
            out.append(line)
    bad = [h for h in st["halls"] if h["reconcile_disagreed"]]
    if bad:
        out.append("Reconciliation disagreed (a person must look):")
        for h in bad:
            what = "; ".join(f"{m['table']} {m['day']}: hall {m['hall_rows']}, head office "
                             f"{m['central_rows']}" for m in h["mismatches"][:3])
            out.append(f"  {h['hall_code']:<12} {h['name'][:30]:<30} {what}")
    if every:
        out.append("Every hall's last sync:")
        for h in st["halls"]:
            out.append(f"  {h['hall_code']:<12} {h['name'][:30]:<30} "
                       f"{_age(h['last_success'], now)}")
    return out
