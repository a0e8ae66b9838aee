"""A lock file beside the workshop file: one program instance holds a file at a time.

The lock file (``NAME.zwd.lock``) says who holds the file: user, host,
process id, when that process started and since when it holds the file. The
lock itself is an operating-system lock on that file (``flock`` on POSIX, a
byte-range lock on Windows), taken atomically and released by the system
when the process ends, however it ends; so two programs starting at the same
moment on a stale lock cannot both hold it.

When the system lock is free but the file still names a holder:

- a holder on another host is respected: the file may lie on a shared drive
  whose locks do not reach that host;
- a holder on this host whose process is gone, or whose process id now
  belongs to a process that started later (after a reboot), is stale and is
  taken over;
- a holder whose process is still the one that wrote the lock (an older
  zwdesktop, which wrote no system lock) is respected.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import platform
import sys
from pathlib import Path

from msgspec import Struct
from msgspec.structs import asdict

from ..core.instants import format_instant_seconds
from .errors import StoreError, StoreErrorKind

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

# Windows locks byte ranges and refuses reads of a locked range: lock a byte far past the text.
_WINDOWS_LOCK_OFFSET = 1 << 30
# A process that started more than this after the lock's "since" (or its recorded start) is another process.
_START_SLACK_S = 2.0


class LockInfo(Struct, frozen=True):
    """Who holds a workshop file (``started``: the holder process's start, seconds since the epoch; 0 unknown)."""

    user: str
    host: str
    pid: int
    since: str
    started: float = 0.0


def lock_path(path: Path) -> Path:
    """The lock file that belongs to ``path``."""
    return path.with_name(path.name + ".lock")


def _current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return "?"


def host_name() -> str:
    """This machine's name (what ``socket.gethostname()`` says, without loading the network library)."""
    return platform.node()


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but another user's
        return True
    return not _ended(pid)


def _ended(pid: int) -> bool:
    """Whether ``pid`` has ended and waits only to be reaped (a zombie answers ``kill(pid, 0)`` as if alive).

    A program that crashed or was killed is such a zombie until its parent collects it, which a
    launcher or a container's first process may do late or never; its lock is stale all the same.
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False  # no /proc (macOS): kill() said it is there
    fields = stat.rsplit(")", 1)[-1].split()
    return bool(fields) and fields[0] in ("Z", "X")  # the state, right after the command name


def process_started(pid: int) -> float | None:
    """When the process ``pid`` started (seconds since the epoch), or None when that cannot be told here."""
    if sys.platform == "win32":
        return _windows_process_started(pid)
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        boot = next(
            line for line in Path("/proc/stat").read_text(encoding="ascii").splitlines() if line.startswith("btime")
        )
        ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22, counted after the command name
        return int(boot.split()[1]) + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None  # no /proc (macOS): the lock counts on the system lock and the process id alone


def _windows_process_started(pid: int) -> float | None:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return None
    try:
        times = [wintypes.FILETIME() for _ in range(4)]
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return None
        created = (times[0].dwHighDateTime << 32) | times[0].dwLowDateTime
        return (created - 116444736000000000) / 1e7  # 100 ns steps since 1601 -> seconds since 1970
    finally:
        kernel32.CloseHandle(handle)


def _parse(text: str) -> LockInfo | None:
    try:
        data = json.loads(text)
        return LockInfo(
            str(data["user"]),
            str(data["host"]),
            int(data["pid"]),
            str(data["since"]),
            float(data.get("started", 0.0)),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def read_lock(path: Path) -> LockInfo | None:
    """The lock on ``path``, or ``None`` when there is none or it is unreadable garbage."""
    try:
        return _parse(lock_path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def is_stale(info: LockInfo | None) -> bool:
    """Whether a lock whose system lock is free may be taken over (see the module docstring)."""
    if info is None:
        return True
    if info.host != host_name():
        return False
    if not process_alive(info.pid):
        return True
    started = process_started(info.pid)
    if started is None:
        return False
    if info.started:
        return abs(started - info.started) > _START_SLACK_S
    try:
        since = dt.datetime.fromisoformat(info.since).timestamp()
    except ValueError:
        return False
    return started > since + _START_SLACK_S  # the id was given to a process that started after the lock


def _try_system_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
            return False
        raise
    return True


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``fd`` is still the file at ``path`` (a holder that let go may have removed it meanwhile)."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _read_fd(fd: int) -> LockInfo | None:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 4096):
        chunks.append(chunk)
        if sum(map(len, chunks)) > 65536:
            return None
    try:
        return _parse(b"".join(chunks).decode("utf-8"))
    except UnicodeDecodeError:
        return None


class FileLock:
    """Holds the lock file of one workshop file while it is open for writing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file = lock_path(path)
        self.info = LockInfo(
            user=_current_user(),
            host=host_name(),
            pid=os.getpid(),
            since=format_instant_seconds(dt.datetime.now(dt.UTC)),
            started=_own_start(),
        )
        self.held = False
        self._fd: int | None = None

    def acquire(self) -> LockInfo | None:
        """Take the lock; returns the other holder's info when someone else holds it.

        Raises ``StoreError("disk_full")`` when the disk has no room for the
        lock file (and leaves none behind), ``OSError`` when the lock file
        cannot be written otherwise (a read-only folder).
        """
        for _attempt in range(20):
            fd = self._open()
            try:
                if not _try_system_lock(fd):
                    return read_lock(self.path) or self.info
                if not _same_file(fd, self.file):
                    continue  # the previous holder removed it between our open and our lock: again
                holder = _read_fd(fd)
                if holder is not None and not is_stale(holder):
                    return holder
                self._write(fd)
                if self.held:
                    self._fd, fd = fd, -1  # kept: the system lock lasts as long as the workshop is open
                    return None
            finally:
                # Every way out but holding closes the file, and with it our system lock: a refused
                # open must not keep the file from its holder once that one lets go.
                if fd != -1:
                    os.close(fd)
        return read_lock(self.path) or self.info

    def _open(self) -> int:
        try:
            return os.open(self.file, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StoreError(StoreErrorKind.DISK_FULL, path=str(self.path)) from exc
            raise

    def _write(self, fd: int) -> None:
        data = json.dumps(asdict(self.info)).encode("utf-8")
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            if os.write(fd, data) != len(data):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        except OSError as exc:
            # Leave nothing behind: an empty or half-written lock file would confuse the next start.
            with contextlib.suppress(OSError):
                self.file.unlink()
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StoreError(StoreErrorKind.DISK_FULL, path=str(self.path)) from exc
            raise
        self.held = True

    def release(self) -> None:
        """Remove the lock file (still holding the system lock, so nobody takes a file about to vanish) and let go."""
        if not self.held:
            return
        self.held = False
        fd, self._fd = self._fd, None
        if sys.platform == "win32":  # an open file cannot be removed there: let go first
            if fd is not None:
                os.close(fd)
            with contextlib.suppress(OSError):
                if read_lock(self.path) in (self.info, None):
                    self.file.unlink()
            return
        with contextlib.suppress(OSError):
            if fd is not None and _same_file(fd, self.file):
                self.file.unlink()
        if fd is not None:
            os.close(fd)


def _own_start() -> float:
    """This process's start time; 0 when unknown (the lock then counts on the system lock alone)."""
    return process_started(os.getpid()) or 0.0
