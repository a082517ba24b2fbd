"""The printed ticket: ESC/POS bytes parsed command by command, the image, the PDF, fonts."""

from __future__ import annotations

import io
import subprocess
import sys
import unicodedata
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont

from hallq.tickets.escpos import escpos_bytes
from hallq.tickets.image import qr_image, render_ticket_image
from hallq.tickets.kiosk import ticket_print
from hallq.tickets.layout import (
    LABELS,
    LANGUAGES,
    PRIORITIES,
    TicketPrint,
    find_font,
    font_runs,
    label,
    mask_customer_code,
    normalize_language,
    sample_ticket,
    ticket_text,
    wrap,
)
from hallq.tickets.pdf import ticket_pdf

try:
    from pyzbar.pyzbar import decode as zbar_decode
except (ImportError, OSError):  # pyzbar missing, or libzbar missing under it
    zbar_decode = None

SERVICES = {"vi": "Thanh toán tiền điện", "zh_CN": "缴纳电费", "zh_TW": "繳納電費", "en": "Pay a bill"}


def ticket(**changes) -> TicketPrint:
    t = TicketPrint(
        hall_name="Điện lực Quận 3",
        number="A023",
        service_name="Thanh toán tiền điện",
        service_name_alt="Pay a bill",
        issued_at=datetime(2025, 3, 12, 9, 10, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
        ahead=38,
        eta_minutes=22,
        priority="pregnant",
        customer_code="0903123456",
        qr_payload="http://192.168.1.10:8080/t/q3/2025-03-12/A023",
        footer="Giờ làm việc 7:30–17:00 · Hotline 19001006",
        language="vi",
    )
    return replace(t, **changes)


# ---------------------------------------------------------------- an ESC/POS reader


def parse_escpos(data: bytes) -> list[tuple]:
    """Split ESC/POS bytes into commands. Fails on any byte it does not understand,
    so the test also proves we emit only these commands."""
    out: list[tuple] = []
    i = 0
    while i < len(data):
        b = data[i]
        if data.startswith(b"\x1b@", i):
            out.append(("init",))
            i += 2
        elif b == 0x1B and data[i + 1] in b"aE!dJ-t":
            out.append(("ESC " + chr(data[i + 1]), data[i + 2]))
            i += 3
        elif b == 0x1D and data[i + 1] in b"!b":
            out.append(("GS " + chr(data[i + 1]), data[i + 2]))
            i += 3
        elif data.startswith(b"\x1dv0", i):
            m, xl, xh, yl, yh = data[i + 3 : i + 8]
            width_bytes, height = xl + 256 * xh, yl + 256 * yh
            raster = data[i + 8 : i + 8 + width_bytes * height]
            assert len(raster) == width_bytes * height, "truncated raster image"
            out.append(("raster", m, width_bytes, height, raster))
            i += 8 + width_bytes * height
        elif data.startswith(b"\x1d(k", i):
            pl, ph = data[i + 3], data[i + 4]
            body = data[i + 5 : i + 5 + pl + 256 * ph]
            out.append(("2d", body[0], body[1], body[2:]))  # cn, fn, rest
            i += 5 + pl + 256 * ph
        elif data.startswith(b"\x1dV", i):
            m = data[i + 2]
            n = 2 if m in (65, 66) else 1
            out.append(("cut", m, data[i + 3 : i + 2 + n]))
            i += 2 + n
        elif b == 0x0A:
            out.append(("lf",))
            i += 1
        elif 0x20 <= b < 0x7F:
            j = i
            while j < len(data) and 0x20 <= data[j] < 0x7F:
                j += 1
            out.append(("text", data[i:j].decode("ascii")))
            i = j
        else:
            raise AssertionError(f"unexpected byte {b:#04x} at {i}: {data[i:i + 8]!r}")
    return out


def raster_picture(commands: list[tuple]) -> Image.Image:
    """Stack the GS v 0 images the printer would print into one picture (ink = black)."""
    parts = []
    for cmd in commands:
        if cmd[0] == "raster":
            _, _, wb, h, raster = cmd
            # ESC/POS raster: 1 bit = ink; PIL "1" raw: 1 bit = white. Invert.
            parts.append(Image.frombytes("1", (wb * 8, h), bytes(255 - x for x in raster)))
    out = Image.new("1", (max(p.width for p in parts), sum(p.height for p in parts)), 1)
    y = 0
    for p in parts:
        out.paste(p, (0, y))
        y += p.height
    return out


def qr_store_payloads(commands: list[tuple]) -> list[bytes]:
    """Data of every `GS ( k pL pH cn=49 fn=80 m=48 data` (QR: store the data in the symbol)."""
    return [c[3][1:] for c in commands if c[0] == "2d" and c[1] == 49 and c[2] == 80 and c[3][:1] == b"0"]


# ---------------------------------------------------------------- ESC/POS


def test_escpos_starts_with_init_and_ends_with_cut():
    data = escpos_bytes(ticket())
    assert data.startswith(b"\x1b@")
    cmds = parse_escpos(data)
    assert cmds[0] == ("init",)
    assert cmds[-1][0] == "cut"
    assert data.endswith(b"\x1dV\x00")


def test_escpos_qr_is_native_and_carries_the_payload():
    t = ticket()
    cmds = parse_escpos(escpos_bytes(t))
    assert qr_store_payloads(cmds) == [t.qr_payload.encode()]
    qr_fns = [c[2] for c in cmds if c[0] == "2d" and c[1] == 49]
    assert qr_fns == [65, 67, 69, 80, 81]  # model, module size, error level, store, print
    size = next(c[3] for c in cmds if c[0] == "2d" and c[2] == 67)
    assert size[0] >= 6  # dots a module: big enough for an old phone camera


def test_escpos_number_is_native_large_text_and_the_rest_is_raster():
    t = ticket()
    cmds = parse_escpos(escpos_bytes(t))
    texts = [c[1] for c in cmds if c[0] == "text"]
    assert texts == [t.number]  # the only printer-font text on the ticket
    i = next(k for k, c in enumerate(cmds) if c == ("text", t.number))
    size = [c[1] for c in cmds[:i] if c[0] == "GS !"][-1]
    assert (size >> 4) + 1 >= 4 and (size & 0x0F) + 1 >= 4  # at least 4x wide and tall
    assert ("ESC E", 1) in cmds[:i]  # bold
    after = [c for c in cmds[i:] if c[0] == "GS !"]
    assert after and after[0][1] == 0  # back to normal size after the number

    rasters = [c for c in cmds if c[0] == "raster"]
    assert len(rasters) >= 2
    assert all(c[2] == 72 for c in rasters)  # 72 bytes = 576 dots = 80 mm paper


def test_escpos_raster_shows_the_ticket(tmp_path):
    t = ticket()
    picture = raster_picture(parse_escpos(escpos_bytes(t)))
    assert picture.width == 576
    ink = picture.convert("L").histogram()[0]
    assert 0.03 < ink / (picture.width * picture.height) < 0.5  # text, not blank, not black
    picture.save(tmp_path / "escpos.png")


def test_escpos_for_58mm_printer_uses_its_width():
    cmds = parse_escpos(escpos_bytes(ticket(), profile="ZJ-5870"))
    assert {c[2] for c in cmds if c[0] == "raster"} == {48}  # 384 dots


def test_escpos_image_qr_when_printer_has_no_native_qr():
    t = ticket()
    cmds = parse_escpos(escpos_bytes(t, native_qr=False))
    assert qr_store_payloads(cmds) == []
    if zbar_decode is None:
        pytest.skip("no QR decoder (pyzbar + libzbar) installed")
    found = zbar_decode(raster_picture(cmds).convert("L"))
    assert [r.data.decode() for r in found] == [t.qr_payload]


# ---------------------------------------------------------------- the image


def _contains_centred(big: Image.Image, small: Image.Image) -> bool:
    """Is `small` pasted, horizontally centred, somewhere down `big`?"""
    big_l, small_l = big.convert("L"), small.convert("L")
    x = (big_l.width - small_l.width) // 2
    want = small_l.tobytes()
    return any(big_l.crop((x, y, x + small_l.width, y + small_l.height)).tobytes() == want
               for y in range(big_l.height - small_l.height + 1))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_image_is_one_bit_576_wide_with_the_qr(lang):
    t = sample_ticket(language=lang)
    img = render_ticket_image(t)
    assert img.mode == "1" and img.width == 576
    assert 700 < img.height < 1600
    if zbar_decode is not None:
        assert [r.data.decode() for r in zbar_decode(img.convert("L"))] == [t.qr_payload]
    else:  # no decoder: the QR of exactly this payload is drawn, pixel for pixel
        assert _contains_centred(img, qr_image(t.qr_payload, box=7).point(lambda p: 255 if p >= 128 else 0))


def test_image_58mm_and_long_texts_wrap():
    t = ticket(service_name="Hợp đồng, thay đổi thông tin khách hàng và hồ sơ cấp điện",
               service_name_alt="合同与信息变更合同与信息变更合同与信息变更合同与信息变更", language="zh_CN")
    img = render_ticket_image(t, width_px=384)
    assert img.width == 384
    assert render_ticket_image(t).height < img.height


def test_wrap_keeps_lines_within_width():
    measure = len  # one unit a character
    lines = wrap("Thời gian chờ dự kiến của khách hàng", 12, measure)
    assert all(len(s) <= 12 for s in lines) and " ".join(lines) == "Thời gian chờ dự kiến của khách hàng"
    cjk = wrap("预计等候约十二分钟请耐心等候", 5, measure)
    assert all(len(s) <= 5 for s in cjk) and "".join(cjk) == "预计等候约十二分钟请耐心等候"


# ---------------------------------------------------------------- the PDF


def pdf_text_and_fonts(data: bytes) -> tuple:
    page = PdfReader(io.BytesIO(data)).pages[0]
    fonts = {}
    for ref in page["/Resources"]["/Font"].values():
        font = ref.get_object()
        desc = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        fd = desc.get("/FontDescriptor")
        fonts[str(font["/BaseFont"])] = fd is not None and any(
            k in fd.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return page.extract_text(), fonts, page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_text_is_extractable_and_fonts_embedded(lang):
    t = sample_ticket(language=lang)
    text, fonts, page = pdf_text_and_fonts(ticket_pdf(t))
    assert t.number in text
    assert SERVICES[lang] in text
    assert "Thanh toán tiền điện" in text  # the Vietnamese line is on every sample ticket
    assert label(lang, "ahead") in text and label(lang, "wait") in text
    assert "Hotline 19001006" in text and "****2345" in text
    assert fonts and all(fonts.values()), fonts  # every font carries its font file
    assert float(page.mediabox.width) == pytest.approx(80 / 25.4 * 72, abs=0.1)


def test_pdf_chinese_ticket():
    t = ticket(language="zh_CN", service_name="缴纳电费", service_name_alt="Thanh toán tiền điện",
               priority="elderly")
    text, _, _ = pdf_text_and_fonts(ticket_pdf(t))
    assert "缴纳电费" in text and "A023" in text and "优先：老年人" in text and "约 22 分钟" in text


def test_pdf_decomposed_vietnamese_comes_out_composed():
    nfd = unicodedata.normalize("NFD", "Thanh toán tiền điện")
    text, _, _ = pdf_text_and_fonts(ticket_pdf(ticket(service_name=nfd)))
    assert "Thanh toán tiền điện" in text


# ---------------------------------------------------------------- words and fonts


def test_every_language_has_every_label():
    keys = set(LABELS["en"])
    assert all(set(LABELS[lang]) == keys for lang in LANGUAGES)
    assert set(PRIORITIES) <= keys
    assert label("vi", "wait_value", n=5) == "≈ 5 phút"
    assert label("zh_TW", "priority", what=LABELS["zh_TW"]["elderly"]) == "優先：長者"


@pytest.mark.parametrize("alias,code", [("zh-Hans", "zh_CN"), ("zh_TW", "zh_TW"), ("zh-HK", "zh_TW"),
                                        ("vi-VN", "vi"), ("en", "en"), ("fr", "en"), ("", "en")])
def test_normalize_language(alias, code):
    assert normalize_language(alias) == code


@pytest.mark.parametrize("code,masked", [("0903123456", "****3456"), ("PE01000012345", "****2345"),
                                         ("12345", "****45"), ("12", "****"), ("", "")])
def test_customer_code_is_masked(code, masked):
    assert mask_customer_code(code) == masked


def test_every_printed_string_has_glyphs_in_its_font():
    """No empty boxes: each label, in each language, is covered by the font chosen for it."""
    faces = {kind: TTFont(kind, str(find_font(kind)), subfontIndex=0).face.charToGlyph
             for kind in ("sans", "sans-bold", "cjk")}
    strings = [s for lang in LANGUAGES for s in LABELS[lang].values()]
    strings += list(SERVICES.values()) + ["Điện lực Quận 3", "Giờ làm việc 7:30–17:00 · Hotline", "****"]
    for s in strings:
        for bold in (False, True):
            for run, kind in font_runs(s, bold):  # each run in the font it is drawn in
                cmap = faces[kind]
                missing = {c for c in run.replace("{n}", "").replace("{what}", "")
                           if c != " " and ord(c) not in cmap}
                assert not missing, (s, bold, run, missing)


def test_find_font_prefers_the_apps_own_fonts():
    repo_fonts = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    assert repo_fonts.is_dir()
    for kind in ("sans", "sans-bold", "cjk"):
        path = find_font(kind)
        assert path.parent == repo_fonts


def test_find_font_looks_in_a_pyinstaller_bundle_first(tmp_path, monkeypatch):
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    fake = tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"
    fake.write_bytes(find_font("sans").read_bytes())
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    find_font.cache_clear()
    try:
        assert find_font("sans") == fake
    finally:
        monkeypatch.delattr(sys, "_MEIPASS")
        find_font.cache_clear()
    with pytest.raises(ValueError):
        find_font("comic")


def test_core_ticket_modules_do_not_import_qt():
    code = ("import sys, hallq.tickets.layout, hallq.tickets.image, hallq.tickets.escpos, hallq.tickets.pdf, "
            "hallq.tickets.printers; t = hallq.tickets.layout.sample_ticket(); hallq.tickets.escpos.escpos_bytes(t); "
            "hallq.tickets.pdf.ticket_pdf(t); "
            "assert not [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


# ------------------------------------------------------------------ an honest wait


@pytest.mark.parametrize(("lang", "unknown", "opens", "soon"), [
    ("vi", "chưa xác định", "bắt đầu lúc 07:30", "sắp đến lượt"),
    ("zh_CN", "暂不确定", "07:30 开始办理", "即将叫号"),
    ("zh_TW", "暫不確定", "07:30 開始辦理", "即將叫號"),
    ("en", "not known yet", "opens at 07:30", "very soon"),
])
def test_a_ticket_never_promises_zero_minutes(lang, unknown, opens, soon):
    def wait_row(**changes) -> str:
        rows = ticket_text(ticket(language=lang, **changes)).rows
        return next(r.value for r in rows if r.label == label(lang, "wait"))
    assert wait_row(eta_minutes=None) == unknown  # no counter serving it is open
    assert wait_row(eta_minutes=None, opens_at="07:30") == opens
    assert wait_row(eta_minutes=0) == soon
    assert wait_row(eta_minutes=7) == label(lang, "wait_value", n=7)


def test_the_kiosk_reply_without_an_estimate_prints_no_minutes():
    reply = {"ticket": {"number": "A001", "service": "A", "arrival": "2026-11-23T00:31:00+00:00",
                        "priority": "", "customer_code": ""},
             "ahead": 0, "eta_min": None, "opens_at": "07:30", "qr": "x"}
    snap = {"hall": {"name": "H", "languages": ["vi"]},
            "services": [{"prefix": "A", "names": {"vi": "Thanh toán"}}]}
    t = ticket_print(reply, snap, "vi")
    assert (t.eta_minutes, t.opens_at) == (None, "07:30")
