"""What a case receipt says, in four languages: its lines, built once for ESC/POS and PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from hallq.domain.values import name_in

LANGS = ("vi", "zh_CN", "zh_TW", "en")

# The words the receipt and the case page share (the page adds its own).
WORDS: dict[str, dict[str, str]] = {
    "title": {"vi": "Phiếu tiếp nhận hồ sơ", "zh_CN": "办件受理回执", "zh_TW": "辦件受理回執",
              "en": "Case receipt"},
    "number": {"vi": "Số hồ sơ", "zh_CN": "办件编号", "zh_TW": "辦件編號", "en": "Case number"},
    "kind": {"vi": "Loại hồ sơ", "zh_CN": "办件类型", "zh_TW": "辦件類型", "en": "Kind of case"},
    "due": {"vi": "Hạn giải quyết", "zh_CN": "办结期限", "zh_TW": "辦結期限", "en": "Due by"},
    "bring": {"vi": "Cần mang theo", "zh_CN": "请携带", "zh_TW": "請攜帶",
              "en": "What to bring"},
    "follow": {"vi": "Quét mã để xem tiến độ hồ sơ", "zh_CN": "扫码查看办理进度",
               "zh_TW": "掃碼查看辦理進度", "en": "Scan to follow your case"},
    "return": {"vi": "Khi quay lại, quét mã tại máy lấy số.",
               "zh_CN": "再次来办时，请在取号机上扫描此码。",
               "zh_TW": "再次來辦時，請在取號機上掃描此碼。",
               "en": "When you come back, scan this code at the kiosk."},
}


def word(key: str, lang: str) -> str:
    return WORDS[key].get(lang) or WORDS[key]["en"]


def day_text(d: date, lang: str) -> str:
    """A date as the language writes it: 11/12/2026, 2026年12月11日, 11 Dec 2026."""
    if lang == "vi":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if lang in ("zh_CN", "zh_TW"):
        return f"{d.year}年{d.month}月{d.day}日"
    return d.strftime("%d %b %Y")


@dataclass(frozen=True)
class CaseReceipt:
    """Everything a case receipt prints, already in the customer's language."""

    hall_name: str
    number: str
    kind: str
    due: date
    bring: str
    url: str  # the case page: the QR code
    lang: str = "vi"

    def rows(self) -> list[tuple[str, str]]:
        """(label, value) under the number, in print order; "what to bring" only when the
        service says."""
        out = [(word("kind", self.lang), self.kind),
               (word("due", self.lang), day_text(self.due, self.lang))]
        if self.bring.strip():
            out.append((word("bring", self.lang), self.bring.strip()))
        return out


def receipt_from(data: dict[str, Any], lang: str = "") -> CaseReceipt:
    """A receipt from the hub's receipt data (hallq.hall.cases.case_receipt, with `url`),
    in `lang` (default: the customer's language the data carries)."""
    lang = lang if lang in LANGS else data.get("language") or "vi"
    lang = lang if lang in LANGS else "vi"
    return CaseReceipt(data.get("hall", ""), data["number"],
                       name_in(data.get("kind") or {}, lang, data["number"]),
                       date.fromisoformat(data["due"]),
                       name_in(data.get("bring") or {}, lang, ""), data["url"], lang)
