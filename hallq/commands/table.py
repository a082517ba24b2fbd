"""The plain text table the `list` verbs print: padded columns, overdue marked, a count."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Row = tuple[Sequence[str], bool]  # the values, one a column, and whether it is overdue


@dataclass(frozen=True)
class Column:
    """One column: its header and width (0 for the last: printed as is). A name or cause
    is cut to the width; a number or code is only padded (cut, it would be another one)."""

    header: str
    width: int = 0
    cut: bool = False

    def show(self, value: str) -> str:
        if self.cut:
            value = value[:self.width]
        return f"{value:{self.width}}" if self.width else value


def print_table(noun: str, columns: Sequence[Column], rows: Sequence[Row]) -> None:
    """The header, one line a row ("  overdue" after a late one), then how many and how
    many overdue; "No <noun>s." when there is none."""
    if not rows:
        print(f"No {noun}s.")
        return
    print("  ".join(c.show(c.header) for c in columns))
    for values, late in rows:
        line = "  ".join(c.show(v) for c, v in zip(columns, values, strict=True))
        print(line + ("  overdue" if late else ""))
    print(f"{len(rows)} {noun}(s); {sum(late for _, late in rows)} overdue")
