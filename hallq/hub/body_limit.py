"""The limit on request bodies: 413 at once for a body announced too large, or as soon as a
streamed one goes over, so the hub never holds a huge body in memory."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hallq.hub.errors import error_response


class BodyTooLarge(HTTPException):
    """Raised while the body streams in; answered 413 too_large by the app's HTTP error
    handler (an HTTPException, so the route's body parsing lets it through unchanged)."""

    def __init__(self, limit: int):
        super().__init__(413, too_large_message(limit), headers={"Connection": "close"})


def too_large_message(limit: int) -> str:
    return f"The request body is over {limit // 1024} KB. Nothing was changed."


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class BodyLimit:
    """ASGI middleware: refuse a request body over `limit` bytes without reading all of it."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _declared_length(scope)
        if declared is not None and declared > self.limit:
            # Answered before a byte of the body is read; the connection is closed after it.
            refusal = error_response(413, "too_large", too_large_message(self.limit))
            refusal.headers["Connection"] = "close"
            await refusal(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        await self.app(scope, counted, send)
