"""Staff sessions: login with code and PIN at a device, logout, lockout per device."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from hallq.domain import (
    CounterState,
    DomainError,
    Event,
    Locked,
    NotFound,
    Unauthenticated,
    jsonable,
    queue,
)
from hallq.hall.base import HallBase, Reply
from hallq.hall.secrets import new_token, token_hash, verify_pin

NO_DEVICE = 0  # the lock-out key of a login from no device (the CLI, a test)


class HallSessions(HallBase):
    """Mixed into Hall: who is logged in, at which counter and device, by session token."""

    _session_devices: dict[str, int | None]  # token hash -> device id, filled on demand

    def _bound(self) -> dict[str, int | None]:
        # Filled lazily: Hall.load (re)builds `sessions` but a session's device never changes.
        bound: dict[str, int | None] | None = getattr(self, "_session_devices", None)
        if bound is None:
            bound = self._session_devices = {}
        return bound

    def failed_login(self, now: datetime, code: str, counter: int | None,
                     device_id: int | None, why: str, failures: int = 0,
                     locked: bool = False, write: Callable[[], object] | None = None) -> None:
        """The audit trail: every refused login is a staff_login_failed event."""
        day = queue.business_day(now, self.info)
        # An unknown code names nobody: it stays out of the event's staff column.
        staff = code if code in self.staff else None
        ev = Event("staff_login_failed", now, day, None, counter, staff,
                   {"device": device_id, "counter": counter, "code": code[:20],
                    "reason": why, "failures": failures, "locked": locked})
        self._commit(queue.Change(events=[ev]), write)

    def login(self, code: str, pin: str, counter: int | None = None,
              device_id: int | None = None) -> Reply:
        """Open a session at `device_id` (it works at that device only); wrong PINs lock
        this staff member out of this device only, for pin_lock_minutes."""
        out = self.attempt_login(code, pin, counter, device_id)
        if isinstance(out, DomainError):
            raise out
        return out

    def attempt_login(self, code: str, pin: str, counter: int | None = None,
                      device_id: int | None = None) -> Reply | DomainError:
        """login, with a refusal answered instead of raised: the hub's writer undoes a
        command that raises, and a refused login must keep its record (the audit trail
        and the count of wrong PINs)."""
        try:
            return self._login(code, pin, counter, device_id)
        except (Unauthenticated, Locked) as refused:
            return refused

    def _login(self, code: str, pin: str, counter: int | None,
               device_id: int | None) -> Reply:
        with self.lock:
            now = self.now()
            row = self.m.Staff.get_or_none(self.m.Staff.code == code)
            if row is None or not row.active:
                self.failed_login(now, code, counter, device_id, "unknown_code")
                raise Unauthenticated("bad_login", "Wrong staff code or PIN.")
            key = device_id if device_id is not None else NO_DEVICE
            lock = self.m.LoginLock.get_or_none((self.m.LoginLock.staff == code)
                                                & (self.m.LoginLock.device_id == key))
            if lock is not None and lock.locked_until is not None and lock.locked_until > now:
                self.failed_login(now, code, counter, device_id, "locked", locked=True)
                mins = max(1, round((lock.locked_until - now).total_seconds() / 60))
                raise Locked("staff_locked", f"Too many wrong PINs: locked for {mins} "
                                  "more minute(s).")
            if not verify_pin(pin, row.pin_hash):
                failed = (lock.failed if lock is not None else 0) + 1
                locked = failed >= self.info.pin_max_failures
                until = now + timedelta(minutes=self.info.pin_lock_minutes) if locked else None

                def count() -> None:
                    self.m.LoginLock.insert(staff=code, device_id=key,
                                            failed=0 if locked else failed,
                                            locked_until=until).on_conflict_replace().execute()
                    if locked:  # the staff row shows the latest lock-out, on any device
                        self.m.Staff.update(locked_until=until).where(
                            self.m.Staff.code == code).execute()

                self.failed_login(now, code, counter, device_id, "wrong_pin", failed, locked,
                                  count)
                if locked:
                    raise Locked("staff_locked", "Too many wrong PINs: locked for "
                                      f"{self.info.pin_lock_minutes} minute(s).")
                raise Unauthenticated("bad_login", "Wrong staff code or PIN.")
            token = new_token()
            th = token_hash(token)
            change = (queue.open_counter(self.state, counter, code, now)
                      if counter is not None else queue.Change())
            change.events.insert(0, Event("staff_login", now, queue.business_day(now, self.info),
                                          None, counter, code, {"device": device_id}))

            def write() -> None:
                self.m.LoginLock.delete().where((self.m.LoginLock.staff == code)
                                                & (self.m.LoginLock.device_id == key)).execute()
                self.m.Session.create(token_hash=th, staff=code, counter=counter, login_at=now,
                                      device_id=device_id)

            events = self._commit(change, write)
            self.sessions[th] = (code, counter)
            self._bound()[th] = device_id
            st = self.state.counter_status(counter) if counter is not None else None
            return {"session": token, "staff": jsonable(self.staff[code]),
                    "status": jsonable(st)}, events

    def unlock_staff(self, code: str, by: str | None) -> Reply:
        """A supervisor lifts a staff member's lock-outs on every device."""
        with self.lock:
            if code not in self.staff:
                raise NotFound("unknown_staff", f"There is no staff member {code}.")
            m = self.m
            locks = list(m.LoginLock.select().where(m.LoginLock.staff == code))
            now = self.now()
            ev = Event("staff_unlocked", now, queue.business_day(now, self.info), None, None,
                       by, {"code": code, "by": by,
                            "devices": sorted(r.device_id for r in locks)})

            def write() -> None:
                m.LoginLock.delete().where(m.LoginLock.staff == code).execute()
                m.Staff.update(failed=0, locked_until=None).where(m.Staff.code == code).execute()

            events = self._commit(queue.Change(events=[ev]), write)
            return {"staff": code, "unlocked": len(locks)}, events

    def session(self, token: str | None) -> tuple[str, int | None] | None:
        """(staff code, counter) of a live session token, wherever it was opened, else None."""
        return self.sessions.get(token_hash(token)) if token else None

    def session_device(self, token: str) -> int | None:
        """The id of the device a live session was opened on (None: before schema 2)."""
        th = token_hash(token)
        bound = self._bound()
        if th not in bound:
            row = self.m.Session.get_or_none(self.m.Session.token_hash == th)
            bound[th] = row.device_id if row is not None else None
        return bound[th]

    def session_at(self, token: str | None, device_id: int) -> tuple[str, int | None] | None:
        """(staff code, counter) of a live session opened at this device, else None."""
        sess = self.session(token)
        if sess is None or token is None or self.session_device(token) != device_id:
            return None
        return sess

    def logout(self, token: str) -> Reply:
        with self.lock:
            th = token_hash(token)
            sess = self.sessions.get(th)
            if sess is None:
                raise Unauthenticated("no_session", "Not logged in.")
            code, counter = sess
            now = self.now()
            change = queue.Change()
            if counter is not None and \
                    self.state.counter_status(counter).state != CounterState.CLOSED:
                change = queue.close_counter(self.state, counter, now)
            change.events.append(Event("staff_logout", now, queue.business_day(now, self.info),
                                       None, counter, code, {}))
            events = self._commit(change, lambda: self.m.Session.update(logout_at=now).where(
                self.m.Session.token_hash == th).execute())
            del self.sessions[th]
            self._bound().pop(th, None)
            return {"staff": code, "counter": counter}, events
