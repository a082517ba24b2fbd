"""Each window test starts in the source language: a window that switched the application's
language (a kiosk starts in its device's language) does not leak it into the next test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication


@pytest.fixture(autouse=True)
def _source_language_after_each_test():
    yield
    if QCoreApplication.instance() is not None:
        from ui.app import set_language  # noqa: PLC0415 - only once a Qt app exists

        set_language("en")
