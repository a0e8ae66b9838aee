"""One open workshop file: read it, change it, copy it.

Every change is one short transaction that is committed before the method
returns (rollback journal, ``synchronous=FULL``), so what the interface shows
as entered is in the ``.zwd`` file itself. Reads use plain ``sqlite3`` so that
opening a file stays fast; writes and migrations go through sqlite-utils,
imported on first use. Creating and opening (the checks, migrations, the lock)
live in :mod:`.opening`, connections and SQLite's errors in :mod:`.connection`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msgspec.structs import replace

from ..core.validation import check_times, check_workshop_field
from ..core.workshop import WORKSHOP_EDITABLE_FIELDS, AgendaItem, Workshop, utc_now
from ..core.workshop_records import workshop_from_record, workshop_to_record
from . import opening
from .agenda import AgendaRepository
from .agreements import AgreementRepository
from .changes import Area, Change, Listener
from .clock import ClockRepository
from .connection import (
    ReadView,
    finish_writing,
    remove_quietly,
    sync_folder,
    translate_os_error,
    translate_sqlite_error,
)
from .errors import InvalidValueError, StoreError, StoreErrorKind
from .fields import check_fields
from .followup import FollowupRepository
from .ideas import IdeaRepository
from .lock import FileLock
from .photos import PhotoRepository
from .verdict import sqlite_problems
from .votes import VoteRepository

if TYPE_CHECKING:
    from sqlite_utils import Database

FILE_SUFFIX = ".zwd"


class WorkshopStore:
    """One open workshop file: the workshop record, and a repository per feature.

    Use :meth:`create` for a new file and :meth:`open` for an existing one.
    ``read_only`` is true when the file was opened for reading only (asked
    for, held by someone else, or not writable); every change then raises
    ``StoreError("read_only")``.

    The workshop's own record is read and changed here (:meth:`workshop`,
    :meth:`update_workshop`); everything else through the feature's
    repository: ``store.agenda``, ``store.clock``, ``store.photos``,
    ``store.ideas``, ``store.votes``, ``store.agreements`` and ``store.followup``.
    """

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        read_only: bool,
        lock: FileLock | None,
        view: ReadView | None = None,
    ) -> None:
        self.path = path
        self._conn = conn
        self.read_only = read_only
        self._lock = lock
        self._view = view  # the read-only view (and its private copy) this store reads through
        self._db: Database | None = None
        self._listeners: list[Listener] = []
        self.backup_path: Path | None = None
        self.read_only_reason = ""
        # The schema version of the file itself (lower than schema_version() when it was
        # upgraded, in place or, read-only, in a private copy).
        self.file_schema_version = 0
        self.damage: tuple[str, ...] = ()  # what SQLite's checks found in a file opened read-only anyway
        self._batch_changes: list[Change] | None = None
        self._workshop_id = self._read_workshop_id()
        self.agenda = AgendaRepository(self)
        self.clock = ClockRepository(self)
        self.photos = PhotoRepository(self)
        self.ideas = IdeaRepository(self)
        self.votes = VoteRepository(self)
        self.agreements = AgreementRepository(self)
        self.followup = FollowupRepository(self)

    # ---- opening -------------------------------------------------------

    @classmethod
    def create(cls, path: Path, workshop: Workshop, agenda: list[AgendaItem]) -> WorkshopStore:
        """Create a new workshop file; refuses to overwrite an existing file."""
        path = Path(path)
        opening.create_file(path, workshop, agenda)
        return cls.open(path)

    @classmethod
    def open(cls, path: Path, read_only: bool = False, damaged_ok: bool = False) -> WorkshopStore:
        """Open an existing workshop file.

        Raises :class:`StoreError` for a file that is missing, not SQLite,
        corrupt, another application's, or from a newer zwdesktop; raises
        :class:`LockedError` when another running instance holds it (open
        again with ``read_only=True`` to look at it). An older file is
        migrated after a backup copy is written beside it. Opening read-only
        leaves nothing beside the file.

        Every file gets the verdict of :mod:`.verdict` first: one whose records
        cannot be read or break the rules raises ``StoreError("corrupt")``; one
        where only SQLite's checks fail raises ``"damaged_readable"``, or with
        ``damaged_ok`` opens read-only (``read_only_reason == "damaged"``,
        ``damage`` lists what was found).
        """
        return opening.open_file(cls, Path(path), read_only, damaged_ok)

    @staticmethod
    def applied_migrations(conn: sqlite3.Connection) -> list[str]:
        """Names of the migrations recorded in a file, in the order applied."""
        return opening.applied_migrations(conn)

    def _read_workshop_id(self) -> str:
        row = self._conn.execute("SELECT id FROM workshop LIMIT 1").fetchone()
        if row is None:
            raise StoreError(StoreErrorKind.CORRUPT, path=str(self.path), detail="no workshop record")
        return str(row[0])

    # ---- life cycle ----------------------------------------------------

    def close(self) -> None:
        """Close the file and give up the lock."""
        try:
            if self._view is not None:
                self._view.close()
            else:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.close()
                if not self.read_only:
                    finish_writing(self.path)
        finally:
            if self._lock:
                self._lock.release()

    def __enter__(self) -> WorkshopStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener`` with a :class:`Change` after every committed change."""
        self._listeners.append(listener)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    @property
    def conn(self) -> sqlite3.Connection:
        """The file's connection, for the store's own modules (repositories, checks, backups) to read through."""
        return self._conn

    @property
    def db(self) -> Database:
        """The sqlite-utils view of the connection (made on first write)."""
        if self._db is None:
            self._db = opening.wrap(self._conn)
        return self._db

    @contextlib.contextmanager
    def write(self, change: Change | Callable[[], Change]) -> Iterator[Database]:
        """One committed transaction; rolls back and raises :class:`StoreError` on failure.

        ``change`` is what it reports after the commit; a function giving it
        is asked after the transaction, when what was written is known only
        then (a merge). Inside :meth:`batch` it is a savepoint of the batch's
        transaction and the change is reported when the batch commits.
        """
        if self.read_only:
            raise StoreError(StoreErrorKind.READ_ONLY, path=str(self.path))
        try:
            with self.db.atomic() as db:
                yield db
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from exc
        done = change if isinstance(change, Change) else change()
        if self._batch_changes is None:
            if done.areas:
                self._notify(done)
        else:
            self._batch_changes.append(done)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Several changes as one transaction: all are committed, or none."""
        if self._batch_changes is not None:
            yield
            return
        self._batch_changes = []
        try:
            with self.write(Change(frozenset())):
                yield
        except BaseException:
            self._batch_changes = None
            raise
        changes, self._batch_changes = [c for c in self._batch_changes if c.areas], None
        if changes:
            self._notify(Change.combined(changes))

    # ---- reading -------------------------------------------------------

    @property
    def workshop_id(self) -> str:
        """The id of the workshop this file holds."""
        return self._workshop_id

    def workshop(self) -> Workshop:
        """The workshop record."""
        row = self._conn.execute("SELECT * FROM workshop WHERE id = ?", [self._workshop_id]).fetchone()
        return workshop_from_record(dict(row))

    def schema_version(self) -> int:
        """The number of migrations applied to this file."""
        return len(self.applied_migrations(self._conn))

    def counts(self) -> dict[str, int]:
        """How many records of each kind the file holds."""
        tables = {
            "workshop": "workshop",
            "agenda_items": "agenda_item",
            "clock_events": "clock_event",
            "photos": "photo",
            "agreements": "agreement",
            "meetings": "meeting",
            "steering_members": "steering_member",
            "signups": "signup",
            "meeting_notes": "meeting_note",
            "meeting_attendees": "meeting_attendee",
            "minutes_revisions": "minutes_revision",
            "vote_rounds": "vote_round",
            "vote_options": "vote_option",
            "vote_ballots": "vote_ballot",
            "vote_events": "vote_event",
        }
        counts = {
            label: int(self._conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])
            for label, table in tables.items()
        }
        # Ideas and clusters as the user sees them (tombstones and merged-away ideas are not counted).
        counts["ideas"] = int(
            self._conn.execute("SELECT count(*) FROM idea WHERE deleted = 0 AND merged_into IS NULL").fetchone()[0]
        )
        counts["clusters"] = int(
            self._conn.execute("SELECT count(*) FROM idea_cluster WHERE deleted = 0").fetchone()[0]
        )
        return counts

    def integrity_problems(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks (empty when sound)."""
        return sqlite_problems(self._conn)

    # ---- changing ------------------------------------------------------

    def update_workshop(self, **changes: Any) -> Workshop:
        """Change workshop fields; every value is checked first and a refused one changes nothing."""
        current = self.workshop()
        check_fields(changes, WORKSHOP_EDITABLE_FIELDS, check_workshop_field)
        updated = replace(current, **changes, updated_at=utc_now())
        if "start_time" in changes or "end_time" in changes:
            problem = check_times(updated.start_time, updated.end_time)
            if problem:
                raise InvalidValueError("end_time", problem)
        with self.write(Change.of(Area.WORKSHOP, ids=[self._workshop_id])) as db:
            db.table("workshop").update(self._workshop_id, workshop_to_record(updated))
        return updated

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the file with SQLite's backup API (atomically renamed into place)."""
        target = Path(target)
        tmp = target.with_name(target.name + ".partial")
        try:
            dest = sqlite3.connect(tmp)
            try:
                self._conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            tmp.replace(target)
            sync_folder(target.parent)
        except sqlite3.Error as exc:
            remove_quietly(tmp)
            raise translate_sqlite_error(exc, target) from exc
        except OSError as exc:
            remove_quietly(tmp)
            raise translate_os_error(exc, target) from exc
