"""The frame every customer page on a phone shares: head, base style, language switcher, script."""

from __future__ import annotations

import html
import json
from typing import Any

from hallq.domain import LANGUAGES

LANG_NAMES = {"vi": "Tiếng Việt", "zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}

# The page's box, its fonts and a column a phone's width at most; each page adds its own
# rules after it. A Latin font with Vietnamese comes before the CJK ones (named, so zh_CN
# and zh_TW never fall back to a Latin font): WenQuanYi Micro Hei draws ờ as ớ ("chờ", wait,
# would read "chớ", don't).
BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font:18px/1.45 "Noto Sans","DejaVu Sans",
"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:#111;background:#f4f6f8}
main{max-width:480px;
margin:0 auto;padding:12px}"""
# The language switcher: one button a language, the page's own filled in.
NAV_CSS = """nav{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:10px}nav a{padding:8px 10px;
border:2px solid #0b4f8a;border-radius:8px;color:#0b4f8a;text-decoration:none;font-size:16px}
nav a.on{background:#0b4f8a;color:#fff}"""
# What every page's script starts with: its words (D.t) as T, and $ for an element by id.
JS_HELPERS = "const T=D.t,$=id=>document.getElementById(id);"
# A page opened with a secret in its address (a case's key) is kept out of search engines
# and never sends that address on to another site.
PRIVATE_META = ('<meta name="robots" content="noindex"><meta name="referrer" '
                'content="no-referrer">\n')


def tag(lang: str) -> str:
    """The HTML language tag of one of ours (zh_CN -> zh-CN)."""
    return lang.replace("_", "-")


def say(texts: dict[str, dict[str, str]], key: str, lang: str, **values: str) -> str:
    """One of a page's texts in `lang` (English where it has none), filled in and escaped."""
    text = texts[key].get(lang, texts[key]["en"])
    return html.escape(text.format(**values) if values else text)


def lang_nav(lang: str, here: str = "") -> str:
    """The switcher's links, each in its own language (its lang attribute a BCP 47 tag,
    zh-CN: a browser picks the Simplified Chinese font by it); a screen reader hears which
    one is the page's."""
    return "".join(f'<a href="{here}?lang={k}" lang="{tag(k)}"'
                   f'{" class=on aria-current=page" if k == lang else ""}>{LANG_NAMES[k]}</a>'
                   for k in LANGUAGES)


def shell(lang: str, title: str, style: str, nav: str, body: str, *, private: bool = False,
          data: dict[str, Any] | None = None, script: str = "", top: str = "") -> str:
    """The whole page: `title`, `body` and `top` (above the switcher: the hall's notices)
    already escaped; `data` (given with a script) is handed to the script as D, then
    JS_HELPERS run, then `script`."""
    code = ""
    if data is not None:
        safe = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")  # no early </script>
        code = f"\n<script>const D={safe};{JS_HELPERS}{script}</script>"
    return f"""<!doctype html><html lang="{tag(lang)}"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
{PRIVATE_META if private else ""}<title>{title}</title><style>{style}</style></head><body><main>
{top}<nav>{nav}</nav>{body}</main>{code}</body></html>"""
