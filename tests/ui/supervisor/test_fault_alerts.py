"""A device fault reaches the supervisor in the window's language, with what to do."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from hallq.domain.alerts import Alert  # noqa: E402
from ui.supervisor.alerts import alert_text, fault_text  # noqa: E402

SOCKET = "cannot reach the printer at 10.0.0.5:9100: [Errno 111] Connection refused"


def _fault(code: str) -> Alert:
    return Alert("fault:7", "device_fault", "2026-11-23T08:00:00+07:00",
                 {"device": "Kiosk 1", "role": "kiosk", "code": code, "message": SOCKET})


def test_a_printer_fault_in_vietnamese_and_chinese_without_the_socket_error(language):
    language("vi")
    assert alert_text(_fault("printer_offline"), str) == (
        "Kiosk 1: không kết nối được máy in phiếu. Hãy kiểm tra nguồn điện và dây cáp.")
    assert fault_text("Kiosk 1", "no_paper") == (
        "Kiosk 1: máy in phiếu đã hết giấy. Hãy lắp cuộn giấy mới.")
    language("zh_CN")
    assert alert_text(_fault("printer_offline"), str) == "Kiosk 1：无法连接取号打印机。请检查电源和连接线。"
    language("zh_TW")
    assert fault_text("Kiosk 1", "printer_error") == (
        "Kiosk 1：取號印表機回報錯誤。請檢查印表機，然後列印一張測試票。")
    assert "Errno" not in alert_text(_fault("printer_offline"), str)


def test_an_unknown_fault_names_its_code_and_who_to_tell(language):
    language("en")
    assert alert_text(_fault("fan_stuck"), str) == "Kiosk 1: fault fan_stuck. Tell the technician."
    assert fault_text("hub", "backup_failed") == (
        "The hall's backup failed. Check that the backup folder exists and has free space.")
