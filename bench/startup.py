"""Startup benchmark: process start → main window shown, zwdesktop against plain PySide6 windows.

Run from the repository root::

    .venv/bin/python bench/startup.py [--runs N] [--verbose]

Three kinds of child process are started, alternating run by run so that all
share the same machine noise:

* **bare** — an inline ``-c`` script: a ``QApplication`` and a titled
  ``QMainWindow``, shown; a zero-timer after ``show()`` prints
  ``SHOWN <time.time()>`` and quits.
* **widgets** — an inline ``-c`` script: the same kinds of widgets as the
  program's first page (a menu bar, a list of nine sections, a table of nine
  rows and eight columns, labels with a large font, a row of tool buttons), with
  no program logic at all. It shows what any PySide6 window with text and an
  item view costs beyond the bare one (Qt's enum classes, the font database).
  The target is against this kind: PySide6's own cost beyond a bare window is
  paid by any real window and is no part of the program.
* **zwdesktop** — ``python -m zwdesktop DEMO.zwd`` on a freshly created demo
  workshop, with ``ZWDESKTOP_BENCH_SHOWN=1``. Contract: the program then prints
  ``SHOWN <time.time()>`` once its main window is shown with the workshop
  loaded, and exits 0.

The time of one run is the printed timestamp minus ``time.time()`` taken right
before ``subprocess.Popen``. Peak RSS is the child's own ``ru_maxrss`` from
``os.wait4``. The first run of each kind is a warm-up (disk cache, bytecode) and
is discarded. Both kinds run with ``QT_QPA_PLATFORM=offscreen`` and with
``ZWDESKTOP_DATA_DIR``/``ZWDESKTOP_CONFIG_DIR`` in a temporary folder, so the
user's own settings are never touched.

This is a benchmark, not a test: it prints figures and always exits 0.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

REPO = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.3  # zwdesktop / widgets (medians; for instructions, the counts)
RUN_TIMEOUT_S = 60.0
DEMO_TIMEOUT_S = 120.0

# Both baseline windows end alike: shown at the same size, then a zero-timer says so and quits.
_SHOW_AND_REPORT = """\
window.resize(1024, 700)
window.show()


def shown() -> None:
    print(f"SHOWN {time.time()!r}", flush=True)
    app.quit()


QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""

BARE_SCRIPT = (
    """\
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare PySide6 window")
"""
    + _SHOW_AND_REPORT
)


WIDGETS_SCRIPT = (
    """\
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QMainWindow, QTableView, QToolButton, QVBoxLayout, QWidget,
)

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("PySide6 window with a list, a table and labels")
for title in ("File", "Edit", "Workshop", "View", "Settings", "Help"):
    window.menuBar().addMenu(title)
central = QWidget()
body = QHBoxLayout(central)
sections = QListWidget()
for index in range(9):
    sections.addItem(f"Section {index + 1}")
body.addWidget(sections)
page = QVBoxLayout()
body.addLayout(page, 1)
for index in range(6):
    page.addWidget(QLabel(f"Label {index + 1}"))
countdown = QLabel("12:34")
countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
big = QFont(countdown.font())
big.setPointSizeF(big.pointSizeF() * 5)
countdown.setFont(big)
page.addWidget(countdown)
buttons = QHBoxLayout()
for index in range(8):
    button = QToolButton()
    button.setText(f"Button {index + 1}")
    buttons.addWidget(button)
page.addLayout(buttons)
model = QStandardItemModel(9, 8)
for row in range(9):
    for column in range(8):
        model.setItem(row, column, QStandardItem(f"{row}:{column}"))
table = QTableView()
table.setModel(model)
page.addWidget(table, 1)
window.setCentralWidget(central)
"""
    + _SHOW_AND_REPORT
)


@dataclass
class RunResult:
    """Outcome of one child process."""

    seconds: float | None
    """Process start → ``SHOWN`` timestamp, or ``None`` when the run failed."""
    peak_rss_mb: float | None
    """The child's peak resident set size in MiB (``None`` where ``os.wait4`` is missing)."""
    error: str | None = None
    """Why the run failed (one line), ``None`` on success."""


@dataclass
class Series:
    """All kept runs of one kind."""

    name: str
    seconds: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)
    failed: int = 0
    """Runs (warm-up included) that did not produce a timing."""
    error: str | None = None
    """The first failure's reason."""


def _read_all(stream: IO[bytes], sink: list[bytes]) -> None:
    """Read ``stream`` to EOF into ``sink`` (runs in a thread, so a hung child cannot block us)."""
    sink.append(stream.read())


def _peak_rss_mb(maxrss: int) -> float:
    """Convert ``ru_maxrss`` to MiB (kilobytes on Linux and BSD, bytes on macOS)."""
    if sys.platform == "darwin":
        return maxrss / (1024 * 1024)
    return maxrss / 1024


def _last_line(text: str) -> str:
    """The last non-empty line of ``text`` (or a placeholder)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "(no output on stderr)"


def run_child(cmd: Sequence[str], env: Mapping[str, str], timeout: float = RUN_TIMEOUT_S) -> RunResult:
    """Start ``cmd``, wait for it to exit, and return its ``SHOWN`` latency and peak RSS.

    A child still running after ``timeout`` seconds is killed and counts as failed.
    """
    with tempfile.TemporaryFile() as stderr_file:
        start = time.time()
        proc = subprocess.Popen(
            list(cmd),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr_file,
            env=dict(env),
            cwd=REPO,
        )
        assert proc.stdout is not None
        chunks: list[bytes] = []
        reader = threading.Thread(target=_read_all, args=(proc.stdout, chunks), daemon=True)
        reader.start()
        reader.join(timeout)
        timed_out = reader.is_alive()
        if timed_out:
            proc.kill()
            reader.join()
        proc.stdout.close()

        peak: float | None = None
        if hasattr(os, "wait4"):
            _pid, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not reap it again
            peak = _peak_rss_mb(usage.ru_maxrss)
        else:  # Windows: no per-child rusage
            proc.wait()

        stderr_file.seek(0)
        stderr = stderr_file.read().decode("utf-8", errors="replace")

    stdout = b"".join(chunks).decode("utf-8", errors="replace")
    shown: float | None = None
    for line in stdout.splitlines():
        if line.startswith("SHOWN "):
            try:
                shown = float(line.split()[1])
            except (IndexError, ValueError):
                continue
            break

    if timed_out:
        return RunResult(None, peak, f"no exit within {timeout:.0f} s (killed); {_last_line(stderr)}")
    if proc.returncode != 0:
        return RunResult(None, peak, f"exit code {proc.returncode}: {_last_line(stderr)}")
    if shown is None:
        return RunResult(None, peak, f"exited 0 but printed no SHOWN line; {_last_line(stderr)}")
    return RunResult(shown - start, peak)


def make_demo(path: Path, env: Mapping[str, str]) -> str | None:
    """Create the demo workshop at ``path``; return an error line, or ``None`` on success."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "zwdesktop", "demo", str(path)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            env=dict(env),
            cwd=REPO,
            timeout=DEMO_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"'zwdesktop demo' did not finish within {DEMO_TIMEOUT_S:.0f} s"
    if done.returncode != 0:
        return _last_line(done.stderr.decode("utf-8", errors="replace"))
    if not path.is_file():
        return f"'zwdesktop demo' exited 0 but did not create {path}"
    return None


def _fmt(value: float | None, spec: str) -> str:
    """Format a figure, or a dash of the same width when there is none."""
    if value is None:
        width = "".join(ch for ch in spec.split(".")[0] if ch.isdigit())
        return "-".rjust(int(width) if width else 1)
    return format(value, spec)


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def report(series: Sequence[Series], runs: int) -> None:
    """Print the table, the ratio and the target line."""
    print()
    print(f"{'kind':<10} {'runs':>4} {'median s':>9} {'min s':>7} {'peak RSS MB':>12}")
    for s in series:
        print(
            f"{s.name:<10} {len(s.seconds):>4} {_fmt(_median(s.seconds), '9.3f')} "
            f"{_fmt(min(s.seconds) if s.seconds else None, '7.3f')} {_fmt(_median(s.rss_mb), '12.1f')}"
        )
    print("(peak RSS: median over runs)")
    print()
    medians = {s.name: _median(s.seconds) for s in series}
    for name, base in (("widgets", "bare"), ("zwdesktop", "bare"), ("zwdesktop", "widgets")):
        median, base_median = medians.get(name), medians.get(base)
        ratio = f"{median / base_median:.2f}" if base_median and median is not None else "n/a"
        print(f"ratio {name}/{base} (medians): {ratio}")
    print(f"target: ratio zwdesktop/widgets <= {TARGET_RATIO}")
    for s in series:
        if s.error is None:
            continue
        if s.seconds:
            print(f"{s.name}: {s.failed} of {runs + 1} runs failed, first: {s.error}")
        else:
            print(f"{s.name}: could not run: {s.error}")


def _child_env(tmp: Path) -> dict[str, str]:
    """The children's environment: offscreen, with data and settings in ``tmp``."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ZWDESKTOP_DATA_DIR=str(tmp / "data"),
        ZWDESKTOP_CONFIG_DIR=str(tmp / "config"),
    )
    return env


def _compile_package() -> None:
    """Write the byte-code caches an installed program has (pip compiles on install).

    PYTHONDONTWRITEBYTECODE in the environment would otherwise make every run compile.
    """
    import compileall

    import zwdesktop

    compileall.compile_dir(str(Path(zwdesktop.__file__).parent), quiet=1)


def benchmark(runs: int, verbose: bool, timeout: float = RUN_TIMEOUT_S) -> None:
    """Run the interleaved benchmark and print the results."""
    with tempfile.TemporaryDirectory(prefix="zwbench-") as tmp_name:
        tmp = Path(tmp_name)
        env = _child_env(tmp)
        real_env = dict(env, ZWDESKTOP_BENCH_SHOWN="1")

        bare = Series("bare")
        widgets = Series("widgets")
        real = Series("zwdesktop")
        demo = tmp / "demo.zwd"

        print(f"zwdesktop startup benchmark: {runs} runs of each kind (+1 warm-up, discarded), interleaved")
        print(f"python {sys.version.split()[0]} ({sys.executable}), QT_QPA_PLATFORM=offscreen")

        _compile_package()
        demo_error = make_demo(demo, env)
        if demo_error is not None:
            real.error = demo_error
        # Stop running the program once it has failed without ever succeeding.
        real_given_up = demo_error is not None
        real_succeeded = False

        bare_cmd = [sys.executable, "-c", BARE_SCRIPT]
        widgets_cmd = [sys.executable, "-c", WIDGETS_SCRIPT]
        real_cmd = [sys.executable, "-m", "zwdesktop", str(demo)]
        for index in range(runs + 1):
            warm_up = index == 0
            kinds: list[tuple[Series, list[str], dict[str, str]]] = [(bare, bare_cmd, env), (widgets, widgets_cmd, env)]
            if not real_given_up:
                kinds.append((real, real_cmd, real_env))
            for s, cmd, child_env in kinds:
                result = run_child(cmd, child_env, timeout)
                label = "warm-up" if warm_up else f"run {index}"
                if result.error is not None:
                    if verbose:
                        print(f"  {s.name:<10} {label:<8} failed: {result.error}")
                    s.failed += 1
                    s.error = s.error or result.error
                    if s is real and not real_succeeded:
                        real_given_up = True  # not (yet) runnable: the report says so
                    continue
                if s is real:
                    real_succeeded = True
                if verbose:
                    print(
                        f"  {s.name:<10} {label:<8} {_fmt(result.seconds, '.3f')} s, "
                        f"{_fmt(result.peak_rss_mb, '.1f')} MB"
                    )
                if warm_up:
                    continue
                assert result.seconds is not None
                s.seconds.append(result.seconds)
                if result.peak_rss_mb is not None:
                    s.rss_mb.append(result.peak_rss_mb)

        report([bare, widgets, real], runs)


# Runs a ``-c`` script or ``-m`` module and ends the process the moment it prints
# ``SHOWN``, so an instruction count covers start-up only, not the shutdown.
EXIT_AT_SHOWN = """\
import builtins, os, runpy, sys
_print = builtins.print
def _print_then_exit(*args, **kwargs):
    _print(*args, **kwargs)
    if args and str(args[0]).startswith("SHOWN"):
        sys.stdout.flush()
        os._exit(0)
builtins.print = _print_then_exit
kind, target = sys.argv[1], sys.argv[2]
sys.argv = [target, *sys.argv[3:]]
if kind == "-m":
    runpy.run_module(target, run_name="__main__", alter_sys=True)
else:
    exec(compile(target, "<bench>", "exec"), {"__name__": "__main__"})
"""


def count_instructions(args: Sequence[str], env: Mapping[str, str], timeout: float) -> int | None:
    """Instructions one start-up executes (to ``SHOWN``) under valgrind's callgrind, or ``None``."""
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", EXIT_AT_SHOWN]
    try:
        done = subprocess.run(
            [*cmd, *args], capture_output=True, env=dict(env), cwd=REPO, timeout=timeout * 20, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in done.stderr.decode("utf-8", errors="replace").splitlines():
        if "Collected :" in line:
            return int(line.rsplit(":", 1)[1].strip())
    return None


def instructions(timeout: float) -> None:
    """Print the instruction count of one start-up of each kind (free of machine noise)."""
    if shutil.which("valgrind") is None:
        print("--instructions needs valgrind (Debian: apt-get install valgrind)")
        return
    with tempfile.TemporaryDirectory(prefix="zwbench-") as tmp_name:
        tmp = Path(tmp_name)
        env = _child_env(tmp)
        demo = tmp / "demo.zwd"
        _compile_package()
        error = make_demo(demo, env)
        kinds = [
            ("bare", ["-c", BARE_SCRIPT], env),
            ("widgets", ["-c", WIDGETS_SCRIPT], env),
            ("zwdesktop", ["-m", "zwdesktop", str(demo)], dict(env, ZWDESKTOP_BENCH_SHOWN="1")),
        ]
        print("instructions to the window shown (valgrind callgrind, one run each):")
        counts: dict[str, int | None] = {}
        for name, args, child_env in kinds:
            count = None if (name == "zwdesktop" and error) else count_instructions(args, child_env, timeout)
            counts[name] = count
            figure = f"{count / 1e6:10.1f} M" if count else "    failed"
            print(f"{name:<10} {figure}")
        for name, base in (("widgets", "bare"), ("zwdesktop", "bare"), ("zwdesktop", "widgets")):
            count, base_count = counts[name], counts[base]
            print(
                f"ratio {name}/{base}: {count / base_count:.2f}"
                if base_count and count
                else f"ratio {name}/{base}: n/a"
            )
        print(f"target (for time): ratio zwdesktop/widgets <= {TARGET_RATIO}")


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments, run the benchmark, and return 0 whatever the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=7, help="kept runs of each kind (default: 7)")
    parser.add_argument(
        "--timeout",
        type=float,
        default=RUN_TIMEOUT_S,
        help=f"seconds before a child is killed and counted as failed (default: {RUN_TIMEOUT_S:.0f})",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print every single run")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count the instructions of one start-up of each kind with valgrind instead of timing",
    )
    args = parser.parse_args(argv)
    runs = max(1, args.runs)
    try:
        if args.instructions:
            instructions(args.timeout)
        else:
            benchmark(runs, args.verbose, args.timeout)
    except Exception as exc:  # a benchmark reports, it does not fail the caller
        print(f"benchmark error: {type(exc).__name__}: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
