"""What the rules refuse, by kind; the hub maps each kind to an HTTP status in one table."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A command the rules refuse in the hall's current state; `code` is stable and the
    windows map it to translated text."""

    def __init__(self, code: str, message: str = "",
                 details: dict[str, Any] | None = None) -> None:
        super().__init__(message or code)
        self.code = code
        self.message = message or code
        # What a window needs to say it in the user's language (a time to come back, the
        # free slots); plain JSON values.
        self.details = details


class InvalidInput(DomainError):
    """A value that is wrong whatever the hall's state (a bad prefix, an unknown language)."""


class NotFound(DomainError):
    """The ticket, counter, service, device or note named does not exist."""


class Unauthenticated(DomainError):
    """No valid device token or staff session, or a wrong staff code or PIN."""


class Forbidden(DomainError):
    """The device or staff member is known but may not do this."""


class Locked(DomainError):
    """Too many wrong PINs: the staff member is locked for a while."""


class Unavailable(DomainError):
    """The hall cannot do it now (its database cannot be written); nothing was changed."""
