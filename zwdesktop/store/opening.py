"""Creating and opening a workshop file: the checks before anything is written, migrations, the lock.

Opening looks before it touches: the header is read without SQLite (another
application's file is refused there), then the file is judged through a
read-only :class:`~.connection.ReadView` (:mod:`.verdict`, the same verdict as
``zwdesktop check``); only a file that passes is opened for writing (after
taking the lock). A damaged file whose records all read and keep the rules
opens read-only when the caller allows it (``damaged_ok``), never for writing. A file from an older zwdesktop is migrated after a backup copy is
written beside it; one still in WAL mode is converted to the rollback journal
when it is first opened for writing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from msgspec.structs import replace

from ..core.validation import check_agenda_field, check_workshop_field
from ..core.workshop import AGENDA_EDITABLE_FIELDS, WORKSHOP_EDITABLE_FIELDS, AgendaItem, Workshop
from ..core.workshop_records import workshop_to_record
from . import schema
from .agenda import agenda_row
from .connection import (
    ReadView,
    check_ours,
    connect_for_writing,
    finish_writing,
    read_header,
    remove_quietly,
    sidecar,
    sync_folder,
    translate_os_error,
    translate_sqlite_error,
)
from .errors import LockedError, StoreError, StoreErrorKind
from .fields import check_fields, fields_of
from .lock import FileLock
from .verdict import judge

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .workshop_store import WorkshopStore


def wrap(conn: sqlite3.Connection) -> Database:
    """The sqlite-utils view of a connection (imported here, on first write: start-up time)."""
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def writable(path: Path) -> bool:
    """Whether the file and its folder can be written (the lock file and the journal live beside it)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def create_file(path: Path, workshop: Workshop, agenda: list[AgendaItem]) -> None:
    """Write a new workshop file at ``path``; refuses to overwrite one.

    Built under a temporary name and renamed, so a crash or a full disk never
    leaves a half-made workshop file under the user's chosen name.
    """
    if path.exists():
        raise StoreError(StoreErrorKind.EXISTS, path=str(path))
    if not path.parent.is_dir():
        raise StoreError(StoreErrorKind.MISSING_FOLDER, path=str(path.parent))
    check_fields(fields_of(workshop, WORKSHOP_EDITABLE_FIELDS), WORKSHOP_EDITABLE_FIELDS, check_workshop_field)
    for item in agenda:
        check_fields(fields_of(item, AGENDA_EDITABLE_FIELDS), AGENDA_EDITABLE_FIELDS, check_agenda_field)
    tmp = path.with_name(path.name + ".creating")
    leftovers = [tmp, *(sidecar(tmp, suffix) for suffix in ("-journal", "-wal", "-shm"))]
    # A leftover from an interrupted create must not be built upon.
    for leftover in leftovers:
        remove_quietly(leftover)
    try:
        conn = connect_for_writing(tmp)
        try:
            conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            db = wrap(conn)
            schema.build_migrations().apply(db)
            conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
            with db.atomic():
                db.table("workshop").insert(workshop_to_record(workshop))
                for index, item in enumerate(agenda):
                    db.table("agenda_item").insert(agenda_row(replace(item, position=index), workshop.id))
        finally:
            conn.close()
        tmp.replace(path)
        sync_folder(path.parent)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, path) from exc
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    finally:
        for leftover in leftovers:
            remove_quietly(leftover)


def open_file(cls: type[WorkshopStore], path: Path, read_only: bool, damaged_ok: bool = False) -> WorkshopStore:
    """Open an existing workshop file (see :meth:`WorkshopStore.open`)."""
    header = read_header(path)
    check_ours(path, header)
    reason = "asked" if read_only else ""
    if not read_only and not writable(path):
        read_only, reason = True, "not_writable"
    lock: FileLock | None = None
    if not read_only:
        lock = FileLock(path)
        try:
            holder = lock.acquire()
        except StoreError:
            raise
        except OSError:
            read_only, reason, lock = True, "not_writable", None
        else:
            if holder is not None:
                raise LockedError(str(path), holder.user, holder.host, holder.since, holder.pid)
    view: ReadView | None = None
    conn: sqlite3.Connection | None = None
    probe: WorkshopStore | None = None
    try:
        view = ReadView(path, header)
        applied = applied_migrations(view.conn)
        file_version = len(applied)
        pending = pending_migrations(view.conn, path, applied)
        if pending:
            # The verdict and a read-only store see the file upgraded; the file itself only when written.
            view.close()
            view = ReadView(path, header, private=True)
            view.upgrade(_migrate)
        probe = cls(path, view.conn, True, None, view=view)
        view = None  # the probe owns it now
        found = judge(probe)
        if found.bad_value is not None:
            raise StoreError(StoreErrorKind.CORRUPT, path=str(path), detail=found.bad_value)
        if found.damage:
            if not damaged_ok:
                raise StoreError(StoreErrorKind.DAMAGED_READABLE, path=str(path), detail=found.damage[0])
            read_only, reason = True, "damaged"
            # Shown from a private copy with its indexes rebuilt: a damaged index would hide rows.
            probe.close()
            probe = None
            view = ReadView(path, header, private=True)
            view.upgrade(_migrate_and_repair if pending else _repair)
            probe = cls(path, view.conn, True, None, view=view)
            view = None
            probe.damage = found.damage
            if lock is not None:
                lock.release()
                lock = None
        backup: Path | None = None
        if read_only:
            store, probe = probe, None
        else:
            probe.close()
            probe = None
            conn = connect_for_writing(path)
            if pending:
                backup = write_backup_beside(conn, path)
                _migrate(conn)
            store = cls(path, conn, False, lock)
    except sqlite3.DatabaseError as exc:
        _give_up(probe, view, conn, lock, path)
        error = translate_sqlite_error(exc, path)
        if error.kind is StoreErrorKind.IO_ERROR:  # an unreadable page, not the disk
            error = StoreError(StoreErrorKind.CORRUPT, path=str(path), detail=" ".join(str(exc).split())[:80])
        raise error from exc
    except sqlite3.Error as exc:
        _give_up(probe, view, conn, lock, path)
        raise translate_sqlite_error(exc, path) from exc
    except UnicodeDecodeError as exc:  # SQLite's own message quoting a damaged schema
        _give_up(probe, view, conn, lock, path)
        raise StoreError(StoreErrorKind.CORRUPT, path=str(path), detail="not UTF-8") from exc
    except OSError as exc:
        _give_up(probe, view, conn, lock, path)
        raise translate_os_error(exc, path) from exc
    except BaseException:
        _give_up(probe, view, conn, lock, path)
        raise
    store.backup_path = backup
    store.read_only_reason = reason
    store.file_schema_version = file_version
    return store


def _repair(conn: sqlite3.Connection) -> None:
    conn.execute("REINDEX")


def _migrate_and_repair(conn: sqlite3.Connection) -> None:
    _migrate(conn)
    _repair(conn)


def _migrate(conn: sqlite3.Connection) -> None:
    schema.build_migrations().apply(wrap(conn))
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")


def _give_up(
    probe: WorkshopStore | None,
    view: ReadView | None,
    conn: sqlite3.Connection | None,
    lock: FileLock | None,
    path: Path,
) -> None:
    if probe is not None:
        probe.close()
    if view is not None:
        view.close()
    if conn is not None:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        finish_writing(path)
    if lock is not None:
        lock.release()


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations recorded in a file, in the order applied."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'").fetchone()
    if not exists:
        return []
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [schema.MIGRATION_SET]
    ).fetchall()
    return [str(row[0]) for row in rows]


def pending_migrations(conn: sqlite3.Connection, path: Path, applied: list[str] | None = None) -> list[str]:
    """The migrations this file still lacks; refuses a file of a newer zwdesktop.

    ``applied``: what :func:`applied_migrations` found, when the caller has just read it.
    """
    if applied is None:
        applied = applied_migrations(conn)
    unknown = [name for name in applied if name not in schema.MIGRATION_NAMES]
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    if unknown or user_version > schema.SCHEMA_VERSION:
        raise StoreError(StoreErrorKind.TOO_NEW, path=str(path), version=max(user_version, len(applied)))
    if not applied:
        raise StoreError(StoreErrorKind.CORRUPT, path=str(path), detail="no schema")
    return [name for name in schema.MIGRATION_NAMES if name not in applied]


def write_backup_beside(conn: sqlite3.Connection, path: Path) -> Path:
    """Before a migration: a copy of the file as it was, ``NAME.backup-YYYYMMDD-HHMMSS.zwd`` beside it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    target = sqlite3.connect(backup)
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    return backup
