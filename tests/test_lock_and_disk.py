"""The lock beside the file, and full disks: taken atomically, taken over when stale, nothing left behind."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import io
import json
import multiprocessing
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from file_helpers import fill_disk, listing, make_file, race_for_the_lock, small_disk

from zwdesktop import cli
from zwdesktop.store import LockedError, StoreError, WorkshopStore
from zwdesktop.store import connection as connection_module
from zwdesktop.store import lock as lock_module
from zwdesktop.store.connection import translate_sqlite_error
from zwdesktop.store.lock import FileLock, lock_path

TRIALS = 300  # two processes at the same moment, each trial on a fresh stale lock (about a second in all)


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def stale_lock(path: Path, pid: int, since: str = "2026-01-15T13:00:00+00:00", **extra: object) -> None:
    info = {"user": "moderation", "host": socket.gethostname(), "pid": pid, "since": since, **extra}
    lock_path(path).write_text(json.dumps(info), encoding="utf-8")


def command(*args: str | Path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main([str(a) for a in args])
    return code, err.getvalue()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---- the lock ----------------------------------------------------------------------


def test_two_programs_starting_at_once_on_a_stale_lock_never_both_hold_it(tmp_path: Path) -> None:
    path = make_file(tmp_path / "werkstatt.zwd")
    gone = dead_pid()
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(3, timeout=60)
    results = context.Queue()
    workers = [context.Process(target=race_for_the_lock, args=(str(path), TRIALS, barrier, results)) for _ in range(2)]
    for worker in workers:
        worker.start()
    both, none = 0, 0
    try:
        for _trial in range(TRIALS):
            stale_lock(path, gone)
            barrier.wait()  # go
            barrier.wait()  # decided
            barrier.wait()  # reported
            held = [results.get(timeout=60), results.get(timeout=60)]
            both += all(held)
            none += not any(held)
            barrier.wait()  # released
    finally:
        for worker in workers:
            worker.join(timeout=60)
    assert (both, none) == (0, 0)
    assert not lock_path(path).exists()


def test_a_lock_whose_process_id_now_belongs_to_a_later_process_is_taken_over(tmp_path: Path) -> None:
    """After a reboot the id of the crashed holder may belong to some unrelated program that started later."""
    path = make_file(tmp_path / "werkstatt.zwd")
    unrelated = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        an_hour_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).isoformat(timespec="seconds")
        stale_lock(path, unrelated.pid, since=an_hour_ago)  # as an older zwdesktop wrote it
        with WorkshopStore.open(path) as store:
            assert not store.read_only
            assert json.loads(lock_path(path).read_text(encoding="utf-8"))["pid"] == os.getpid()
        stale_lock(path, unrelated.pid, since=an_hour_ago, started=dt.datetime.now(dt.UTC).timestamp() - 3600)
        with WorkshopStore.open(path) as store:  # a recorded start time that is not this process's
            assert not store.read_only
    finally:
        unrelated.kill()
        unrelated.wait()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="tells a zombie by /proc")
def test_a_holder_that_crashed_and_waits_to_be_reaped_is_taken_over(tmp_path: Path) -> None:
    """Killed, a program stays a zombie until its parent collects it, and ``kill(pid, 0)`` still finds it;
    its lock is stale all the same, so the next start opens the file for writing, not read-only."""
    path = make_file(tmp_path / "werkstatt.zwd")
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        stale_lock(path, holder.pid, since=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                   started=lock_module.process_started(holder.pid) or 0.0)  # fmt: skip
        with pytest.raises(LockedError):
            WorkshopStore.open(path)  # alive: respected
        holder.kill()
        stat = Path(f"/proc/{holder.pid}/stat")
        for _tries in range(500):  # until the kernel has made it a zombie (a moment); not reaped: no wait() yet
            if stat.read_text(encoding="ascii").rsplit(")", 1)[1].split()[0] == "Z":
                break
            time.sleep(0.01)
        os.kill(holder.pid, 0)  # still "there" for kill()
        with WorkshopStore.open(path) as store:
            assert not store.read_only
    finally:
        holder.kill()
        holder.wait()


def _system_lock_is_free(lock_file: Path) -> bool:
    import fcntl

    fd = os.open(lock_file, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # and with it the lock just taken
    return True


def test_a_live_holder_that_wrote_no_system_lock_is_respected(tmp_path: Path) -> None:
    """An older zwdesktop still running: its process started before its lock."""
    path = make_file(tmp_path / "werkstatt.zwd")
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        later = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)).isoformat(timespec="seconds")
        stale_lock(path, holder.pid, since=later)
        with pytest.raises(LockedError) as caught:
            WorkshopStore.open(path)
        assert caught.value.params["pid"] == holder.pid
        # Being refused leaves the system lock free, for the holder to take it.
        assert sys.platform == "win32" or _system_lock_is_free(lock_path(path))
    finally:
        holder.kill()
        holder.wait()
    with WorkshopStore.open(path) as store:  # the holder is gone: the file opens for writing
        assert not store.read_only


def test_the_lock_is_held_by_the_system_while_open_and_released_by_a_crash(tmp_path: Path) -> None:
    path = make_file(tmp_path / "werkstatt.zwd")
    with WorkshopStore.open(path):
        other = FileLock(path)
        assert other.acquire() is not None  # the system lock: a second taker is refused at once
        assert not other.held


# ---- full disks ----------------------------------------------------------------------


def test_a_lock_file_that_does_not_fit_on_the_disk_is_not_left_behind(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = make_file(tmp_path / "werkstatt.zwd")
    document = tmp_path / "dokument" / "werkstatt.json"
    document.parent.mkdir()
    assert command("export", path, document)[0] == 0
    before = digest(path)

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(lock_module.os, "write", full)
    with pytest.raises(StoreError) as caught:
        WorkshopStore.open(path)
    assert caught.value.kind == "disk_full"
    code, err = command("import", path, document)
    assert code == 1 and "Datenträger ist voll" in err, err
    assert listing(tmp_path) == ["dokument", "werkstatt.zwd"]
    assert digest(path) == before


@pytest.fixture
def demo_json(tmp_path: Path) -> Path:
    source = tmp_path / "quelle" / "demo.zwd"
    source.parent.mkdir()
    assert command("demo", source)[0] == 0
    document = tmp_path / "quelle" / "demo.json"
    assert command("export", source, document)[0] == 0
    return document


def test_import_on_a_full_disk_says_the_disk_is_full_and_leaves_nothing(tmp_path: Path, demo_json: Path) -> None:
    with small_disk(tmp_path / "stick", 2048) as disk:
        existing = make_file(disk / "werkstatt.zwd")
        filler = fill_disk(disk)
        before = digest(existing)
        for target in (existing, disk / "neu.zwd"):
            code, err = command("import", target, demo_json)
            assert code == 1
            assert "Datenträger ist voll" in err and len(err.splitlines()) == 1, err
        assert listing(disk) == ["filler.bin", "werkstatt.zwd"]
        assert digest(existing) == before
        filler.unlink()


def test_import_on_a_nearly_full_disk_says_the_disk_is_full(tmp_path: Path, demo_json: Path) -> None:
    document = json.loads(demo_json.read_text(encoding="utf-8"))
    keep = ("format", "format_version", "exported_at", "workshop", "agenda", "clock_events", "actuals")
    bare = tmp_path / "quelle" / "nur-programm.json"
    bare.write_text(json.dumps({key: document[key] for key in keep}), encoding="utf-8")
    with small_disk(tmp_path / "stick", 2048) as disk:
        existing = disk / "werkstatt.zwd"
        assert command("import", existing, bare)[0] == 0  # the same workshop, without photos, ideas, votes
        # Room for the lock and a little, not for the demo's photos, ideas and votes.
        filler = fill_disk(disk, leave_bytes=96 * 1024)
        before = digest(existing)
        code, err = command("import", existing, demo_json)
        assert code == 1
        assert "Datenträger ist voll" in err and "I/O" not in err and len(err.splitlines()) == 1, err
        assert listing(disk) == ["filler.bin", "werkstatt.zwd"]
        assert digest(existing) == before
        # Room for a new file's schema, not for what the document brings: no half-made file is left.
        filler.unlink()
        fill_disk(disk, leave_bytes=320 * 1024)
        code, err = command("import", disk / "neu.zwd", demo_json)
        assert code == 1
        assert "Datenträger ist voll" in err and "I/O" not in err and len(err.splitlines()) == 1, err
        assert listing(disk) == ["filler.bin", "werkstatt.zwd"]


def _sqlite_error(code: int, message: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = "test"  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("code", "message", "kind"),
    [
        (sqlite3.SQLITE_FULL, "database or disk is full", "disk_full"),
        (sqlite3.SQLITE_READONLY, "attempt to write a readonly database", "read_only"),
        (sqlite3.SQLITE_CORRUPT, "database disk image is malformed", "corrupt"),
        (sqlite3.SQLITE_NOTADB, "file is not a database", "corrupt"),
        (sqlite3.SQLITE_BUSY, "database is locked", "busy"),
        # By the code, never by the words: a message that mentions "full" is not a full disk.
        (sqlite3.SQLITE_CONSTRAINT, "UNIQUE constraint failed: full_name", "io_error"),
    ],
)
def test_sqlite_errors_are_told_apart_by_their_code(tmp_path: Path, code: int, message: str, kind: str) -> None:
    assert translate_sqlite_error(_sqlite_error(code, message), tmp_path / "x.zwd").kind == kind


def test_an_io_error_on_a_nearly_full_disk_is_a_full_disk(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    error = _sqlite_error(sqlite3.SQLITE_IOERR_WRITE, "disk I/O error")
    assert translate_sqlite_error(error, tmp_path / "x.zwd").kind == "io_error"
    monkeypatch.setattr(connection_module, "disk_nearly_full", lambda path: True)
    assert translate_sqlite_error(error, tmp_path / "x.zwd").kind == "disk_full"


def test_an_export_to_a_full_disk_says_the_disk_is_full_and_leaves_nothing(tmp_path: Path, demo_json: Path) -> None:
    source = demo_json.with_suffix(".zwd")
    with small_disk(tmp_path / "stick", 256) as disk:
        fill_disk(disk, leave_bytes=8 * 1024)
        code, err = command("export", source, disk / "protokoll.json")
        assert code == 1
        assert "Datenträger ist voll" in err and len(err.splitlines()) == 1, err
        assert listing(disk) == ["filler.bin"]
