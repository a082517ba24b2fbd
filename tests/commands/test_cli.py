"""The `hallq` command forms that other roles, tests and scripts depend on."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from hallq.commands.main import main
from hallq.hall.service import Hall
from hallq.simulation.live import run_live
from hallq.store.database import Store


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hallq", *args], capture_output=True,
                          text=True, timeout=120)


def test_init_creates_the_sample_hall_and_refuses_to_overwrite(tmp_path, capsys):
    db = tmp_path / "hall.db"
    assert main(["init", "--db", str(db)]) == 0
    hall = Hall(Store(db))
    assert sorted(hall.state.services) == list("ABCDE")
    assert len(hall.state.counters) == 6
    assert hall.state.counters[4].services == ("B", "C")
    hall.store.close()
    assert main(["init", "--db", str(db)]) == 2
    assert "never overwrites" in capsys.readouterr().err


def test_device_add_prints_the_token_alone_on_its_last_line(tmp_path, capsys):
    db = tmp_path / "hall.db"
    main(["init", "--db", str(db)])
    capsys.readouterr()
    assert main(["device", "add", "--db", str(db), "--role", "counter", "--counter", "3"]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    hall = Hall(Store(db))
    assert hall.device(token).counter == 3
    assert main(["device", "add", "--db", str(db), "--role", "keypad"]) == 2
    assert "needs --counter" in capsys.readouterr().err
    main(["device", "list", "--db", str(db)])
    assert "counter 3" in capsys.readouterr().out
    main(["device", "revoke", "--db", str(db), "1"])
    assert Hall(Store(db)).device(token) is None


def test_simulate_is_deterministic_for_a_seed(tmp_path):
    outs = []
    for name in ("a", "b"):
        db, out = tmp_path / f"{name}.db", tmp_path / f"{name}.csv"
        r = run("simulate", "--db", str(db), "--date", "2026-11-20", "--tickets", "150",
                "--seed", "7", "--out", str(out), "--fast")
        assert r.returncode == 0, r.stderr
        assert "150 tickets" in r.stdout
        outs.append(out.read_text())
    assert outs[0] == outs[1]
    rows = list(csv.DictReader(outs[0].splitlines()))
    assert len(rows) == 150 and {"number", "eta_min", "wait_min", "outcome"} <= set(rows[0])


def test_simulate_replays_a_trace(tmp_path):
    trace = tmp_path / "trace.csv"
    trace.write_text("arrival,service,priority,service_minutes,no_show\n"
                     "2026-11-20T07:31:00+07:00,A,elderly,3,0\n"
                     "2026-11-20T07:32:00+07:00,A,,4,0\n"
                     "2026-11-20T07:33:00+07:00,D,,10,1\n")
    counters = tmp_path / "counters.csv"
    counters.write_text("counter,open,close\n1,07:30,17:00\n6,07:30,17:00\n")
    out = tmp_path / "out.csv"
    r = run("simulate", "--db", str(tmp_path / "t.db"), "--date", "2026-11-20", "--trace",
            str(trace), "--counters", str(counters), "--out", str(out))
    assert r.returncode == 0, r.stderr
    rows = {r["number"]: r for r in csv.DictReader(out.read_text().splitlines())}
    assert rows["A001"]["outcome"] == "done" and rows["A001"]["counter"] == "1"
    assert rows["D001"]["outcome"] == "no_show"
    assert float(rows["A002"]["wait_min"]) == pytest.approx(2.0, abs=1.0)


def test_a_bad_settings_file_is_reported_with_its_line(tmp_path):
    bad = tmp_path / "hallq.toml"
    bad.write_text('[kiosk]\nidle_timeout_s = "soon"\n')
    r = run("config", "check", "--file", str(bad))
    assert r.returncode == 1
    assert "line 2" in r.stdout and "kiosk.idle_timeout_s" in r.stdout


def test_live_traffic_against_a_running_hub(hub, capsys):
    assert run_live(hub.url, hub.token("admin"), minutes=0.05, rate=120, seed=3) == 0
    out = capsys.readouterr().out
    assert "tickets issued" in out
    issued = [t for t in hub.hall.state.tickets.values()]
    assert issued, "no traffic reached the hub"
    assert any(t.called_at is not None for t in issued)
