"""Complaints over the hub: a clerk reads and answers only their own, a supervisor all;
displays and kiosks read none; the customer complains once from the ticket's or the case's
page; the hub moves an overdue complaint to the supervisor (an alert) when it starts."""

from __future__ import annotations

import re
import time
from datetime import timedelta

import httpx
from conftest import HubFixture

from hallq.domain.alerts import AlertBook

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def login(hub: HubFixture, role: str, counter: int | None, code: str, pin: str) -> dict:
    token = hub.token(role, counter)
    r = httpx.post(f"{hub.url}/api/staff/login", headers={"Authorization": f"Bearer {token}"},
                   json={"code": code, "pin": pin, "counter": counter})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {token}", "X-Staff-Session": r.json()["session"]}


def served(hub: HubFixture, counter: int = 1, staff: str = "NV01", pin: str = "1111",
           language: str = "vi") -> tuple[str, str, int]:
    hall = hub.hall
    if hall.state.counter_status(counter).state.value != "open":
        hall.login(staff, pin, counter)
    t, _ = hall.issue("A", language=language)
    hall.call_next(counter)
    hall.finish(counter)
    return t.number, t.day.isoformat(), t.id


def test_a_clerk_sees_and_answers_only_their_own(hub: HubFixture) -> None:
    hall = hub.hall
    clerk = login(hub, "counter", 1, "NV01", "1111")
    login(hub, "counter", 2, "NV02", "2222")
    _, _, t1 = served(hub, 1, "NV01", "1111")
    _, _, t2 = served(hub, 2, "NV02", "2222")
    mine = hall.customer_complaint("Chờ quá lâu", ticket_id=t1)["number"]
    theirs = hall.customer_complaint("Nhân viên thiếu lịch sự", ticket_id=t2)["number"]
    listed = httpx.get(f"{hub.url}/api/complaints", headers=clerk).json()["complaints"]
    assert [(c["number"], c["text"]) for c in listed] == [(mine, "Chờ quá lâu")]
    r = httpx.get(f"{hub.url}/api/complaints/{theirs}", headers=clerk)
    assert (r.status_code, r.json()["error"]["code"]) == (403, "forbidden")
    r = httpx.post(f"{hub.url}/api/complaints/{theirs}/close", headers=clerk,
                   json={"outcome": "resolved", "text": "Đã xử lý"})
    assert r.status_code == 403 and hall.complaint(theirs).open
    r = httpx.post(f"{hub.url}/api/complaints/{mine}/owner", headers=clerk,
                   json={"owner": "NV03"})
    assert r.status_code == 403  # reassigning is the supervisor's
    r = httpx.post(f"{hub.url}/api/complaints/{mine}/cause", headers=clerk,
                   json={"cause": "waiting_time"})
    assert r.status_code == 200 and r.json()["complaint"]["cause"] == "waiting_time"
    r = httpx.post(f"{hub.url}/api/complaints/{mine}/close", headers=clerk,
                   json={"outcome": "resolved", "text": "  "})
    assert (r.status_code, r.json()["error"]["code"]) == (422, "closing_text_required")
    r = httpx.post(f"{hub.url}/api/complaints/{mine}/close", headers=clerk,
                   json={"outcome": "resolved", "text": "Đã giải thích và xin lỗi"})
    assert r.status_code == 200 and r.json()["complaint"]["outcome"] == "resolved"
    assert hall.complaint(mine).closing_text == "Đã giải thích và xin lỗi"
    # The supervisor sees every one, reassigns, and filters.
    boss = login(hub, "supervisor", None, "GS01", "9999")
    everyone = httpx.get(f"{hub.url}/api/complaints?open=false", headers=boss).json()
    assert {c["number"] for c in everyone["complaints"]} == {mine, theirs}
    r = httpx.post(f"{hub.url}/api/complaints/{theirs}/owner", headers=boss,
                   json={"owner": "NV05"})
    assert r.status_code == 200 and r.json()["complaint"]["owner"] == "NV05"
    assert [c["number"] for c in httpx.get(f"{hub.url}/api/complaints?owner=NV05",
                                           headers=boss).json()["complaints"]] == [theirs]
    r = httpx.get(f"{hub.url}/api/complaints/KN-2026-999999", headers=boss)
    assert (r.status_code, r.json()["error"]["code"]) == (404, "unknown_complaint")
    # Displays and kiosks read none (the customer's words).
    for role in ("display", "kiosk"):
        dev = {"Authorization": f"Bearer {hub.token(role)}"}
        assert httpx.get(f"{hub.url}/api/complaints", headers=dev).status_code == 403
        assert httpx.get(f"{hub.url}/api/complaints/{mine}", headers=dev).status_code == 403


def test_staff_open_one_by_hand_and_set_up_the_causes(hub: HubFixture) -> None:
    clerk = login(hub, "counter", 4, "NV04", "4444")
    r = httpx.post(f"{hub.url}/api/complaints", headers=clerk,
                   json={"cause": "billing", "text": "Khách gọi: hóa đơn tháng 11 sai"})
    assert r.status_code == 200, r.text
    out = r.json()["complaint"]
    assert (out["owner"], out["source"], out["cause"]) == ("NV04", "note", "billing")
    r = httpx.post(f"{hub.url}/api/complaints", headers=clerk,
                   json={"owner": "NV05", "text": "x"})
    assert r.status_code == 403  # a clerk opens their own only
    r = httpx.post(f"{hub.url}/api/complaints", headers=clerk, json={"cause": "weather"})
    assert (r.status_code, r.json()["error"]["code"]) == (422, "bad_cause")
    boss = login(hub, "supervisor", None, "GS01", "9999")
    causes = [{"key": "billing", "name": {"vi": "Hóa đơn", "zh_CN": "账单", "zh_TW": "帳單",
                                         "en": "Bill"}}]
    r = httpx.put(f"{hub.url}/api/config/complaint-causes", headers=boss,
                  json={"causes": causes})
    assert r.status_code == 200, r.text
    r = httpx.put(f"{hub.url}/api/config/complaint-causes", headers=clerk,
                  json={"causes": causes})
    assert r.status_code == 403
    r = httpx.put(f"{hub.url}/api/config/complaint-causes", headers=boss,
                  json={"causes": [{"key": "Bad Key", "name": {"vi": "x"}}]})
    assert r.status_code == 422 and "causes.0.key" in r.json()["error"]["message"]
    kiosk = {"Authorization": f"Bearer {hub.token('kiosk')}"}
    assert httpx.get(f"{hub.url}/api/config/complaint-causes",
                     headers=kiosk).json()["causes"] == causes


def test_the_customer_complains_once_from_the_ticket_page(hub: HubFixture) -> None:
    number, day, tid = served(hub, language="zh_CN")
    url = f"{hub.url}/t/{hub.hall.info.code}/{day}/{number}"
    page = httpx.get(url).text
    action = f"/t/{hub.hall.info.code}/{day}/{number}/complaint"
    assert f'<form method=post action="{action}">' in page and "提交投诉" in page
    empty = httpx.post(hub.url + action, content="lang=zh_CN&text=+", headers=FORM)
    assert empty.status_code == 303
    assert "请填写投诉内容。" in httpx.get(hub.url + empty.headers["location"]).text
    r = httpx.post(hub.url + action, content="lang=zh_CN&text=%E7%AD%89%E4%BA%86%E5%BE%88%E4%B9%85",
                   headers=FORM)
    assert r.status_code == 303
    (c,) = hub.hall.complaints()
    assert (c["source"], c["owner"], c["ticket_id"]) == ("customer", "NV01", tid)
    assert hub.hall.complaint_detail(c["number"])["text"] == "等了很久"
    after = httpx.get(url + "?lang=zh_CN").text
    assert f"我们已收到投诉 {c['number']}" in re.sub(r"<[^>]+>", "", after) and 'name=text' not in after
    assert "NV01" not in after and "等了很久" not in after  # no staff, no words on the page
    again = httpx.post(hub.url + action, json={"text": "再投诉一次"})
    assert (again.status_code, again.json()["error"]["code"]) == (409, "complaint_exists")
    form_again = httpx.post(hub.url + action, content="lang=zh_CN&text=x", headers=FORM)
    assert "您已就此提交过投诉，未作任何更改。" in httpx.get(
        hub.url + form_again.headers["location"]).text
    assert len(hub.hall.complaints()) == 1
    # A waiting ticket's page has no form; an unknown ticket is 404.
    waiting, _ = hub.hall.issue("A")
    assert "name=text" not in httpx.get(
        f"{hub.url}/t/{hub.hall.info.code}/{day}/{waiting.number}").text
    r = httpx.post(f"{hub.url}/t/{hub.hall.info.code}/{day}/Z999/complaint", json={"text": "x"})
    assert r.status_code == 404


def test_the_case_page_takes_a_complaint_for_the_case_owner(hub: HubFixture) -> None:
    hall = hub.hall
    _, _, tid = served(hub, language="en")
    case, _ = hall.open_case(tid, "NV03")
    key = hall.case(case["number"]).key
    url = f"{hub.url}/c/{case['number']}/{key}"
    page = httpx.get(url + "?lang=en").text
    assert f'action="/c/{case["number"]}/{key}/complaint"' in page
    assert "Make a complaint" in page
    r = httpx.post(url + "/complaint", json={"text": "Nobody called me back"})
    assert r.status_code == 200 and set(r.json()["complaint"]) == {"number", "due"}
    (c,) = hall.complaints()
    assert (c["owner"], c["case"]) == ("NV03", case["number"])
    assert re.search(r"We have received complaint KN-\d{4}-000001; we will answer by",
                     re.sub(r"<[^>]+>", "", httpx.get(url + "?lang=en").text))
    r = httpx.post(f"{hub.url}/c/{case['number']}/wrong/complaint", json={"text": "x"})
    assert r.status_code == 404


def test_the_hub_moves_an_overdue_complaint_to_the_supervisor(hub: HubFixture) -> None:
    hall = hub.hall
    _, _, tid = served(hub)
    n = hall.customer_complaint("Chưa ai trả lời", ticket_id=tid)["number"]
    yesterday = hall.today() - timedelta(days=1)
    hall.m.Complaint.update(due=yesterday).where(hall.m.Complaint.number == n).execute()
    hub.restart()  # the hub checks when it starts, then every few minutes
    deadline = time.monotonic() + 10
    while hub.hall.complaint(n).level == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert hub.hall.complaint(n).level == 1
    boss = login(hub, "supervisor", None, "GS01", "9999")
    today = httpx.get(f"{hub.url}/api/alerts/today", headers=boss).json()
    (ev,) = today["complaints"]
    assert "Chưa ai trả lời" not in str(ev)
    book = AlertBook()
    (alert,) = book.on_event(ev)
    assert (alert.kind, alert.params["number"], alert.params["level"]) == (
        "complaint_overdue", n, 1)
    r = httpx.post(f"{hub.url}/api/alerts/ack", headers=boss,
                   json={"alert_id": alert.id, "kind": alert.kind, "text": "x"})
    assert r.status_code == 200
