"""Staff sessions: login with code and PIN (a counter opens with it), logout, lockout."""

from __future__ import annotations

from datetime import timedelta

from hallq.domain import CounterState, Event, Locked, Unauthenticated, jsonable, queue
from hallq.hall.base import HallBase, Reply
from hallq.hall.secrets import new_token, token_hash, verify_pin


class HallSessions(HallBase):
    """Mixed into Hall: who is logged in, at which counter, by session token."""

    def login(self, code: str, pin: str, counter: int | None = None) -> Reply:
        with self.lock:
            now = self.now()
            row = self.m.Staff.get_or_none(self.m.Staff.code == code)
            if row is None or not row.active:
                raise Unauthenticated("bad_login", "Wrong staff code or PIN.")
            if row.locked_until is not None and row.locked_until > now:
                mins = max(1, round((row.locked_until - now).total_seconds() / 60))
                raise Locked("staff_locked", f"Too many wrong PINs: locked for {mins} "
                                  "more minute(s).")
            day = queue.business_day(now, self.info)
            if not verify_pin(pin, row.pin_hash):
                failed = row.failed + 1
                locked = failed >= self.info.pin_max_failures
                until = now + timedelta(minutes=self.info.pin_lock_minutes) if locked else None
                ev = Event("staff_login_failed", now, day, None, counter, code,
                           {"failures": failed, "locked": locked})
                self._commit(queue.Change(events=[ev]), lambda: self.m.Staff.update(
                    failed=0 if locked else failed, locked_until=until,
                ).where(self.m.Staff.code == code).execute())
                if locked:
                    raise Locked("staff_locked", "Too many wrong PINs: locked for "
                                      f"{self.info.pin_lock_minutes} minute(s).")
                raise Unauthenticated("bad_login", "Wrong staff code or PIN.")
            token = new_token()
            th = token_hash(token)
            change = (queue.open_counter(self.state, counter, code, now)
                      if counter is not None else queue.Change())
            change.events.insert(0, Event("staff_login", now, day, None, counter, code, {}))

            def write() -> None:
                self.m.Staff.update(failed=0, locked_until=None).where(
                    self.m.Staff.code == code).execute()
                self.m.Session.create(token_hash=th, staff=code, counter=counter, login_at=now)

            events = self._commit(change, write)
            self.sessions[th] = (code, counter)
            st = self.state.counter_status(counter) if counter is not None else None
            return {"session": token, "staff": jsonable(self.staff[code]),
                    "status": jsonable(st)}, events

    def session(self, token: str | None) -> tuple[str, int | None] | None:
        """(staff code, counter) of a live session token, else None."""
        return self.sessions.get(token_hash(token)) if token else None

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
            return {"staff": code, "counter": counter}, events
