"""Smoke test of an installed zwdesktop: the commands a user runs first, and the window offscreen.

    python3 packaging/smoke_test.py PROGRAM

PROGRAM is the ``zwdesktop`` program to test: ``VENV/bin/zwdesktop`` of a wheel installed into a
fresh virtual environment, or ``dist/zwdesktop/zwdesktop`` of the PyInstaller bundle. Everything
runs in a temporary folder (also the user's data and settings folders), with ``PYTHONPATH``
removed, so nothing of a checkout can stand in for what the installation lacks. Checked: the
version, the templates, a new workshop and the demo, every export (minutes and poster PDF, JSON,
press text, CSV, iCalendar), the import of the exported document into a new file and its check,
and the main window shown offscreen on the demo (the live clock) and on a new workshop (its
details form, ``ui/details.ui``). Standard library only; exit code 0 when all passed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TIMEOUT_S = 180
# What a window start may print on standard error without being a problem: the offscreen
# platform's notes and a headless machine's missing sound.
HARMLESS = re.compile(r"This plugin does not support|QSoundEffect|PulseAudio|qt\.multimedia|No QtMultimedia backends")


def expected_version() -> str:
    """The version in the checkout's ``zwdesktop/__init__.py`` (the one place it is written)."""
    text = (REPO / "zwdesktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("smoke test: no __version__ in zwdesktop/__init__.py")
    return found.group(1)


class Smoke:
    """Runs the program's commands in one temporary folder and records what failed."""

    def __init__(self, program: Path, folder: Path) -> None:
        self.program = program
        self.folder = folder
        self.failures: list[str] = []
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "ZWDESKTOP_", "QT_"))}
        self.env.update(
            LANG="C.UTF-8",  # an installed locale everywhere; the program then speaks German
            ZWDESKTOP_DATA_DIR=str(folder / "data"),
            ZWDESKTOP_CONFIG_DIR=str(folder / "config"),
        )
        for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            self.env.pop(name, None)

    def run(self, label: str, args: Sequence[str], expect: str = "", window: bool = False) -> str:
        """Run ``PROGRAM args``; a failure is recorded when it exits non-zero or ``expect`` is missing."""
        env = dict(self.env)
        if window:
            env.update(QT_QPA_PLATFORM="offscreen", ZWDESKTOP_BENCH_SHOWN="1")
        try:
            done = subprocess.run(
                [str(self.program), *args],
                cwd=self.folder,
                env=env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            self.fail(label, f"no exit within {TIMEOUT_S} s")
            return ""
        output = done.stdout + done.stderr
        noise = [line for line in done.stderr.splitlines() if line.strip() and not HARMLESS.search(line)]
        if done.returncode != 0:
            self.fail(label, f"exit code {done.returncode}\n{output}")
        elif expect and expect not in output:
            self.fail(label, f"{expect!r} missing from the output\n{output}")
        elif window and noise:
            self.fail(label, "unexpected messages on standard error:\n" + "\n".join(noise))
        else:
            print(f"ok    {label}")
        return output

    def fail(self, label: str, why: str) -> None:
        """Record and print one failure."""
        self.failures.append(label)
        print(f"FAIL  {label}: {why}")

    def file(self, label: str, name: str, starts_with: bytes, min_bytes: int = 1) -> None:
        """Check that a written file exists, starts as its format does and is not tiny."""
        path = self.folder / name
        data = path.read_bytes() if path.is_file() else b""
        if not data.startswith(starts_with) or len(data) < min_bytes:
            self.fail(label, f"{name}: missing, too small or not {starts_with!r} ({len(data)} bytes)")
        else:
            print(f"ok    {label} ({len(data):,} bytes)")


def smoke(program: Path) -> int:
    """Run every check against ``program``; return the number of failures."""
    with tempfile.TemporaryDirectory(prefix="zwsmoke-") as name:
        s = Smoke(program, Path(name))
        s.run("--version", ["--version"], expect=f"zwdesktop {expected_version()}")
        s.run("templates", ["templates"], expect="zukunftswerkstatt-4h")
        s.run("new", ["new", "new.zwd", "--title", "Rauchtest"], expect="new.zwd")
        s.run("demo", ["demo", "demo.zwd"], expect="Aulendorf")
        s.run("export minutes", ["export", "demo.zwd", "minutes.pdf"], expect="minutes.pdf")
        s.file("minutes PDF", "minutes.pdf", b"%PDF-", 50_000)
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", str(s.folder / "minutes.pdf"), "-"], capture_output=True, text=True, check=False
            ).stdout
            if "Aulendorf" in text:
                print("ok    minutes PDF text")
            else:
                s.fail("minutes PDF text", "'Aulendorf' not in the PDF's text")
        s.run("export poster", ["export", "demo.zwd", "poster.pdf", "--poster"], expect="poster.pdf")
        s.file("poster PDF", "poster.pdf", b"%PDF-", 5_000)
        s.run("export JSON", ["export", "demo.zwd", "demo.json"], expect="demo.json")
        s.file("exchange document", "demo.json", b"{", 1_000)
        for suffix in ("txt", "csv", "ics"):
            s.run(f"export {suffix}", ["export", "demo.zwd", f"demo.{suffix}"], expect=f"demo.{suffix}")
        s.run("import", ["import", "imported.zwd", "demo.json"], expect="imported.zwd")
        s.run("check imported", ["check", "imported.zwd"], expect="Ideen")
        s.run("window on the demo", ["demo.zwd"], expect="SHOWN", window=True)
        s.run("window on a new workshop (details form)", ["new.zwd"], expect="SHOWN", window=True)
        print(f"{len(s.failures)} failed" if s.failures else "smoke test passed")
        return len(s.failures)


def main(argv: Sequence[str] | None = None) -> int:
    """Check the program named on the command line."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print(__doc__)
        return 2
    program = Path(args[0]).resolve()
    if not program.is_file():
        print(f"smoke test: no program at {program}")
        return 1
    print(f"smoke test of {program}")
    return 1 if smoke(program) else 0


if __name__ == "__main__":
    sys.exit(main())
