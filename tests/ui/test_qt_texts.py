"""Qt's own words (standard buttons, the file dialog) follow the window's language: Qt's
qtbase translations for Chinese, ours (resources/i18n/qt_<lang>.ts) for Vietnamese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton

from ui.app import set_language

ENGLISH = {"OK", "Cancel", "&Open", "Open", "&Look in:", "File &name:", "Files of &type:",
           "Save", "&Save"}
Button = QDialogButtonBox.StandardButton


@pytest.mark.parametrize(("lang", "cancel"), [("vi", "Hủy"), ("zh_CN", "取消"),
                                              ("zh_TW", "取消")])
def test_no_english_button_or_file_dialog(qtbot, lang, cancel):
    set_language(lang)
    try:
        box = QDialogButtonBox(Button.Ok | Button.Cancel)
        qtbot.addWidget(box)
        assert box.button(Button.Cancel).text() == cancel
        assert box.button(Button.Ok).text() not in ENGLISH
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        texts = {w.text() for w in dialog.findChildren(QLabel)} | \
            {w.text() for w in dialog.findChildren(QPushButton)}
        assert texts - {""} and not texts & ENGLISH, texts & ENGLISH
    finally:
        set_language("en")


@pytest.mark.parametrize("lang", ["vi", "zh_CN", "zh_TW", "en"])
def test_only_compiled_translators(qtbot, lang):
    """A translator written in Python deadlocks a language switch: Qt's network threads call
    it under Qt's translator lock and wait for the GIL that the switching thread holds (a
    kiosk switches language for every customer). Every installed one is Qt's own, from a
    .qm file."""
    from ui import app
    set_language(lang)
    try:
        assert all(type(t) is QTranslator for t in app._translators)
        assert all(t.filePath().endswith(".qm") for t in app._translators)
        assert len(app._translators) == {"en": 0, "vi": 2}.get(lang, 3)
    finally:
        set_language("en")
