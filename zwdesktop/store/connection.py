"""Connections to a workshop file: the journal, read-only views that leave no trace, SQLite errors in our words.

The file is written with a rollback journal (``journal_mode=TRUNCATE``) and
``synchronous=FULL``: when a commit returns, the ``.zwd`` file alone holds it,
so a plain copy of the file (to a USB stick, by e-mail) is complete, and a
reader in a read-only folder sees everything (see the README's file-format
section for why not WAL).

Reading never writes: a file in rollback mode without a pending journal is
read through a ``mode=ro`` connection, which makes no file beside it. A file
that needs SQLite to write before it can be read — one still in WAL mode (from
an older zwdesktop) or with a journal left by a crash — is copied with its
``-wal`` or ``-journal`` into a private temporary folder and read there, so
all its committed content is seen and nothing appears beside the original.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from msgspec import Struct

from . import schema
from .errors import StoreError, StoreErrorKind

SQLITE_HEADER = b"SQLite format 3\x00"
# Below this much free space an I/O error while writing is reported as a full disk: SQLite
# reports ENOSPC as SQLITE_FULL on most paths but as a plain I/O error on some (truncate, sync).
NEARLY_FULL_BYTES = 4 * 1024 * 1024


class Header(Struct, frozen=True):
    """What the first 100 bytes of an SQLite file say, read without SQLite."""

    wal: bool  # the file is in WAL mode (bytes 18/19 are 2)
    application_id: int
    user_version: int


def sidecar(path: Path, suffix: str) -> Path:
    """``NAME.zwd-wal``, ``NAME.zwd-journal``, … beside ``path``."""
    return path.with_name(path.name + suffix)


def remove_quietly(path: Path) -> None:
    """Delete a file if it is there; a failure is not an error here."""
    with contextlib.suppress(OSError):
        path.unlink()


def read_header(path: Path) -> Header:
    """The header of an existing SQLite file; raises :class:`StoreError` for anything else."""
    if not path.exists():
        raise StoreError(StoreErrorKind.MISSING, path=str(path))
    if not path.is_file():
        raise StoreError(StoreErrorKind.NOT_A_FILE, path=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError as exc:
        raise StoreError(StoreErrorKind.NO_PERMISSION, path=str(path)) from exc
    except OSError as exc:
        raise StoreError(StoreErrorKind.IO_ERROR, path=str(path), detail=exc.strerror or str(exc)) from exc
    if not header.startswith(SQLITE_HEADER):
        raise StoreError(StoreErrorKind.NOT_SQLITE, path=str(path))
    if len(header) < 100:
        raise StoreError(StoreErrorKind.CORRUPT, path=str(path), detail="truncated header")
    return Header(
        wal=header[18] == 2 or header[19] == 2,
        application_id=int.from_bytes(header[68:72], "big"),
        user_version=int.from_bytes(header[60:64], "big"),
    )


def check_ours(path: Path, header: Header) -> None:
    """Refuse another application's SQLite file before SQLite touches it."""
    if header.application_id != schema.APPLICATION_ID:
        raise StoreError(StoreErrorKind.FOREIGN, path=str(path))


def disk_nearly_full(path: Path) -> bool:
    """Whether the disk that holds ``path`` (a file or a folder) has almost no space left."""
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def translate_sqlite_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """The :class:`StoreError` for an SQLite error, by its error code (never by its text)."""
    code = getattr(exc, "sqlite_errorcode", None)
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    primary = code & 0xFF if isinstance(code, int) else None
    where = str(path)
    if primary == sqlite3.SQLITE_FULL:
        return StoreError(StoreErrorKind.DISK_FULL, path=where)
    if primary == sqlite3.SQLITE_IOERR:
        if disk_nearly_full(path):
            return StoreError(StoreErrorKind.DISK_FULL, path=where)
        return StoreError(StoreErrorKind.IO_ERROR, path=where, detail=name)
    if primary == sqlite3.SQLITE_READONLY:
        return StoreError(StoreErrorKind.READ_ONLY, path=where)
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return StoreError(StoreErrorKind.CORRUPT, path=where, detail=" ".join(str(exc).split())[:200])
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreError(StoreErrorKind.BUSY, path=where)
    if primary in (sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH):
        return StoreError(StoreErrorKind.NO_PERMISSION, path=where)
    return StoreError(StoreErrorKind.IO_ERROR, path=where, detail=name)


def translate_os_error(exc: OSError, path: Path) -> StoreError:
    """The :class:`StoreError` for a failed file operation (a full disk by ``errno.ENOSPC``)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreError(StoreErrorKind.DISK_FULL, path=str(path))
    if exc.errno in (errno.EROFS,):
        return StoreError(StoreErrorKind.READ_ONLY, path=str(path))
    if isinstance(exc, PermissionError):
        return StoreError(StoreErrorKind.NO_PERMISSION, path=str(path))
    return StoreError(StoreErrorKind.IO_ERROR, path=str(path), detail=exc.strerror or str(exc))


def connect_for_writing(path: Path) -> sqlite3.Connection:
    """A connection that writes: rollback journal, every commit synced, foreign keys on.

    A file still in WAL mode is converted here: SQLite copies the ``-wal``
    into the file and removes ``-wal`` and ``-shm``. The caller holds the lock.
    """
    conn = sqlite3.connect(path)
    try:
        mode = conn.execute("PRAGMA journal_mode = TRUNCATE").fetchone()[0]
        if str(mode).lower() != "truncate":
            raise StoreError(StoreErrorKind.BUSY, path=str(path))
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    conn.row_factory = sqlite3.Row
    return conn


def finish_writing(path: Path) -> None:
    """After the writing connection closed (lock still held): remove the journal if it holds nothing to roll back.

    That is the empty journal a TRUNCATE-mode connection keeps, and the journal
    of a transaction killed before its journal was synced (its header is still
    zero, so SQLite itself ignores it).
    """
    journal = sidecar(path, "-journal")
    if journal.exists() and not journal_is_hot(journal):
        remove_quietly(journal)


JOURNAL_MAGIC_SIZE = 8


def journal_is_hot(journal: Path) -> bool:
    """Whether a rollback journal holds a transaction SQLite would roll back (its header's magic is written).

    SQLite writes the magic number only when it syncs the journal, before it
    changes the file; a journal that is empty or begins with zeros is ignored.
    """
    try:
        with journal.open("rb") as handle:
            start = handle.read(JOURNAL_MAGIC_SIZE)
    except OSError:
        return False
    return any(start)


def sync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` survive a power cut (POSIX; nothing to do on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class ReadView:
    """A read-only connection to a workshop file that leaves nothing beside it.

    ``conn`` reads the file itself (``mode=ro``) or, when SQLite would have to
    write first (WAL mode, or a journal left by a crash) or ``private`` asks
    for it (a file of an older schema, upgraded in the copy only), a private
    copy in a temporary folder that :meth:`close` removes.
    """

    def upgrade(self, apply: Callable[[sqlite3.Connection], None]) -> None:
        """Run ``apply`` (the pending migrations) on the private copy."""
        assert self.copy_folder is not None, "only a private copy is upgraded"
        self.conn.execute("PRAGMA query_only = OFF")
        apply(self.conn)
        self.conn.execute("PRAGMA query_only = ON")

    def __init__(self, path: Path, header: Header, private: bool = False) -> None:
        self.path = path
        self.copy_folder: Path | None = None
        journal, wal = sidecar(path, "-journal"), sidecar(path, "-wal")
        if private or header.wal or journal_is_hot(journal):
            self.conn = self._connect_copy(path, [wal, journal])
        else:
            self.conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")

    def _connect_copy(self, path: Path, sidecars: list[Path]) -> sqlite3.Connection:
        # Imported here: a sound file needs no copy, and tempfile pulls in random (start-up time).
        folder = Path(tempfile.mkdtemp(prefix="zwdesktop-read-"))
        self.copy_folder = folder
        try:
            copy = folder / "view.zwd"
            shutil.copyfile(path, copy)
            for extra in sidecars:
                if extra.exists() and extra.stat().st_size > 0:
                    shutil.copyfile(extra, sidecar(copy, extra.name[len(path.name) :]))
            conn = sqlite3.connect(copy)
            try:
                # Takes the -wal's committed transactions into the copy, or rolls back a crash's journal.
                conn.execute("PRAGMA journal_mode = DELETE").fetchone()
                conn.execute("PRAGMA query_only = ON")
            except BaseException:
                conn.close()
                raise
            return conn
        except OSError as exc:
            self._remove_copy()
            raise translate_os_error(exc, path) from exc
        except sqlite3.Error as exc:
            self._remove_copy()
            raise translate_sqlite_error(exc, path) from exc
        except BaseException:
            self._remove_copy()
            raise

    def _remove_copy(self) -> None:
        if self.copy_folder is not None:
            shutil.rmtree(self.copy_folder, ignore_errors=True)
            self.copy_folder = None

    def close(self) -> None:
        """Close the connection and remove the private copy, if one was made."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        self._remove_copy()
