"""'Print today's report': fetch the day's PDF from the hub, then print it or save it."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.client import HallClient
from ui.errors import error_text


def system_print(path: Path) -> bool:
    """Hand a PDF to the system's print service; False when there is none."""
    if sys.platform == "win32":
        try:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]
            return True
        except OSError:
            return False
    lp = QStandardPaths.findExecutable("lp")
    if not lp:
        return False
    try:
        return subprocess.run([lp, str(path)], capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


class ReportPrinter(QObject):
    """Fetches the PDF, then prints it (or, with no printer, asks where to save it).

    `ask_save_path` and `print_file` are attributes so a test can answer for the dialogs.
    """

    finished = Signal(bool, str)  # ok, a sentence for the status line

    def __init__(self, client: HallClient, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.client = client
        self.ask_save_path: Callable[[str], str] = self._ask_save_path
        self.print_file: Callable[[Path], bool] = system_print
        self.busy = False

    def _ask_save_path(self, suggested: str) -> str:
        start = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Save the report"),
                                              str(Path(start) / suggested), "PDF (*.pdf)")
        return path

    def run(self, day: str, mode: str = "print") -> None:
        """mode "print": to the printer, falling back to saving; "save": always save."""
        if self.busy:
            return
        self.busy = True
        self.client.report_pdf(day, lambda ok, data: self._got(day, mode, ok, data))

    def _got(self, day: str, mode: str, ok: bool, data: bytes | dict) -> None:
        self.busy = False
        if not ok:
            assert isinstance(data, dict)
            if data.get("code") == "report_unavailable":
                self.finished.emit(False, self.tr("This hub cannot make the daily report yet "
                                                  "(it needs a newer hallq)."))
            else:
                self.finished.emit(False, error_text(data))
            return
        assert isinstance(data, bytes)
        name = f"hallq-report-{day}.pdf"
        if mode == "print":
            tmp = Path(tempfile.gettempdir()) / name
            tmp.write_bytes(data)
            if self.print_file(tmp):
                self.finished.emit(True, self.tr("The report for {day} was sent to the "
                                                 "printer.").format(day=day))
                return
        path = self.ask_save_path(name)
        if not path:
            self.finished.emit(False, self.tr("The report was not saved."))
            return
        try:
            Path(path).write_bytes(data)
        except OSError as exc:
            self.finished.emit(False, self.tr("The report could not be saved: {e}").format(
                e=exc.strerror or str(exc)))
            return
        if mode == "print":  # no printer service: open it so it can be printed from a viewer
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.finished.emit(True, self.tr("The report was saved to {path}.").format(path=path))
