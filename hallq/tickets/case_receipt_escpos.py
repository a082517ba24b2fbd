"""The case receipt as ESC/POS bytes for the counter's thermal printer (as tickets are:
words drawn as raster images, the case number as printer text, the QR native)."""

from __future__ import annotations

import contextlib
import io

from escpos.constants import QR_ECLEVEL_M
from escpos.printer import Dummy

from hallq.tickets.case_receipt import CaseReceipt, word
from hallq.tickets.escpos import DEFAULT_PROFILE, QR_MODULE_DOTS, profile_width
from hallq.tickets.image import TicketCanvas, qr_image


def receipt_escpos(r: CaseReceipt, profile: str = DEFAULT_PROFILE,
                   native_qr: bool = True) -> bytes:
    """ESC @, the header picture, the case number as text, the details picture, the QR, cut."""
    d = Dummy(profile=profile)
    width = profile_width(d)
    native_qr = native_qr and d.profile.supports("qrCode")

    def image(c: TicketCanvas) -> None:
        with contextlib.redirect_stdout(io.StringIO()):  # escpos warns on stdout
            d.image(c.render(), impl="bitImageRaster")

    d.hw("INIT")
    d.set(align="center")
    head = TicketCanvas(width)
    head.gap(6)
    head.text(r.hall_name, 26, bold=True)
    head.rule()
    head.text(word("title", r.lang), 32, bold=True)
    head.gap(6)
    head.text(word("number", r.lang), 24)
    image(head)

    # The number as the printer's own text: crisp, and readable from the bytes.
    size = 3
    while size > 1 and len(r.number) * 12 * size > width:
        size -= 1
    d.set(align="center", bold=True, custom_size=True, width=size, height=size)
    d.text(r.number + "\n")
    d.set(custom_size=True, width=1, height=1, bold=False)

    body = TicketCanvas(width)
    body.rule()
    for label, value in r.rows():
        if label == word("bring", r.lang):
            body.text(label, 24, align="left")
            body.text(value, 28, bold=True, align="left")
        else:
            body.row(label, value, 24, 28)
    body.rule()
    if not native_qr:
        body.gap(8)
        body.image(qr_image(r.url, box=6 if width >= 500 else 4))
    image(body)
    if native_qr:
        d.set(align="center")
        d.text("\n")
        d.qr(r.url, ec=QR_ECLEVEL_M, size=QR_MODULE_DOTS if width >= 500 else 6, native=True)
        d.text("\n")
    foot = TicketCanvas(width)
    foot.text(word("follow", r.lang), 24)
    foot.text(word("return", r.lang), 22)
    foot.gap(10)
    image(foot)
    d.cut()
    return bytes(d.output)
