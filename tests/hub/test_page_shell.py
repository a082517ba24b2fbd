"""The customer pages' HTML (booking, phone ticket, case, not found, complaint form, the
page a ticket's QR opens) is kept as served: each page in vi and zh_CN against its copy in
tests/hub/pages/, spaces aside."""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import make_hall

import hallq.hub.app  # noqa: F401  (the case page's extra sections register on import)
from hallq.hall.clock import FixedClock
from hallq.hub import book_page, case_page, complaint_page, phone_page
from hallq.hub.routes import pages

VN = ZoneInfo("Asia/Ho_Chi_Minh")
PAGES = Path(__file__).parent / "pages"
LANGS = ("vi", "zh_CN")


def folded(page: str) -> str:
    """The page with its spaces and line breaks folded away where a browser ignores them."""
    return re.sub(r" ?([{};,<>]) ?", r"\1", re.sub(r"\s+", " ", page)).strip()


def same_as_kept(name: str, page: str) -> None:
    kept = PAGES / f"{name}.html"
    if os.environ.get("HALLQ_KEEP_PAGES"):  # to take a new copy on purpose
        kept.write_text(page, encoding="utf-8")
    kept_page = kept.read_text(encoding="utf-8")
    assert folded(page) == folded(kept_page), name
    assert re.sub(r"\s+", "", page) == re.sub(r"\s+", "", kept_page), name


@pytest.mark.parametrize("lang", LANGS)
def test_booking_and_phone_pages(lang: str) -> None:
    same_as_kept(f"book-{lang}", book_page.page(lang, "Sảnh <Quận 1> & \"Đông\"", "AB12CD"))
    same_as_kept(f"book-empty-{lang}", book_page.page(lang, "Sảnh 1"))
    same_as_kept(f"phone-{lang}", phone_page.page(lang, "tok-</script>-1"))


@pytest.mark.parametrize("lang", LANGS)
def test_case_pages_and_the_complaint_form(tmp_path: Path, lang: str) -> None:
    hall = make_hall(tmp_path / "hall.db", FixedClock(datetime(2024, 5, 2, 9, tzinfo=VN)))
    hall.set_case_type({"service": "B", "name": {"vi": "Cấp điện mới", "zh_CN": "新装用电"},
                        "due_working_days": 3,
                        "bring": {"vi": "CCCD, giấy tờ nhà", "zh_CN": "身份证、房产证明"}})
    waiting = hall.open_case(hall.issue("B")[0].id, "NV04", phone="0901234567")[0]["number"]
    hall.set_case_status(waiting, "waiting_customer")
    refused = hall.open_case(hall.issue("B")[0].id, "NV04")[0]["number"]
    hall.set_case_status(refused, "refused", reason="Thiếu giấy tờ <nhà>")
    hall.customer_complaint("Chờ lâu", case=refused)
    hall.clock = FixedClock(datetime(2024, 5, 20, 10, tzinfo=VN))  # the first one overdue
    now = hall.now()
    hall.post_notice({"vi": "Mất điện chiều nay", "zh_CN": "今天下午停电"},
                     now - timedelta(hours=1), now + timedelta(hours=5))
    for number in (waiting, refused):
        case = hall.case(number)
        page = case_page.case_page(hall, case, case.key, lang).replace(case.key, "KEY")
        same_as_kept(f"case-{number[-1]}-{lang}", page)
    same_as_kept(f"case-missing-{lang}", case_page.not_found_page(hall, lang))
    same_as_kept(f"complaint-form-{lang}",
                 complaint_page.complaint_form("/t/X/2024-05-02/B001/complaint", lang, None,
                                               "kn_long"))
    hall.store.close()


@pytest.mark.parametrize("lang", LANGS)
def test_the_ticket_page_waiting_called_and_done(tmp_path: Path, lang: str) -> None:
    """The page a ticket's QR opens: waiting (two ahead at one counter of 3 minutes a
    customer: about 6 minutes, usually 4 to 8), called to a counter, then served."""
    hall = make_hall(tmp_path / "hall.db", FixedClock(datetime(2024, 5, 2, 9, tzinfo=VN)))
    hall.login("NV01", "1111", 1)
    hall.post_notice({"vi": "Mất điện chiều nay", "zh_CN": "今天下午停电"},
                     hall.now() - timedelta(hours=1), hall.now() + timedelta(hours=5))
    hall.issue("A")
    hall.issue("A")
    t = hall.issue("A", language=lang)[0]
    day = t.day.isoformat()
    waiting = pages.ticket_page(hall, "HCM-Q3", day, t.number)
    assert {"vi": "Thường từ 4 đến 8 phút", "zh_CN": "一般 4–8 分钟"}[lang] in waiting
    same_as_kept(f"ticket-waiting-{lang}", waiting)
    for _ in range(3):
        hall.call_next(1)
        if hall.state.tickets[t.id].state.value == "called":
            break
        hall.finish(1)
    same_as_kept(f"ticket-called-{lang}", pages.ticket_page(hall, "HCM-Q3", day, t.number))
    hall.finish(1)
    same_as_kept(f"ticket-done-{lang}", pages.ticket_page(hall, "HCM-Q3", day, t.number))
    same_as_kept(f"ticket-missing-{lang}", pages.ticket_page(hall, "HCM-Q3", day, "Z999",
                                                             lang))
