"""The hall's notices in force, as the top of a customer's page (ticket, case): one language,
the page's, each notice with the dates it runs; nothing when none is in force."""

from __future__ import annotations

import html
from zoneinfo import ZoneInfo

from hallq.hall.notices import texts_for
from hallq.hall.service import Hall

# Inline styles: the pages that show the block keep their own style sheets.
BOX = ("background:#fff4d6;color:#0b1f3a;border-left:6px solid #b3261e;border-radius:8px;"
       "padding:10px 14px;margin:0 0 12px;text-align:left;font-size:1rem;line-height:1.4")
UNTIL = {"vi": "đến {at}", "zh_CN": "至 {at}", "zh_TW": "至 {at}", "en": "until {at}"}
LABEL = {"vi": "Thông báo", "zh_CN": "通知", "zh_TW": "通知", "en": "Notice"}


def notices_html(hall: Hall, lang: str) -> str:
    """The notices in force now in `lang` (the hall's first language where one was left
    empty), newest start first; call it under the hall's lock."""
    now = hall.now()
    zone = ZoneInfo(hall.info.timezone)
    out = []
    for n in sorted(hall.current_notices(now), key=lambda n: n.starts_at, reverse=True):
        text = texts_for(n.text, hall.info.languages)[lang]
        until = n.ends_at.astimezone(zone).strftime("%H:%M %d/%m/%Y")
        out.append(f'<aside class=notice role=note lang="{lang.replace("_", "-")}" '
                   f'style="{BOX}"><b>{html.escape(LABEL[lang])}:</b> {html.escape(text)} '
                   f'<small style="color:#555">({html.escape(UNTIL[lang].format(at=until))})'
                   "</small></aside>")
    return "".join(out)
