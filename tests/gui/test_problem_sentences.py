"""Every reason a value can be refused for is told in a sentence, in the window and on the command line.

A refused value whose code has no sentence shows the bare code ("unknown_agreement") to the user. The
codes are read from the program's own source: each ``Problem("code", …)`` it can raise.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import zwdesktop
from zwdesktop.cli.messages import MESSAGES
from zwdesktop.gui.messages import problem_text

PACKAGE = Path(zwdesktop.__file__).resolve().parent


def _problem_codes() -> dict[str, str]:
    """Each code the program builds a ``Problem`` with, and one module that does."""
    codes: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            first = node.args[0]
            if name == "Problem" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                codes.setdefault(first.value, str(path.relative_to(PACKAGE)))
    return codes


CODES = _problem_codes()


def test_the_source_is_read() -> None:
    assert len(CODES) > 50 and "date_no_such_day" in CODES and "email_invalid" in CODES


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_refusal_has_a_sentence_in_the_window_and_on_the_command_line(code: str, qapp) -> None:  # type: ignore[no-untyped-def]
    assert problem_text(code, {}) != code, f"no window sentence for {code} ({CODES[code]})"
    assert code in MESSAGES, f"no command-line sentence for {code} ({CODES[code]})"
