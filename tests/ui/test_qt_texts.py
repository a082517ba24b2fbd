"""Qt's own words (standard buttons, the file dialog) follow the window's language: Qt's
qtbase translations for Chinese, ours (ui/qt_texts.py) for Vietnamese."""

from __future__ import annotations

import pytest
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
