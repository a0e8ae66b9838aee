"""The code's shape as the project's rules set it: small modules (none over 500 lines), the main window a frame."""

from __future__ import annotations

from pathlib import Path

import zwdesktop

MAX_LINES = 500
PACKAGE = Path(zwdesktop.__file__).resolve().parent


def test_no_module_of_the_package_is_over_500_lines() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 100  # the whole package, not an empty folder
    too_long = {
        str(path.relative_to(PACKAGE)): lines
        for path in modules
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert too_long == {}


def test_the_main_window_is_a_frame_under_400_lines() -> None:
    # Menus, the stack of pages and the session; each feature's work lives in its own folder.
    lines = (PACKAGE / "gui" / "main_window.py").read_text(encoding="utf-8").splitlines()
    assert len(lines) < 400
