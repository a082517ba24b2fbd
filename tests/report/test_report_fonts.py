"""A Chinese report draws its Vietnamese in DejaVu Sans: WenQuanYi Micro Hei draws ờ as ớ and
ỡ as õ, so "Nguyễn Văn Lời Ngỡ" would print as "Nguyễn Văn Lới Ngõ". Every string is drawn
in font runs: Chinese in WenQuanYi, the rest in DejaVu, also inside one string."""

from __future__ import annotations

import io
import random
import re
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from hallq.hall.clock import FixedClock
from hallq.report import pdf as report
from hallq.report.labels import format_day, labels
from hallq.simulation import day as simulate
from hallq.store.database import Store
from tests.conftest import make_hall

DAY = date(2025, 3, 10)
TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NAME = "Nguyễn Văn Lời Ngỡ"  # ờ U+1EDD and ỡ U+1EE1: the two letters WenQuanYi draws wrong
HALL = "Điện lực Phường Bến Thành"
LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path: Path = tmp_path_factory.mktemp("fonts") / "hall.db"
    clock = FixedClock(datetime.combine(DAY, time(6), tzinfo=TZ))
    hall = make_hall(path, clock)
    customers = simulate.generate_arrivals(DAY, 40, random.Random(7), hall.info.timezone)
    simulate.simulate_day(hall, clock, DAY, customers, simulate.default_counters(hall, DAY), 7)
    m = hall.store.m
    m.Staff.update(name=NAME).where(m.Staff.code == "NV01").execute()
    info = hall.store.get_meta("hall")
    hall.store.set_meta("hall", {**info, "name": HALL})
    hall.store.close()
    s = Store(path, readonly=True)
    yield s
    s.close()


def runs(data: bytes) -> list[tuple[str, str]]:
    """(text, font) of every piece of text the PDF draws, in order."""
    out: list[tuple[str, str]] = []

    def visit(text: str, cm: object, tm: object, font: dict | None, size: float) -> None:
        if text.strip() and font is not None:
            out.append((text, str(font["/BaseFont"])))

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return out


def in_font(pieces: list[tuple[str, str]], family: str) -> str:
    return " ".join(t for t, f in pieces if family in f)


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_a_chinese_report_draws_a_vietnamese_staff_name_in_dejavu(store: Store, lang: str) -> None:
    figs, conf = report.build(store, DAY)
    assert conf.staff["NV01"] == NAME
    pieces = runs(report.report_pdf(figs, conf, lang))
    text = " ".join(" ".join(t for t, _ in pieces).split())
    assert f"{NAME} (NV01)" in text  # reads as written
    dejavu = in_font(pieces, "DejaVuSans")
    assert f"{NAME} (NV01)" in dejavu and "Lời" in dejavu and "Ngỡ" in dejavu
    assert HALL in dejavu  # the title
    wqy = in_font(pieces, "WenQuanYi")
    w = labels(lang)
    for word in (w["title"], w["by_staff"]):  # (text extraction may split a word in two)
        assert word in re.sub(r"\s+", "", wqy), word
    # no Latin or Vietnamese letter anywhere in the report is drawn in WenQuanYi
    assert not [t for t, f in pieces if "WenQuanYi" in f and LATIN_LETTER.search(t)]


def test_the_footer_draws_the_hall_in_dejavu_and_the_chinese_in_wenquanyi(store: Store) -> None:
    figs, conf = report.build(store, DAY)
    pieces = runs(report.report_pdf(figs, conf, "zh_CN"))
    day = format_day(DAY, "zh_CN")
    assert day.startswith("2025年3月10日")
    for i, (t, f) in enumerate(pieces):
        if t == f"{HALL} · " and i + 1 < len(pieces) and pieces[i + 1][0] == f"每日服务报告 · {day}":
            assert "DejaVuSans" in f and "Bold" not in f
            assert "WenQuanYi" in pieces[i + 1][1]
            break
    else:
        raise AssertionError(f"no footer {HALL} · 每日服务报告 · {day} in {pieces[-12:]}")
    text = PdfReader(io.BytesIO(report.report_pdf(figs, conf, "zh_CN"))).pages[0].extract_text()
    assert f"{HALL} · 每日服务报告 · {day}" in text


def test_a_vietnamese_report_draws_a_chinese_word_in_wenquanyi_and_the_rest_in_dejavu() -> None:
    s = report.Styles("vi")
    p = s.p(f"{NAME} · 组长")
    assert p.text == f'{NAME} · <font name="{s.cjk}">组长</font>'
    assert s.p("缴纳电费").style.fontName == s.cjk
    assert s.p(NAME).style.fontName == s.regular
    zh = report.Styles("zh_CN")
    assert zh.regular == s.regular and zh.bold == s.bold != zh.cjk  # Latin in DejaVu
    # a cell that fits stays a fast string (FastTable draws it in font runs), else it wraps
    assert zh.cell_text("Lời 组长", 200) == "Lời 组长"
    long = zh.cell_text("Lời 组长 " * 10, 60)
    assert long.text.startswith(f'Lời <font name="{zh.cjk}">组长 </font>Lời ')
