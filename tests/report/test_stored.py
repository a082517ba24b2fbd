"""Stored day figures: a closed day is read back, not recomputed, and reads the same."""

from __future__ import annotations

import json
import random
import shutil
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hallq.hall.clock import FixedClock
from hallq.report import pdf as report
from hallq.report import stored
from hallq.report.figures import hall_conf
from hallq.simulation import day as simulate
from hallq.store.database import Store
from tests.conftest import make_hall

DAY = date(2025, 5, 6)
TZ = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stored") / "hall.db"
    clock = FixedClock(datetime.combine(DAY, time(6), tzinfo=TZ))
    hall = make_hall(path, clock)
    hall.store.db.execute_sql("PRAGMA synchronous = NORMAL")  # a test filler, not a real hall
    customers = simulate.generate_arrivals(DAY, 120, random.Random(4), hall.info.timezone)
    simulate.simulate_day(hall, clock, DAY, customers, simulate.default_counters(hall, DAY), 4)
    hall.store.close()
    return path


@pytest.fixture
def store(made: Path, tmp_path: Path) -> Store:
    copy = tmp_path / "hall.db"
    shutil.copy(made, copy)
    s = Store(copy, readonly=True)
    yield s
    s.close()


def test_a_day_is_closed_once_the_clock_or_the_log_is_past_it(store):
    assert stored.closed(store, DAY, today=DAY + timedelta(days=1))
    assert not stored.closed(store, DAY, today=DAY)
    assert stored.closed(store, DAY - timedelta(days=1), today=DAY)  # the log has DAY
    assert stored.closed(store, DAY)  # by the system clock, 2025 is long past


def test_a_closed_day_is_stored_and_read_back_the_same(store):
    figs, conf = report.build(store, DAY)
    path = stored.path_for(store, DAY)
    assert path == store.path.parent / "report-figures" / f"hall.db-{DAY.isoformat()}.json"
    assert path.exists()
    again, _ = report.build(store, DAY)
    assert report.report_pdf(again, conf, "en") == report.report_pdf(figs, conf, "en")
    assert report.report_csv(again, conf, "en") == report.report_csv(figs, conf, "en")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["figures"]["headline"]["issued"] = 99999  # proof that it is read, not recomputed
    path.write_text(json.dumps(data), encoding="utf-8")
    assert report.build(store, DAY)[0].headline["issued"] == 99999


def test_what_customers_said_is_never_stored(store):
    figs, _ = report.build(store, DAY)
    assert figs.follow_ups
    text = stored.path_for(store, DAY).read_text(encoding="utf-8")
    assert all(n["text"] not in text for n in figs.follow_ups if n["text"])
    again, _ = report.build(store, DAY)
    assert again.follow_ups == figs.follow_ups
    assert again.headline["open_follow_ups"] == len(figs.follow_ups)


def test_an_open_day_is_not_stored(store, monkeypatch):
    monkeypatch.setattr(stored, "closed", lambda s, d, today=None: False)
    figs = stored.day_figures(store, DAY, hall_conf(store))
    assert figs.headline["issued"] == 120
    assert not stored.path_for(store, DAY).exists()


def test_changed_targets_or_counters_compute_the_day_again(store):
    conf = hall_conf(store)
    stored.day_figures(store, DAY, conf)
    path = stored.path_for(store, DAY)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["figures"]["headline"]["issued"] = 99999
    path.write_text(json.dumps(data), encoding="utf-8")
    conf.services["A"].target_wait_min = 5
    assert stored.day_figures(store, DAY, conf).headline["issued"] == 120
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["key"]["targets"]["A"] == 5


def test_a_folder_that_cannot_be_written_makes_the_report_all_the_same(store, monkeypatch):
    blocker = store.path.parent / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setattr(stored, "path_for", lambda s, d: blocker / "x.json")
    figs, _ = report.build(store, DAY)
    assert figs.headline["issued"] == 120


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_closed_days_notes_and_audit_trail_are_read_by_their_places_in_the_log(store):
    figs, conf = report.build(store, DAY)
    assert len(figs.follow_ups) >= 2 and len(figs.extra["audit"]) >= 2  # the set-up's
    path = stored.path_for(store, DAY)
    places = json.loads(path.read_text(encoding="utf-8"))
    assert [nid for nid, _ in places["notes"]] == [n["id"] for n in figs.follow_ups]
    assert places["audit"] == [e[0] for e in figs.extra["audit"]]
    # proof that they are read by place, not looked for again: a note and a change left out
    _edit(path, lambda d: d.update(notes=d["notes"][1:], audit=d["audit"][1:]))
    again, _ = report.build(store, DAY)
    assert again.follow_ups == figs.follow_ups[1:]
    assert again.headline["open_follow_ups"] == len(figs.follow_ups) - 1
    assert again.extra["audit"] == figs.extra["audit"][1:]


def test_figures_stored_before_the_places_read_the_same_and_gain_them(store):
    figs, conf = report.build(store, DAY)
    path = stored.path_for(store, DAY)
    kept = json.loads(path.read_text(encoding="utf-8"))
    _edit(path, lambda d: [d.pop("notes"), d.pop("audit")])
    again, _ = report.build(store, DAY)
    assert report.report_pdf(again, conf, "vi") == report.report_pdf(figs, conf, "vi")
    assert json.loads(path.read_text(encoding="utf-8")) == kept


def test_places_that_are_not_those_events_are_not_trusted(store):
    figs, conf = report.build(store, DAY)
    path = stored.path_for(store, DAY)
    first = store.db.execute_sql("SELECT MIN(seq) FROM event").fetchone()[0]  # hall_created
    _edit(path, lambda d: d.update(notes=[[n, first] for n, _ in d["notes"]], audit=[first]))
    again, _ = report.build(store, DAY)
    assert again.follow_ups == figs.follow_ups
    assert again.extra["audit"] == figs.extra["audit"]
