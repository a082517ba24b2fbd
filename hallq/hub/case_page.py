"""The page a case receipt's QR opens (/c/<number>/<key>): where the case stands, in four
languages with a switcher; no staff names and no phone number on it."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from hallq.domain import LANGUAGES, name_in
from hallq.domain.cases import Case, CaseStatus, is_overdue
from hallq.hall.service import Hall
from hallq.hub.notice_block import notices_html
from hallq.hub.page_changes import RELOAD_SCRIPT
from hallq.hub.page_shell import BASE_CSS, NAV_CSS, lang_nav, say, shell
from hallq.tickets.case_receipt import day_text, word

STATUS: dict[str, dict[str, str]] = {
    CaseStatus.RECEIVED: {"vi": "Đã tiếp nhận", "zh_CN": "已受理", "zh_TW": "已受理",
                          "en": "Received"},
    CaseStatus.IN_PROGRESS: {"vi": "Đang giải quyết", "zh_CN": "办理中", "zh_TW": "辦理中",
                             "en": "In progress"},
    CaseStatus.WAITING_CUSTOMER: {"vi": "Chờ bạn bổ sung", "zh_CN": "待您补充",
                                  "zh_TW": "待您補充", "en": "Waiting for you"},
    CaseStatus.DONE: {"vi": "Đã hoàn thành", "zh_CN": "已办结", "zh_TW": "已辦結",
                      "en": "Done"},
    CaseStatus.REFUSED: {"vi": "Không giải quyết được", "zh_CN": "不予办理",
                         "zh_TW": "不予辦理", "en": "Refused"},
}
TEXTS: dict[str, dict[str, str]] = {
    "title": {"vi": "Hồ sơ của bạn", "zh_CN": "您的办件", "zh_TW": "您的辦件",
              "en": "Your case"},
    "status": {"vi": "Trạng thái", "zh_CN": "状态", "zh_TW": "狀態", "en": "Status"},
    "overdue": {"vi": "Đã quá hạn — chúng tôi xin lỗi vì sự chậm trễ.",
                "zh_CN": "已超期，抱歉让您久等。", "zh_TW": "已逾期，抱歉讓您久等。",
                "en": "Overdue — we are sorry for the delay."},
    "reason": {"vi": "Lý do", "zh_CN": "原因", "zh_TW": "原因", "en": "Reason"},
    "history": {"vi": "Quá trình xử lý", "zh_CN": "办理进度", "zh_TW": "辦理進度",
                "en": "History"},
    "waiting": {"vi": "Vui lòng mang giấy tờ còn thiếu đến sảnh và quét mã trên phiếu tại "
                      "máy lấy số.",
                "zh_CN": "请携带所缺材料到大厅，在取号机上扫描回执上的二维码。",
                "zh_TW": "請攜帶所缺資料到大廳，在取號機上掃描回執上的二維碼。",
                "en": "Please bring what is missing to the hall and scan the receipt's code "
                      "at the kiosk."},
    "not_found": {"vi": "Không tìm thấy hồ sơ này.", "zh_CN": "未找到此办件。",
                  "zh_TW": "未找到此辦件。", "en": "Case not found."},
}

# ---------------------------------------------------------------------------------------
# EXTRA SECTIONS: other features add their part of the page here, without touching the rest.
# Each is called with (hall, case, lang) and returns an HTML fragment ("" for nothing),
# already escaped; they are shown in list order after the history, before the footer.
# (The hall's notices, the index questions and the complaint form register themselves here.)
Section = Callable[[Hall, Case, str], str]
SECTIONS: list[Section] = []
# Extra CSS rules the sections need (appended to the page's style).
EXTRA_STYLE: list[str] = []
# ---------------------------------------------------------------------------------------

_STYLE = BASE_CSS + NAV_CSS + """h1{font-size:22px;margin:14px 0 4px}
.num{font-size:34px;font-weight:bold;letter-spacing:1px;margin:0;overflow-wrap:anywhere}
.state{font-size:24px;font-weight:bold;padding:12px;border-radius:12px;background:#fff;
margin:10px 0}.state.done{background:#0b6b2e;color:#fff}.state.refused{background:#a00000;
color:#fff}.late{color:#a00000;font-weight:bold}dl{margin:0;background:#fff;
border-radius:12px;padding:8px 12px}dt{color:#555;font-size:15px;margin-top:6px}
dd{margin:0 0 4px;font-weight:bold}ol{padding-left:0;list-style:none;background:#fff;
border-radius:12px;padding:8px 12px}ol li{display:flex;justify-content:space-between;gap:8px;
border-bottom:1px solid #e3e6ea;padding:6px 0}ol li:last-child{border:0}
ol time{color:#555;white-space:nowrap}section{margin-top:14px}footer{margin:24px 0 8px;
color:#555;font-size:15px;text-align:center}
"""


def _t(key: str, lang: str) -> str:
    return say(TEXTS, key, lang)


def _shell(lang: str, title: str, nav: str, body: str, footer: str) -> str:
    return shell(lang, title, _STYLE + "".join(EXTRA_STYLE), nav,
                 f"{body}<footer>{footer}</footer>", private=True)


def _when(ts: datetime, tz: ZoneInfo, lang: str) -> str:
    local = ts.astimezone(tz)
    return f"{day_text(local.date(), lang)} {local:%H:%M}"


def pick_lang(hall: Hall, lang: str) -> str:
    """?lang= if it is one of ours, else the hall's first language."""
    return lang if lang in LANGUAGES else (hall.info.languages or LANGUAGES)[0]


def not_found_page(hall: Hall, lang: str) -> str:
    lang = pick_lang(hall, lang)
    return _shell(lang, _t("not_found", lang), "",
                  f"<h1>{_t('not_found', lang)}</h1>", html.escape(hall.info.name))


def case_page(hall: Hall, case: Case, key: str, lang: str = "") -> str:
    """One case in one language: number, kind, status, due date, what to bring, history."""
    lang = pick_lang(hall, lang)
    with hall.lock:
        kind = hall.case_type(case.service)
        history = hall.case_history(case.number)
        today = hall.today()
        tz = ZoneInfo(hall.info.timezone)
        extra = [s(hall, case, lang) for s in SECTIONS]
        notes = notices_html(hall, lang)  # the hall's notices in force, at the top
        name = html.escape(hall.info.name)
    here = html.escape(f"/c/{case.number}/{key}")
    rows = [(word("kind", lang), name_in(kind.name, lang, case.service)),
            (word("due", lang), day_text(case.due, lang))]
    bring = name_in(kind.bring or {}, lang, "")
    if bring:
        rows.append((word("bring", lang), bring))
    if case.status == CaseStatus.REFUSED and case.reason:
        rows.append((TEXTS["reason"][lang], case.reason))
    facts = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in rows)
    cls = {CaseStatus.DONE: " done", CaseStatus.REFUSED: " refused"}.get(case.status, "")
    lines = [notes, f"<h1>{_t('title', lang)} · {html.escape(word('number', lang))}</h1>",
             f"<p class=num>{html.escape(case.number)}</p>",
             f'<div class="state{cls}" id=status>{html.escape(STATUS[case.status][lang])}'
             "</div>"]
    if is_overdue(case, today):
        lines.append(f"<p class=late>{_t('overdue', lang)}</p>")
    if case.status == CaseStatus.WAITING_CUSTOMER:
        lines.append(f"<p>{_t('waiting', lang)}</p>")
    lines.append(f"<dl>{facts}</dl>")
    steps = "".join(f"<li><span>{html.escape(STATUS.get(h['status'], {}).get(lang, ''))}"
                    f"</span><time>{_when(h['at'], tz, lang)}</time></li>"
                    for h in history if h["status"] in STATUS)
    lines.append(f"<section><h1>{_t('history', lang)}</h1><ol id=history>{steps}</ol>"
                 "</section>")
    lines += [x for x in extra if x]
    lines.append(RELOAD_SCRIPT.format(here=here, lang=lang))  # live: a change reloads it
    return _shell(lang, f"{html.escape(case.number)} · {name}", lang_nav(lang, here),
                  "\n".join(lines), name)
