"""The hall's set-up: devices and their tokens, services, counters, staff, hall settings."""

from __future__ import annotations

import dataclasses
from typing import Any
from zoneinfo import ZoneInfo

from hallq.domain import (
    LANGUAGES,
    Counter,
    DeviceRole,
    Event,
    InvalidInput,
    NotFound,
    Service,
    Staff,
    StaffRole,
    jsonable,
    queue,
)
from hallq.hall.base import DeviceRow, HallBase, Reply, locked
from hallq.hall.secrets import hash_pin, new_token, token_hash, valid_pin
from hallq.wire import hall_info_from

_LANGUAGE_LIST = ", ".join(LANGUAGES)  # "vi, zh_CN, zh_TW, en", for messages


class HallAdmin(HallBase):
    """Mixed into Hall: every set-up change is validated, stored and logged as an event."""

    # ------------------------------------------------------------ devices
    def load_devices(self) -> None:
        self.devices = {r.token_hash: r for r in
                        self.m.Device.select().where(self.m.Device.revoked == False)}  # noqa: E712

    def device(self, token: str | None) -> DeviceRow | None:
        return self.devices.get(token_hash(token)) if token else None

    @locked
    def add_device(self, role: str, counter: int | None = None, name: str = "") -> Reply:
        try:
            role = DeviceRole(role).value
        except ValueError:
            allowed = ", ".join(r.value for r in DeviceRole)
            raise InvalidInput("bad_role", f"Unknown device role {role!r}; one of: {allowed}.") from None
        if role in ("counter", "keypad") and counter is None:
            raise InvalidInput("counter_required", f"A {role} device needs --counter N.")
        if counter is not None and counter not in self.state.counters:
            raise NotFound("unknown_counter", f"There is no counter {counter}.")
        token = new_token()
        name = name or (f"{role} {counter}" if counter is not None else role)
        now = self.now()
        ids: list[int] = []
        ev = self._config_event("device_added", {"role": role, "counter": counter, "name": name})
        events = self._commit(queue.Change(events=[ev]), lambda: ids.append(
            self.m.Device.insert(name=name, role=role, counter=counter,
                                 token_hash=token_hash(token), created=now).execute()))
        self.load_devices()
        return {"id": ids[0], "role": role, "counter": counter, "name": name,
                "token": token}, events

    def list_devices(self) -> list[dict[str, Any]]:
        return [{"id": r.id, "name": r.name, "role": r.role, "counter": r.counter,
                 "created": r.created.isoformat(), "revoked": r.revoked}
                for r in self.m.Device.select().order_by(self.m.Device.id)]

    @locked
    def revoke_device(self, device_id: int) -> Reply:
        row = self.m.Device.get_or_none(self.m.Device.id == device_id)
        if row is None:
            raise NotFound("unknown_device", f"There is no device {device_id}.")
        ev = self._config_event("device_revoked", {"id": device_id, "name": row.name})
        events = self._commit(queue.Change(events=[ev]), lambda: self.m.Device.update(
            revoked=True).where(self.m.Device.id == device_id).execute())
        self.load_devices()
        return {"id": device_id, "revoked": True}, events

    # ------------------------------------------------------------ services, counters, staff
    def _config_event(self, what: str, data: dict[str, Any]) -> Event:
        now = self.now()
        return Event("config_changed", now, queue.business_day(now, self.info), None, None,
                     None, {"what": what} | data)

    @locked
    def upsert_service(self, data: dict[str, Any]) -> Reply:
        prefix = str(data.get("prefix", "")).strip().upper()
        if len(prefix) != 1 or not prefix.isalpha() or not prefix.isascii():
            raise InvalidInput("bad_prefix", "A service prefix is one letter A-Z.")
        old = self.state.services.get(prefix)
        if data.get("new") and old is not None:
            raise InvalidInput("duplicate_prefix", f"Prefix {prefix} is already used by "
                              f"{old.name('en')}.")
        base = jsonable(old or Service(prefix, {}))  # a new service starts from the defaults
        names = dict(base["names"]) | {k: str(v).strip() for k, v in
                                       (data.get("names") or {}).items()}
        if any(k not in LANGUAGES for k in names):
            raise InvalidInput("bad_language", f"Service names are {_LANGUAGE_LIST}.")
        if not names.get("vi") and not names.get("en"):
            raise InvalidInput("name_required", "Give the service a name.")
        try:
            svc = Service(prefix, names,
                          int(data.get("target_wait_min", base["target_wait_min"])),
                          float(data.get("typical_service_min", base["typical_service_min"])),
                          bool(data.get("active", base["active"])),
                          int(data.get("kiosk_order", base["kiosk_order"])),
                          int(data.get("queue_limit", base["queue_limit"])))
        except (TypeError, ValueError):
            raise InvalidInput("bad_number", "Waits, times and limits are numbers.") from None
        if svc.target_wait_min <= 0 or svc.typical_service_min <= 0 or svc.queue_limit <= 0:
            raise InvalidInput("bad_number", "Waits, times and limits must be above zero.")
        ev = self._config_event("service", {"service": jsonable(svc)})
        row = jsonable(svc)
        events = self._commit(queue.Change(events=[ev]), lambda: self.m.Service.insert(
            **row).on_conflict_replace().execute())
        self.state.services[prefix] = svc
        return row, events

    @locked
    def upsert_counter(self, data: dict[str, Any]) -> Reply:
        try:
            number = int(data["number"])
        except (KeyError, TypeError, ValueError):
            raise InvalidInput("bad_counter", "A counter has a number.") from None
        if not 1 <= number <= 99:
            raise InvalidInput("bad_counter", "Counter numbers go from 1 to 99.")
        services = tuple(str(s).upper() for s in data.get("services") or ())
        if not services:
            raise InvalidInput("no_service", f"Counter {number} must serve at least one "
                              "service.")
        unknown = [s for s in services if s not in self.state.services]
        if unknown:
            raise InvalidInput("unknown_service", f"There is no service {unknown[0]}.")
        if len(set(services)) != len(services):
            raise InvalidInput("duplicate_service", "A service is listed twice.")
        c = Counter(number, str(data.get("name") or f"Counter {number}"), services)
        ev = self._config_event("counter", {"counter": jsonable(c)})
        events = self._commit(queue.Change(events=[ev]), lambda: self.m.Counter.insert(
            number=c.number, name=c.name, services=list(c.services)
        ).on_conflict_replace().execute())
        self.state.counters[number] = c
        return jsonable(c), events

    @locked
    def upsert_staff(self, data: dict[str, Any]) -> Reply:
        code = str(data.get("code", "")).strip().upper()
        if not code or not code.isalnum() or len(code) > 12:
            raise InvalidInput("bad_code", "A staff code is 1 to 12 letters or digits.")
        old = self.staff.get(code)
        if data.get("new") and old is not None:
            raise InvalidInput("duplicate_staff", f"Staff code {code} already exists.")
        try:
            role = StaffRole(data.get("role") or (old.role if old else "clerk"))
        except ValueError:
            raise InvalidInput("bad_role", "A role is clerk, supervisor or admin.") from None
        name = str(data.get("name") or (old.name if old else "")).strip()
        if not name:
            raise InvalidInput("name_required", "Give the staff member's name.")
        pin = data.get("pin")
        if old is None and pin is None:
            raise InvalidInput("pin_required", "A new staff member needs a PIN.")
        if pin is not None and not valid_pin(str(pin)):
            raise InvalidInput("bad_pin", "A PIN is 4 to 8 digits.")
        active = bool(data.get("active", old.active if old else True))
        s = Staff(code, name, role, active)
        photo = None if data.get("photo") is None else str(data["photo"])
        fields: dict[str, Any] = {"code": code, "name": name, "role": role.value,
                                  "active": active}
        if photo is not None:
            fields["photo"] = photo
        if pin is not None:
            fields["pin_hash"] = hash_pin(str(pin))
            fields["failed"] = 0
            fields["locked_until"] = None
        ev = self._config_event("staff", {"staff": jsonable(s), "pin_changed": pin is not None})

        def write() -> None:
            if old is None:
                self.m.Staff.insert(**fields).execute()
            else:
                self.m.Staff.update(**fields).where(self.m.Staff.code == code).execute()
            if not active:  # a deactivated clerk is logged out everywhere
                self.m.Session.update(logout_at=ev.ts).where(
                    (self.m.Session.staff == code) & self.m.Session.logout_at.is_null()
                ).execute()

        events = self._commit(queue.Change(events=[ev]), write)
        self.staff[code] = s
        if photo is not None:
            self.photos[code] = photo
        if not active:
            self.sessions = {k: v for k, v in self.sessions.items() if v[0] != code}
        return jsonable(s), events

    @locked
    def update_hall(self, data: dict[str, Any]) -> Reply:
        current = jsonable(self.info)
        allowed = {f.name for f in dataclasses.fields(self.info)} - {"code"}
        unknown = [k for k in data if k not in allowed]
        if unknown:
            raise InvalidInput("bad_setting", f"Unknown hall setting {unknown[0]!r}.")
        merged = current | data
        if any(lang not in LANGUAGES for lang in merged["languages"]) or not merged["languages"]:
            raise InvalidInput("bad_language", f"Languages are {_LANGUAGE_LIST}.")
        if not 0 <= int(merged["day_start_hour"]) <= 12:
            raise InvalidInput("bad_setting", "The business day starts between 0 and 12 h.")
        try:
            ZoneInfo(merged["timezone"])
        except Exception:
            raise InvalidInput("bad_setting", f"Unknown time zone {merged['timezone']!r}.") from None
        info = hall_info_from(merged)
        ev = self._config_event("hall", {"hall": jsonable(info)})
        events = self._commit(queue.Change(events=[ev]),
                              lambda: self.store.set_meta("hall", jsonable(info)))
        self.info = info
        self.state.hall = info
        return jsonable(info), events
