"""The case receipt: ESC/POS bytes (the number as printer text, the QR to the case page) and
an 80 mm PDF with real text in Vietnamese and Chinese, its QR decoded from the picture."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from test_tickets import parse_escpos, qr_store_payloads, raster_picture, zbar_decode

from hallq.tickets.case_receipt import CaseReceipt, receipt_from
from hallq.tickets.case_receipt_escpos import receipt_escpos
from hallq.tickets.case_receipt_pdf import case_receipt_pdf
from hallq.tickets.case_receipt_print import print_receipt

URL = "http://192.168.1.10:8080/c/HS-2026-000001/Zq3xY_kP0aBc"
DATA = {"hall": "Điện lực Quận 3", "number": "HS-2026-000001",
        "kind": {"vi": "Cấp điện mới", "zh_CN": "新装用电", "en": "New connection"},
        "bring": {"vi": "CCCD, giấy tờ nhà", "zh_CN": "身份证、房产证明"},
        "due": "2026-12-11", "language": "vi", "url": URL}


def receipt(lang: str = "") -> CaseReceipt:
    return receipt_from(DATA, lang)


def test_the_receipt_reads_in_the_customers_language() -> None:
    r = receipt()
    assert (r.lang, r.kind, r.due, r.bring) == ("vi", "Cấp điện mới", date(2026, 12, 11),
                                                "CCCD, giấy tờ nhà")
    assert receipt("zh_TW").kind == "新装用电"  # no Traditional name: the Simplified one
    assert receipt("en").bring == "CCCD, giấy tờ nhà"  # not said in English: the hall's words
    bare = receipt_from(DATA | {"bring": {}}, "en")
    assert [label for label, _ in bare.rows()] == ["Kind of case", "Due by"]  # no empty line


def test_escpos_prints_the_number_as_text_and_the_case_page_as_qr() -> None:
    cmds = parse_escpos(receipt_escpos(receipt()))
    assert cmds[0] == ("init",) and cmds[-1][0] == "cut"
    assert [c[1] for c in cmds if c[0] == "text"] == ["HS-2026-000001"]
    assert qr_store_payloads(cmds) == [URL.encode()]
    assert {c[2] for c in cmds if c[0] == "raster"} == {72}  # 576 dots: 80 mm paper


def test_escpos_on_58mm_paper_keeps_the_number_on_one_line() -> None:
    cmds = parse_escpos(receipt_escpos(receipt(), profile="ZJ-5870"))
    assert {c[2] for c in cmds if c[0] == "raster"} == {48}  # 384 dots
    i = cmds.index(("text", "HS-2026-000001"))
    size = [c[1] for c in cmds[:i] if c[0] == "GS !"][-1]
    assert 14 * 12 * ((size >> 4) + 1) <= 384  # 14 characters of 12 dots, times the width
    assert qr_store_payloads(cmds) == []  # this printer has no native QR: it is drawn
    if zbar_decode is not None:
        found = zbar_decode(raster_picture(cmds).convert("L"))
        assert [x.data.decode() for x in found] == [URL]


def test_escpos_without_native_qr_draws_a_qr_that_decodes() -> None:
    cmds = parse_escpos(receipt_escpos(receipt("zh_CN"), native_qr=False))
    assert qr_store_payloads(cmds) == []
    if zbar_decode is None:
        pytest.skip("no QR decoder (pyzbar + libzbar) installed")
    found = zbar_decode(raster_picture(cmds).convert("L"))
    assert [x.data.decode() for x in found] == [URL]


def pdf_text(data: bytes) -> str:
    return PdfReader(io.BytesIO(data)).pages[0].extract_text()


@pytest.mark.parametrize(("lang", "words"), [
    ("vi", ["Phiếu tiếp nhận hồ sơ", "Loại hồ sơ", "Cấp điện mới", "Hạn giải quyết",
            "11/12/2026", "Cần mang theo", "CCCD, giấy tờ nhà"]),
    ("zh_CN", ["办件受理回执", "办件类型", "新装用电", "办结期限", "2026年12月11日", "请携带",
               "身份证、房产证明"]),
])
def test_pdf_has_the_case_in_real_text_and_a_qr_to_its_page(lang: str, words: list[str],
                                                            tmp_path: Path) -> None:
    data = case_receipt_pdf(receipt(lang))
    text = pdf_text(data)
    for w in ["Điện lực Quận 3", "HS-2026-000001", *words]:
        assert w in text, w
    if zbar_decode is None:
        pytest.skip("no QR decoder (pyzbar + libzbar) installed")
    (tmp_path / "r.pdf").write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(tmp_path / "r.pdf"),
                    str(tmp_path / "r")], check=True)
    found = zbar_decode(Image.open(tmp_path / "r.png").convert("L"))
    assert [x.data.decode() for x in found] == [URL]


def test_printing_writes_escpos_to_a_file_printer_or_a_pdf(tmp_path: Path) -> None:
    out = tmp_path / "lp0"
    line = print_receipt(receipt(), {"kind": "file", "path": str(out)})
    assert line.startswith("HS-2026-000001: wrote") and out.read_bytes().startswith(b"\x1b@")
    line = print_receipt(receipt(), {"kind": "pdf", "path": str(tmp_path) + "/"})
    assert "HS-2026-000001" in pdf_text((tmp_path / "HS-2026-000001.pdf").read_bytes())
    assert print_receipt(receipt(), None) == \
        "HS-2026-000001: no printer configured, receipt not printed"
