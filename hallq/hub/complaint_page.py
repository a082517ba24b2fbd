"""The customer's complaint form on the ticket's page (after the visit) and the case's page:
a short text, once; afterwards the page says it was received and by when it is answered.
Four languages; no staff name and nothing the customer wrote is shown back."""

from __future__ import annotations

import html

from hallq.domain.cases import Case
from hallq.domain.complaints import Complaint
from hallq.hall.complaints import MAX_TEXT
from hallq.hall.service import Hall
from hallq.hub import page_shell
from hallq.tickets.case_receipt import day_text

TEXTS: dict[str, dict[str, str]] = {
    "title": {"vi": "Góp ý, khiếu nại", "zh_CN": "投诉与意见", "zh_TW": "投訴與意見",
              "en": "Make a complaint"},
    "hint": {"vi": "Điều gì chưa tốt? Một nhân viên sẽ phụ trách và trả lời quý khách "
                   "(tối đa 1.000 ký tự).",
             "zh_CN": "哪里做得不好？将由专人负责并答复您（最多 1000 字）。",
             "zh_TW": "哪裡做得不好？將由專人負責並答覆您（最多 1000 字）。",
             "en": "What went wrong? A named member of staff will answer you (at most "
                   "1,000 characters)."},
    "send": {"vi": "Gửi khiếu nại", "zh_CN": "提交投诉", "zh_TW": "提交投訴",
             "en": "Send the complaint"},
    "received": {"vi": "Chúng tôi đã nhận khiếu nại {number}; sẽ trả lời trước ngày {due}.",
                 "zh_CN": "我们已收到投诉 {number}，将于 {due} 前答复。",
                 "zh_TW": "我們已收到投訴 {number}，將於 {due} 前答覆。",
                 "en": "We have received complaint {number}; we will answer by {due}."},
    "closed": {"vi": "Khiếu nại {number} đã được trả lời. Cảm ơn quý khách.",
               "zh_CN": "投诉 {number} 已答复，谢谢您。", "zh_TW": "投訴 {number} 已答覆，謝謝您。",
               "en": "Complaint {number} has been answered. Thank you."},
    "complaint_exists": {"vi": "Quý khách đã gửi khiếu nại cho lượt này rồi; không có gì "
                               "thay đổi.",
                         "zh_CN": "您已就此提交过投诉，未作任何更改。",
                         "zh_TW": "您已就此提交過投訴，未作任何更改。",
                         "en": "You already sent a complaint about this; nothing was "
                               "changed."},
    "complaint_text_required": {"vi": "Vui lòng viết nội dung khiếu nại.",
                                "zh_CN": "请填写投诉内容。", "zh_TW": "請填寫投訴內容。",
                                "en": "Please write what went wrong."},
    "complaint_too_long": {"vi": "Nội dung quá dài (tối đa 1.000 ký tự).",
                           "zh_CN": "内容过长（最多 1000 字）。",
                           "zh_TW": "內容過長（最多 1000 字）。",
                           "en": "Too long (at most 1,000 characters)."},
    "complaint_refused": {"vi": "Chưa gửi được khiếu nại; vui lòng thử lại.",
                          "zh_CN": "投诉未能提交，请重试。", "zh_TW": "投訴未能提交，請重試。",
                          "en": "Your complaint could not be sent; please try again."},
}
# What a form post says back on the ticket's page (?said=, short: the page takes 20
# characters), by the refusal's code; the case's page reads its state instead.
SAID = {"complaint_exists": "kn_exists", "complaint_text_required": "kn_empty",
        "complaint_too_long": "kn_long", "complaint_refused": "kn_refused"}
SAID_KEY = {v: k for k, v in SAID.items()}
CSS = """.kn{max-width:26em;margin:1.5em auto;text-align:left;font-size:.8em}
.kn h2{font-size:1.2em;margin:.2em 0}.kn textarea{width:100%;min-height:7em;font:inherit;
padding:.4em;border:2px solid #8a94a6;border-radius:.4em;box-sizing:border-box}.kn button{width:100%;margin-top:.6em;
padding:.7em;font-size:1.1em;border:0;border-radius:.4em;background:#7a2e0e;color:#fff}
.kn .got{font-weight:bold;color:#1d6b2f}.kn .n{white-space:nowrap}.kn .no{font-weight:bold;color:#a00000}"""


def say(key: str, lang: str, **values: str) -> str:
    return page_shell.say(TEXTS, key, lang, **values)


def complaint_form(action: str, lang: str, made: Complaint | None, said: str = "") -> str:
    """The form, or what became of the complaint already made (its number and due date)."""
    if made is not None:
        key = "received" if made.open else "closed"
        note = (f'<p class=no role=status>{say("complaint_exists", lang)}</p>'
                if said == SAID["complaint_exists"] else "")
        # the number in one piece (a phone's narrow screen would break it at a hyphen)
        got = say(key, lang, number="\x00", due=day_text(made.due, lang)).replace(
            "\x00", f"<span class=n>{html.escape(made.number)}</span>")
        return (f'<section class=kn id=complaint><style>{CSS}</style>{note}<p class=got>'
                f"{got}</p></section>")
    note = (f'<p class=no role=status>{say(SAID_KEY[said], lang)}</p>'
            if said in SAID_KEY else "")
    return (f'<section class=kn id=complaint><style>{CSS}</style>'
            f'<h2>{say("title", lang)}</h2>{note}<p>{say("hint", lang)}</p>'
            f'<form method=post action="{html.escape(action)}">'
            f'<input type=hidden name=lang value="{html.escape(lang)}">'
            f'<textarea name=text required maxlength={MAX_TEXT}></textarea>'
            f'<button type=submit>{say("send", lang)}</button></form></section>')


def ticket_section(hall: Hall, ticket_id: int, action: str, lang: str, said: str) -> str:
    """The ticket page's part (its caller holds the hall's lock; the visit is over)."""
    return complaint_form(action, lang, hall.complaint_of_visit(ticket_id), said)


def case_section(hall: Hall, case: Case, lang: str) -> str:
    """The case page's part (registered in hallq.hub.case_page.SECTIONS)."""
    if not case.key:
        return ""
    return complaint_form(f"/c/{case.number}/{case.key}/complaint", lang,
                          hall.complaint_of_visit(case=case.number))
