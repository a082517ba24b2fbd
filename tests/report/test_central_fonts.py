"""Head office's report prints Vietnamese and Chinese hall names, each in its font (issue 18.3):
Chinese in WenQuanYi Micro Hei, Latin and Vietnamese in DejaVu Sans, also inside one string
(WenQuanYi draws ờ as ớ and ỡ as õ: "Phường" would read "Phướng")."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from reportlab.platypus import Paragraph

from hallq.sync import central_report
from hallq.tickets.pdf_text import FONT_NAMES, RunsTable, runs_markup

NAMES = ["HCM-Q3  Điện lực Quận 3 · Tổng số phiếu", "SZ-FT  深圳福田供电营业厅", "TP-XY  臺北信義服務廳",
         "HCM-BT  Điện lực Phường Bến Thành · 营业厅 Ngỡ"]


def test_vietnamese_and_chinese_hall_names_come_out_as_written(tmp_path):
    lay = central_report.Layout(date(2026, 11, 1), date(2026, 11, 30), "vi")
    table = RunsTable([[lay.L["hall"]]] + [[n] for n in NAMES], style=lay.style(first_number=1))
    out = tmp_path / "central.pdf"
    title = "Điện lực Phường · 电力 · 電力"
    pages = lay.build([Paragraph(runs_markup(title), lay.h1), table], out, "test")
    reader = PdfReader(str(out))
    text = reader.pages[0].extract_text()
    assert pages == 1
    for name in NAMES + [title]:
        assert name in text
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any(f.endswith("WenQuanYiMicroHei-0") for f in fonts), fonts  # embedded, subset
    assert (central_report.SANS, central_report.SANS_BOLD) == (FONT_NAMES["sans"],
                                                                FONT_NAMES["sans-bold"])
    drawn: list[tuple[str, str]] = []

    def visit(t: str, cm: object, tm: object, font: dict | None, size: float) -> None:
        if t.strip() and font is not None:
            drawn.append((t.strip(), str(font["/BaseFont"])))

    reader.pages[0].extract_text(visitor_text=visit)
    texts = [t for t, _ in drawn]
    h = texts.index("Điện lực Phường ·")  # the title: bold DejaVu, then WenQuanYi
    assert drawn[h][1].endswith("+DejaVuSans-Bold")
    assert drawn[h + 1][0] == "电力 · 電力" and "WenQuanYi" in drawn[h + 1][1]
    i = texts.index("HCM-BT  Điện lực Phường Bến Thành ·")
    assert drawn[i][1].endswith("+DejaVuSans")
    assert drawn[i + 1][0] == "营业厅" and "WenQuanYi" in drawn[i + 1][1]
    assert drawn[i + 2][0] == "Ngỡ" and drawn[i + 2][1].endswith("+DejaVuSans")
    assert [(t, f[-11:]) for t, f in drawn if t.startswith("SZ-FT")] == [("SZ-FT", "+DejaVuSans")]
    wqy = [t for t, f in drawn if "WenQuanYi" in f]
    assert not [t for t in wqy if any(c.isascii() and c.isalpha() or c in "ờỡệựĐ" for c in t)]
