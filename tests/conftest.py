"""Shared test set-up: Qt offscreen, and the user's folders and language pointed at temporary places."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Without a display Qt aborts the whole test process (DESIGN.md §4). The screen is a venue
# laptop's, 1366×768 (the offscreen plugin's own is 800×600): windows fit it as they fit a user's.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _SCREEN = Path(__file__).resolve().parent / "laptop-screen.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
# Child processes the tests start must import this checkout's zwdesktop, not whichever one the
# virtual environment has installed: a file made by a newer schema is refused there, and a child
# waiting in that refusal's dialog hangs the test.
_SOURCE_ROOT = str(Path(__file__).resolve().parent.parent)
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [_SOURCE_ROOT, os.environ.get("PYTHONPATH", "")]))


@pytest.fixture(autouse=True)
def user_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Own data and config folders per test (never the user's), and a German locale."""
    monkeypatch.setenv("ZWDESKTOP_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.setenv("ZWDESKTOP_CONFIG_DIR", str(tmp_path / "user-config"))
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
