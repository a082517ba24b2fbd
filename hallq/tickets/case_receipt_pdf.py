"""The case receipt as an 80 mm wide PDF, with real text (the ticket PDF's fonts and parts)."""

from __future__ import annotations

from reportlab.lib.units import mm

from hallq.tickets.case_receipt import CaseReceipt, word
from hallq.tickets.layout import nfc
from hallq.tickets.pdf import (
    Item,
    gap,
    number_item,
    qr_item,
    register_fonts,
    row_items,
    rule,
    slip_pdf,
    text_item,
)


def layout(r: CaseReceipt) -> list[Item]:
    items: list[Item | None] = [
        gap(3 * mm),
        text_item(r.hall_name, 11, bold=True),
        rule(),
        text_item(word("title", r.lang), 14, bold=True),
        gap(1 * mm),
        text_item(word("number", r.lang), 10),
        number_item(r.number),
        rule(),
    ]
    for label, value in r.rows():
        if label == word("bring", r.lang):  # a list of papers: its own lines, never squeezed
            items += [text_item(label, 10, align="left"), text_item(value, 12, bold=True,
                                                                   align="left")]
        else:
            items += row_items(label, value, 10, 12)
    items += [
        rule(),
        gap(1 * mm),
        qr_item(r.url),
        text_item(word("follow", r.lang), 10),
        text_item(word("return", r.lang), 10),
        gap(4 * mm),
    ]
    return [i for i in items if i]


def case_receipt_pdf(r: CaseReceipt) -> bytes:
    """One page, 80 mm wide and as tall as the receipt, fonts embedded, text extractable."""
    register_fonts()
    return slip_pdf(layout(r), f"{r.number} — {nfc(r.hall_name)}")
