"""Satisfaction by indices: the hall's questions (access, waiting time, ...) and the
customers' 1-5 answers after a finished visit or a closed case, once per index each.

An answer keeps the index, the score, the day and the ticket or case it follows: nothing
about the customer (head office reads these rows as they are).
"""

from __future__ import annotations

from typing import Any

from hallq.domain import DomainError, Event, InvalidInput, NotFound, TicketState, queue
from hallq.domain.cases import FINAL
from hallq.hall.base import HallBase, Reply, locked
from hallq.hall.setup import SYSTEM
from hallq.wire import SatisfactionIndicesSetup, check_setup

SCORES = (1, 2, 3, 4, 5)  # 1: very dissatisfied .. 5: very satisfied
SET_UP = "satisfaction_indices_set"  # meta key: the hall chose its own list (maybe empty)

# The sample set a hall starts with: seven indices, as the utilities in the field use.
DEFAULT_INDICES: tuple[tuple[str, dict[str, str]], ...] = (
    ("access", {
        "vi": "Việc đi đến điểm giao dịch và tìm đúng nơi cần đến có thuận tiện không?",
        "zh_CN": "来营业厅、在厅内找到办理地点是否方便？",
        "zh_TW": "來營業廳、在廳內找到辦理地點是否方便？",
        "en": "How easy was it to reach the hall and find your way in it?"}),
    ("waiting_time", {
        "vi": "Quý khách có hài lòng với thời gian chờ không?",
        "zh_CN": "您对等候时间满意吗？",
        "zh_TW": "您對等候時間滿意嗎？",
        "en": "How satisfied are you with the waiting time?"}),
    ("staff_attitude", {
        "vi": "Nhân viên có lịch sự, tận tình với quý khách không?",
        "zh_CN": "工作人员的态度是否礼貌、热情？",
        "zh_TW": "工作人員的態度是否禮貌、熱情？",
        "en": "How courteous and helpful were the staff?"}),
    ("information", {
        "vi": "Thông tin quý khách nhận được có rõ ràng, đầy đủ không?",
        "zh_CN": "您得到的信息是否清楚、完整？",
        "zh_TW": "您得到的資訊是否清楚、完整？",
        "en": "Was the information you were given clear and complete?"}),
    ("procedure", {
        "vi": "Thủ tục có đơn giản, dễ thực hiện không?",
        "zh_CN": "办理手续是否简便？",
        "zh_TW": "辦理手續是否簡便？",
        "en": "How simple was the procedure?"}),
    ("bill_price", {
        "vi": "Hóa đơn và giá tiền có rõ ràng, dễ hiểu không?",
        "zh_CN": "账单和价格是否清楚易懂？",
        "zh_TW": "帳單和價格是否清楚易懂？",
        "en": "Are your bill and the price clear and easy to understand?"}),
    ("facilities", {
        "vi": "Quý khách có hài lòng với cơ sở vật chất (chỗ ngồi, vệ sinh, biển chỉ dẫn) "
              "không?",
        "zh_CN": "您对厅内设施（座位、卫生、指示牌）满意吗？",
        "zh_TW": "您對廳內設施（座位、衛生、指示牌）滿意嗎？",
        "en": "How satisfied are you with the hall's facilities (seats, cleanliness, signs)?"}),
)


class HallIndices(HallBase):
    """Mixed into Hall: the satisfaction indices and their answers."""

    # ------------------------------------------------------------ set-up
    def satisfaction_indices(self) -> list[dict[str, Any]]:
        """The hall's indices in order: [{"key", "question": {language: text}}]; the sample
        set until the hall sets its own."""
        m = self.m
        rows = list(m.SatisfactionIndex.select().order_by(m.SatisfactionIndex.position))
        if not rows and not self.store.get_meta(SET_UP):
            return [{"key": k, "question": dict(q)} for k, q in DEFAULT_INDICES]
        return [{"key": r.key, "question": dict(r.name)} for r in rows]

    @locked
    def set_satisfaction_indices(self, data: dict[str, Any], by: str = SYSTEM) -> Reply:
        """Replace the list of indices (PUT /api/config/satisfaction-indices)."""
        checked = check_setup(SatisfactionIndicesSetup, data)
        for i, ix in enumerate(checked.indices):
            if not ix.question.get("vi") and not ix.question.get("en"):
                raise InvalidInput("question_required", f"Index {ix.key!r} (indices.{i}) "
                                   "needs its question in Vietnamese or English.")
        old = self.satisfaction_indices()
        new: list[dict[str, Any]] = [
            {"key": ix.key, "question": {str(k): v for k, v in ix.question.items()}}
            for ix in checked.indices]
        now = self.now()
        ev = Event("config_changed", now, queue.business_day(now, self.info), None, None, None,
                   {"what": "satisfaction_indices", "by": by, "indices": new,
                    "changes": {"indices": [[x["key"] for x in old], [x["key"] for x in new]]}})
        m = self.m

        def write() -> None:
            m.SatisfactionIndex.delete().execute()
            for pos, ix in enumerate(new):
                self.store.write_row(m.SatisfactionIndex, {
                    "key": ix["key"], "name": ix["question"], "position": pos})
            self.store.set_meta(SET_UP, True)

        events = self._commit(queue.Change(events=[ev]), write)
        return {"indices": new}, events

    # ------------------------------------------------------------ answers
    def answered_indices(self, ticket_id: int | None = None,
                         case: str | None = None) -> dict[str, int]:
        """The indices already answered after this visit (or case), with their scores."""
        m = self.m
        if ticket_id is not None:
            where = m.IndexAnswer.ticket_id == ticket_id
        elif case is not None:
            where = m.IndexAnswer.case == case
        else:
            return {}
        return {r.index: r.score for r in m.IndexAnswer.select().where(where)}

    def finished_leg(self, ticket_id: int) -> int:
        """The ticket's last leg if the visit is over and served (the one answers hang on)."""
        t = self.state.tickets.get(ticket_id)
        if t is None:
            raise NotFound("unknown_ticket", "There is no such ticket today.")
        legs = [x for x in self.state.tickets.values()
                if x.day == t.day and x.number == t.number]
        last = max(legs, key=lambda x: x.leg)
        if last.state != TicketState.DONE:
            raise DomainError("visit_not_finished", "The questions come once the visit is "
                              "finished.")
        return last.id

    @locked
    def answer_indices(self, answers: dict[str, Any], ticket_id: int | None = None,
                       case: str | None = None) -> Reply:
        """Record a customer's scores (1-5) after a finished visit or a closed case: each
        index once; a second answer to any of them refuses the whole request."""
        if (ticket_id is None) == (case is None):
            raise InvalidInput("malformed", "Answer after a ticket or a case, one of them.")
        if not isinstance(answers, dict) or not answers:
            raise InvalidInput("no_answer", "Choose a score for at least one question.")
        keys = {ix["key"] for ix in self.satisfaction_indices()}
        for key, score in answers.items():
            if key not in keys:
                raise InvalidInput("unknown_index", f"There is no question {key!r}.")
            if type(score) is not int or score not in SCORES:
                raise InvalidInput("bad_score", f"A score is 1 to 5 ({key}: {score!r}).")
        if ticket_id is not None:
            ticket_id = self.finished_leg(ticket_id)
        else:
            row = self.m.Case.get_or_none(self.m.Case.number == str(case).strip().upper())
            if row is None:
                raise NotFound("unknown_case", "There is no case with this number.")
            if row.status not in FINAL:
                raise DomainError("case_not_closed", "The questions come once the case is "
                                  "closed.")
            case = row.number
        done = self.answered_indices(ticket_id, case)
        again = sorted(set(answers) & set(done))
        if again:
            raise DomainError("already_answered", "This question was already answered "
                              f"({', '.join(again)}); nothing was changed.")
        now = self.now()
        day = queue.business_day(now, self.info)
        scores = {k: int(v) for k, v in answers.items()}
        ev = Event("indices_answered", now, day, ticket_id, None, None,
                   {"case": case, "scores": scores})
        m = self.m

        def write() -> None:
            for key, score in scores.items():
                self.store.write_row(m.IndexAnswer, {
                    "ticket_id": ticket_id, "case": case, "index": key, "score": score,
                    "answered_at": now, "day": day})

        events = self._commit(queue.Change(events=[ev]), write)
        return {"ticket_id": ticket_id, "case": case, "scores": scores}, events
