"""What marks a file as a hallq database, the schema version this code writes, StoreError."""

from __future__ import annotations

SCHEMA_VERSION = 4
APP_ID = 0x48414C51  # "HALQ": lets restore and migrations refuse a file that is not ours


class StoreError(Exception):
    """A storage problem the user can act on (disk full, read-only, not a hallq file)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message
