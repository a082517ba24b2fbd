"""Report tables: plain-text cells drawn fast, where reportlab would draw them; Chinese found alike."""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from hallq.report import pdf
from hallq.report.tables import Section
from hallq.tickets.layout import has_cjk
from hallq.tickets.pdf_text import RunsTable

SEC = Section("t", ["Dịch vụ", "Lượt", "Chờ trung bình (phút)", "Tỷ lệ đạt chỉ tiêu thời gian",
                    "业务"], [["A · Điện", 12, 3.5, 80.0, "Khách 客户"], ["B", 7, 1.0, 50.0, ""]])
WIDTHS = [40 * mm, 14 * mm, 30 * mm, 18 * mm, 40 * mm]


def drawn(lang: str, plain: bool) -> list[tuple[Any, ...]]:
    """(text as written, x, y, font, size, colour) of each string the page shows, in the
    order written (the order it is read and copied in); not `plain`: as reportlab's own
    Table draws it (each string in font runs: RunsTable), with every header a Paragraph (as
    they all were)."""
    s = pdf.Styles(lang)
    if not plain:
        s.head_text = lambda text, style, width: s.p(text, style)  # type: ignore[method-assign]
    with pytest.MonkeyPatch.context() as mp:
        if not plain:
            mp.setattr(pdf, "FastTable", RunsTable)  # reportlab's Table, strings in font runs
        table = pdf._table(SEC, s, lang, WIDTHS)
    if plain:
        assert sum(isinstance(c, Paragraph) for c in table._cellvalues[0]) < len(SEC.header)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=True).build([table])
    out: list[tuple[Any, ...]] = []
    state: list[dict[str, Any]] = [{"font": None, "colour": None}]  # saved by q, back at Q

    def visit(op: bytes, args: list[Any], cm: list[float], tm: list[float]) -> None:
        if op == b"q":
            state.append(dict(state[-1]))
        elif op == b"Q":
            state.pop()
        elif op == b"Tf":
            state[-1]["font"] = (str(args[0]), float(args[1]))
        elif op in (b"rg", b"g"):
            state[-1]["colour"] = tuple(round(float(v), 3) for v in args)
        elif op == b"Tj" and args[0].strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append((bytes(args[0]), round(x, 2), round(y, 2), state[-1]["font"],
                        state[-1]["colour"]))

    PdfReader(buf).pages[0].extract_text(visitor_operand_before=visit)
    assert len(out) >= 12
    return out


@pytest.mark.parametrize("lang", ["vi", "zh_CN", "en"])
def test_plain_text_cells_are_where_reportlab_and_a_paragraph_would_put_them(lang: str) -> None:
    assert drawn(lang, plain=True) == drawn(lang, plain=False)


def test_the_reports_chinese_check_is_the_tickets_and_finds_every_such_character() -> None:
    assert pdf.has_cjk is has_cjk
    for code in range(0x10000):
        wide = 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF
        assert has_cjk(f"a{chr(code)}b") == wide, hex(code)
    assert not has_cjk("Điện lực Quận 3") and has_cjk("缴纳电费")


def test_a_paragraph_wrapped_again_at_another_width_breaks_its_lines_again() -> None:
    s = pdf.Styles("vi")
    text = "Khách hỏi về hóa đơn tháng trước và xin in lại " * 3
    p, fresh = s.p(text), Paragraph(text, s.cell)
    for width in (100, 300, 100, 0.0001, 300):
        assert p.wrap(width, 1000) == fresh.wrap(width, 1000)
        if width > 1:
            assert len(p.blPara.lines) == len(fresh.blPara.lines) > 1


def test_a_paragraph_that_did_not_fit_is_wrapped_again_to_be_drawn() -> None:
    p = pdf.Styles("vi").p("Khách hỏi về hóa đơn tháng trước và xin in lại " * 3)
    size = p.wrap(100, 1000)
    assert p.split(100, 5) == []  # no room for a line: reportlab forgets its lines
    assert p.wrap(100, 1000) == size and len(p.blPara.lines) > 1
