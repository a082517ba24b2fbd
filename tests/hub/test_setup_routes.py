"""Set-up through the hub's routes: a wrong value is refused (422 naming the field) and the
hall keeps working; a change is logged with who made it and old -> new."""

from __future__ import annotations

import httpx
import pytest


def supervisor(hub) -> dict[str, str]:
    token = hub.token("supervisor")
    r = httpx.post(f"{hub.url}/api/staff/login", headers={"Authorization": f"Bearer {token}"},
                   json={"code": "GS01", "pin": "9999", "counter": None})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {token}", "X-Staff-Session": r.json()["session"]}


def config_events(hub) -> list[dict]:
    m = hub.hall.m
    return [e.data for e in m.Event.select().where(m.Event.type == "config_changed")
            .order_by(m.Event.seq)]


def setup_now(hub) -> dict:
    """The hall's set-up and state as the windows see it, without the clock."""
    return {k: v for k, v in hub.hall.snapshot().items() if k != "now"}


def the_hall_still_works(hub) -> None:
    kiosk = {"Authorization": f"Bearer {hub.token('kiosk')}"}
    r = httpx.post(f"{hub.url}/api/tickets", headers=kiosk, json={"service": "A"})
    assert r.status_code == 200, r.text
    assert httpx.get(f"{hub.url}/api/state", headers=kiosk).status_code == 200


@pytest.mark.parametrize("path, raw, code, field", [
    # A string hour once went into the hall's settings and every later call failed.
    ("hall", b'{"day_start_hour": "5"}', "bad_setting", "day_start_hour"),
    ("hall", b'{"day_start_hour": 13}', "bad_setting", "day_start_hour"),
    ("hall", b'{"rating_timeout_s": 1}', "malformed", "rating_timeout_s"),
    ("hall", b'{"languages": []}', "bad_language", ""),
    ("hall", b'{"message": "' + b"x" * 301 + b'"}', "malformed", "message"),
    ("services", b'{"prefix": "A", "typical_service_min": Infinity}', "bad_number",
     "typical_service_min"),
    ("services", b'{"prefix": "A", "typical_service_min": 1e309}', "bad_number",
     "typical_service_min"),
    ("services", b'{"prefix": "A", "typical_service_min": NaN}', "bad_number",
     "typical_service_min"),
    ("services", b'{"prefix": "A", "queue_limit": "30"}', "bad_number", "queue_limit"),
    ("services", b'{"prefix": "A", "active": "no"}', "malformed", "active"),
    ("services", b'{"prefix": "A", "names": {"vi": 5}}', "malformed", "names.vi"),
    ("counters", b'{"number": "3", "services": ["A"]}', "bad_counter", "number"),
    ("counters", b'{"number": 3, "services": ["A"], "name": 7}', "malformed", "name"),
    ("staff", b'{"code": "NV01", "pin": 1234}', "bad_pin", "pin"),
    ("staff", b'{"code": "NV01", "active": 0}', "malformed", "active"),
    ("staff", b'{"code": "NV01", "role": "boss"}', "bad_role", "role"),
])
def test_a_wrong_value_is_refused_naming_the_field_and_changes_nothing(hub, path, raw, code,
                                                                       field):
    headers = supervisor(hub) | {"Content-Type": "application/json"}
    before = hub.hall.last_seq(), setup_now(hub)
    r = httpx.put(f"{hub.url}/api/config/{path}", headers=headers, content=raw)
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == code
    assert field in error["message"]
    assert (hub.hall.last_seq(), setup_now(hub)) == before
    the_hall_still_works(hub)


def test_a_device_with_a_wrong_value_is_refused(hub):
    headers = supervisor(hub)
    count = len(hub.hall.list_devices())
    for body, field in [({"role": "kiosk", "counter": "3"}, "counter"),
                        ({"role": "robot"}, "role"), ({"role": "counter", "counter": 100},
                                                      "counter")]:
        r = httpx.post(f"{hub.url}/api/devices", headers=headers, json=body)
        assert r.status_code == 422, r.text
        assert field in r.json()["error"]["message"]
    assert len(hub.hall.list_devices()) == count


def test_a_partial_update_keeps_the_other_fields(hub):
    headers = supervisor(hub)
    old = hub.hall.state.services["A"]
    r = httpx.put(f"{hub.url}/api/config/services", headers=headers,
                  json={"prefix": "a", "queue_limit": 12, "names": {"en": "Bills"}})
    assert r.status_code == 200, r.text
    new = hub.hall.state.services["A"]
    assert (new.queue_limit, new.names["en"], new.names["vi"], new.target_wait_min) == (
        12, "Bills", old.names["vi"], old.target_wait_min)


def test_every_change_says_who_and_old_to_new(hub):
    headers = supervisor(hub)
    old_hour, old_message = hub.hall.info.day_start_hour, hub.hall.info.message
    assert httpx.put(f"{hub.url}/api/config/hall", headers=headers,
                     json={"day_start_hour": 5, "message": "Nghỉ trưa"}).status_code == 200
    assert httpx.put(f"{hub.url}/api/config/counters", headers=headers,
                     json={"number": 9, "name": "Quầy 9", "services": ["A"]}).status_code == 200
    r = httpx.post(f"{hub.url}/api/devices", headers=headers, json={"role": "display"})
    assert r.status_code == 200
    assert httpx.delete(f"{hub.url}/api/devices/{r.json()['id']}",
                        headers=headers).status_code == 200
    hall, counter, added, revoked = config_events(hub)[-4:]
    assert hall["by"] == counter["by"] == added["by"] == revoked["by"] == "GS01"
    assert hall["changes"] == {"day_start_hour": [old_hour, 5], "message": [old_message, "Nghỉ trưa"]}
    assert counter["changes"] == {"number": [None, 9], "name": [None, "Quầy 9"],
                                  "services": [None, ["A"]]}
    assert added["changes"]["role"] == [None, "display"]
    assert revoked["changes"] == {"revoked": [False, True]}
