"""The ticket as ESC/POS bytes for an 80 mm (or 58 mm) thermal printer.

What goes out, in order (see docs/tickets.md for why):

1. ``ESC @`` — initialise, so a half-finished previous job cannot leave bold/size on;
2. ``GS v 0`` raster image — hall name, service name(s), "your number" caption;
   printer code pages cannot carry Vietnamese diacritics and Chinese together,
   so every human-language line is drawn by us with a TrueType font;
3. the ticket number as the printer's own text, ``GS ! 0x44`` (5x width/height,
   120 dots tall), bold, centred — it is plain ASCII, prints crisp and fast,
   and stays readable from the bytes;
4. ``GS v 0`` raster image — priority mark, time, people ahead, wait, customer code;
5. the QR code with the printer's native ``GS ( k`` commands (model 2, EC level M,
   8 dots a module); for a profile that lacks native QR it is drawn into the image;
6. ``GS v 0`` raster image — "scan to follow your turn" and the footer;
7. feed and cut, ``ESC d 6`` then ``GS V 0``.
"""

from __future__ import annotations

import contextlib
import io

from escpos.constants import QR_ECLEVEL_M
from escpos.printer import Dummy

from hallq.tickets.image import (
    TicketCanvas,
    details_part,
    footer_part,
    header_part,
    qr_image,
    scan_caption_part,
)
from hallq.tickets.layout import TicketPrint

DEFAULT_PROFILE = "TM-T20II"  # generic Epson-compatible 80 mm, 576 dots, 203 dpi
NUMBER_SIZE = 5  # GS ! multiplier of the 12x24 font A: 60 x 120 dots a character
QR_MODULE_DOTS = 8


def profile_width(printer: Dummy) -> int:
    """Printable width in dots from the python-escpos profile (576 when the profile doesn't say)."""
    try:
        return int(printer.profile.profile_data["media"]["width"]["pixels"])
    except (KeyError, TypeError, ValueError):
        return 576


def escpos_bytes(t: TicketPrint, profile: str = DEFAULT_PROFILE, native_qr: bool = True) -> bytes:
    """ESC/POS bytes for the ticket: ESC @, raster images, native large number, native QR, cut."""
    d = Dummy(profile=profile)
    width = profile_width(d)
    native_qr = native_qr and d.profile.supports("qrCode")

    def image(*parts, qr: bool = False) -> None:
        c = TicketCanvas(width)
        for part in parts:
            part(t, c)
        if qr:
            c.gap(8)
            c.image(qr_image(t.qr_payload, box=7 if width >= 500 else 5))
        # python-escpos print()s a warning for profiles without a known width; keep stdout clean
        with contextlib.redirect_stdout(io.StringIO()):
            d.image(c.render(), impl="bitImageRaster")

    d.hw("INIT")  # ESC @
    d.set(align="center")
    image(header_part)

    size = NUMBER_SIZE
    while size > 1 and len(t.number) * 12 * size > width:
        size -= 1
    d.set(align="center", bold=True, smooth=True, custom_size=True, width=size, height=size)
    d.text(t.number + "\n")
    d.set(custom_size=True, width=1, height=1, bold=False, smooth=False)  # GS ! 0

    image(details_part, qr=not native_qr)
    if native_qr:
        d.set(align="center")
        d.text("\n")
        d.qr(t.qr_payload, ec=QR_ECLEVEL_M, size=QR_MODULE_DOTS, native=True)
        d.text("\n")
    image(scan_caption_part, footer_part)
    d.cut()
    return d.output
