"""Helpers for the tests of the workshop file as a whole: old WAL files, read-only places, listings."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from zwdesktop.core.templates import DEFAULT_TEMPLATE_ID, list_templates
from zwdesktop.core.workshop import Workshop
from zwdesktop.paths import resource_dir
from zwdesktop.store import WorkshopStore, schema


def make_file(path: Path, title: str = "Zukunftswerkstatt Bad Waldsee") -> Path:
    """A closed workshop file made from the built-in template."""
    templates, _problems = list_templates(resource_dir() / "templates", None)
    template = next(t for t in templates if t.id == DEFAULT_TEMPLATE_ID)
    workshop = Workshop(title=title, date=dt.date(2026, 1, 15), start_time=dt.time(14), end_time=dt.time(18))
    WorkshopStore.create(path, workshop, template.agenda("de")).close()
    return path


def mark_written_by_newer_version(path: Path) -> Path:
    """Record in ``path`` a migration this zwdesktop does not know, as a newer version would have written it."""
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, '9999_future', '2030-01-01')",
        [schema.MIGRATION_SET],
    )
    conn.commit()
    conn.close()
    return path


def insert_ideas(conn: sqlite3.Connection, count: int, start: int = 0) -> None:
    """``count`` critique ideas, each its own committed transaction, as the window writes them."""
    workshop_id = conn.execute("SELECT id FROM workshop").fetchone()[0]
    for number in range(start, start + count):
        now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        conn.execute(
            "INSERT INTO idea (id, workshop_id, text, phase, cluster_id, author, reframed_from, merged_into,"
            " deleted, created_at, updated_at) VALUES (?, ?, ?, 'critique', NULL, '', NULL, NULL, 0, ?, ?)",
            [str(uuid.uuid4()), workshop_id, f"Idee Nummer {number}: mehr Bänke am Marktplatz", now, now],
        )
        conn.commit()


def make_wal_file(path: Path, in_file: int = 37, in_log: int = 5) -> Path:
    """A workshop file as an older zwdesktop left it while open or after a crash: WAL mode, ``NAME.zwd-wal`` beside it.

    ``in_file`` ideas are in the ``.zwd`` itself, the last ``in_log`` only in the ``-wal``.
    """
    make_file(path)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        insert_ideas(conn, in_file)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        insert_ideas(conn, in_log, start=in_file)
        # What is on disk at this moment, as a power cut or SIGKILL would leave it.
        shutil.copyfile(path, path.with_name("snapshot"))
        shutil.copyfile(path.with_name(path.name + "-wal"), path.with_name("snapshot-wal"))
    finally:
        conn.close()
    os.replace(path.with_name("snapshot"), path)
    os.replace(path.with_name("snapshot-wal"), path.with_name(path.name + "-wal"))
    assert path.read_bytes()[18:20] == b"\x02\x02"
    return path


def listing(folder: Path) -> list[str]:
    """The names in a folder, sorted."""
    return sorted(p.name for p in folder.iterdir())


@contextlib.contextmanager
def read_only_place(folder: Path) -> Iterator[Path]:
    """``folder`` as a read-only place (a CD, a write-protected stick, a share): the path to read it through.

    As root (who may write anywhere) a read-only bind mount; otherwise the folder's
    write permission is taken away. Skips the test where neither is possible.
    """
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    view = folder.with_name(folder.name + "-read-only")
    view.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(folder), str(view)], capture_output=True).returncode == 0
    if not mounted:
        pytest.skip("no read-only place can be made here (mount refused)")
    try:
        if subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], capture_output=True).returncode != 0:
            pytest.skip("no read-only place can be made here (remount refused)")
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], capture_output=True)


def race_for_the_lock(path: str, trials: int, barrier: object, results: object) -> None:
    """One of the processes of the lock race: at each trial, take the lock at the same moment as the other."""
    from zwdesktop.store.lock import FileLock

    for _trial in range(trials):
        barrier.wait()  # type: ignore[attr-defined]  # the stale lock is in place: go
        lock = FileLock(Path(path))
        held = lock.acquire() is None
        barrier.wait()  # type: ignore[attr-defined]  # both have decided; a holder still holds
        results.put(held)  # type: ignore[attr-defined]
        barrier.wait()  # type: ignore[attr-defined]  # counted
        lock.release()
        barrier.wait()  # type: ignore[attr-defined]  # let go


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    """A tiny disk of its own (a tmpfs of ``size_kb``) mounted at ``folder``; skips where it cannot be mounted."""
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("a small disk needs root (mount)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("no small disk can be mounted here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill_disk(folder: Path, leave_bytes: int = 0) -> Path:
    """Fill the disk of ``folder`` until only ``leave_bytes`` (about) are free; returns the filler file."""
    filler = folder / "filler.bin"
    with filler.open("wb") as handle:
        while shutil.disk_usage(folder).free > leave_bytes + 4096:
            chunk = min(1 << 20, shutil.disk_usage(folder).free - leave_bytes)
            try:
                handle.write(b"\0" * max(chunk, 4096))
                handle.flush()
            except OSError:
                break
    return filler
