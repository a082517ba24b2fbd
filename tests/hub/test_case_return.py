"""Cases over the hub when the customer comes back: the kiosk's check-in (by the scanned QR,
the number or the phone), any counter's look-up, and the receipt PDF with its QR."""

from __future__ import annotations

import io

import httpx
from conftest import HubFixture
from pypdf import PdfReader
from test_case_routes import login


def opened(hub: HubFixture, clerk: dict) -> dict:
    hub.hall.set_case_type({"service": "B", "name": {"vi": "Cấp điện mới",
                                                      "zh_CN": "新装用电"},
                            "due_working_days": 5, "bring": {"vi": "CCCD"}})
    t, _ = hub.hall.issue("B", language="zh_CN")
    r = httpx.post(f"{hub.url}/api/cases", headers=clerk,
                   json={"ticket_id": t.id, "phone": "0901234567"})
    assert r.status_code == 200, r.text
    hub.hall.cancel(t.id)
    return r.json()


def test_open_gives_the_receipt_and_the_kiosk_checks_in_by_the_qr(hub: HubFixture) -> None:
    clerk = login(hub, "counter", 4, "NV04", "4444")
    reply = opened(hub, clerk)
    number, receipt = reply["case"]["number"], reply["receipt"]
    key = hub.hall.case(number).key
    assert receipt["url"] == f"{hub.url}/c/{number}/{key}"
    assert (receipt["language"], receipt["kind"]["zh_CN"]) == ("zh_CN", "新装用电")
    assert httpx.get(receipt["url"]).status_code == 200  # the QR opens the case's page
    kiosk = {"Authorization": f"Bearer {hub.token('kiosk')}"}
    r = httpx.post(f"{hub.url}/api/cases/check-in", headers=kiosk,
                   json={"number": number, "key": key, "language": "vi"})
    assert r.status_code == 200, r.text
    out = r.json()
    assert (out["to_counter"], out["ticket"]["target_counter"], out["ticket"]["service"]) == (
        4, 4, "B")
    assert "0901234567" not in r.text and key not in r.text
    # The counter that calls it sees which case it is about (and never the phone).
    r = httpx.get(f"{hub.url}/api/cases/find", headers=clerk,
                  params={"ticket_id": out["ticket"]["id"]})
    [case] = r.json()["cases"]
    assert (case["number"], case["status"], case["kind"]["vi"]) == (number, "received",
                                                                    "Cấp điện mới")
    assert [h["status"] for h in case["history"]] == ["received"]
    assert "0901234567" not in r.text


def test_unknown_or_closed_cases_are_refused_and_nothing_is_issued(hub: HubFixture) -> None:
    clerk = login(hub, "counter", 4, "NV04", "4444")
    number = opened(hub, clerk)["case"]["number"]
    kiosk = {"Authorization": f"Bearer {hub.token('kiosk')}"}
    before = len(hub.hall.state.tickets)
    for body, want in (({"number": "HS-2026-000077"}, (404, "unknown_case")),
                       ({"phone": "0912000000"}, (404, "no_open_case")),
                       ({"phone": "abc"}, (422, "bad_phone")),
                       ({}, (422, "case_or_phone")),
                       ({"number": number, "key": "wrong"}, (404, "unknown_case"))):
        r = httpx.post(f"{hub.url}/api/cases/check-in", headers=kiosk, json=body)
        assert (r.status_code, r.json()["error"]["code"]) == want, body
    hub.hall.set_case_status(number, "done")
    r = httpx.post(f"{hub.url}/api/cases/check-in", headers=kiosk, json={"number": number})
    assert (r.status_code, r.json()["error"]["code"]) == (409, "case_closed")
    assert len(hub.hall.state.tickets) == before


def test_another_clerk_finds_the_case_by_phone_but_reads_no_receipt(hub: HubFixture) -> None:
    clerk = login(hub, "counter", 4, "NV04", "4444")
    other = login(hub, "counter", 5, "NV05", "5555")
    number = opened(hub, clerk)["case"]["number"]
    r = httpx.get(f"{hub.url}/api/cases/find", headers=other, params={"phone": "0901234567"})
    assert [c["number"] for c in r.json()["cases"]] == [number]
    assert "0901234567" not in r.text
    r = httpx.get(f"{hub.url}/api/cases/{number}/receipt.pdf", headers=other)
    assert (r.status_code, r.json()["error"]["code"]) == (403, "forbidden")
    kiosk = {"Authorization": f"Bearer {hub.token('kiosk')}"}
    r = httpx.get(f"{hub.url}/api/cases/find", headers=kiosk, params={"number": number})
    assert r.status_code == 403  # the kiosk checks in; it does not browse cases
    r = httpx.get(f"{hub.url}/api/cases/{number}/receipt.pdf", headers=clerk,
                  params={"lang": "vi"})
    assert (r.status_code, r.headers["content-type"]) == (200, "application/pdf")
    text = PdfReader(io.BytesIO(r.content)).pages[0].extract_text()
    assert number in text and "Cấp điện mới" in text and "CCCD" in text


def test_the_open_dialog_reads_the_kind_and_due_date_before_opening(hub: HubFixture) -> None:
    clerk = login(hub, "counter", 4, "NV04", "4444")
    hub.hall.set_case_type({"service": "B", "name": {"vi": "Cấp điện mới"},
                            "due_working_days": 3, "bring": {"vi": "CCCD"}})
    t, _ = hub.hall.issue("B")
    r = httpx.get(f"{hub.url}/api/cases/preview", headers=clerk, params={"ticket_id": t.id})
    seen = r.json()
    assert (seen["kind"], seen["bring"], seen["due_working_days"], seen["case"]) == (
        {"vi": "Cấp điện mới"}, {"vi": "CCCD"}, 3, None)
    assert seen["due"] == hub.hall.case_preview(t.id)["due"]
    assert hub.hall.cases(open_only=False) == []  # reading opens nothing
    number = httpx.post(f"{hub.url}/api/cases", headers=clerk,
                        json={"ticket_id": t.id}).json()["case"]["number"]
    r = httpx.get(f"{hub.url}/api/cases/preview", headers=clerk, params={"ticket_id": t.id})
    assert r.json()["case"] == number
    r = httpx.get(f"{hub.url}/api/cases/preview", headers=clerk, params={"ticket_id": 999})
    assert (r.status_code, r.json()["error"]["code"]) == (404, "unknown_ticket")
