"""County overview benchmark: 20 workshop files of 300 ideas and 10 agreements each, read into the overview.

Run from the repository root::

    .venv/bin/python bench/county.py [--files 20] [--ideas 300] [--agreements 10] [--runs 5]

The files are made in a temporary folder from the demo county
(:mod:`zwdesktop.demo.county`: clusters, a closed dot vote, project groups with
steps and meetings behind and ahead, a steering group, a mailing list), each
with ``--ideas`` ideas and ``--agreements`` project groups. Then, in one
offscreen Qt process, alternating run by run:

- ``open one``: the main window opens one of the files (File → Open) and the
  workshop is shown — the baseline a user knows;
- ``overview``: the county overview reads the folder (as after choosing it)
  and its table is shown.

Both are timed to the first paint after the work (``processEvents``); the
median and minimum of ``--runs`` runs (after one discarded warm-up run each) and
the ratio of the medians are printed. Target (issue 17): the overview within
2 s of choosing the folder.

This is a benchmark, not a test: it prints figures and always exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_files(folder: Path, count: int, ideas: int, agreements: int) -> list[Path]:
    """``count`` workshop files of the demo county, each its own municipality."""
    from zwdesktop.demo.county import SEVEN, county_workshop
    from zwdesktop.store.merge import create_from_document

    now = dt.datetime.now(dt.UTC)
    paths = []
    for n in range(count):
        base = SEVEN[n % len(SEVEN)]
        spec = replace(
            base, municipality=f"{base.municipality} {n // len(SEVEN) + 1}" if n >= len(SEVEN) else base.municipality
        )
        extra = max(0, agreements - len(spec.projects))
        data = county_workshop(spec, now, ideas=ideas, extra_projects=extra, seed=n)
        data.agreements.agreements = data.agreements.agreements[:agreements]
        kept = {a.id for a in data.agreements.agreements}
        data.agreements.steps = [r for r in data.agreements.steps if r.agreement_id in kept]
        data.agreements.members = [r for r in data.agreements.members if r.agreement_id in kept]
        data.agreements.meetings = [
            m for m in data.agreements.meetings if m.agreement_id is None or m.agreement_id in kept
        ]
        path = folder / f"{spec.municipality}.zwd"
        create_from_document(path, data).close()
        paths.append(path)
    return paths


def main() -> int:
    """Make the files, time both kinds, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--ideas", type=int, default=300)
    parser.add_argument("--agreements", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="zw-county-bench-") as tmp:
        home = Path(tmp)
        os.environ["ZWDESKTOP_CONFIG_DIR"] = str(home / "config")
        os.environ["ZWDESKTOP_DATA_DIR"] = str(home / "data")
        folder = home / "Landkreis"
        folder.mkdir()
        started = time.perf_counter()
        paths = make_files(folder, args.files, args.ideas, args.agreements)
        made = time.perf_counter() - started
        size = sum(p.stat().st_size for p in paths) / 1e6
        print(
            f"{len(paths)} files, {args.ideas} ideas and {args.agreements} agreements each, {size:.1f} MB (made in {made:.1f} s)"
        )

        from PySide6.QtWidgets import QApplication

        from zwdesktop.gui.county.dialog import CountyDialog
        from zwdesktop.gui.main_window import MainWindow
        from zwdesktop.gui.settings import Settings

        app = QApplication.instance() or QApplication([])
        settings = Settings()

        def open_one() -> float:
            window = MainWindow(settings, "de")
            window.show()
            app.processEvents()
            start = time.perf_counter()
            window.open_file(paths[len(paths) // 2])
            app.processEvents()
            took = time.perf_counter() - start
            window.close_workshop(show_welcome=False)
            window.close()
            window.deleteLater()
            app.processEvents()
            return took

        def overview() -> float:
            dialog = CountyDialog(settings)
            dialog.show()
            app.processEvents()
            start = time.perf_counter()
            dialog.load([folder])
            app.processEvents()
            took = time.perf_counter() - start
            assert dialog.workshops.rowCount() == len(paths), dialog.summary.text()
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
            return took

        times: dict[str, list[float]] = {"open one": [], "overview": []}
        for run in range(args.runs + 1):
            for kind, measure in (("open one", open_one), ("overview", overview)):
                took = measure()
                if run:  # the first run of each (cold caches, first imports) is discarded
                    times[kind].append(took)
        print(f"{'kind':<10} {'runs':>4} {'median s':>9} {'min s':>7}")
        for kind, values in times.items():
            print(f"{kind:<10} {len(values):>4} {statistics.median(values):>9.3f} {min(values):>7.3f}")
        ratio = statistics.median(times["overview"]) / statistics.median(times["open one"])
        target = "within" if statistics.median(times["overview"]) <= 2.0 else "OVER"
        print(f"overview / open one: {ratio:.1f}; overview {target} the 2 s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
