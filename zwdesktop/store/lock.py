"""A lock file beside the workshop file: one program instance holds a file at a time.

The lock file (``NAME.zwd.lock``) says who holds the file: user, host, process
id and since when. A lock whose process is gone on this host is stale and
taken over; a lock from another host is respected, since the file may lie on
a shared drive and we cannot see that host's processes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LockInfo:
    """Who holds a workshop file."""

    user: str
    host: str
    pid: int
    since: str


def lock_path(path: Path) -> Path:
    """The lock file that belongs to ``path``."""
    return path.with_name(path.name + ".lock")


def _current_user() -> str:
    # getpass reads these variables first too; importing it costs start-up time.
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(name)
        if user:
            return user
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return "?"


def host_name() -> str:
    """This machine's name, as ``socket.gethostname()`` gives it."""
    if hasattr(os, "uname"):  # the same value, without importing socket (start-up time)
        return os.uname().nodename
    import socket

    return socket.gethostname()


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
    return True


def read_lock(path: Path) -> LockInfo | None:
    """The lock on ``path``, or ``None`` when there is none or it is unreadable garbage."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _is_stale(info: LockInfo | None) -> bool:
    if info is None:
        return True
    return info.host == host_name() and not process_alive(info.pid)


class FileLock:
    """Holds the lock file of one workshop file while it is open for writing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file = lock_path(path)
        self.info = LockInfo(
            user=_current_user(),
            host=host_name(),
            pid=os.getpid(),
            since=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
        self.held = False

    def acquire(self) -> LockInfo | None:
        """Take the lock; returns the other holder's info when someone else holds it.

        Raises ``OSError`` when the lock file cannot be written (read-only folder).
        """
        for _attempt in range(2):
            try:
                fd = os.open(self.file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_lock(self.path)
                if not _is_stale(holder):
                    return holder
                # Stale: its process is gone. Remove and try once more, so that
                # two instances racing for a stale lock do not both win.
                with contextlib.suppress(FileNotFoundError):
                    self.file.unlink()
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self.info.__dict__, handle)
            self.held = True
            return None
        holder = read_lock(self.path)
        return holder or self.info

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if not self.held:
            return
        self.held = False
        current = read_lock(self.path)
        if current is not None and current.pid == self.info.pid and current.host == self.info.host:
            with contextlib.suppress(OSError):
                self.file.unlink()
