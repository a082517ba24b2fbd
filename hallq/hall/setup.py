"""The hall's set-up: devices and their tokens, services, counters, staff, hall settings."""

from __future__ import annotations

import dataclasses
from typing import Any

from hallq.domain import (
    Counter,
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
from hallq.hall.secrets import hash_pin, new_token, token_hash
from hallq.wire import (
    CounterSetup,
    DeviceSetup,
    HallSetup,
    ServiceSetup,
    StaffSetup,
    check_setup,
    hall_info_from,
)

# Who a set-up change is by when no one logged in asked for it (a test, a script); the
# hub's routes pass the supervisor's staff code, the CLI "cli".
SYSTEM = "system"


class HallAdmin(HallBase):
    """Mixed into Hall: every set-up change is validated, stored and logged as an event."""

    # ------------------------------------------------------------ devices
    def load_devices(self) -> None:
        self.devices = {r.token_hash: r for r in
                        self.m.Device.select().where(self.m.Device.revoked == False)}  # noqa: E712

    def device(self, token: str | None) -> DeviceRow | None:
        return self.devices.get(token_hash(token)) if token else None

    @locked
    def add_device(self, role: str, counter: int | None = None, name: str = "",
                   by: str = SYSTEM) -> Reply:
        d = check_setup(DeviceSetup, {"role": role, "counter": counter, "name": name})
        role, counter = d.role, d.counter
        if role in ("counter", "keypad") and counter is None:
            raise InvalidInput("counter_required", f"A {role} device needs --counter N.")
        if counter is not None and counter not in self.state.counters:
            raise NotFound("unknown_counter", f"There is no counter {counter}.")
        token = new_token()
        name = d.name or (f"{role} {counter}" if counter is not None else role)
        now = self.now()
        ids: list[int] = []
        added = {"role": role, "counter": counter, "name": name}
        ev = self._config_event("device_added", added | {
            "changes": {k: [None, v] for k, v in added.items()}}, by)
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
    def revoke_device(self, device_id: int, by: str = SYSTEM) -> Reply:
        row = self.m.Device.get_or_none(self.m.Device.id == device_id)
        if row is None:
            raise NotFound("unknown_device", f"There is no device {device_id}.")
        ev = self._config_event("device_revoked", {"id": device_id, "name": row.name,
                                                   "changes": {"revoked": [False, True]}}, by)
        events = self._commit(queue.Change(events=[ev]), lambda: self.m.Device.update(
            revoked=True).where(self.m.Device.id == device_id).execute())
        self.load_devices()
        return {"id": device_id, "revoked": True}, events

    # ------------------------------------------------------------ services, counters, staff
    def _config_event(self, what: str, data: dict[str, Any], by: str) -> Event:
        """A set-up change for the event log: what, by whom (a staff code, "cli", ...) and,
        under "changes", old -> new of each field it changed."""
        now = self.now()
        return Event("config_changed", now, queue.business_day(now, self.info), None, None,
                     None, {"what": what, "by": by} | data)

    @locked
    def upsert_service(self, data: dict[str, Any], by: str = SYSTEM) -> Reply:
        prefix = data.get("prefix", "")
        prefix = prefix.strip().upper() if isinstance(prefix, str) else ""
        if len(prefix) != 1 or not prefix.isalpha() or not prefix.isascii():
            raise InvalidInput("bad_prefix", "A service prefix is one letter A-Z.")
        old = self.state.services.get(prefix)
        if data.get("new") and old is not None:
            raise InvalidInput("duplicate_prefix", f"Prefix {prefix} is already used by "
                              f"{old.name('en')}.")
        base = jsonable(old or Service(prefix, {}))  # a new service starts from the defaults
        names = given = data.get("names") or {}  # not a dict: the schema says what is wrong
        if isinstance(given, dict):
            names = dict(base["names"]) | {k: v.strip() if isinstance(v, str) else v
                                           for k, v in given.items()}
        merged = base | {k: v for k, v in data.items() if k != "new"} | {
            "prefix": prefix, "names": names}
        checked = check_setup(ServiceSetup, merged)
        if not checked.names.get("vi") and not checked.names.get("en"):
            raise InvalidInput("name_required", "Give the service a name.")
        svc = Service(**(checked.model_dump() | {"names": dict(checked.names)}))
        row = jsonable(svc)
        ev = self._config_event("service", {"service": row, "changes": changes(
            base if old else {}, row)}, by)
        events = self._commit(queue.Change(events=[ev]), lambda: self.m.Service.insert(
            **row).on_conflict_replace().execute())
        self.state.services[prefix] = svc
        return row, events

    @locked
    def upsert_counter(self, data: dict[str, Any], by: str = SYSTEM) -> Reply:
        number = data.get("number")
        if not data.get("services"):
            raise InvalidInput("no_service", f"Counter {number} must serve at least one "
                              "service.")
        services = data["services"]
        if isinstance(services, list):
            services = [s.strip().upper() if isinstance(s, str) else s for s in services]
        name = data.get("name")
        if not name or isinstance(name, str) and not name.strip():
            name = f"Counter {number}"
        c = check_setup(CounterSetup, {k: v for k, v in data.items() if k != "new"} | {
            "name": name, "services": services})
        unknown = [s for s in c.services if s not in self.state.services]
        if unknown:
            raise InvalidInput("unknown_service", f"There is no service {unknown[0]}.")
        if len(set(c.services)) != len(c.services):
            raise InvalidInput("duplicate_service", "A service is listed twice.")
        counter = Counter(c.number, c.name, tuple(c.services))
        old = self.state.counters.get(c.number)
        ev = self._config_event("counter", {"counter": jsonable(counter), "changes": changes(
            jsonable(old) if old else {}, jsonable(counter))}, by)
        events = self._commit(queue.Change(events=[ev]), lambda: self.m.Counter.insert(
            number=counter.number, name=counter.name, services=list(counter.services)
        ).on_conflict_replace().execute())
        self.state.counters[counter.number] = counter
        return jsonable(counter), events

    @locked
    def upsert_staff(self, data: dict[str, Any], by: str = SYSTEM) -> Reply:
        code = data.get("code", "")
        code = code.strip().upper() if isinstance(code, str) else code
        if isinstance(code, str) and not code:
            raise InvalidInput("bad_code", "A staff code is 1 to 12 letters or digits.")
        old = self.staff.get(code) if isinstance(code, str) else None
        if data.get("new") and old is not None:
            raise InvalidInput("duplicate_staff", f"Staff code {code} already exists.")
        name = data.get("name") or (old.name if old else "")
        name = name.strip() if isinstance(name, str) else name
        if not name:
            raise InvalidInput("name_required", "Give the staff member's name.")
        if old is None and data.get("pin") is None:
            raise InvalidInput("pin_required", "A new staff member needs a PIN.")
        merged = {k: v for k, v in data.items() if k != "new"} | {
            "code": code, "name": name,
            "role": data.get("role") or (old.role.value if old else "clerk"),
            "active": data.get("active", old.active if old else True)}
        checked = check_setup(StaffSetup, merged)
        pin, photo, active = checked.pin, checked.photo, checked.active
        s = Staff(checked.code, checked.name, StaffRole(checked.role), active)
        fields: dict[str, Any] = {"code": s.code, "name": s.name, "role": s.role.value,
                                  "active": active}
        if photo is not None:
            fields["photo"] = photo
        if pin is not None:
            fields["pin_hash"] = hash_pin(pin)
            fields["failed"] = 0
            fields["locked_until"] = None
        diff = changes(jsonable(old) if old else {}, jsonable(s))
        for secret, value in (("pin", pin), ("photo", photo)):  # that they changed, no more
            if value is not None:
                diff[secret] = [None, "(changed)"]
        ev = self._config_event("staff", {"staff": jsonable(s), "pin_changed": pin is not None,
                                          "changes": diff}, by)

        def write() -> None:
            if old is None:
                self.m.Staff.insert(**fields).execute()
            else:
                self.m.Staff.update(**fields).where(self.m.Staff.code == s.code).execute()
            if not active:  # a deactivated clerk is logged out everywhere
                self.m.Session.update(logout_at=ev.ts).where(
                    (self.m.Session.staff == s.code) & self.m.Session.logout_at.is_null()
                ).execute()

        events = self._commit(queue.Change(events=[ev]), write)
        self.staff[s.code] = s
        if photo is not None:
            self.photos[s.code] = photo
        if not active:
            self.sessions = {k: v for k, v in self.sessions.items() if v[0] != s.code}
        return jsonable(s), events

    @locked
    def update_hall(self, data: dict[str, Any], by: str = SYSTEM) -> Reply:
        current = jsonable(self.info)
        allowed = {f.name for f in dataclasses.fields(self.info)} - {"code"}
        unknown = [k for k in data if k not in allowed]
        if unknown:
            raise InvalidInput("bad_setting", f"Unknown hall setting {unknown[0]!r}.")
        checked = check_setup(HallSetup, current | data)
        info = hall_info_from(checked.model_dump(exclude_unset=True))
        ev = self._config_event("hall", {"hall": jsonable(info), "changes": changes(
            current, jsonable(info))}, by)
        events = self._commit(queue.Change(events=[ev]),
                              lambda: self.store.set_meta("hall", jsonable(info)))
        self.info = info
        self.state.hall = info
        return jsonable(info), events


def changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} of each field that differs; old is None for a new resource."""
    return {k: [old.get(k), v] for k, v in new.items() if old.get(k) != v}
