"""The hub's stable error codes as text in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hallq import wire


def _t(text: str) -> str:
    return QCoreApplication.translate("errors", text)


# These codes' sentences already say which value is wrong ("A PIN has 4 to 8 digits.").
NAMES_ITS_FIELD = frozenset({"bad_pin", "bad_prefix", "bad_code", "bad_counter", "bad_role",
                             "bad_language"})


def field_label(field: str) -> str | None:
    """A set-up field (as a refusal's message names it: "day_start_hour", "names.vi") as
    the set-up form labels it, in the user's language; None for one it does not know."""
    labels = {
        "name": _t("Name"), "message": _t("Message on the hall display"),
        "footer": _t("Footer on tickets"), "timezone": _t("Time zone"),
        "languages": _t("Languages"),
        "day_start_hour": _t("Business day starts at (hour)"),
        "recalls_before_no_show": _t("Recalls before a no-show"),
        "rating_timeout_s": _t("Rating keypad waits (seconds)"),
        "idle_alert_min": _t("Alert: counter idle for (minutes)"),
        "pause_alert_min": _t("Alert: counter on a break for (minutes)"),
        "pin_max_failures": _t("Wrong PINs before a lock"),
        "pin_lock_minutes": _t("Lock after wrong PINs (minutes)"),
        "rating_choices": _t("Rating choices"), "rating_reasons": _t("Reasons for a low rating"),
        "opening_hours": _t("Opening hours"), "open_weekdays": _t("Working days"),
        "holidays": _t("Holidays"), "capacity": _t("Customers a slot"),
        "slot_min": _t("Slot (minutes)"), "phone_daily_limit": _t("Phone tickets a day"),
        "prefix": _t("Prefix (one letter)"), "names": _t("Service name"),
        "names.vi": _t("Name in Vietnamese"), "names.zh_CN": _t("Name in Simplified Chinese"),
        "names.zh_TW": _t("Name in Traditional Chinese"), "names.en": _t("Name in English"),
        "target_wait_min": _t("Target wait"), "typical_service_min": _t("Typical service time"),
        "queue_limit": _t("Queue limit"), "kiosk_order": _t("Order on the kiosk"),
        "active": _t("Active"), "number": _t("Counter number"), "services": _t("Services"),
        "code": _t("Staff code"), "role": _t("Role"), "pin": _t("PIN"), "photo": _t("Photo"),
        "counter": _t("Counter number"),
        "indices": _t("Satisfaction questions"),
        # A notice to the hall
        "starts_at": _t("Shown from"), "ends_at": _t("Shown until"),
        "text.vi": _t("Notice in Vietnamese"),
        "text.zh_CN": _t("Notice in Simplified Chinese"),
        "text.zh_TW": _t("Notice in Traditional Chinese"), "text.en": _t("Notice in English"),
    }
    return labels.get(field) or labels.get(field.split(".")[0])


def error_text(error: dict) -> str:
    """A clear sentence for an error reply {"code", "message"}; the hub's English as fallback.
    A refused set-up value is named by its form label: 'Check “Time zone”: <what is wrong>'."""
    text = _code_text(error)
    if error.get("code") in NAMES_ITS_FIELD:
        return text
    field = wire.malformed_field(str(error.get("message") or ""))
    label = field_label(field) if field else None
    if label is None:
        return text
    if error.get("code") == "malformed":  # the code says nothing more than the field
        return _t("{field}: this value is not valid. Nothing was changed.").format(field=label)
    return _t("Check “{field}”: {text}").format(field=label, text=text)


def _code_text(error: dict) -> str:
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
        "unknown_staff": _t("There is no such staff member."),
        "already_requeued": _t("This ticket is already back in the queue."),
        "already_resolved": _t("This follow-up is already resolved."),
        "bad_alert": _t("This alert is not known; refresh the window."),
        "bad_choice": _t("This rating is not offered any more; please choose again."),
        "bad_date": _t("Write the date as YYYY-MM-DD."),
        "bad_note": _t("Write what the customer asked or complained about."),
        "bad_priority": _t("This priority is not known; choose again."),
        "bad_reason": _t("This reason is not offered any more; please choose again."),
        "hub_stopping": _t("The hall server is restarting. Nothing was changed; try again in a moment."),
        "no_session": _t("You are not logged in."),
        "not_for_counter": _t("This ticket is not for this counter."),
        "not_no_show": _t("Only a customer marked absent can be put back in the queue."),
        "not_paused": _t("The counter is not on a break."),
        "not_waiting": _t("This ticket is no longer waiting."),
        "unknown_note": _t("This note does not exist any more; refresh the list."),
        "unknown_ticket": _t("There is no such ticket today."),
        "sync_not_configured": _t("No head office is set for this hall (sync settings)."),
        "sync_running": _t("A sync with head office is already running."),
        # Appointments and the queue from a phone
        "unknown_appointment": _t("There is no appointment with this code. Check the code, "
                                  "or take an ordinary ticket."),
        "already_checked_in": _t("This appointment has already been used; its ticket was "
                                 "given then."),
        "appointment_cancelled": _t("This appointment was cancelled. Take an ordinary ticket."),
        "not_today": _t("This appointment is for another day."),
        "too_early": _t("Too early for this appointment: please come back 15 minutes before "
                        "its time."),
        "no_appointments": _t("This service takes no appointments."),
        "not_a_slot": _t("Choose one of the appointment times offered."),
        "slot_passed": _t("That time has passed; choose a later one."),
        "slot_full": _t("That time is fully booked; choose another."),
        "too_far_ahead": _t("Appointments can be booked at most 60 days ahead."),
        "already_booked": _t("This phone number already has an appointment for this service "
                             "that day."),
        "phone_required": _t("Please give a phone number."),
        "bad_phone": _t("A phone number has 4 to 20 digits."),
        "bad_source": _t("The request was not understood. Nothing was changed."),
        "not_movable": _t("Only a booked appointment not yet checked in can be moved."),
        "no_phone_queue": _t("This service takes no tickets from phones."),
        "phone_queue_full": _t("Today's tickets from phones for this service are all taken."),
        "already_in_queue": _t("This phone number already has a ticket in the queue."),
        "bad_booking_code": _t("A booking code has 4 to 12 letters or digits."),
        "duplicate_code": _t("An appointment with this code already exists."),
        # Cases
        "unknown_case": _t("There is no case with this number."),
        "case_exists": _t("This visit is already a case."),
        "case_closed": _t("This case is closed."),
        "bad_case_status": _t("The case cannot go to that status from where it is."),
        "no_working_days": _t("The hall's calendar has no working day ahead; check its "
                              "working days and holidays."),
        "bad_due_days": _t("A due time is 0 to 120 working days."),
        "case_or_phone": _t("Type the case number or the phone number given for the case."),
        "no_open_case": _t("There is no open case for this phone number."),
        # Complaints
        "bad_cause": _t("Choose the complaint's cause from the list."),
        "complaint_closed": _t("This complaint is already closed."),
        "bad_outcome": _t("Choose how the complaint ended."),
        "closing_text_required": _t("Write how the complaint was answered."),
        "unknown_complaint": _t("There is no complaint with this number."),
        "complaint_exists": _t("A complaint about this visit was already made; nothing was "
                               "changed."),
        "complaint_text_required": _t("Write what the customer complained about."),
        "complaint_too_long": _t("A complaint or its answer is at most 1,000 characters."),
        "bad_complaint_source": _t("A complaint comes from a note, a rating or the "
                                   "customer."),
        "owner_required": _t("Choose who answers the complaint."),
        # Satisfaction by indices
        "question_required": _t("Write each question in Vietnamese or English."),
        "visit_not_finished": _t("The questions come once the visit is finished."),
        "case_not_closed": _t("The questions come once the case is closed."),
        "already_answered": _t("This question was already answered; nothing was changed."),
        "unknown_index": _t("This question is not asked any more; refresh the page."),
        "bad_score": _t("A score is 1 to 5."),
        "no_answer": _t("Choose a score for at least one question."),
        # Notices to the hall
        "notice_ends_before_start": _t("A notice must end after it starts."),
        "notice_already_over": _t("This end time has passed: the notice would be shown "
                                  "nowhere."),
        "notice_text_missing": _t("Write the notice in at least one language."),
        "notice_text_too_long": _t("A notice is at most 240 characters in each language."),
        "unknown_notice": _t("This notice does not exist any more; refresh the list."),
    }
    return known.get(code) or error.get("message") or _t("Something went wrong.")
