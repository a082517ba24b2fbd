"""The customer pages' fonts draw Vietnamese as written: in a real headless Chromium, "chờ"
(wait) and "chớ" (don't) must not look alike. WenQuanYi Micro Hei, there for Chinese, draws
ờ (o, horn, grave) as ớ (acute): a Latin font must come before it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from hallq.hub.page_shell import BASE_CSS

playwright = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")

# Each pair differs only in the tone mark: a page showing one for the other says something else.
PAIRS = [("chờ", "chớ"), ("người", "ngưới"), ("Đang chờ", "Đang chớ")]


@pytest.fixture
def page() -> Iterator[object]:
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b.new_page(viewport={"width": 480, "height": 400})
        b.close()


@pytest.mark.parametrize("lang", ["vi", "zh-CN"])  # a Chinese page shows Vietnamese names too
def test_a_grave_and_an_acute_look_different(page, lang: str) -> None:
    cells = "".join(f'<p id=p{i}a>{a}</p><p id=p{i}b>{b}</p>' for i, (a, b) in enumerate(PAIRS))
    page.set_content(f'<html lang="{lang}"><head><style>{BASE_CSS}p{{font-size:48px;'
                     # whole pixels apart, so the same glyphs give the same pixels
                     f'line-height:60px;height:60px;margin:0;padding:0 8px}}</style></head><body><main>{cells}'
                     "</main></body></html>")
    for i, (a, b) in enumerate(PAIRS):
        shot_a = page.locator(f"#p{i}a").screenshot()
        shot_b = page.locator(f"#p{i}b").screenshot()
        assert shot_a != shot_b, f"{a!r} is drawn as {b!r}"
