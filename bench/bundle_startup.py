"""Bundle start-up benchmark: the PyInstaller bundle against the checkout, to the window shown on the demo.

Build the bundle first, then run from the repository root::

    .venv/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/zwdesktop.spec
    .venv/bin/python bench/bundle_startup.py [--runs N] [--bundle dist/zwdesktop/zwdesktop] [--verbose]

Two kinds of child process, alternating run by run so that both share the same
machine noise, both on the same freshly made demo workshop with
``ZWDESKTOP_BENCH_SHOWN=1`` (the program prints ``SHOWN <time.time()>`` once its
main window is shown with the workshop loaded, then quits):

* **checkout** — ``python -m zwdesktop DEMO.zwd`` with this checkout's virtual
  environment (what ``sh packaging/start-demo.sh`` runs);
* **bundle** — ``dist/zwdesktop/zwdesktop DEMO.zwd``, the one-folder bundle.

Timing, peak RSS, warm-up and environment as in ``bench/startup.py`` (whose
child runner this script uses). Target: the bundle's median at most 1.2 times
the checkout's. ``--instructions`` instead runs each kind once under valgrind's
callgrind (following the bundle's re-execution of itself) and prints the
instructions of the whole process, free of machine noise. A benchmark, not a
test: it prints figures and always exits 0.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from startup import REPO, RUN_TIMEOUT_S, Series, _child_env, _compile_package, _fmt, _median, make_demo, run_child

TARGET_RATIO = 1.2
DEFAULT_BUNDLE = REPO / "dist" / "zwdesktop" / ("zwdesktop.exe" if sys.platform == "win32" else "zwdesktop")


@contextlib.contextmanager
def demo_workshop() -> Iterator[tuple[dict[str, str], Path] | None]:
    """The children's environment (with the ``SHOWN`` contract) and a fresh demo, or ``None`` when it fails."""
    with tempfile.TemporaryDirectory(prefix="zwbench-") as tmp_name:
        tmp = Path(tmp_name)
        env = _child_env(tmp)
        demo = tmp / "demo.zwd"
        _compile_package()
        error = make_demo(demo, env)
        if error is not None:
            print(f"could not make the demo workshop: {error}")
            yield None
        else:
            yield dict(env, ZWDESKTOP_BENCH_SHOWN="1"), demo


def report(checkout: Series, bundle: Series, runs: int) -> None:
    """Print both medians, the ratio and the target."""
    print()
    print(f"{'kind':<10} {'runs':>4} {'median s':>9} {'min s':>7} {'peak RSS MB':>12}")
    for s in (checkout, bundle):
        print(
            f"{s.name:<10} {len(s.seconds):>4} {_fmt(_median(s.seconds), '9.3f')} "
            f"{_fmt(min(s.seconds) if s.seconds else None, '7.3f')} {_fmt(_median(s.rss_mb), '12.1f')}"
        )
    base, median = _median(checkout.seconds), _median(bundle.seconds)
    ratio = f"{median / base:.2f}" if base and median is not None else "n/a"
    print()
    print(f"ratio bundle/checkout (medians): {ratio}")
    print(f"target: ratio bundle/checkout <= {TARGET_RATIO}")
    for s in (checkout, bundle):
        if s.error is not None:
            print(f"{s.name}: {s.failed} of {runs + 1} runs failed, first: {s.error}")


def benchmark(bundle_exe: Path, runs: int, verbose: bool, timeout: float) -> None:
    """Run both kinds interleaved on one demo workshop and print the results."""
    if not bundle_exe.is_file():
        print(f"no bundle at {bundle_exe}; build it first:")
        print(
            "  .venv/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/zwdesktop.spec"
        )
        return
    print(f"bundle start-up benchmark: {runs} runs of each kind (+1 warm-up, discarded), interleaved")
    print(f"checkout: {sys.executable} -m zwdesktop; bundle: {bundle_exe}; QT_QPA_PLATFORM=offscreen")
    with demo_workshop() as prepared:
        if prepared is None:
            return
        shown_env, demo = prepared
        kinds = [
            (Series("checkout"), [sys.executable, "-m", "zwdesktop", str(demo)]),
            (Series("bundle"), [str(bundle_exe), str(demo)]),
        ]
        for index in range(runs + 1):
            for s, cmd in kinds:
                result = run_child(cmd, shown_env, timeout)
                label = "warm-up" if index == 0 else f"run {index}"
                if result.error is not None:
                    s.failed += 1
                    s.error = s.error or result.error
                    if verbose:
                        print(f"  {s.name:<10} {label:<8} failed: {result.error}")
                    continue
                if verbose:
                    print(f"  {s.name:<10} {label:<8} {_fmt(result.seconds, '.3f')} s")
                if index == 0:
                    continue
                assert result.seconds is not None
                s.seconds.append(result.seconds)
                if result.peak_rss_mb is not None:
                    s.rss_mb.append(result.peak_rss_mb)
        report(kinds[0][0], kinds[1][0], runs)


def count_instructions(cmd: Sequence[str], env: dict[str, str], timeout: float) -> int | None:
    """Instructions the whole process executes (children and re-executions followed), or ``None``."""
    valgrind = ["valgrind", "--tool=callgrind", "--trace-children=yes", "--callgrind-out-file=/dev/null"]
    try:
        done = subprocess.run(
            [*valgrind, *cmd], capture_output=True, text=True, env=env, timeout=timeout * 20, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    counts = [int(n) for n in re.findall(r"Collected : (\d+)", done.stderr)]
    return sum(counts) if done.returncode == 0 and counts else None


def instructions(bundle_exe: Path, timeout: float) -> None:
    """Print the instruction counts of one start of each kind and their ratio."""
    if shutil.which("valgrind") is None or not bundle_exe.is_file():
        print("--instructions needs valgrind (Debian: apt-get install valgrind) and a built bundle")
        return
    with demo_workshop() as prepared:
        if prepared is None:
            return
        shown_env, demo = prepared
        print("instructions of one start to the window shown and closed (valgrind callgrind):")
        checkout = count_instructions([sys.executable, "-m", "zwdesktop", str(demo)], shown_env, timeout)
        bundle = count_instructions([str(bundle_exe), str(demo)], shown_env, timeout)
        for name, count in (("checkout", checkout), ("bundle", bundle)):
            print(f"{name:<10} {count / 1e6:10.1f} M" if count else f"{name:<10}     failed")
        print(f"ratio bundle/checkout: {bundle / checkout:.2f}" if checkout and bundle else "ratio: n/a")
        print(f"target (for time): ratio bundle/checkout <= {TARGET_RATIO}")


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments, run the benchmark, and return 0 whatever the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=11, help="kept runs of each kind (default: 11)")
    parser.add_argument(
        "--bundle", type=Path, default=DEFAULT_BUNDLE, help=f"the bundle's program (default: {DEFAULT_BUNDLE})"
    )
    parser.add_argument("--timeout", type=float, default=RUN_TIMEOUT_S, help="seconds before a child is killed")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every single run")
    parser.add_argument("--instructions", action="store_true", help="count instructions under valgrind instead")
    args = parser.parse_args(argv)
    try:
        if args.instructions:
            instructions(args.bundle.resolve(), args.timeout)
        else:
            benchmark(args.bundle.resolve(), max(1, args.runs), args.verbose, args.timeout)
    except Exception as exc:  # a benchmark reports, it does not fail the caller
        print(f"benchmark error: {type(exc).__name__}: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
