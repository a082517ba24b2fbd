"""The hub's routes are its contract with every window: none may vanish or move silently."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from hallq.hub.app import create_app

try:  # FastAPI that keeps included routers whole; an older one lists their routes flat
    from fastapi.routing import iter_route_contexts
except ImportError:
    iter_route_contexts = None

ROUTES = {
    # The event stream and reading the hall
    ("WS", "/ws"),
    ("GET", "/health"),
    ("GET", "/api/state"),
    ("GET", "/api/events"),
    # Tickets and the ticket's own page
    ("POST", "/api/tickets"),
    ("POST", "/api/tickets/{ticket_id}/requeue"),
    ("POST", "/api/tickets/{ticket_id}/cancel"),
    ("GET", "/t/{hall_code}/{day}/{number}"),
    # Staff
    ("POST", "/api/staff/login"),
    ("POST", "/api/staff/logout"),
    ("GET", "/api/staff/{code}/day"),
    ("POST", "/api/staff/{code}/unlock"),
    # Counters
    ("POST", "/api/counters/{n}/call-next"),
    ("POST", "/api/counters/{n}/next"),
    ("POST", "/api/counters/{n}/recall"),
    ("POST", "/api/counters/{n}/start"),
    ("POST", "/api/counters/{n}/finish"),
    ("POST", "/api/counters/{n}/no-show"),
    ("POST", "/api/counters/{n}/resume"),
    ("POST", "/api/counters/{n}/close"),
    ("POST", "/api/counters/{n}/call"),
    ("POST", "/api/counters/{n}/transfer"),
    ("POST", "/api/counters/{n}/pause"),
    # Ratings, notes, faults
    ("POST", "/api/ratings"),
    ("POST", "/api/notes"),
    ("GET", "/api/notes"),
    ("POST", "/api/notes/{note_id}/resolve"),
    ("POST", "/api/faults"),
    # Set-up and devices
    ("PUT", "/api/config/services"),
    ("PUT", "/api/config/counters"),
    ("PUT", "/api/config/staff"),
    ("PUT", "/api/config/hall"),
    ("GET", "/api/devices"),
    ("POST", "/api/devices"),
    ("DELETE", "/api/devices/{device_id}"),
    # Kiosk, supervisor's alerts, report, sync, the web display
    ("POST", "/api/kiosk/unlock"),
    ("POST", "/api/alerts/ack"),
    ("GET", "/api/alerts/today"),
    ("GET", "/api/report"),
    ("GET", "/api/report.csv"),
    ("GET", "/api/sync/status"),
    ("POST", "/api/sync/run"),
    ("GET", "/display"),
    # Appointments (a public booking page, the counter's, the supervisor's), the queue from a
    # phone, messages to customers
    ("GET", "/api/appointments/services"), ("GET", "/api/appointments/slots"),
    ("POST", "/api/appointments/book"), ("POST", "/api/appointments"),
    ("GET", "/api/appointments"), ("GET", "/api/appointments/{code}"),
    ("POST", "/api/appointments/{code}/cancel"), ("POST", "/api/appointments/{code}/move"),
    ("POST", "/api/appointments/{code}/check-in"), ("GET", "/api/online"),
    ("GET", "/api/config/appointment-plans"), ("PUT", "/api/config/appointment-plans"),
    ("PUT", "/api/config/messaging"), ("GET", "/api/messages"),
    ("POST", "/api/messages/test"), ("GET", "/book"), ("GET", "/book/qr/{code}.svg"),
    ("POST", "/api/phone/tickets"), ("GET", "/q/{token}"), ("GET", "/q/{token}/events"),
    ("POST", "/q/{token}/cancel"),
    ("GET", "/t/{hall_code}/{day}/{number}/events"),
    # Cases
    ("POST", "/api/cases"), ("GET", "/api/cases"), ("GET", "/api/cases/{number}"),
    ("POST", "/api/cases/{number}/status"), ("POST", "/api/cases/{number}/owner"),
    ("GET", "/c/{number}/{key}"), ("GET", "/c/{number}/{key}/events"),
    ("POST", "/api/cases/check-in"), ("GET", "/api/cases/find"), ("GET", "/api/cases/preview"),
    ("GET", "/api/cases/{number}/receipt.pdf"),
    ("PUT", "/api/config/case-types"),
    # Satisfaction by indices: the hall's questions, the answers from the ticket's page
    ("PUT", "/api/config/satisfaction-indices"), ("GET", "/api/config/satisfaction-indices"),
    ("POST", "/t/{hall_code}/{day}/{number}/answers"), ("POST", "/c/{number}/{key}/answers"),
    # Notices to the hall's customers
    ("POST", "/api/notices"), ("GET", "/api/notices"), ("GET", "/api/notices/current"),
    ("DELETE", "/api/notices/{notice_id}"),
    # Complaints: the staff's, the causes, the customer's from the ticket's or case's page
    ("GET", "/api/complaints"), ("GET", "/api/complaints/{number}"), ("POST", "/api/complaints"),
    ("POST", "/api/complaints/{number}/owner"), ("POST", "/api/complaints/{number}/cause"),
    ("POST", "/api/complaints/{number}/close"), ("PUT", "/api/config/complaint-causes"),
    ("GET", "/api/config/complaint-causes"), ("POST", "/t/{hall_code}/{day}/{number}/complaint"),
    ("POST", "/c/{number}/{key}/complaint"),
    # FastAPI's own: the API description and its pages
    ("GET", "/openapi.json"), ("HEAD", "/openapi.json"),
    ("GET", "/docs"), ("HEAD", "/docs"),
    ("GET", "/docs/oauth2-redirect"), ("HEAD", "/docs/oauth2-redirect"),
    ("GET", "/redoc"), ("HEAD", "/redoc"),
}

# The request bodies the API declares (their names are in the OpenAPI the clients read).
BODIES = {
    ("POST", "/api/tickets"): "IssueBody",
    ("POST", "/api/tickets/{ticket_id}/cancel"): "ReasonBody",
    ("POST", "/api/staff/login"): "LoginBody",
    ("POST", "/api/counters/{n}/call"): "CallBody",
    ("POST", "/api/counters/{n}/transfer"): "TransferBody",
    ("POST", "/api/counters/{n}/pause"): "ReasonBody",
    ("POST", "/api/ratings"): "RateBody",
    ("POST", "/api/notes"): "NoteBody",
    ("POST", "/api/faults"): "FaultBody",
    ("POST", "/api/devices"): "DeviceBody",
    ("POST", "/api/kiosk/unlock"): "UnlockBody",
    ("POST", "/api/alerts/ack"): "AckBody",
    ("PUT", "/api/config/services"): "object",
    ("PUT", "/api/config/counters"): "object",
    ("PUT", "/api/config/staff"): "object",
    ("PUT", "/api/config/hall"): "object",
    ("PUT", "/api/config/appointment-plans"): "object",
    ("PUT", "/api/config/messaging"): "object",
    ("POST", "/api/appointments/book"): "BookBody",
    ("POST", "/api/appointments"): "BookBody",
    ("POST", "/api/appointments/{code}/move"): "MoveBody",
    ("POST", "/api/appointments/{code}/check-in"): "CheckInBody",
    ("POST", "/api/messages/test"): "TestMessageBody",
    ("POST", "/api/phone/tickets"): "PhoneTicketBody",
    ("POST", "/api/cases"): "OpenCaseBody",
    ("POST", "/api/cases/{number}/status"): "CaseStatusBody",
    ("POST", "/api/cases/{number}/owner"): "CaseOwnerBody",
    ("POST", "/api/cases/check-in"): "CaseCheckInBody",
    ("PUT", "/api/config/case-types"): "object",
    ("PUT", "/api/config/satisfaction-indices"): "object",
    ("POST", "/api/notices"): "NoticeBody",
    ("POST", "/api/complaints"): "ComplaintBody",
    ("POST", "/api/complaints/{number}/owner"): "ComplaintOwnerBody",
    ("POST", "/api/complaints/{number}/cause"): "ComplaintCauseBody",
    ("POST", "/api/complaints/{number}/close"): "ComplaintCloseBody",
    ("PUT", "/api/config/complaint-causes"): "object",
}


def app_routes(app: FastAPI) -> set[tuple[str, str]]:
    """(method, path) of every route, "WS" for a WebSocket, routers' routes included."""
    routes: list[Any] = list(app.routes if iter_route_contexts is None
                             else iter_route_contexts(app.routes))
    found = set()
    for route in routes:
        methods = getattr(route, "methods", None) or {"WS"}
        found |= {(method, route.path) for method in methods}
    return found


def test_the_hub_serves_exactly_todays_routes(hall):
    assert app_routes(create_app(hall)) == ROUTES


def test_the_request_bodies_keep_their_schemas(hall):
    spec = create_app(hall).openapi()
    bodies = {}
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            if "requestBody" in op:
                schema = op["requestBody"]["content"]["application/json"]["schema"]
                bodies[(method.upper(), path)] = (schema["$ref"].rsplit("/", 1)[-1]
                                                  if "$ref" in schema else schema["type"])
    assert bodies == BODIES
