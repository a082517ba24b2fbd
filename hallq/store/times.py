"""Comparing kept times by the instant they mean, whatever offset each was written with."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from peewee import fn


def at_or_after(field: Any, when: datetime) -> Any:
    """`field >= when` as instants: times are kept as ISO text with their offset, and text
    compares "…T17:30+00:00" before "…T00:00+07:00" of the same evening's next day.
    SQLite's julianday() reads the offset."""
    return fn.julianday(field) >= fn.julianday(when.isoformat())


def before(field: Any, when: datetime) -> Any:
    """`field < when` as instants (see `at_or_after`)."""
    return fn.julianday(field) < fn.julianday(when.isoformat())
