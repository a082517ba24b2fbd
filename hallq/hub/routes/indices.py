"""The satisfaction questions on the ticket's page (and the case's): their form, in the
page's language, and the public routes that take the answers (a form post without
JavaScript, or JSON). No token: the ticket's page is the customer's own."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from hallq.domain import LANGUAGES, DomainError, InvalidInput, NotFound, name_in
from hallq.domain.cases import FINAL, Case
from hallq.hall.indices import SCORES
from hallq.hall.service import Hall
from hallq.hub import case_page
from hallq.hub.context import HubDep
from hallq.hub.permissions import allowed, public

router = APIRouter()
Part = Annotated[str, Path(max_length=40)]
FIELD = "i."  # a form field "i.<index key>" holds that question's score

_TEXT: dict[str, dict[str, str]] = {
    "ask": {"vi": "Mời quý khách đánh giá (1 = rất không hài lòng, 5 = rất hài lòng)",
            "zh_CN": "请您评价（1 = 非常不满意，5 = 非常满意）",
            "zh_TW": "請您評價（1 = 非常不滿意，5 = 非常滿意）",
            "en": "Please rate us (1 = very dissatisfied, 5 = very satisfied)"},
    "send": {"vi": "Gửi đánh giá", "zh_CN": "提交评价", "zh_TW": "提交評價", "en": "Send"},
    "thanks": {"vi": "Cảm ơn quý khách đã đánh giá!", "zh_CN": "感谢您的评价！",
               "zh_TW": "感謝您的評價！", "en": "Thank you for your answers!"},
    "already_answered": {"vi": "Câu hỏi này đã được trả lời rồi; không có gì thay đổi.",
                         "zh_CN": "该问题已经回答过，未作任何更改。",
                         "zh_TW": "該問題已經回答過，未作任何更改。",
                         "en": "This question was already answered; nothing was changed."},
    "no_answer": {"vi": "Vui lòng chọn điểm cho ít nhất một câu hỏi.",
                  "zh_CN": "请至少为一个问题选择分数。", "zh_TW": "請至少為一個問題選擇分數。",
                  "en": "Please choose a score for at least one question."},
    "refused": {"vi": "Chưa ghi nhận được đánh giá; vui lòng thử lại.",
                "zh_CN": "未能记录您的评价，请重试。", "zh_TW": "未能記錄您的評價，請重試。",
                "en": "Your answers could not be recorded; please try again."},
}
# What a refused form post says back on the page (?said=); anything else: "refused".
SAID = ("thanks", "already_answered", "no_answer", "refused")
CSS = """.ix{max-width:26em;margin:1.5em auto;text-align:left;font-size:.8em}
.ix fieldset{border:0;border-top:1px solid #ccd;margin:0;padding:.6em 0}
.ix legend{font-weight:bold;padding:0;margin-bottom:.4em}
.sc{display:flex;gap:.35em}.sc input{position:absolute;opacity:0;width:1px;height:1px}
.sc label{flex:1;min-width:2.6em;height:2.6em;line-height:2.6em;text-align:center;
border:2px solid #0b4f8a;border-radius:.4em;color:#0b4f8a;font-size:1.2em;cursor:pointer}
.sc input:checked+label{background:#0b4f8a;color:#fff}
.sc input:focus-visible+label{outline:3px solid #f0a020}
.ix button{width:100%;margin-top:.8em;padding:.7em;font-size:1.2em;border:0;
border-radius:.4em;background:#0b4f8a;color:#fff}.said{font-weight:bold;color:#1d6b2f}
.said.err{color:#9a4a00}"""


def say(key: str, lang: str) -> str:
    return html.escape(_TEXT[key].get(lang) or _TEXT[key]["en"])


def questions_form(hall: Hall, action: str, lang: str, answered: Mapping[str, int],
                   said: str = "") -> str:
    """The questions not answered yet after this visit, five big buttons each, as one form
    that works without JavaScript; "thank you" once every question is answered."""
    left = [ix for ix in hall.satisfaction_indices() if ix["key"] not in answered]
    kind = "said" if said == "thanks" else "said err"  # a refusal reads apart from thanks
    note = f'<p class="{kind}" role=status>{say(said, lang)}</p>' if said in SAID else ""
    if not left:
        return (f'<section class=ix>{note if said != "thanks" else ""}'
                f'<p class=said>{say("thanks", lang)}</p></section>') if answered else ""
    parts = []
    for ix in left:
        key = html.escape(ix["key"])
        buttons = "".join(
            f'<input type=radio id="{key}-{s}" name="{FIELD}{key}" value="{s}">'
            f'<label for="{key}-{s}">{s}</label>' for s in SCORES)
        question = html.escape(name_in(ix["question"], lang, ix["key"]))
        parts.append(f"<fieldset><legend>{question}</legend><div class=sc>{buttons}</div>"
                     "</fieldset>")
    return (f'<section class=ix><style>{CSS}</style>{note}<p>{say("ask", lang)}</p>'
            f'<form method=post action="{html.escape(action)}">'
            f'<input type=hidden name=lang value="{html.escape(lang)}">{"".join(parts)}'
            f'<button type=submit>{say("send", lang)}</button></form></section>')


async def read_answers(request: Request) -> tuple[dict[str, Any], str, bool]:
    """(answers, language, whether it came as JSON) from a form post or a JSON body."""
    raw = await request.body()
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            raise InvalidInput("malformed", "Malformed request: body: not JSON") from None
        if not isinstance(body, dict) or not isinstance(body.get("answers"), dict):
            raise InvalidInput("malformed", "Malformed request: answers: give "
                               "{\"answers\": {index: score}}")
        return body["answers"], str(body.get("lang") or ""), True
    form = parse_qs(raw.decode("utf-8", "replace"), max_num_fields=40)
    answers: dict[str, Any] = {}
    for name, values in form.items():
        if name.startswith(FIELD):
            v = values[-1]
            answers[name[len(FIELD):]] = int(v) if v.isdigit() and len(v) < 3 else v
    return answers, (form.get("lang") or [""])[-1], False


def _ticket_id(hall: Hall, hall_code: str, day: str, number: str) -> int:
    with hall.lock:
        legs = [t for t in hall.state.tickets.values()
                if t.day.isoformat() == day and t.number == number.upper()]
        if hall_code != hall.info.code or not legs:
            raise NotFound("unknown_ticket", "There is no such ticket today.")
        return max(legs, key=lambda t: t.leg).id


async def answer(hub: Any, request: Request, page: str, **target: Any) -> Response:
    """Record the answers; a form post goes back to its page (saying what happened), JSON
    gets the result or the refusal."""
    answers, lang, as_json = await read_answers(request)
    lang = lang if lang in LANGUAGES else ""  # it goes back into a URL: only a known one
    try:
        out, _ = await hub.run(hub.hall.answer_indices, answers, **target)
    except DomainError as exc:
        if as_json:
            raise
        said = exc.code if exc.code in SAID else "refused"
        return RedirectResponse(f"{page}?lang={lang}&said={said}", status_code=303)
    if as_json:
        return JSONResponse({"result": out})
    return RedirectResponse(f"{page}?lang={lang}&said=thanks", status_code=303)


@router.post("/t/{hall_code}/{day}/{number}/answers",
             dependencies=[Depends(public("indices.answer"))])
async def answer_after_ticket(hall_code: Part, day: Part, number: Part, request: Request,
                              hub: HubDep) -> Response:
    """A customer's 1-5 scores after a finished visit: a form (fields i.<index>=score) or
    JSON {"answers": {index: score}}; each index once per ticket."""
    tid = _ticket_id(hub.hall, hall_code, day, number)
    page = f"/t/{hall_code}/{day}/{number.upper()}"
    return await answer(hub, request, page, ticket_id=tid)


def case_questions(hall: Hall, case: Case, lang: str) -> str:
    """The case page's part: the questions, once the case is closed (done or refused)."""
    if case.status not in FINAL:
        return ""
    return questions_form(hall, f"/c/{case.number}/{case.key}/answers", lang,
                          hall.answered_indices(case=case.number))


case_page.SECTIONS.append(case_questions)


@router.post("/c/{number}/{key}/answers", dependencies=[Depends(public("indices.answer"))])
async def answer_after_case(number: Part, key: Part, request: Request,
                            hub: HubDep) -> Response:
    """A customer's 1-5 scores once their case is closed, as after a ticket; the case's
    number and secret key (its page's address) or 404."""
    case = hub.hall.case_by_key(number, key)
    return await answer(hub, request, f"/c/{case.number}/{key}", case=case.number)


@router.get("/api/config/satisfaction-indices",
            dependencies=[Depends(allowed("state.read"))])
async def indices(hub: HubDep) -> dict[str, Any]:
    """The hall's satisfaction indices, in order (the sample set until it sets its own)."""
    return {"indices": hub.hall.satisfaction_indices()}
