"""Every refusal code the hall and the hub can answer has a sentence in ui/errors.py, so a
window never shows the hub's English message to a user who reads Vietnamese or Chinese."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from ui.errors import error_text  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"DomainError", "InvalidInput", "NotFound", "Unauthenticated", "Forbidden", "Locked",
         "Unavailable"}
# Codes only a program meets (the CLI, head office's sync, an integrator's malformed call):
# no window sends what would earn them.
NOT_FOR_WINDOWS = {"malformed", "exists", "no_database", "not_hallq", "too_new"}


def raised_codes() -> set[str]:
    codes = set()
    for path in (ROOT / "hallq").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in KINDS and node.args \
                    and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                codes.add(node.args[0].value)
    return codes


def test_the_hub_raises_codes() -> None:
    assert {"queue_empty", "unknown_staff", "staff_locked", "forbidden"} <= raised_codes()


@pytest.mark.parametrize("code", sorted(raised_codes() - NOT_FOR_WINDOWS))
def test_every_refusal_code_has_a_sentence_for_the_windows(code: str) -> None:
    assert error_text({"code": code, "message": "(the hub's own words)"}) \
        != "(the hub's own words)"
