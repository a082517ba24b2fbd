"""Report tables: a header as plain text is where its Paragraph would be; Chinese found alike."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from hallq.report import pdf
from hallq.report.tables import Section
from hallq.tickets.layout import has_cjk

SEC = Section("t", ["Dịch vụ", "Lượt", "Chờ trung bình (phút)", "Tỷ lệ đạt chỉ tiêu thời gian",
                    "业务"], [["A · Điện", 12, 3.5, 80.0, "Khách 客户"], ["B", 7, 1.0, 50.0, ""]])
WIDTHS = [40 * mm, 14 * mm, 30 * mm, 18 * mm, 40 * mm]


def drawn(lang: str, plain: bool) -> list[tuple[str, float, float, str, float]]:
    """(text, x, y, font, size) of every piece of text on the page."""
    s = pdf.Styles(lang)
    if not plain:  # every header a Paragraph, as they all were
        s.head_text = lambda text, style, width: s.p(text, style)  # type: ignore[method-assign]
    table = pdf._table(SEC, s, lang, WIDTHS)
    if plain:
        assert sum(isinstance(c, Paragraph) for c in table._cellvalues[0]) < len(SEC.header)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=True).build([table])
    out: list[tuple[str, float, float, str, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append((text.strip(), round(x, 2), round(y, 2),
                        font.get("/BaseFont", "").split("+")[-1], round(size * tm[0], 2)))

    PdfReader(buf).pages[0].extract_text(visitor_text=visit)
    return sorted(out)


@pytest.mark.parametrize("lang", ["vi", "zh_CN", "en"])
def test_a_header_as_plain_text_is_where_its_paragraph_would_be(lang: str) -> None:
    assert drawn(lang, plain=True) == drawn(lang, plain=False)


def test_the_reports_chinese_check_is_the_tickets() -> None:
    for code in range(0x10000):
        c = chr(code)
        assert bool(pdf.has_cjk(f"a{c}b")) == has_cjk(f"a{c}b"), hex(code)
