"""Benchmark: the cost of one committed change under each journal choice, against WAL, in the same run.

Prints figures; never asserts. Run: ``.venv/bin/python bench/commits.py [--commits N] [--dir FOLDER]``.

Each variant inserts one idea row per transaction into its own file (N commits,
interleaved in blocks so that every variant sees the same disk noise) and
reports the median and 95th percentile per commit and the ratio of the median
against ``wal+full`` (what zwdesktop used before) and ``wal+normal``:

- ``wal+normal``: WAL, ``synchronous=NORMAL`` (not durable on power loss);
- ``wal+full``: WAL, ``synchronous=FULL`` — the ``.zwd`` alone lacks the changes until a checkpoint;
- ``wal+full+checkpoint``: the same with ``PRAGMA wal_checkpoint(TRUNCATE)`` after every commit;
- ``delete+full``: rollback journal deleted at commit (its deletion is not synced: a power cut
  can bring the journal back and undo the last commit);
- ``truncate+full``: rollback journal truncated and synced at commit — **zwdesktop's choice**;
- ``store.add_idea``: the whole path of one idea through ``WorkshopStore`` (checks, sqlite-utils, commit).

Use ``--dir`` to measure on a particular disk (the default is the system's temporary folder).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VARIANTS: dict[str, tuple[str, str, bool]] = {
    "wal+normal": ("wal", "normal", False),
    "wal+full": ("wal", "full", False),
    "wal+full+checkpoint": ("wal", "full", True),
    "delete+full": ("delete", "full", False),
    "truncate+full": ("truncate", "full", False),
}
SQL = "INSERT INTO idea (id, text, created_at) VALUES (?, ?, ?)"


def _plain(folder: Path, name: str, journal: str, sync: str, checkpoint: bool) -> Callable[[int], float]:
    conn = sqlite3.connect(folder / f"{name}.db", isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute(f"PRAGMA synchronous = {sync}")
    conn.execute("CREATE TABLE idea (id TEXT PRIMARY KEY, text TEXT, created_at TEXT)")

    def commit(number: int) -> float:
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(SQL, [str(uuid.uuid4()), f"Idee {number}: mehr Bänke", dt.datetime.now(dt.UTC).isoformat()])
        conn.execute("COMMIT")
        if checkpoint:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return time.perf_counter() - start

    return commit


def _store(folder: Path) -> Callable[[int], float]:
    from zwdesktop.core.ideas import Idea
    from zwdesktop.core.workshop import Workshop
    from zwdesktop.store import WorkshopStore

    store = WorkshopStore.create(folder / "store.zwd", Workshop(title="Bench"), [])

    def commit(number: int) -> float:
        start = time.perf_counter()
        store.ideas.add(Idea(text=f"Idee {number}: mehr Bänke", phase="critique"))
        return time.perf_counter() - start

    return commit


def main() -> int:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=400, help="commits per variant (default 400)")
    parser.add_argument("--dir", type=Path, default=None, help="folder on the disk to measure (default: temp)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="zwd-bench-commits-", dir=args.dir) as name:
        folder = Path(name)
        runners = {key: _plain(folder, key.replace("+", "-"), *spec) for key, spec in VARIANTS.items()}
        runners["store.add_idea"] = _store(folder)
        times: dict[str, list[float]] = {key: [] for key in runners}
        block = 20
        for start in range(0, args.commits, block):
            for key, run in runners.items():
                for number in range(start, min(start + block, args.commits)):
                    times[key].append(run(number))
    base_full = statistics.median(times["wal+full"])
    base_normal = statistics.median(times["wal+normal"])
    print(f"{args.commits} single-row commits per variant, folder {args.dir or tempfile.gettempdir()}")
    print(f"{'variant':<22}{'median ms':>10}{'p95 ms':>9}{'× wal+full':>12}{'× wal+normal':>14}")
    for key, values in times.items():
        median = statistics.median(values)
        p95 = statistics.quantiles(values, n=20)[-1]
        print(
            f"{key:<22}{median * 1000:>10.3f}{p95 * 1000:>9.3f}{median / base_full:>12.2f}{median / base_normal:>14.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
