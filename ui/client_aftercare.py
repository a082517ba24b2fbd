"""The hub's routes for what follows a visit — the cases' lists and changes, complaints and
their causes — as typed methods of HallClient (mixed in like ui/client_commands.py)."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from hallq import wire
from ui.client_commands import Callback, HubCommands


def _number(number: str) -> str:
    return quote(number, safe="")


class AftercareCommands(HubCommands):
    """Cases and complaints: lists (a clerk's own, or a supervisor's all) and changes."""

    # ------------------------------------------------------------------ cases
    def cases(self, callback: Callback, open_only: bool = True, owner: str = "") -> None:
        """{cases: [{number, service, owner, status, due, overdue, ...}]} (a clerk: own)."""
        query = {"open": "true" if open_only else "false"} | ({"owner": owner} if owner else {})
        self._request("GET", "/api/cases?" + urlencode(query), None, callback)

    def set_case_status(self, number: str, status: str, reason: str = "",
                        callback: Callback | None = None) -> None:
        self._command("POST", f"/api/cases/{_number(number)}/status", wire.CaseStatusBody,
                      {"status": status, "reason": reason}, callback)

    def reassign_case(self, number: str, owner: str, callback: Callback | None = None) -> None:
        self._command("POST", f"/api/cases/{_number(number)}/owner", wire.CaseOwnerBody,
                      {"owner": owner}, callback)

    # ------------------------------------------------------------------ complaints
    def complaints(self, callback: Callback, open_only: bool = True, owner: str = "") -> None:
        """{complaints: [{number, source, cause, owner, level, due, overdue, text, ...}]}."""
        query = {"open": "true" if open_only else "false"} | ({"owner": owner} if owner else {})
        self._request("GET", "/api/complaints?" + urlencode(query), None, callback)

    def complaint_causes(self, callback: Callback) -> None:
        """{causes: [{key, name: {language: text}}]} in the hall's order."""
        self._request("GET", "/api/config/complaint-causes", None, callback)

    def assign_complaint(self, number: str, owner: str,
                         callback: Callback | None = None) -> None:
        self._command("POST", f"/api/complaints/{_number(number)}/owner",
                      wire.ComplaintOwnerBody, {"owner": owner}, callback)

    def set_complaint_cause(self, number: str, cause: str,
                            callback: Callback | None = None) -> None:
        self._command("POST", f"/api/complaints/{_number(number)}/cause",
                      wire.ComplaintCauseBody, {"cause": cause}, callback)

    def close_complaint(self, number: str, outcome: str, text: str,
                        callback: Callback | None = None) -> None:
        """Closing needs an outcome (resolved, partly_resolved, unfounded) and a text."""
        self._command("POST", f"/api/complaints/{_number(number)}/close",
                      wire.ComplaintCloseBody, {"outcome": outcome, "text": text}, callback)

    # ------------------------------------------------------------------ satisfaction indices
    def satisfaction_indices(self, callback: Callback) -> None:
        """{indices: [{key, question: {language: text}}]} in the hall's order."""
        self._request("GET", "/api/config/satisfaction-indices", None, callback)

    def put_satisfaction_indices(self, indices: list[dict], callback: Callback | None = None
                                 ) -> None:
        """The whole list of indices, in order (an index left out is no longer asked)."""
        self._request("PUT", "/api/config/satisfaction-indices", {"indices": indices}, callback)
