"""Notices to the hall's customers (a planned outage, changed hours): a supervisor posts one
with a start, an end and a text per language, or withdraws it; the ones in force now."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from hallq.domain import LANGUAGES, Event, InvalidInput, NotFound, name_in, queue
from hallq.hall.base import HallBase, Reply, locked
from hallq.hall.setup import SYSTEM

MAX_TEXT = 240  # characters per language: what a display's band can show in two lines
# How every refusal of a value begins (hallq.wire.malformed_message): windows read the field.
WHERE = "Malformed request: "


@dataclasses.dataclass(frozen=True)
class Notice:
    """One notice as kept: the texts as typed (languages left empty are absent)."""

    id: int
    text: dict[str, str]
    starts_at: datetime
    ends_at: datetime
    by: str
    created_at: datetime
    withdrawn_at: datetime | None = None
    withdrawn_by: str = ""

    def in_force(self, now: datetime) -> bool:
        return self.withdrawn_at is None and self.starts_at <= now < self.ends_at


def texts_for(text: Mapping[str, str], hall_languages: tuple[str, ...]) -> dict[str, str]:
    """The notice in every language: a language left empty reads the hall's first language
    (then, if that one is empty too, the nearest one typed)."""
    first = hall_languages[0] if hall_languages else LANGUAGES[0]
    return {lang: text.get(lang) or text.get(first) or name_in(text, lang)
            for lang in LANGUAGES}


def notice_json(n: Notice, hall_languages: tuple[str, ...], full: bool = False
                ) -> dict[str, Any]:
    """What screens and pages read (every language filled in); `full` adds what only the
    supervisor sees: the texts as typed, who posted it, when, and whether it was withdrawn."""
    out: dict[str, Any] = {"id": n.id, "starts_at": n.starts_at.isoformat(),
                           "ends_at": n.ends_at.isoformat(),
                           "text": texts_for(n.text, hall_languages)}
    if full:
        out |= {"given": dict(n.text), "by": n.by, "created_at": n.created_at.isoformat(),
                "withdrawn_at": n.withdrawn_at.isoformat() if n.withdrawn_at else None,
                "withdrawn_by": n.withdrawn_by}
    return out


def _from_row(r: Any) -> Notice:  # r: a Notice row (peewee rows are untyped)
    return Notice(r.id, dict(r.text), r.starts_at, r.ends_at, r.by, r.created_at,
                  r.withdrawn_at, r.withdrawn_by)


def check_text(text: Mapping[str, Any]) -> dict[str, str]:
    """The texts as kept: trimmed, one line each, empty ones dropped; at least one."""
    out: dict[str, str] = {}
    for lang, value in text.items():
        if lang not in LANGUAGES:
            raise InvalidInput("bad_language", f"{WHERE}text.{lang}: notices are written in "
                               f"{', '.join(LANGUAGES)}.", {"field": f"text.{lang}"})
        if not isinstance(value, str):
            raise InvalidInput("malformed", f"{WHERE}text.{lang}: a notice is text.",
                               {"field": f"text.{lang}"})
        line = " ".join(value.split())  # a band shows one paragraph: no stray line breaks
        if len(line) > MAX_TEXT:
            raise InvalidInput("notice_text_too_long", f"{WHERE}text.{lang}: a notice is at most "
                               f"{MAX_TEXT} characters ({len(line)} given).",
                               {"field": f"text.{lang}"})
        if line:
            out[lang] = line
    if not out:
        raise InvalidInput("notice_text_missing", f"{WHERE}text: a notice needs its text in "
                           "at least one language.", {"field": "text"})
    return out


class HallNotices(HallBase):
    """Mixed into Hall: notices to the hall's customers."""

    _notice_cache: list[Notice] | None = None  # every notice, read again after a change


    def _aware(self, when: datetime) -> datetime:
        """A time given without an offset is the hall's local time."""
        return when if when.tzinfo is not None else when.replace(tzinfo=self.zone())

    # ------------------------------------------------------------ reading
    def notices(self) -> list[Notice]:
        """Every notice, past, current, future and withdrawn, by start."""
        with self.lock:
            if self._notice_cache is None:
                m = self.m
                self._notice_cache = [_from_row(r) for r in m.Notice.select().order_by(
                    m.Notice.id)]
            return sorted(self._notice_cache, key=lambda n: (n.starts_at, n.id))

    def notice(self, notice_id: int) -> Notice:
        found = next((n for n in self.notices() if n.id == notice_id), None)
        if found is None:
            raise NotFound("unknown_notice", "There is no such notice.")
        return found

    def current_notices(self, now: datetime | None = None) -> list[Notice]:
        """The notices in force now: started, not ended, not withdrawn."""
        at = now or self.now()
        return [n for n in self.notices() if n.in_force(at)]

    def notices_change_at(self, now: datetime | None = None) -> datetime | None:
        """When the notices in force next change by the clock alone (one starts or ends)."""
        at = now or self.now()
        times = [t for n in self.notices() if n.withdrawn_at is None
                 for t in (n.starts_at, n.ends_at) if t > at]
        return min(times, default=None)

    def current_notices_json(self) -> dict[str, Any]:
        """What displays and pages read: the notices in force, the hub's time, and when to
        read again."""
        now = self.now()
        nxt = self.notices_change_at(now)
        return {"now": now.isoformat(), "next_change": nxt.isoformat() if nxt else None,
                "notices": [notice_json(n, self.info.languages)
                            for n in self.current_notices(now)]}

    # ------------------------------------------------------------ changes
    @locked
    def post_notice(self, text: Mapping[str, Any], starts_at: datetime, ends_at: datetime,
                    by: str = SYSTEM) -> Reply:
        texts = check_text(text)
        start, end = self._aware(starts_at), self._aware(ends_at)
        if end <= start:
            raise InvalidInput("notice_ends_before_start", f"{WHERE}ends_at: a notice ends "
                               "after it starts.", {"field": "ends_at"})
        now = self.now()
        if end <= now:
            raise InvalidInput("notice_already_over", f"{WHERE}ends_at: this end has passed; the "
                               "notice would be shown nowhere.", {"field": "ends_at"})
        ev = Event("notice_posted", now, queue.business_day(now, self.info), None, None, None,
                   {"by": by, "notice": {"starts_at": start.isoformat(),
                                         "ends_at": end.isoformat(), "text": texts}})
        row: dict[str, Any] = {}

        def write() -> None:
            r = self.m.Notice.create(text=texts, starts_at=start, ends_at=end, by=by,
                                     created_at=now)
            row["id"] = r.id
            ev.data["notice"]["id"] = r.id  # the event names the notice it posted

        self._notice_cache = None
        try:
            events = self._commit(queue.Change(events=[ev]), write)
        finally:
            self._notice_cache = None
        return notice_json(self.notice(row["id"]), self.info.languages, full=True), events

    @locked
    def withdraw_notice(self, notice_id: int, by: str = SYSTEM) -> Reply:
        n = self.notice(notice_id)
        if n.withdrawn_at is not None:
            return notice_json(n, self.info.languages, full=True), []  # already: nothing to do
        now = self.now()
        ev = Event("notice_withdrawn", now, queue.business_day(now, self.info), None, None, None,
                   {"by": by, "notice": {"id": n.id}})
        m = self.m
        try:
            events = self._commit(queue.Change(events=[ev]), lambda: m.Notice.update(
                withdrawn_at=now, withdrawn_by=by).where(m.Notice.id == n.id).execute())
        finally:
            self._notice_cache = None
        return notice_json(self.notice(n.id), self.info.languages, full=True), events
