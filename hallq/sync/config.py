"""Configuration between hall and head office: the hall's set-up goes up, head office's
changes come down and are applied through the Hall's set-up methods (config_changed events).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from hallq.domain import DomainError, jsonable
from hallq.sync.central import Central, CentralError
from hallq.sync.central_tables import CONFIG


def lock_hall(central: Central, code: str) -> tuple[int, int]:
    """(acked_seq, config_version) of this hall, locked for this transaction."""
    row = central.one("SELECT acked_seq, config_version FROM halls WHERE hall_code = %s"
                      + (" FOR UPDATE" if central.pg else ""), (code,))
    if row is None:
        raise CentralError("unknown_hall", f"Head office does not know hall {code} (or this "
                           f"login may not write it): run `hallq central add-hall {code}`.")
    return int(row[0]), int(row[1])


def push_config(central: Central, db: Any, code: str, info: dict[str, Any],
                applied_version: int) -> None:
    """The hall's own set-up, for head office to see; never over a change not yet applied."""
    central.execute("UPDATE halls SET name = %s, timezone = %s WHERE hall_code = %s",
                    (info.get("name", ""), info.get("timezone", ""), code))
    local = {
        "services": db.execute_sql("SELECT prefix, names, target_wait_min, typical_service_min,"
                                   " active, kiosk_order, queue_limit FROM service").fetchall(),
        "counters": db.execute_sql("SELECT number, name, services FROM counter").fetchall(),
        "staff": db.execute_sql("SELECT code, name, role, active FROM staff").fetchall(),
    }
    for name, rows in local.items():
        cols_kinds, key = CONFIG[name]
        cols = [c for c, _ in cols_kinds if c != "pin"]
        sets = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != key)
        marks = ", ".join(["%s"] * (len(cols) + 2))
        rows2 = [(code, *(bool(v) if dict(cols_kinds)[c] == "bool" else v
                          for c, v in zip(cols, r, strict=True)), 0) for r in rows]
        central.executemany(
            f"INSERT INTO {name} (hall_code, {', '.join(cols)}, version) "
            f"VALUES ({marks}) ON CONFLICT (hall_code, {key}) DO UPDATE SET {sets} "
            f"WHERE {name}.version <= {int(applied_version)}", rows2)


def _json(v: Any) -> Any:
    return json.loads(v) if isinstance(v, str) else v


def pending_config(central: Central, code: str, since: int) -> list[tuple[str, dict, int]]:
    """Head office's changes for this hall after version `since`: (table, row, version)."""
    out: list[tuple[str, dict, int]] = []
    for name, (cols_kinds, _) in CONFIG.items():
        sel = ", ".join(f'"{c}"::text' if k == "json" and central.pg else f'"{c}"'
                        for c, k in cols_kinds)
        for r in central.all(f"SELECT {sel}, version FROM {name} WHERE hall_code = %s "
                             "AND version > %s ORDER BY version", (code, since)):
            row = {c: (_json(v) if k == "json" else bool(v) if k == "bool" and v is not None
                       else v) for (c, k), v in zip(cols_kinds, r[:-1], strict=True)}
            out.append((name, row, int(r[-1])))
    msg = central.one("SELECT message, message_version FROM halls WHERE hall_code = %s",
                      (code,))
    if msg is not None and msg[1] > since and msg[0] is not None:
        out.append(("hall", {"message": msg[0]}, int(msg[1])))
    return sorted(out, key=lambda x: x[2])


def apply_config(hall: Any, table: str, row: dict[str, Any]) -> str | None:
    """Apply one change through the Hall's set-up (-> a config_changed event); None when the
    hall already has it, so a re-run after a crash logs nothing twice."""
    if table == "hall":
        if hall.info.message == row["message"]:
            return None
        hall.update_hall({"message": row["message"]})
        return "hall message"
    if table == "services":
        cur = hall.state.services.get(row["prefix"])
        want = {k: v for k, v in row.items() if v is not None}
        if cur is not None and all(jsonable(cur).get(k) == v for k, v in want.items()
                                   if k != "names") and \
                all(cur.names.get(k) == v for k, v in (want.get("names") or {}).items()):
            return None
        hall.upsert_service(want)
        return f"service {row['prefix']}"
    if table == "counters":
        cur = hall.state.counters.get(int(row["number"]))
        if cur is not None and cur.name == row["name"] and \
                list(cur.services) == list(row["services"] or []):
            return None
        hall.upsert_counter(row)
        return f"counter {row['number']}"
    if table == "staff":
        cur = hall.staff.get(row["code"])
        data = {k: row[k] for k in ("code", "name", "role", "active") if row.get(k) is not None}
        if cur is not None:
            if (cur.name, cur.role.value, cur.active) == (
                    data.get("name", cur.name), data.get("role", cur.role.value),
                    data.get("active", cur.active)):
                return None
        elif row.get("pin"):
            data["pin"] = row["pin"]
        hall.upsert_staff(data)
        return f"staff {row['code']}"
    if table == "appointments":
        return _apply_appointment(hall, row)
    raise ValueError(table)


def _apply_appointment(hall: Any, row: dict[str, Any]) -> str | None:
    """Book (or cancel) head office's appointment once, by its code: a re-run does nothing."""
    code = str(row["code"]).strip().upper()
    known = hall.m.Appointment.get_or_none(hall.m.Appointment.code == code)
    if row.get("cancelled"):
        if known is not None and known.state == "booked":
            hall.cancel_appointment(code)
            return f"appointment {code} cancelled"
        return None
    if known is not None:
        return None
    start = row["start"]
    start = datetime.fromisoformat(start) if isinstance(start, str) else start
    hall.book(row["service"], start, row.get("phone") or "", row.get("name") or "",
              row.get("language") or "vi", "central", code=code)
    return f"appointment {code}"


def pull_config(central: Central, code: str, hall: Any | None, res: Any) -> int:
    """Apply head office's new config; returns the version now applied at the hall."""
    with central.transaction():
        _, applied = lock_hall(central, code)
    changes = pending_config(central, code, applied)
    if not changes:
        return applied
    if hall is None:
        res.config_waiting = len(changes)
        return applied
    for table, row, _ in changes:
        try:
            what = apply_config(hall, table, row)
        except DomainError as exc:  # head office sent something the hall refuses
            res.config_errors.append(f"{table} {row}: {exc.message}")
            continue
        if what:
            res.config_applied.append(what)
    version = max(v for _, _, v in changes)
    pins = [row["code"] for table, row, _ in changes if table == "staff" and row.get("pin")]
    booked = [row["code"] for table, row, _ in changes
              if table == "appointments" and (row.get("phone") or row.get("name"))]
    with central.transaction():
        central.execute("UPDATE halls SET config_version = %s WHERE hall_code = %s",
                        (version, code))
        for staff in pins:  # the hall keeps only a hash; no plain PIN stays at head office
            central.execute("UPDATE staff SET pin = NULL WHERE hall_code = %s AND code = %s",
                            (code, staff))
        for appt in booked:  # the hall has them now: no phone or name stays at head office
            central.execute("UPDATE appointments SET phone = NULL, name = NULL "
                            "WHERE hall_code = %s AND code = %s", (code, appt))
    return version
