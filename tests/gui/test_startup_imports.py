"""Opening the window on a workshop loads only what the first page needs (start-up time).

The start-up benchmark (bench/startup.py) measures the time; this test guards
the import discipline behind it, so a new top-level import of a heavy module
shows up as a failing test rather than as a slower start nobody notices.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from zwdesktop.cli import main as cli_main

# Runs the program and, the moment it prints SHOWN, prints the loaded modules in
# the order they were loaded and ends the process.
PROBE = """
import builtins, os, runpy, sys
_print = builtins.print
def _probe(*args, **kwargs):
    if args and str(args[0]).startswith("SHOWN"):
        _print("MODULES " + " ".join(sys.modules), flush=True)
        os._exit(0)
    _print(*args, **kwargs)
builtins.print = _probe
sys.argv = ["zwdesktop", sys.argv[1]]
runpy.run_module("zwdesktop", run_name="__main__", alter_sys=True)
"""

NOT_BEFORE_SHOWN = (
    "sqlite_utils",  # the write path
    "reportlab",
    "segno",
    "qrcode",
    "PIL",
    "jsonschema",
    "icalendar",
    "PySide6.QtMultimedia",  # the gong
    "PySide6.QtUiTools",  # the details form
    "zwdesktop.export",
    "zwdesktop.cli.commands",
    "zwdesktop.core.templates",
    # Not core.ideas, core.photos, core.agreements, core.votes: the verdict on every opened file
    # (store/verdict.py) checks every record with their rules before anything is written.
    "zwdesktop.gui.files.welcome_page",
    "zwdesktop.gui.details.page",
    "zwdesktop.gui.projector",
)


def _modules_when_shown(tmp_path: Path, workshop: Path) -> list[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ZWDESKTOP_BENCH_SHOWN="1",
        ZWDESKTOP_DATA_DIR=str(tmp_path / "data"),
        ZWDESKTOP_CONFIG_DIR=str(tmp_path / "config"),
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(workshop)], capture_output=True, text=True, env=env, timeout=60
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("MODULES ")]
    assert lines, done.stderr
    return lines[0].split()[1:]


def test_the_demo_opens_without_loading_what_it_does_not_show(tmp_path: Path) -> None:
    demo = tmp_path / "demo.zwd"
    assert cli_main(["demo", str(demo)]) == 0
    modules = _modules_when_shown(tmp_path, demo)
    assert "zwdesktop.gui.clock.page" in modules  # a running workshop opens on the live clock
    loaded = [name for name in modules if name.startswith(NOT_BEFORE_SHOWN)]
    assert loaded == []
    # The Qt-free layers come before PySide6, whose import hook reads every later module's source.
    assert modules.index("zwdesktop.store.workshop_store") < modules.index("PySide6.QtCore")
    assert modules.index("zwdesktop.core.schedule") < modules.index("PySide6.QtCore")
