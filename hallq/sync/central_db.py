"""What the schema, admission, case and history helpers need of a head-office connection."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from psycopg.sql import Composable

Query = str | Composable  # plain text, or (PostgreSQL only) a statement built with psycopg.sql
Params = Sequence[Any] | dict[str, Any]


class CentralDB(Protocol):
    """`central.Central` as its helpers see it; they take this, so they need not import the
    class that imports them."""

    conn: Any  # the driver's connection (psycopg 3 or sqlite3), for COPY and cursors

    @property
    def pg(self) -> bool: ...

    def execute(self, text: Query, params: Params = ()) -> Any: ...

    def all(self, text: Query, params: Params = ()) -> list[tuple[Any, ...]]: ...

    def one(self, text: Query, params: Params = ()) -> tuple[Any, ...] | None: ...

    def value(self, text: Query, params: Params = ()) -> Any: ...

    def transaction(self) -> AbstractContextManager[None]: ...

    def close(self) -> None: ...

    def type(self, kind: str) -> str: ...

    def ddl(self) -> list[str]: ...

    def check_schema(self) -> None: ...
