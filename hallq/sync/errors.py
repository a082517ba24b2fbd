"""The one error head office's code raises: a stable code and a sentence for a person."""

from __future__ import annotations


class CentralError(Exception):
    """Head office cannot be used: unreachable, not initialised, refused. `code` is stable."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message
