"""Opening the window on a workshop loads none of the heavy libraries (start-up time).

The start-up benchmark (bench/startup.py) measures the time; this test guards
the one rule behind it: the heavy libraries load where their feature starts
(an export, the gong, a form, the idea wall), so a new top-level import of one
shows up as a failing test rather than as a slower start nobody notices. And
PySide6's look at each imported module reads its file's bytes, not its lines
into ``linecache`` (time and memory at every start).
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
        import linecache
        _print("MODULES " + " ".join(sys.modules), flush=True)
        _print("LINECACHE " + " ".join(str(name) for name in linecache.cache), flush=True)
        os._exit(0)
    _print(*args, **kwargs)
builtins.print = _probe
sys.argv = ["zwdesktop", sys.argv[1]]
runpy.run_module("zwdesktop", run_name="__main__", alter_sys=True)
"""

HEAVY = (
    "sqlite_utils",  # the write path, loaded just after the window is shown
    "reportlab",
    "PIL",
    "segno",
    "qrcode",
    "jsonschema",
    "icalendar",
    "pikepdf",
    "docx",
    "zxingcpp",
    "pyphen",
    "PySide6.QtMultimedia",  # the gong
    "PySide6.QtUiTools",  # the details form
)


def _when_shown(tmp_path: Path, workshop: Path, what: str) -> list[str]:
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
    lines = [line for line in done.stdout.splitlines() if line.startswith(what + " ")]
    assert lines, done.stderr
    return lines[0].split()[1:]


def test_the_demo_opens_without_loading_what_it_does_not_show(tmp_path: Path) -> None:
    demo = tmp_path / "demo.zwd"
    assert cli_main(["demo", str(demo)]) == 0
    modules = _when_shown(tmp_path, demo, "MODULES")
    assert "zwdesktop.gui.clock.page" in modules  # a running workshop opens on the live clock
    loaded = [name for name in modules if name.split(".")[0] in HEAVY or name in HEAVY]
    assert loaded == []


def test_opening_reads_no_module_source_into_memory(tmp_path: Path) -> None:
    demo = tmp_path / "demo.zwd"
    assert cli_main(["demo", str(demo)]) == 0
    cached = _when_shown(tmp_path, demo, "LINECACHE")
    ours = [name for name in cached if "zwdesktop" in Path(name).parts]
    assert ours == []
    # PySide6 reads only what it loaded itself before the program could step in.
    assert all("PySide6" in name or "shiboken6" in name or name.endswith("enum.py") for name in cached), cached
