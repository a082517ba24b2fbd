"""The hub's stable error codes as text in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def error_text(error: dict) -> str:
    """A clear sentence for an error reply {"code", "message"}; the hub's English as fallback."""
    code = error.get("code", "")
    known = {
        "hub_unreachable": _t("Cannot reach the hall server. Please wait or call staff."),
        "unauthorized": _t("This device is not paired with the hall server."),
        "forbidden": _t("This device is not allowed to do that."),
        "login_required": _t("Please log in first."),
        "bad_login": _t("Wrong staff code or PIN."),
        "staff_locked": _t("Too many wrong PINs. Try again in a few minutes."),
        "counter_taken": _t("Another staff member is working at this counter."),
        "staff_busy": _t("You are already working at another counter."),
        "counter_closed": _t("The counter is closed."),
        "counter_paused": _t("The counter is on a break."),
        "ticket_at_counter": _t("Finish the current customer first."),
        "queue_empty": _t("Nobody is waiting."),
        "no_ticket_at_counter": _t("No customer is at this counter."),
        "recalls_needed": _t("Recall the customer before marking a no-show."),
        "already_serving": _t("The customer is already being served."),
        "already_rated": _t("This visit has already been rated."),
        "not_rateable": _t("There is no visit to rate."),
        "unknown_service": _t("This service is not available."),
        "bad_customer_code": _t("A customer code or phone number has 4 to 20 letters or digits."),
        "storage_error": _t("The hall server cannot save right now. Nothing was changed."),
        "malformed": _t("The request was not understood. Nothing was changed."),
        "reason_required": _t("Please give a reason."),
        "transfer_target": _t("Choose where to transfer the customer."),
        "duplicate_prefix": _t("This prefix is already used by another service."),
        "no_service": _t("A counter must serve at least one service."),
        "bad_pin": _t("A PIN has 4 to 8 digits."),
        "bad_prefix": _t("A service prefix is one letter from A to Z."),
        "name_required": _t("Please type a name."),
        "bad_number": _t("Waits, times and limits must be numbers above zero."),
        "duplicate_service": _t("A service is listed twice for this counter."),
        "bad_counter": _t("Counter numbers go from 1 to 99."),
        "duplicate_staff": _t("This staff code is already used."),
        "pin_required": _t("A new staff member needs a PIN."),
        "bad_code": _t("A staff code has 1 to 12 letters or digits."),
        "bad_role": _t("Choose a role from the list."),
        "bad_setting": _t("This hall setting is not valid (check the time zone and hours)."),
        "bad_language": _t("Choose at least one language: vi, zh_CN, zh_TW or en."),
        "counter_required": _t("A counter PC or rating keypad needs its counter number."),
        "unknown_counter": _t("There is no such counter."),
        "unknown_device": _t("There is no such device."),
        "sync_not_configured": _t("No head office is set for this hall (sync settings)."),
        "sync_running": _t("A sync with head office is already running."),
    }
    return known.get(code) or error.get("message") or _t("Something went wrong.")
