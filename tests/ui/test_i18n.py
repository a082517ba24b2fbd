"""Translations: every ui/ string finished in vi, zh_CN, zh_TW; the kiosk shows no English."""

from __future__ import annotations

import ast
import importlib.util
import re
import tempfile
from pathlib import Path

import pytest

from hallq.commands.roles import ROLE_MODULES
from hallq.domain import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("hallq_i18n_tool", ROOT / "tools" / "i18n.py")
i18n = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n)

PLACEHOLDER = re.compile(r"%n|%L?\d|\{[a-zA-Z_][a-zA-Z_0-9]*\}")
HOW_TO_FIX = ("run `python tools/i18n.py update`, translate what `python tools/i18n.py "
              "todo todo.json` lists, `python tools/i18n.py fill todo.json`, then "
              "`python tools/i18n.py build`")


@pytest.fixture(scope="module")
def extracted() -> dict[str, set[tuple[str, str]]]:
    """What lupdate finds in ui/ right now: all strings, and the plural ones (for English)."""
    with tempfile.TemporaryDirectory() as tmp:
        every, plural = Path(tmp) / "hallq_vi.ts", Path(tmp) / "hallq_en.ts"
        i18n.lupdate([every])
        i18n.lupdate([plural], plural_only=True)
        return {"all": {(c, s) for c, s, _ in i18n.messages(every)},
                "plural": {(c, s) for c, s, _ in i18n.messages(plural)}}


def finished(lang: str) -> dict[tuple[str, str], object]:
    path = i18n.ts_path(lang)
    if not path.exists():
        return {}
    return {(c, s): m for c, s, m in i18n.messages(path) if i18n.is_finished(m)}


def test_the_code_has_strings_to_translate(extracted) -> None:
    assert len(extracted["all"]) > 20
    assert ("errors", "Wrong staff code or PIN.") in extracted["all"]  # through errors._t()


@pytest.mark.parametrize("lang", ["vi", "zh_CN", "zh_TW", "en"])
def test_every_string_in_ui_has_a_finished_translation(extracted, lang) -> None:
    wanted = extracted["plural"] if lang == "en" else extracted["all"]
    missing = sorted(wanted - set(finished(lang)))
    assert not missing, (f"{len(missing)} string(s) in ui/ have no finished {lang} "
                         f"translation, e.g. {missing[:5]}; {HOW_TO_FIX}")


def _literal(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_translated_text_is_a_literal_lupdate_can_see() -> None:
    """self.tr(variable) is never extracted, so it would stay English in every language."""
    hidden = []
    for path in i18n.ui_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = set()  # def _t(text): return QCoreApplication.translate("ctx", text)
        for fn in [n for n in tree.body if isinstance(n, ast.FunctionDef)]:
            for call in [c for c in ast.walk(fn) if isinstance(c, ast.Call)]:
                if getattr(call.func, "attr", "") == "translate" and len(call.args) >= 2 \
                        and _literal(call.args[0]) and fn.args.args and \
                        getattr(call.args[1], "id", None) == fn.args.args[0].arg:
                    helpers.add((fn.name, call.lineno))
        allowed_lines = {line for _, line in helpers}
        names = {name for name, _ in helpers}
        for call in [c for c in ast.walk(tree) if isinstance(c, ast.Call)]:
            name = getattr(call.func, "attr", getattr(call.func, "id", ""))
            text = call.args[1] if name == "translate" and len(call.args) >= 2 else \
                call.args[0] if name in ({"tr"} | names) and call.args else None
            if text is not None and not _literal(text) and call.lineno not in allowed_lines:
                hidden.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)}")
    assert not hidden, ("texts lupdate cannot extract (use a literal, or QT_TRANSLATE_NOOP "
                        "for constants): " + "; ".join(hidden))


@pytest.mark.parametrize("lang", ["vi", "zh_CN", "zh_TW", "en"])
def test_translations_keep_every_placeholder(lang) -> None:
    wrong = []
    for (ctx, src), msg in finished(lang).items():
        want = sorted(PLACEHOLDER.findall(src))
        tr = msg.find("translation")
        texts = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        for text in texts:
            got = sorted(PLACEHOLDER.findall(text))
            # One plural form may leave %n out ("one minute"); nothing else may go or come.
            if got != want and sorted(set(want) - {"%n"}) != sorted(set(got) - {"%n"}):
                wrong.append((ctx, src, text))
    assert not wrong, f"placeholders changed in {lang}: {wrong[:5]}"


def test_chinese_variants_are_not_mixed_up() -> None:
    """Traditional text in zh_TW, Simplified in zh_CN (a few tell-tale characters)."""
    simplified, traditional = set("们这个号码务请时间设备于后"), set("們這個號碼務請時間設備於後")
    for lang, foreign in (("zh_CN", traditional - simplified), ("zh_TW", simplified -
                                                                  traditional)):
        bad = [(s, m.find("translation").text) for (_, s), m in finished(lang).items()
               if set(m.find("translation").text or "") & foreign]
        assert not bad, f"{lang} has characters of the other script: {bad[:5]}"


# ---------------------------------------------------------------- the kiosk, in each language

@pytest.fixture(scope="module")
def built_qm() -> None:
    """The .qm are build outputs: build them if they are missing or older than the .ts."""
    stale = [lang for lang in LANGUAGES if i18n.ts_path(lang).exists() and (
        not (i18n.I18N / f"hallq_{lang}.qm").exists()
        or (i18n.I18N / f"hallq_{lang}.qm").stat().st_mtime
        < i18n.ts_path(lang).stat().st_mtime)]
    if stale:
        i18n.build()


@pytest.fixture(scope="module")
def shared_hub(tmp_path_factory):
    """One hub for the window tests of this module (a fresh one per test is slow to make)."""
    from hallq.hub.server import HubThread
    from tests.conftest import HubFixture, make_hall

    db = tmp_path_factory.mktemp("i18n") / "hall.db"
    h = make_hall(db)
    fx = HubFixture(h, HubThread(h).start(), db)
    yield fx
    fx.server.stop()
    fx.hall.store.close()


def english_patterns(sources: set[str]) -> list[re.Pattern]:
    out = []
    for s in sources:
        parts = PLACEHOLDER.split(s.strip())
        pattern = ".+?".join(re.escape(p) for p in parts)
        if pattern.strip(".+?"):
            out.append(re.compile(pattern, re.DOTALL))
    return out


def visible_texts(window) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    texts = []
    for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if w.isVisible() and w.text().strip():
            texts.append(re.sub(r"<[^>]+>", " ", w.text()).strip())
    for w in window.findChildren(QLineEdit):
        if w.isVisible():
            texts += [t for t in (w.text(), w.placeholderText()) if t.strip()]
    return texts


def english_left(window, patterns: list[re.Pattern], allowed: set[str]) -> list[str]:
    left = []
    for text in visible_texts(window):
        # Composed labels ("3 waiting · about 5 min") are checked piece by piece.
        for line in (x.strip(" ✔") for x in re.split(r"\n|\s+·\s+", text)):
            if line and line not in allowed and any(p.fullmatch(line) for p in patterns):
                left.append(line)
    return left


@pytest.mark.parametrize("lang", ["vi", "zh_CN", "zh_TW"])
def test_the_kiosk_shows_no_english(qtbot, shared_hub, extracted, built_qm, lang, tmp_path) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt

    from hallq import settings as hsettings
    from hallq.domain import sample
    from ui import app as uiapp
    from ui.client import HallClient
    from ui.kiosk.window import LANGUAGE_NAMES, create_window

    s = hsettings.defaults()
    s.values["device"].update(language=lang, fullscreen=False)
    s.values["printer"]["kind"] = "none"
    sources = {src for _, src in extracted["all"]}
    # Hall data counts too: in Vietnamese the services must not show their English names.
    sources |= {svc.names["en"] for svc in sample.SERVICES if svc.names.get("en")}
    patterns = english_patterns(sources)
    allowed = set(LANGUAGE_NAMES.values())  # each language button in its own language
    hub = shared_hub
    client = HallClient(hub.url, hub.token("kiosk"))
    uiapp.set_language(lang)
    window = create_window(client, s)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(client.connectedChanged, timeout=5000):
            client.start()
        qtbot.waitUntil(lambda: len(window.start_page.buttons) == 5, timeout=5000)
        window.resize(1280, 800)
        window.show()
        seen = {"start": english_left(window, patterns, allowed)}
        window.grab().save(str(tmp_path / f"kiosk-{lang}-start.png"))

        # The customer-code keypad, then back.
        qtbot.mouseClick(window.start_page.code_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.code_page)
        seen["code"] = english_left(window, patterns, allowed)
        window.go_start()

        # Take a number: the issued screen with people ahead and the estimated wait.
        button = next(iter(window.start_page.buttons.values()))
        with qtbot.waitSignal(window.ticketShown, timeout=5000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        seen["issued"] = english_left(window, patterns, allowed)
        window.grab().save(str(tmp_path / f"kiosk-{lang}-issued.png"))
    finally:
        client.stop()
        window.allow_close = True
        window.close()
        uiapp.set_language("en")
        # The replies the client let go are deleted while the client is still there.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = {page: texts for page, texts in seen.items() if texts}
    assert not left, f"English left on the {lang} kiosk: {left}; {HOW_TO_FIX}"


@pytest.mark.parametrize(("role", "counter"), [("counter", 1), ("display", None),
                                               ("keypad", 1), ("supervisor", None)])
def test_every_other_window_opens_with_no_english(qtbot, shared_hub, extracted, built_qm, role,
                                                  counter) -> None:
    """The first screen of each role in Simplified Chinese (the .ts coverage does the rest)."""
    import importlib

    from hallq import settings as hsettings
    from hallq.domain import sample
    from ui import app as uiapp
    from ui.client import HallClient

    lang = "zh_CN"
    hall_names = {n for svc in sample.SERVICES for n in svc.names.values()}
    s = hsettings.defaults()
    s.values["device"].update(language=lang, fullscreen=False, counter=counter or 0)
    s.values["voice"]["enabled"] = False
    patterns = english_patterns({src for _, src in extracted["all"]})
    client = HallClient(shared_hub.url, shared_hub.token(role, counter))
    uiapp.set_language(lang)
    window = importlib.import_module(ROLE_MODULES[role]).create_window(client, s, counter)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(client.connectedChanged, timeout=5000):
            client.start()
        qtbot.waitUntil(lambda: bool(client.snapshot), timeout=5000)
        window.resize(1280, 800)
        window.show()
        qtbot.wait(50)  # one round of events: the first screen filled from the snapshot
        # Hall data is not UI text: the hall TV shows each service in all the hall's languages.
        left = english_left(window, patterns, hall_names)
    finally:
        client.stop()
        window.close()
        uiapp.set_language("en")
    assert not left, f"English left on the {lang} {role} window: {left}; {HOW_TO_FIX}"
