"""Satisfaction by indices over the hub: the supervisor sets the questions (typed, refused
naming the field), the ticket's page asks them once the visit is finished, each once."""

from __future__ import annotations

import re

import httpx
from conftest import HubFixture

from hallq.hall.indices import DEFAULT_INDICES


def login(hub: HubFixture, role: str, counter: int | None, code: str, pin: str) -> dict:
    token = hub.token(role, counter)
    r = httpx.post(f"{hub.url}/api/staff/login", headers={"Authorization": f"Bearer {token}"},
                   json={"code": code, "pin": pin, "counter": counter})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {token}", "X-Staff-Session": r.json()["session"]}


def page_url(hub: HubFixture, number: str, day: str) -> str:
    return f"{hub.url}/t/{hub.hall.info.code}/{day}/{number}"


def served(hub: HubFixture, language: str = "vi") -> tuple[str, str, int]:
    """A ticket issued, called and finished at counter 1: (number, day, ticket id)."""
    hall = hub.hall
    if hall.state.counter_status(1).state.value != "open":
        hall.login("NV01", "1111", 1)
    t, _ = hall.issue("A", language=language)
    hall.call_next(1)
    hall.finish(1)
    return t.number, t.day.isoformat(), t.id


def test_the_sample_set_then_the_halls_own(hub: HubFixture) -> None:
    kiosk = {"Authorization": f"Bearer {hub.token('kiosk')}"}
    got = httpx.get(f"{hub.url}/api/config/satisfaction-indices", headers=kiosk).json()
    assert [ix["key"] for ix in got["indices"]] == [
        "access", "waiting_time", "staff_attitude", "information", "procedure",
        "bill_price", "facilities"]
    assert got["indices"][1]["question"]["vi"] == \
        "Quý khách có hài lòng với thời gian chờ không?"
    assert all(set(q) == {"vi", "zh_CN", "zh_TW", "en"} for _, q in DEFAULT_INDICES)
    boss = login(hub, "supervisor", None, "GS01", "9999")
    mine = [{"key": "waiting_time", "question": {"vi": "Chờ lâu không?", "en": "Wait?"}},
            {"key": "cleanliness", "question": {"vi": "Sảnh có sạch không?"}}]
    r = httpx.put(f"{hub.url}/api/config/satisfaction-indices", headers=boss,
                  json={"indices": mine})
    assert r.status_code == 200, r.text
    got = httpx.get(f"{hub.url}/api/config/satisfaction-indices", headers=kiosk).json()
    assert got["indices"] == mine
    # An empty list is a choice too: no questions at all (not the sample set back).
    r = httpx.put(f"{hub.url}/api/config/satisfaction-indices", headers=boss,
                  json={"indices": []})
    assert r.status_code == 200 and hub.hall.satisfaction_indices() == []


def test_bad_set_up_is_refused_naming_the_field_and_changes_nothing(hub: HubFixture) -> None:
    boss = login(hub, "supervisor", None, "GS01", "9999")
    url = f"{hub.url}/api/config/satisfaction-indices"
    before = hub.hall.satisfaction_indices()
    cases = [
        ({"indices": [{"key": "Bad Key", "question": {"vi": "x"}}]}, "indices.0.key"),
        ({"indices": [{"key": "a", "question": {"fr": "x"}}]}, "indices.0.question.fr.[key]"),
        ({"indices": [{"key": "a", "question": {"vi": "x"}},
                      {"key": "b", "question": {"vi": ""}}]}, "indices.1.question.vi"),
        ({"indices": [{"key": "a", "question": {"vi": "x" * 201}}]}, "indices.0.question.vi"),
        ({"indices": "access"}, "indices"),
        ({"indices": [{"key": "a", "question": {"vi": "x"}}] * 2}, "indices"),
        ({"indices": [{"key": f"k{i}", "question": {"vi": "x"}} for i in range(15)]},
         "indices"),
        ({"indices": [{"key": "a", "question": {"vi": "x"}, "weight": 2}]},
         "indices.0.weight"),
    ]
    for body, field in cases:
        r = httpx.put(url, headers=boss, json=body)
        assert r.status_code == 422, (body, r.text)
        err = r.json()["error"]
        assert err["code"] == "malformed"
        assert err["message"].startswith(f"Malformed request: {field}:"), err
    r = httpx.put(url, headers=boss, json={"indices": [{"key": "a", "question": {"zh_CN": "好"}}]})
    assert (r.status_code, r.json()["error"]["code"]) == (422, "question_required")
    clerk = login(hub, "counter", 2, "NV02", "2222")
    r = httpx.put(url, headers=clerk, json={"indices": []})
    assert r.status_code == 403
    assert hub.hall.satisfaction_indices() == before


def test_questions_come_after_the_visit_and_each_is_answered_once(hub: HubFixture) -> None:
    hall = hub.hall
    hall.login("NV01", "1111", 1)
    t, _ = hall.issue("A", language="vi")
    day = t.day.isoformat()
    url = page_url(hub, t.number, day)
    assert 'name="i.access"' not in httpx.get(url).text  # waiting: no questions
    r = httpx.post(url + "/answers", json={"answers": {"access": 5}})
    assert (r.status_code, r.json()["error"]["code"]) == (409, "visit_not_finished")
    hall.call_next(1)
    r = httpx.post(url + "/answers", json={"answers": {"access": 5}})
    assert (r.status_code, r.json()["error"]["code"]) == (409, "visit_not_finished")
    hall.finish(1)
    page = httpx.get(url).text
    assert "Mời quý khách đánh giá (1 = rất không hài lòng, 5 = rất hài lòng)" in page
    assert page.count('type=radio') == 35 and "Gửi đánh giá" in page
    assert "Quý khách có hài lòng với thời gian chờ không?" in page
    r = httpx.post(url + "/answers", json={"answers": {"access": 4, "waiting_time": 2}})
    assert r.status_code == 200, r.text
    assert r.json()["result"]["scores"] == {"access": 4, "waiting_time": 2}
    page = httpx.get(url).text
    assert 'name="i.access"' not in page and 'name="i.staff_attitude"' in page
    # The same index again: refused whole, nothing stored (not even the new one).
    r = httpx.post(url + "/answers", json={"answers": {"access": 1, "facilities": 5}})
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "already_answered"
    assert "access" in r.json()["error"]["message"]
    assert hall.answered_indices(t.id) == {"access": 4, "waiting_time": 2}
    rows = [(a.index, a.score, a.day.isoformat(), a.case)
            for a in hall.m.IndexAnswer.select().order_by(hall.m.IndexAnswer.index)]
    assert rows == [("access", 4, day, None), ("waiting_time", 2, day, None)]


def test_bad_answers_are_refused_and_change_nothing(hub: HubFixture) -> None:
    number, day, tid = served(hub)
    url = page_url(hub, number, day) + "/answers"
    for answers, code in (({"access": 6}, "bad_score"), ({"access": 0}, "bad_score"),
                          ({"access": "5"}, "bad_score"), ({"access": 4.0}, "bad_score"),
                          ({"access": True}, "bad_score"), ({"nope": 3}, "unknown_index"),
                          ({}, "no_answer")):
        r = httpx.post(url, json={"answers": answers})
        assert (r.status_code, r.json()["error"]["code"]) == (422, code), answers
    assert httpx.post(url, json={"answer": {"access": 3}}).status_code == 422
    r = httpx.post(page_url(hub, "Z999", day) + "/answers", json={"answers": {"access": 3}})
    assert (r.status_code, r.json()["error"]["code"]) == (404, "unknown_ticket")
    assert hub.hall.answered_indices(tid) == {}


def test_the_page_form_works_without_javascript(hub: HubFixture) -> None:
    number, day, tid = served(hub, language="zh_CN")
    url = page_url(hub, number, day)
    page = httpx.get(url).text
    form = re.search(r'<form method=post action="([^"]+)">', page)
    assert form and form.group(1) == f"/t/{hub.hall.info.code}/{day}/{number}/answers"
    assert "请您评价（1 = 非常不满意，5 = 非常满意）" in page and "提交评价" in page
    r = httpx.post(hub.url + form.group(1), content="lang=zh_CN&i.access=5&i.facilities=3",
                   headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 303
    assert r.headers["location"].endswith(f"/{number}?lang=zh_CN&said=thanks")
    assert hub.hall.answered_indices(tid) == {"access": 5, "facilities": 3}
    again = httpx.post(hub.url + form.group(1), content="lang=zh_CN&i.access=1",
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert again.headers["location"].endswith("said=already_answered")
    shown = httpx.get(hub.url + again.headers["location"]).text
    assert "该问题已经回答过，未作任何更改。" in shown
    empty = httpx.post(hub.url + form.group(1), content="lang=zh_CN",
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert "请至少为一个问题选择分数。" in httpx.get(hub.url + empty.headers["location"]).text
    rest = "&".join(f"i.{k}=4" for k, _ in DEFAULT_INDICES if k not in ("access", "facilities"))
    httpx.post(hub.url + form.group(1), content=f"lang=zh_CN&{rest}",
               headers={"Content-Type": "application/x-www-form-urlencoded"})
    done = httpx.get(url + "?lang=zh_CN").text
    assert "感谢您的评价！" in done and "/answers\"" not in done  # (the complaint form stays)
    assert len(hub.hall.answered_indices(tid)) == 7
    assert hub.hall.answered_indices(tid)["access"] == 5  # the first answer stands


def test_the_case_page_asks_once_the_case_is_closed(hub: HubFixture) -> None:
    hall = hub.hall
    number, day, tid = served(hub, language="en")
    case, _ = hall.open_case(tid, "NV01")
    key = hall.case(case["number"]).key
    url = f"{hub.url}/c/{case['number']}/{key}"
    assert 'name="i.access"' not in httpx.get(url + "?lang=en").text  # still open
    r = httpx.post(url + "/answers", json={"answers": {"access": 3}})
    assert (r.status_code, r.json()["error"]["code"]) == (409, "case_not_closed")
    hall.set_case_status(case["number"], "done")
    page = httpx.get(url + "?lang=en").text
    assert "Please rate us (1 = very dissatisfied, 5 = very satisfied)" in page
    assert f'action="/c/{case["number"]}/{key}/answers"' in page
    r = httpx.post(url + "/answers", content="lang=en&i.procedure=2",
                   headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 303 and r.headers["location"].endswith("?lang=en&said=thanks")
    assert hall.answered_indices(case=case["number"]) == {"procedure": 2}
    assert 'name="i.procedure"' not in httpx.get(url + "?lang=en").text
    r = httpx.post(url + "/answers", json={"answers": {"procedure": 5}})
    assert (r.status_code, r.json()["error"]["code"]) == (409, "already_answered")
    # The visit's own questions are apart: the same index once after the ticket too.
    r = httpx.post(page_url(hub, number, day) + "/answers", json={"answers": {"procedure": 4}})
    assert r.status_code == 200
    row = hall.m.IndexAnswer.get(hall.m.IndexAnswer.case == case["number"])
    assert (row.ticket_id, row.index, row.score) == (None, "procedure", 2)
    # A wrong key is no case at all.
    r = httpx.post(f"{hub.url}/c/{case['number']}/wrongkey/answers",
                   json={"answers": {"access": 3}})
    assert (r.status_code, r.json()["error"]["code"]) == (404, "unknown_case")
