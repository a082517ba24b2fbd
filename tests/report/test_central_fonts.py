"""Head office's report prints Vietnamese and Chinese hall names in its one face (issue 18.3)."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from reportlab.platypus import Paragraph, Table

from hallq.sync import central_report
from hallq.tickets.pdf import FONT_NAMES

NAMES = ["HCM-Q3  Điện lực Quận 3 · Tổng số phiếu", "SZ-FT  深圳福田供电营业厅", "TP-XY  臺北信義服務廳"]


def test_vietnamese_and_chinese_hall_names_come_out_as_written(tmp_path):
    lay = central_report.Layout(date(2026, 11, 1), date(2026, 11, 30), "vi")
    table = Table([[lay.L["hall"]]] + [[n] for n in NAMES], style=lay.style(first_number=1))
    out = tmp_path / "central.pdf"
    pages = lay.build([Paragraph("Điện lực · 电力 · 電力", lay.h1), table], out, "test")
    reader = PdfReader(str(out))
    text = reader.pages[0].extract_text()
    assert pages == 1
    for name in NAMES + ["Điện lực · 电力 · 電力"]:
        assert name in text
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any(f.endswith("WenQuanYiMicroHei-0") for f in fonts), fonts  # embedded, subset
    assert central_report.SANS == central_report.SANS_BOLD == FONT_NAMES["cjk"]
