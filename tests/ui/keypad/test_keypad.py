"""The rating keypad against a real hub: prompt in the customer's language, one rating per
visit, reasons, timeout, double taps, USB keys, and nothing offered while the hub is away."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWebSockets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QPixmap  # noqa: E402

from hallq import settings as hsettings  # noqa: E402
from hallq.domain import LANGUAGES  # noqa: E402
from ui.client import HallClient  # noqa: E402
from ui.keypad import labels  # noqa: E402
from ui.keypad.window import KeypadWindow  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def keypads(qtbot):
    """Keypad windows made by a test: at the end their replies land, then clients stop,
    then the windows close (in that order, so no signal reaches a deleted widget)."""
    made: list[tuple[KeypadWindow, HallClient]] = []
    yield made
    qtbot.wait(150)
    for _, c in made:
        c.stop()
    qtbot.wait(50)
    for w, c in made:
        w.close()
        w.deleteLater()
        c.deleteLater()
    qtbot.wait(10)


def _keypad(qtbot, hub, counter: int = 1, timeout_s: float = 30, thanks_s: float = 4,
            made: list | None = None, photo_dir: str = "") -> KeypadWindow:
    s = hsettings.defaults()
    s.values["keypad"]["photo_dir"] = photo_dir
    s.values["keypad"]["rating_timeout_s"] = timeout_s  # tests may go below the minimum
    s.values["keypad"]["thanks_s"] = thanks_s
    client = HallClient(hub.url, hub.token("keypad", counter))
    w = KeypadWindow(client, s, counter)
    made.append((w, client))
    w.show()
    with qtbot.waitSignal(client.connectedChanged, timeout=5000):
        client.start()
    return w


@pytest.fixture
def clerk(hub):
    """NV01 logged in at counter 1: the counter side, driven through the hub."""
    hub.hall.login("NV01", "1111", 1)
    return hub


def _serve(hub, counter: int = 1, language: str = "vi", service: str = "A") -> dict:
    t, _ = hub.hall.issue(service, language=language)
    hub.hall.call_next(counter)
    hub.hall.finish(counter)
    return {"id": t.id, "number": t.number}


def _ratings(hub) -> list:
    m = hub.hall.m
    return list(m.Rating.select().order_by(m.Rating.ticket_id))


def _wait_page(qtbot, w: KeypadWindow, page, timeout: int = 3000) -> None:
    qtbot.waitUntil(lambda: w.stack.currentWidget() is page, timeout=timeout)


def test_idle_shows_who_serves_here(qtbot, clerk, keypads):
    w = _keypad(qtbot, clerk, made=keypads)
    assert w.stack.currentWidget() is w.idle
    assert w.idle.counter_label.text() == "Quầy 1"
    assert w.idle.name.text() == "Nguyễn Văn Hùng"
    assert "NV01" in w.idle.code.text()
    assert not w.idle.photo.pixmap().isNull()  # initials when no photo is configured
    assert w.idle.offline_line.text() == ""


def test_prompt_in_the_tickets_language_and_one_rating_for_satisfied(qtbot, clerk, keypads):
    w = _keypad(qtbot, clerk, made=keypads)
    visit = _serve(clerk, language="zh_CN")
    _wait_page(qtbot, w, w.prompt)
    assert [b.text() for b in w.prompt.buttons] == ["非常满意", "满意", "一般", "不满意"]
    assert w.prompt.title.text() == "请您对本次服务进行评价"
    assert visit["number"] in w.prompt.sub.text() and "Nguyễn Văn Hùng" in w.prompt.sub.text()
    qtbot.mouseClick(w.prompt.buttons[1], LEFT)
    _wait_page(qtbot, w, w.thanks)
    assert w.thanks.title.text() == "谢谢您的评价！"
    rows = _ratings(clerk)
    assert len(rows) == 1
    r = rows[0]
    assert (r.ticket_id, r.choice, r.score, r.rated, r.staff, r.counter, r.service) == \
        (visit["id"], "satisfied", 3, True, "NV01", 1, "A")


def test_unsatisfied_with_two_reasons_stores_both(qtbot, clerk, keypads):
    w = _keypad(qtbot, clerk, made=keypads)
    visit = _serve(clerk, language="vi")
    _wait_page(qtbot, w, w.prompt)
    assert w.prompt.buttons[3].text() == "Không hài lòng"
    qtbot.mouseClick(w.prompt.buttons[3], LEFT)
    _wait_page(qtbot, w, w.reasons)
    assert _ratings(clerk) == []  # nothing stored until Send
    assert [b.text() for b in w.reasons.buttons] == [
        "Chờ quá lâu", "Thái độ nhân viên", "Giải thích chưa rõ", "Thủ tục quá phức tạp", "Khác"]
    qtbot.mouseClick(w.reasons.buttons[0], LEFT)
    qtbot.mouseClick(w.reasons.buttons[3], LEFT)
    qtbot.mouseClick(w.reasons.buttons[2], LEFT)
    qtbot.mouseClick(w.reasons.buttons[2], LEFT)  # changed her mind: unticked
    qtbot.mouseClick(w.reasons.send_button, LEFT)
    _wait_page(qtbot, w, w.thanks)
    rows = _ratings(clerk)
    assert len(rows) == 1
    assert (rows[0].ticket_id, rows[0].choice, rows[0].score) == (visit["id"], "unsatisfied", 1)
    assert rows[0].reasons == ["waited_too_long", "procedure_complicated"]


def test_timeout_records_not_rated_and_returns_to_idle(qtbot, clerk, keypads):
    w = _keypad(qtbot, clerk, timeout_s=0.3, made=keypads)
    visit = _serve(clerk)
    qtbot.waitUntil(lambda: len(_ratings(clerk)) == 1, timeout=5000)
    r = _ratings(clerk)[0]
    assert (r.ticket_id, r.rated, r.choice, r.score, r.staff) == (visit["id"], False, "", None,
                                                                   "NV01")
    _wait_page(qtbot, w, w.idle)


def test_double_tap_stores_one_rating(qtbot, clerk, keypads):
    w = _keypad(qtbot, clerk, made=keypads)
    visit = _serve(clerk)
    _wait_page(qtbot, w, w.prompt)
    qtbot.mouseClick(w.prompt.buttons[0], LEFT)
    qtbot.mouseClick(w.prompt.buttons[0], LEFT)
    qtbot.mouseClick(w.prompt.buttons[2], LEFT)
    qtbot.keyClick(w, Qt.Key.Key_3)
    _wait_page(qtbot, w, w.thanks)
    qtbot.keyClick(w, Qt.Key.Key_2)
    qtbot.wait(200)
    rows = _ratings(clerk)
    assert [(r.ticket_id, r.choice) for r in rows] == [(visit["id"], "very_satisfied")]


def test_keys_are_the_scores_and_enter_works(qtbot, clerk, keypads):
    w = _keypad(qtbot, clerk, thanks_s=0.2, made=keypads)
    first = _serve(clerk, language="en")
    _wait_page(qtbot, w, w.prompt)
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.KeypadModifier)  # score 3
    _wait_page(qtbot, w, w.thanks)
    _wait_page(qtbot, w, w.idle)
    second = _serve(clerk, language="en")
    _wait_page(qtbot, w, w.prompt)
    qtbot.keyClick(w, Qt.Key.Key_1)  # score 1, the worst, as the counter's "1/4"
    _wait_page(qtbot, w, w.reasons)
    qtbot.keyClick(w, Qt.Key.Key_1)
    qtbot.keyClick(w, Qt.Key.Key_5)
    assert w.reasons.selected() == ["waited_too_long", "other"]
    qtbot.keyClick(w, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: len(_ratings(clerk)) == 2, timeout=3000)
    got = {r.ticket_id: (r.choice, r.reasons) for r in _ratings(clerk)}
    assert got == {first["id"]: ("satisfied", []),
                   second["id"]: ("unsatisfied", ["waited_too_long", "other"])}


def test_a_new_finish_closes_the_pending_rating(qtbot, clerk, keypads):
    w = _keypad(qtbot, clerk, made=keypads)
    first = _serve(clerk, language="vi")
    _wait_page(qtbot, w, w.prompt)
    second = _serve(clerk, language="en")
    qtbot.waitUntil(lambda: w.ticket is not None and w.ticket["id"] == second["id"],
                    timeout=3000)
    assert w.stack.currentWidget() is w.prompt
    assert w.prompt.buttons[0].text() == "Very satisfied"
    qtbot.mouseClick(w.prompt.buttons[0], LEFT)
    qtbot.waitUntil(lambda: len(_ratings(clerk)) == 2, timeout=3000)
    got = {r.ticket_id: (r.rated, r.choice) for r in _ratings(clerk)}
    assert got == {first["id"]: (False, ""), second["id"]: (True, "very_satisfied")}


def test_hub_down_offers_nothing_then_resumes(qtbot, clerk, keypads):
    w = _keypad(qtbot, clerk, made=keypads)
    visit = _serve(clerk)
    _wait_page(qtbot, w, w.prompt)
    with qtbot.waitSignal(w.client.connectedChanged, timeout=5000):
        clerk.server.stop()
    assert w.stack.currentWidget() is w.idle
    assert w.idle.offline_line.text() != ""
    qtbot.keyClick(w, Qt.Key.Key_1)  # nothing to rate: the key does nothing
    assert w.stack.currentWidget() is w.idle
    with qtbot.waitSignal(w.client.connectedChanged, timeout=10000):
        clerk.restart()
    # Back within the rating time: the same visit is offered again and can be rated.
    _wait_page(qtbot, w, w.prompt, timeout=5000)
    assert w.ticket["id"] == visit["id"]
    assert w.idle.offline_line.text() == ""
    qtbot.mouseClick(w.prompt.buttons[0], LEFT)
    _wait_page(qtbot, w, w.thanks)
    rows = list(clerk.hall.m.Rating.select())
    assert [(r.ticket_id, r.choice) for r in rows] == [(visit["id"], "very_satisfied")]


def test_the_staff_photo_is_shown_when_configured(qtbot, clerk, keypads, tmp_path):
    photo = QPixmap(60, 80)
    photo.fill(QColor("#ff0000"))
    photo.save(str(tmp_path / "NV01.png"))
    w = _keypad(qtbot, clerk, made=keypads, photo_dir=str(tmp_path))
    shown = w.idle.photo.pixmap().toImage()
    assert QColor(shown.pixel(shown.width() // 2, shown.height() // 2)) == QColor("#ff0000")


def test_a_keypad_started_after_a_finish_offers_it_while_fresh(qtbot, clerk, keypads):
    visit = _serve(clerk, language="en")
    w = _keypad(qtbot, clerk, made=keypads)
    _wait_page(qtbot, w, w.prompt)
    assert w.ticket["id"] == visit["id"]
    assert w.prompt.buttons[1].text() == "Satisfied"


def test_a_visit_left_unrated_while_the_keypad_was_off_is_closed(qtbot, clerk, keypads):
    visit = _serve(clerk)
    qtbot.wait(700)  # longer than this keypad's rating time
    w = _keypad(qtbot, clerk, timeout_s=0.5, made=keypads)
    qtbot.waitUntil(lambda: len(_ratings(clerk)) == 1, timeout=3000)
    r = _ratings(clerk)[0]
    assert (r.ticket_id, r.rated) == (visit["id"], False)
    assert w.stack.currentWidget() is w.idle


def test_hub_unreachable_from_the_start_shows_no_prompt(qtbot, hub, keypads):
    s = hsettings.defaults()
    client = HallClient(hub.url, hub.token("keypad", 1))
    hub.server.stop()
    w = KeypadWindow(client, s, 1)
    keypads.append((w, client))
    client.start()
    qtbot.waitUntil(client._retry.isActive, timeout=3000)  # its first try has failed
    w.offer({"id": 1, "number": "A001", "language": "vi", "staff": "NV01"}, 30000)
    assert w.stack.currentWidget() is w.idle
    assert w.idle.offline_line.text() != ""


def test_labels_cover_every_language_and_unknown_keys():
    for lang in LANGUAGES:
        for c in ("very_satisfied", "satisfied", "acceptable", "unsatisfied"):
            assert labels.choice_label({"key": c}, lang)
        for r in ("waited_too_long", "staff_attitude", "explanation_unclear",
                  "procedure_complicated", "other"):
            assert labels.reason_label(r, lang)
        for key in labels.TEXTS:
            assert labels.text(key, lang, number="A001", name="X")
    assert labels.choice_label({"key": "unsatisfied"}, "zh_TW") == "不滿意"
    assert labels.reason_label("procedure_complicated", "zh_TW") == "流程太複雜"
    assert labels.choice_label({"key": "neutral"}, "vi") == "Neutral"
    assert labels.choice_label({"key": "ok", "labels": {"vi": "Được"}}, "vi") == "Được"
    assert labels.choice_label({"key": "satisfied"}, "fr") == "Hài lòng"


def test_a_visit_finished_just_before_the_keypad_connected_is_recorded_not_rated(
        qtbot, clerk, keypads):
    """Too little time left to ask (under MIN_RESUME_MS) is still time that runs out: the
    visit is recorded "not rated" then, as a timeout would (the response rate counts it)."""
    visit = _serve(clerk)
    w = _keypad(qtbot, clerk, timeout_s=0.3, made=keypads)
    qtbot.waitUntil(lambda: len(_ratings(clerk)) == 1, timeout=5000)
    r = _ratings(clerk)[0]
    assert (r.ticket_id, r.rated, r.choice) == (visit["id"], False, "")
    assert w.stack.currentWidget() is w.idle
