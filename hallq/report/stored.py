"""Stored day figures: a closed day's figures and staffing kept beside the hall file, so a
report (and last week's comparison, and a month of reports) is read, not recomputed.

A day is closed once the hall's clock is past it, or the log has an event of a later day:
its own events never change after that. The file keeps what the event log gives (counts, times, staffing) and the
targets and counters they were computed with; when those change, the day is computed
again. Notes to follow up are never stored (they hold what customers said, and a later
"resolved" changes them): they are read from the log each time, as before, by their places
in it (seq), which are kept with the figures like those of the day's audit trail.

Files: `<hall file's folder>/report-figures/<hall file's name>-<day>.json`. The folder is
a cache: deleting it changes no report. A file that cannot be written (a read-only
folder) is simply not kept.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hallq.domain import local_business_day
from hallq.report import audit, staffing
from hallq.report.events import (
    day_events,
    events_by_seq,
    follow_up,
    note_events,
    open_follow_ups,
    open_notes,
)
from hallq.report.figures import DayFigures, HallConf, compute

VERSION = 3  # bumped when a stored figure's meaning changes: older files are recomputed
log = logging.getLogger(__name__)


def path_for(store: Any, day: date) -> Path | None:
    where = getattr(store, "path", None)
    if where is None:
        return None
    where = Path(where)
    return where.parent / "report-figures" / f"{where.name}-{day.isoformat()}.json"


def closed(store: Any, day: date, today: date | None = None) -> bool:
    """Whether nothing of `day` can change any more: the log has an event of a later day,
    or the hall's business day `today` (by its clock and day-start hour) is later."""
    if today is None:
        info = store.get_meta("hall") or {}
        today = local_business_day(datetime.now(UTC), info.get("timezone", "UTC"),
                                   int(info.get("day_start_hour", 4)))
    if day < today:
        return True
    row = store.db.execute_sql("SELECT 1 FROM event WHERE day > ? LIMIT 1",
                               (day.isoformat(),)).fetchone()
    return row is not None


def _key(conf: HallConf, counters: int) -> dict[str, Any]:
    return {"version": VERSION, "counters": counters,
            "targets": {p: s.target_wait_min for p, s in sorted(conf.services.items())},
            "typical": {p: s.typical_service_min for p, s in sorted(conf.services.items())}}


def _counters(store: Any) -> int:
    return int(store.db.execute_sql("SELECT COUNT(*) FROM counter").fetchone()[0])


def _figures_json(f: DayFigures) -> dict[str, Any]:
    return {"day": f.day.isoformat(), "headline": f.headline, "per_service": f.per_service,
            "per_staff": f.per_staff, "per_hour": f.per_hour, "ratings": f.ratings,
            "low_reasons": f.low_reasons, "events": f.events}


def _figures_from(d: dict[str, Any]) -> DayFigures:
    return DayFigures(date.fromisoformat(d["day"]), d["headline"], d["per_service"],
                      d["per_staff"], d["per_hour"], d["ratings"], d["low_reasons"], [],
                      events=d["events"])


def _plan_json(p: staffing.StaffingPlan) -> dict[str, Any]:
    d = dataclasses.asdict(p)
    for k in ("day",):
        d[k] = d[k].isoformat()
    for k in ("basis_days", "replayed_days"):
        d[k] = [x.isoformat() for x in d[k]]
    return d


def _plan_from(d: dict[str, Any]) -> staffing.StaffingPlan:
    d = dict(d)
    d["day"] = date.fromisoformat(d["day"])
    for k in ("basis_days", "replayed_days"):
        d[k] = [date.fromisoformat(x) for x in d[k]]
    return staffing.StaffingPlan(**d)


def _read(path: Path | None, key: dict[str, Any]) -> dict[str, Any] | None:
    if path is None or not path.exists():
        return None
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return d if isinstance(d, dict) and d.get("key") == key else None


def _write(path: Path | None, data: dict[str, Any]) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:  # a read-only folder: the report is made all the same
        log.info("day figures not stored at %s: %s", path, exc)


def day_figures(store: Any, day: date, conf: HallConf, with_staffing: bool = False,
                follow_ups: bool = True, with_audit: bool = False) -> DayFigures:
    """The figures of `day` (and, if asked, the staffing planned after it and its audit
    trail in extra["audit"]): stored ones when the day is closed and they were stored with
    today's targets and counters. Without `follow_ups` (last week's comparison) the notes
    are not read."""
    counters = _counters(store)
    key = _key(conf, counters)
    path = path_for(store, day)
    done = closed(store, day)
    got = _read(path, key) if done else None
    if got is not None and (not with_staffing or got.get("staffing") is not None):
        figs = _figures_from(got["figures"])
        if (follow_ups or with_audit) and not {"notes", "audit"} <= got.keys():
            _add_places(store, day, got, path)  # stored before they were: once
        if follow_ups:
            figs.follow_ups = _follow_ups(store, day, conf, got["notes"])
            figs.headline["open_follow_ups"] = len(figs.follow_ups)
        if with_staffing:
            figs.staffing = _plan_from(got["staffing"])
        if with_audit:
            figs.extra["audit"] = audit.audit_events(store, day, got["audit"])
        return figs
    notes = note_events(store, day)
    events = day_events(store, day)
    figs = compute(events, notes, conf, day)
    if not done and events:  # the day goes on: its figures count up to its last event
        last = events[-1][1]
        last = last if isinstance(last, datetime) else datetime.fromisoformat(last)
        figs.extra["until"] = last.astimezone(ZoneInfo(conf.timezone)).strftime("%H:%M")
    if with_staffing:
        figs.staffing = staffing.plan(store, day, conf.services, conf.timezone,
                                      hall_counters=counters)
    if with_audit or done:
        figs.extra["audit"] = audit.audit_events(store, day)
    if done:
        _write(path, {"key": key, "figures": _figures_json(figs),
                      "staffing": _plan_json(figs.staffing) if figs.staffing else None,
                      "notes": _note_places(notes, day),
                      "audit": [e[0] for e in figs.extra["audit"]]})
    return figs


# Where in the log a closed day's open notes and set-up changes are (never what they
# say): its report reads those few events by key, not the whole log, which grows daily.

def _note_places(notes: list[tuple], day: date) -> list[list[int]]:
    """[note id, seq of its note_added event] of each note to follow up at the day's end."""
    return [[nid, row[0]] for nid, row in open_notes(notes, day.isoformat())]


def _add_places(store: Any, day: date, got: dict[str, Any], path: Path | None) -> None:
    got["notes"] = _note_places(note_events(store, day), day)
    got["audit"] = [e[0] for e in audit.audit_events(store, day)]
    _write(path, got)


def _follow_ups(store: Any, day: date, conf: HallConf, places: list[list[int]]
                ) -> list[dict[str, Any]]:
    rows = {r[0]: r for r in events_by_seq(store, [seq for _, seq in places])}
    if all(rows.get(seq, ())[3:4] == ("note_added",) for _, seq in places):
        return [follow_up(nid, rows[seq], conf.staff) for nid, seq in places]
    # not the log they were found in (a hall file put back from a copy): read it through
    return open_follow_ups(note_events(store, day), conf.staff, day.isoformat())
