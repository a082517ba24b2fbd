"""The daily report: figures checked against the store's rows, PDF text, CSV, hub routes, CLI."""

from __future__ import annotations

import csv
import io
import math
import random
import shutil
import subprocess
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from pypdf import PdfReader

from hallq.commands.main import main
from hallq.hall.clock import FixedClock
from hallq.hall.service import Hall
from hallq.report import pdf as report
from hallq.report.figures import ServiceConf, figures
from hallq.report.labels import format_number, format_share, labels
from hallq.simulation import day as simulate
from hallq.store.database import Store
from tests.conftest import make_hall

DAY = date(2025, 3, 10)  # a Monday
TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=TZ)


def simulate_into(hall: Hall, clock: FixedClock, day: date, tickets: int, seed: int) -> None:
    clock.set(at(day, 6))
    customers = simulate.generate_arrivals(day, tickets, random.Random(seed), hall.info.timezone)
    simulate.simulate_day(hall, clock, day, customers, simulate.default_counters(hall, day), seed)


@pytest.fixture(scope="module")
def day_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A hall with two simulated days: last Monday (smaller) and DAY."""
    path = tmp_path_factory.mktemp("report") / "hall.db"
    clock = FixedClock(at(DAY - timedelta(days=7), 6))
    hall = make_hall(path, clock)
    hall.store.db.execute_sql("PRAGMA synchronous = NORMAL")  # a test filler, not a real hall
    simulate_into(hall, clock, DAY - timedelta(days=7), 50, seed=3)
    simulate_into(hall, clock, DAY, 130, seed=5)
    hall.store.close()
    return path


@pytest.fixture
def store(day_db: Path) -> Store:
    s = Store(day_db, readonly=True)
    yield s
    s.close()


# ---------------------------------------------------------------- independent figures

def p90(xs: list[float]) -> float:
    s = sorted(xs)
    return s[math.ceil(0.9 * len(s)) - 1]


def from_rows(store: Store, day: date) -> dict:
    """The day's figures from the current-state tables (ticket, rating, note) — not events."""
    m = store.m
    tickets = list(m.Ticket.select().where(m.Ticket.day == day))
    targets = {s.prefix: s.target_wait_min for s in m.Service.select()}
    first = [t for t in tickets if t.leg == 1 and t.called_at is not None]
    waits = [(t.called_at - t.arrival).total_seconds() / 60 for t in first]
    within = sum(1 for t, w in zip(first, waits, strict=True) if w <= targets[t.service])
    ratings = [r for r in m.Rating.select().where(m.Rating.day == day) if r.rated]
    done = [t for t in tickets if t.state == "done"]
    staff: dict[str, dict] = {}
    for t in done:
        s = staff.setdefault(t.staff, {"served": 0, "mins": [], "scores": []})
        s["served"] += 1
        s["mins"].append((t.finished_at - t.serving_at).total_seconds() / 60)
    for r in ratings:
        staff.setdefault(r.staff, {"served": 0, "mins": [], "scores": []})["scores"].append(r.score)
    notes = list(m.Note.select().where(m.Note.day <= day))
    return {
        "issued": sum(1 for t in tickets if t.parent_id is None),
        "served": len(done),
        "no_shows": sum(1 for t in tickets if t.state == "no_show"),
        "transfers": sum(1 for t in tickets if t.state == "transferred"),
        "left_at_close": sum(1 for t in tickets if t.state in ("waiting", "called", "serving")),
        "mean_wait": sum(waits) / len(waits), "p90_wait": p90(waits),
        "within": within / len(waits),
        "mean_rating": sum(r.score for r in ratings) / len(ratings),
        "response_rate": len(ratings) / len(done),
        "complaints": sum(1 for n in notes if n.day == day and n.kind == "complaint"),
        "open_follow_ups": sum(1 for n in notes if n.follow_up and n.resolved_at is None),
        "staff": staff,
    }


def test_figures_match_the_store_rows(store: Store) -> None:
    f = figures(store, DAY)
    want = from_rows(store, DAY)
    h = f.headline
    for key in ("issued", "served", "no_shows", "transfers", "left_at_close", "complaints",
                "open_follow_ups"):
        assert h[key] == want[key], key
    assert h["issued"] == 130
    assert h["transfers"] > 0 and h["no_shows"] > 0 and h["complaints"] > 0
    assert h["mean_wait_min"] == pytest.approx(want["mean_wait"], abs=1e-9)
    assert h["p90_wait_min"] == pytest.approx(want["p90_wait"], abs=1e-9)
    assert h["within_target"] == pytest.approx(want["within"])
    assert h["mean_rating"] == pytest.approx(want["mean_rating"])
    assert h["response_rate"] == pytest.approx(want["response_rate"])
    by_staff = {r["staff"]: r for r in f.per_staff}
    assert set(by_staff) == set(want["staff"])
    for code, w in want["staff"].items():
        r = by_staff[code]
        assert r["served"] == w["served"], code
        # the event carries the service time rounded to 0.01 min
        assert r["mean_service_min"] == pytest.approx(sum(w["mins"]) / len(w["mins"]), abs=0.01)
        assert r["mean_rating"] == pytest.approx(sum(w["scores"]) / len(w["scores"]))
        assert r["satisfied"] == pytest.approx(
            sum(1 for x in w["scores"] if x >= 3) / len(w["scores"]))
    # per service and per hour add up to the headline
    assert sum(r["issued"] for r in f.per_service) == h["issued"]
    assert sum(r["served"] for r in f.per_service) == h["served"]
    assert sum(r["arrivals"] for r in f.per_hour) == h["issued"]
    assert sum(f.ratings.values()) == h["rated"]
    assert max(r["counters_open"] for r in f.per_hour) <= 6 + 1e-9
    # last week is the same computation over that day
    assert f.last_week.headline["issued"] == 50


def test_follow_ups_and_reproducibility(day_db: Path, tmp_path: Path) -> None:
    """A past day's report is the same after the next day happened (and resolved a note)."""
    path = tmp_path / "copy.db"
    shutil.copy(day_db, path)
    ro = Store(path, readonly=True)
    figs, conf = report.build(ro, DAY)
    before_pdf = report.report_pdf(figs, conf, "vi")
    before_csv = report.report_csv(figs, conf, "vi")
    open_notes = [n["id"] for n in figs.follow_ups]
    assert open_notes, "the simulated day should leave follow-ups open"
    ro.close()
    clock = FixedClock(at(DAY + timedelta(days=1), 7))
    hall = Hall(Store(path), clock)
    hall.resolve_note(open_notes[0], "GS01")  # next morning: also cancels what was left
    hall.store.db.execute_sql("PRAGMA synchronous = NORMAL")
    simulate_into(hall, clock, DAY + timedelta(days=1), 20, seed=9)
    hall.store.close()
    ro = Store(path, readonly=True)
    figs2, conf2 = report.build(ro, DAY)
    assert report.report_csv(figs2, conf2, "vi") == before_csv
    assert report.report_pdf(figs2, conf2, "vi") == before_pdf
    nxt = figures(ro, DAY + timedelta(days=1))
    assert open_notes[0] not in [n["id"] for n in nxt.follow_ups]
    assert nxt.headline["issued"] == 20
    ro.close()


def pdf_text(data: bytes) -> str:
    """The PDF's text with every run of whitespace as one space (table cells wrap)."""
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def test_pdf_text_vi_and_zh(store: Store, tmp_path: Path) -> None:
    figs, conf = report.build(store, DAY)
    h = figs.headline
    vi = pdf_text(report.report_pdf(figs, conf, "vi"))
    assert "Điện lực Quận 3" in vi
    assert "Thanh toán tiền điện" in vi
    assert "Báo cáo hoạt động ngày" in vi and "10/03/2025" in vi
    assert f"{format_number(h['mean_wait_min'], 'vi')} phút" in vi
    assert format_share(h["within_target"], "vi") in vi
    assert f"{format_number(h['mean_rating'], 'vi', 2)}/4" in vi
    assert "Nguyễn Văn Hùng (NV01)" in vi
    assert "Erlang C" in vi
    zh_pdf = report.report_pdf(figs, conf, "zh_CN")
    zh = pdf_text(zh_pdf)
    assert "缴纳电费" in zh and "每日服务报告" in zh and "2025年3月10日" in zh
    assert f"{format_number(h['mean_wait_min'], 'zh_CN')} 分钟" in zh
    assert str(h["issued"]) in zh
    tw = pdf_text(report.report_pdf(figs, conf, "zh_TW"))
    assert "繳納電費" in tw
    # the fonts are embedded TrueType subsets
    reader = PdfReader(io.BytesIO(zh_pdf))
    fonts = {f["/BaseFont"] for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert any("WenQuanYi" in str(f) for f in fonts)
    assert all("+" in str(f) for f in fonts if "WenQuanYi" in str(f) or "DejaVu" in str(f))
    if shutil.which("pdftoppm"):
        out = tmp_path / "page"
        (tmp_path / "r.pdf").write_bytes(zh_pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1",
                        str(tmp_path / "r.pdf"), str(out)], check=True, timeout=60)
        assert list(tmp_path.glob("page*.png"))


def test_csv_has_every_table(store: Store) -> None:
    figs, conf = report.build(store, DAY)
    text = report.report_csv(figs, conf, "vi").decode("utf-8-sig")
    assert text.startswith("Điện lực Quận 3")
    rows = list(csv.reader(io.StringIO(text)))
    titles = [r[0] for r, before in zip(rows[1:], rows, strict=False) if len(r) == 1 and not before]
    assert titles == ["Báo cáo hoạt động ngày", "Theo dịch vụ", "Theo nhân viên", "Theo giờ",
                      "Đánh giá của khách hàng", "Lý do đánh giá thấp",
                      "Việc cần theo dõi, chưa xử lý", "Dự kiến số quầy ngày mai",
                      "Thay đổi cấu hình và đăng nhập sai",
                      # the simulated day's cases, complaints and index answers
                      "Hồ sơ theo người phụ trách", "Khiếu nại theo nguyên nhân",
                      "Khiếu nại theo người phụ trách", "Mức độ hài lòng theo chỉ số"]
    assert "Thanh toán tiền điện" in text
    assert f"Số phiếu đã phát,{figs.headline['issued']}," in text


def test_every_language_has_its_own_words_and_names() -> None:
    titles = {lang: labels(lang)["title"] for lang in ("vi", "zh_CN", "zh_TW", "en")}
    assert titles == {"vi": "Báo cáo hoạt động ngày", "zh_CN": "每日服务报告",
                      "zh_TW": "每日服務報告", "en": "Daily report"}
    assert labels("fr") == labels("en")
    # a service's name falls back like everywhere else in hallq (hallq.domain.name_in)
    svc = ServiceConf("B", {"vi": "Hợp đồng", "zh_CN": "合同"}, 20, 8.0)
    assert (svc.name("zh_TW"), svc.name("en"), ServiceConf("C", {}, 15, 5.0).name("vi")) == \
        ("合同", "Hợp đồng", "C")


def test_empty_day_still_prints(store: Store) -> None:
    figs, conf = report.build(store, date(2024, 1, 1))
    assert figs.headline["issued"] == 0 and figs.headline["mean_wait_min"] is None
    text = pdf_text(report.report_pdf(figs, conf, "vi"))
    assert "Không có phiếu nào trong ngày này." in text


# ---------------------------------------------------------------- through a real hub

def test_report_through_the_hub(hub, tmp_path: Path) -> None:
    clock = FixedClock(at(DAY, 7))
    hub.hall.clock = clock
    url = hub.url
    kiosk = {"Authorization": f"Bearer {hub.token('kiosk')}"}
    ctr = {"Authorization": f"Bearer {hub.token('counter', 1)}"}
    pad = {"Authorization": f"Bearer {hub.token('keypad', 1)}"}
    sup = {"Authorization": f"Bearer {hub.token('supervisor')}"}
    with httpx.Client(base_url=url, timeout=30) as c:
        ids = [c.post("/api/tickets", json={"service": "A"}, headers=kiosk).json()["ticket"]["id"]
               for _ in range(3)]
        r = c.post("/api/staff/login", json={"code": "NV01", "pin": "1111", "counter": 1},
                   headers=ctr)
        assert r.status_code == 200, r.text
        sess = ctr | {"X-Staff-Session": r.json()["session"]}
        for i, tid in enumerate(ids):
            clock.advance(minutes=4)
            assert c.post("/api/counters/1/call-next", headers=sess).status_code == 200
            c.post("/api/counters/1/start", headers=sess)
            clock.advance(minutes=3)
            if i == 1:
                c.post("/api/notes", headers=sess, json={
                    "ticket_id": tid, "kind": "complaint", "text": "Hóa đơn sai",
                    "follow_up": True})
            assert c.post("/api/counters/1/finish", headers=sess).status_code == 200
            choice = "unsatisfied" if i == 1 else "very_satisfied"
            reasons = ["waited_too_long"] if i == 1 else []
            assert c.post("/api/ratings", headers=pad, json={
                "ticket_id": tid, "choice": choice, "reasons": reasons}).status_code == 200
        c.post("/api/staff/logout", headers=sess)
    # the rest of the day goes through the same Hall the hub serves
    hub.hall.store.db.execute_sql("PRAGMA synchronous = NORMAL")
    customers = simulate.generate_arrivals(DAY, 40, random.Random(2), hub.hall.info.timezone)
    simulate.simulate_day(hub.hall, clock, DAY, customers,
                          simulate.default_counters(hub.hall, DAY), 2)
    with httpx.Client(base_url=url, timeout=60) as c:
        r = c.get("/api/report", params={"date": DAY.isoformat()}, headers=sup)
        assert r.status_code == 200, r.text
        assert r.headers["content-type"] == "application/pdf"
        text = pdf_text(r.content)
        assert "Điện lực Quận 3" in text and "Hóa đơn sai" in text
        f = figures(hub.hall.store, DAY)
        assert f.headline["issued"] == 43
        assert f.headline["complaints"] >= 1 and f.low_reasons.get("waited_too_long", 0) >= 1
        assert f"{format_number(f.headline['mean_wait_min'], 'vi')} phút" in text
        r = c.get("/api/report.csv", params={"date": DAY.isoformat(), "lang": "en"},
                  headers=sup)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        assert "Tickets issued,43," in r.content.decode("utf-8-sig")
        # bad input: clear JSON errors, nothing written
        seq = hub.hall.last_seq()
        r = c.get("/api/report", params={"date": "2025-02-30"}, headers=sup)
        assert r.status_code == 422 and r.json()["error"]["code"] == "bad_date"
        r = c.get("/api/report", params={"date": DAY.isoformat(), "lang": "fr"}, headers=sup)
        assert r.status_code == 422 and r.json()["error"]["code"] == "bad_language"
        r = c.get("/api/report", params={"date": DAY.isoformat()}, headers=kiosk)
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
        r = c.get("/api/report", params={"date": DAY.isoformat()})
        assert r.status_code == 401
        assert hub.hall.last_seq() == seq
    # the command line, against the hub and against the file
    out = tmp_path / "hub.pdf"
    assert main(["report", "--date", DAY.isoformat(), "--hub", url, "--token",
                 hub.token("supervisor"), "--out", str(out), "--csv",
                 str(tmp_path / "hub.csv")]) == 0
    assert "Thanh toán tiền điện" in pdf_text(out.read_bytes())
    out2 = tmp_path / "db.pdf"
    assert main(["report", "--date", DAY.isoformat(), "--db", str(hub.db), "--out",
                 str(out2), "--lang", "zh_CN"]) == 0
    assert "缴纳电费" in pdf_text(out2.read_bytes())
    assert main(["report", "--date", "10/03/2025", "--db", str(hub.db), "--out",
                 str(out2)]) == 2
    assert main(["report", "--date", DAY.isoformat(), "--hub", url, "--token", "nope",
                 "--out", str(out2)]) == 2
