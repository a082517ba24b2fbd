"""The rating keypad's customer-facing words in the customer's language (Qt-free table).

One rating scale everywhere (keypad, counter, report): the score 1..4, 4 the best
("Very satisfied"), 1 the worst ("Unsatisfied"); the keypad shows each choice's score on
its button and a USB keypad's digit picks the choice of that score, so "4" means the same
on the keypad as "4/4" on the counter. The words are the report's words.

The keypad asks in the language the customer chose at the kiosk (the ticket's `language`),
not in the device's interface language, so these strings live in a plain table rather than
in the Qt translation files. Rating choice and reason *keys* come from the hall config; a
choice may also carry its own `labels: {lang: text}` there, which wins over this table.
"""

from __future__ import annotations

from typing import Any

from hallq.domain import LANGUAGES

FALLBACK = LANGUAGES[0]  # the hall's own language when a ticket carries an unknown one

CHOICES: dict[str, dict[str, str]] = {
    "very_satisfied": {"vi": "Rất hài lòng", "zh_CN": "非常满意", "zh_TW": "非常滿意",
                       "en": "Very satisfied"},
    "satisfied": {"vi": "Hài lòng", "zh_CN": "满意", "zh_TW": "滿意", "en": "Satisfied"},
    "acceptable": {"vi": "Chấp nhận được", "zh_CN": "一般", "zh_TW": "普通", "en": "Acceptable"},
    "unsatisfied": {"vi": "Không hài lòng", "zh_CN": "不满意", "zh_TW": "不滿意",
                    "en": "Unsatisfied"},
}

REASONS: dict[str, dict[str, str]] = {
    "waited_too_long": {"vi": "Chờ quá lâu", "zh_CN": "等候时间太长", "zh_TW": "等候時間太長",
                        "en": "Waited too long"},
    "staff_attitude": {"vi": "Thái độ nhân viên", "zh_CN": "工作人员态度",
                       "zh_TW": "工作人員態度", "en": "Staff attitude"},
    "explanation_unclear": {"vi": "Giải thích chưa rõ", "zh_CN": "解释不清楚",
                            "zh_TW": "解釋不清楚", "en": "Explanation not clear"},
    "procedure_complicated": {"vi": "Thủ tục quá phức tạp", "zh_CN": "流程太复杂",
                              "zh_TW": "流程太複雜", "en": "Procedure too complicated"},
    "other": {"vi": "Khác", "zh_CN": "其他", "zh_TW": "其他", "en": "Other"},
}

# The screens' sentences; `{name}` and `{number}` are filled in by the keypad.
TEXTS: dict[str, dict[str, str]] = {
    "question": {"vi": "Quý khách vui lòng đánh giá chất lượng phục vụ",
                 "zh_CN": "请您对本次服务进行评价", "zh_TW": "請您對本次服務進行評價",
                 "en": "Please rate the service you received"},
    "served_by": {"vi": "Số {number} · Nhân viên phục vụ: {name}",
                  "zh_CN": "号码 {number} · 服务人员：{name}",
                  "zh_TW": "號碼 {number} · 服務人員：{name}",
                  "en": "Ticket {number} · Served by {name}"},
    "ticket": {"vi": "Số {number}", "zh_CN": "号码 {number}", "zh_TW": "號碼 {number}",
               "en": "Ticket {number}"},
    "reasons": {"vi": "Quý khách chưa hài lòng về điều gì?",
                "zh_CN": "请问您对哪些方面不满意？", "zh_TW": "請問您對哪些方面不滿意？",
                "en": "What was not good?"},
    "reasons_hint": {"vi": "Có thể chọn nhiều ý, sau đó bấm Gửi",
                     "zh_CN": "可多选，然后按“提交”", "zh_TW": "可複選，然後按「送出」",
                     "en": "Choose one or more, then press Send"},
    "send": {"vi": "Gửi", "zh_CN": "提交", "zh_TW": "送出", "en": "Send"},
    "thanks": {"vi": "Cảm ơn Quý khách!", "zh_CN": "谢谢您的评价！", "zh_TW": "謝謝您的評價！",
               "en": "Thank you!"},
    "thanks_low": {"vi": "Chúng tôi xin ghi nhận để phục vụ tốt hơn.",
                   "zh_CN": "我们会认真改进服务。", "zh_TW": "我們會認真改進服務。",
                   "en": "We will use your feedback to do better."},
    "goodbye": {"vi": "Chúc Quý khách một ngày tốt lành.", "zh_CN": "祝您生活愉快。",
                "zh_TW": "祝您生活愉快。", "en": "Have a nice day."},
}


def _pick(table: dict[str, str] | None, lang: str, key: str) -> str:
    if table:
        for candidate in (lang, FALLBACK, "en"):
            if table.get(candidate):
                return table[candidate]
    return key.replace("_", " ").capitalize()  # a key the table does not know yet


def choice_label(choice: dict[str, Any], lang: str) -> str:
    """The label of a configured rating choice ({key, score, color, low?, labels?})."""
    own = choice.get("labels") if isinstance(choice.get("labels"), dict) else None
    if own and own.get(lang):
        return own[lang]
    return _pick(CHOICES.get(choice["key"]) or own, lang, choice["key"])


def key_digit(choice: dict[str, Any], position: int) -> int:
    """The digit shown on a choice and pressed for it: its score (1 worst .. 4 best), or
    its place in the row for a choice whose score is not a single digit."""
    score = choice.get("score")
    if isinstance(score, int) and 1 <= score <= 9:
        return score
    return position + 1


def reason_label(reason: str, lang: str) -> str:
    return _pick(REASONS.get(reason), lang, reason)


def text(key: str, lang: str, **values: str) -> str:
    return _pick(TEXTS[key], lang, key).format(**values)
