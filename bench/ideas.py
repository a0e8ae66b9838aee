"""Benchmark of the idea list with a 2,000-idea file: Enter → committed and shown, filtering, opening, memory.

Prints figures and ratios against baselines measured in the same run; never
asserts. Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ideas.py``.

- capture: time from Enter in the capture field to the idea committed to the
  file and its row in the list (median, 95th percentile over 200 entries),
  against one frame (16 ms) and against a bare SQLite insert+commit baseline;
- filter: one keystroke of search over 2,000 ideas (model reset + counts);
- open: process start to the main window shown on the 2,000-idea file,
  against a bare PySide6 window (via bench/startup.py's child commands);
- peak RSS of this process.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = [
    "Begegnung",
    "Sprachcafé",
    "Ehrenamt",
    "Bus",
    "Wohnraum",
    "Jugend",
    "Fest",
    "Eltern",
    "Treff",
    "Nachbarschaft",
    "Kita",
    "Schule",
]


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def make_file(path: Path, count: int) -> None:
    """A demo workshop with ``count`` ideas in 8 clusters."""
    from zwdesktop.core.ideas import Cluster, Idea
    from zwdesktop.store import WorkshopStore

    subprocess.run([sys.executable, "-m", "zwdesktop", "demo", str(path)], check=True, capture_output=True, cwd=ROOT)
    with WorkshopStore.open(path) as store:
        clusters = [store.add_cluster(Cluster(name=f"Thema {n}")) for n in range(8)]
        with store.batch():
            for n in range(count - len(store.ideas())):
                text = " ".join(WORDS[(n * k) % len(WORDS)] for k in range(1, 6)) + f" {n}"
                store.add_idea(Idea(text=text, phase="critique", cluster_id=clusters[n % 8].id))


def bench_capture(path: Path, entries: int) -> tuple[list[float], list[float], list[float]]:
    """(capture ms, filter ms, bare sqlite insert ms)."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from zwdesktop.gui.main_window import MainWindow
    from zwdesktop.gui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv)
    folder = tempfile.mkdtemp()
    window = MainWindow(Settings(QSettings(os.path.join(folder, "s.ini"), QSettings.Format.IniFormat)), "en")
    window.resize(1400, 900)
    window.show()
    window.open_file(path)
    window.show_section("ideas")
    assert window.workspace is not None
    page = window.workspace.ideas
    app.processEvents()
    edit = page.capture.edit
    capture: list[float] = []
    for n in range(entries):
        edit.setPlainText(f"Neue Idee Nummer {n} für den Bürgerbus")
        start = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Return)
        app.processEvents()  # the row is laid out and painted
        capture.append((time.perf_counter() - start) * 1000)
    filtering: list[float] = []
    for word in ("b", "bu", "bus", "bü", "s", "sp", "spr", "") * 5:
        start = time.perf_counter()
        page.search.setText(word)
        app.processEvents()
        filtering.append((time.perf_counter() - start) * 1000)
    window.close()

    bare: list[float] = []
    conn = sqlite3.connect(os.path.join(folder, "bare.db"))
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, text TEXT)")
    for n in range(entries):
        start = time.perf_counter()
        conn.execute("INSERT INTO t VALUES (?, ?)", (str(n), "x"))
        conn.commit()
        bare.append((time.perf_counter() - start) * 1000)
    conn.close()
    return capture, filtering, bare


def bench_open(path: Path, runs: int) -> tuple[float, float, float]:
    """Median seconds to a shown window (zwdesktop on the file, bare PySide6) and the program's peak RSS in MB."""
    sys.path.insert(0, str(ROOT / "bench"))
    import startup

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    real_env = dict(env, ZWDESKTOP_BENCH_SHOWN="1")
    ours: list[float] = []
    bare: list[float] = []
    rss: list[float] = []
    for index in range(runs + 1):  # the first round warms caches and is discarded
        bare_run = startup.run_child([sys.executable, "-c", startup.BARE_SCRIPT], env)
        real_run = startup.run_child([sys.executable, "-m", "zwdesktop", str(path)], real_env)
        if index == 0:
            continue
        if bare_run.seconds is not None:
            bare.append(bare_run.seconds)
        if real_run.seconds is not None:
            ours.append(real_run.seconds)
            if real_run.peak_rss_mb is not None:
                rss.append(real_run.peak_rss_mb)
    nan = float("nan")
    return (
        statistics.median(ours) if ours else nan,
        statistics.median(bare) if bare else nan,
        max(rss) if rss else nan,
    )


def main() -> int:
    """Run everything and print the figures."""
    entries = 200
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ideas-2000.zwd"
        make_file(path, 2000)
        capture, filtering, bare = bench_capture(path, entries)
        print(f"capture (Enter → committed and shown), {entries} entries on 2,000 ideas:")
        print(
            f"  median {statistics.median(capture):.2f} ms, p95 {_p95(capture):.2f} ms (target p95 < 16 ms: ratio {(_p95(capture) / 16):.2f})"
        )
        print(
            f"  bare SQLite insert+commit median {statistics.median(bare):.2f} ms (ratio {statistics.median(capture) / statistics.median(bare):.1f}×)"
        )
        print(
            f"search keystroke over 2,000 ideas: median {statistics.median(filtering):.2f} ms, p95 {_p95(filtering):.2f} ms"
        )
        ours, bare_open, rss = bench_open(path, 5)
        print(
            f"open to shown window: {ours:.3f} s vs bare PySide6 {bare_open:.3f} s (ratio {ours / bare_open:.2f}, target ≤ 2)"
        )
        print(f"peak RSS of the program on that file: {rss:.0f} MB (target ≤ 150 MB)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this benchmark process (window + 2,200 ideas): {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
