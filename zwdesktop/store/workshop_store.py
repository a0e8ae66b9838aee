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
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.clock import ClockEvent
from ..core.workshop import AGENDA_EDITABLE_FIELDS, WORKSHOP_EDITABLE_FIELDS, AgendaItem, Workshop, utc_now
from ..core.workshop_records import agenda_from_record, workshop_from_record, workshop_to_record
from . import opening
from .connection import (
    ReadView,
    finish_writing,
    remove_quietly,
    sync_folder,
    translate_os_error,
    translate_sqlite_error,
)
from .errors import InvalidValueError, StoreError, StoreErrorKind
from .ideas import IdeaStoreMixin
from .lock import FileLock
from .opening import agenda_row
from .photos import PhotoStoreMixin

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .agreements_repo import AgreementRepository

# The photo and validation modules are imported where they are used: opening a
# file and showing it needs neither (start-up time).

FILE_SUFFIX = ".zwd"


@dataclass(frozen=True)
class Change:
    """What a committed change touched, so views refresh only that: ``kind`` and row ids."""

    kind: str  # "workshop", "agenda", "clock", "photos", "agreements", "steering", "signups", "ideas", "clusters", "all"
    ids: tuple[str, ...] = ()


Listener = Callable[[Change], None]


class WorkshopStore(IdeaStoreMixin, PhotoStoreMixin):
    """One open workshop file.

    Use :meth:`create` for a new file and :meth:`open` for an existing one.
    ``read_only`` is true when the file was opened for reading only (asked
    for, held by someone else, or not writable); every change then raises
    ``StoreError("read_only")``.
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
        self._agreements: AgreementRepository | None = None
        self._workshop_id = self._read_workshop_id()

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
    def db(self) -> Database:
        """The sqlite-utils view of the connection (made on first write)."""
        if self._db is None:
            self._db = opening.wrap(self._conn)
        return self._db

    @contextlib.contextmanager
    def write(self, change: Change) -> Iterator[Database]:
        """One committed transaction; rolls back and raises :class:`StoreError` on failure.

        Inside :meth:`batch` it is a savepoint of the batch's transaction and
        the change is reported when the batch commits.
        """
        if self.read_only:
            raise StoreError(StoreErrorKind.READ_ONLY, path=str(self.path))
        try:
            with self.db.atomic() as db:
                yield db
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from exc
        if self._batch_changes is None:
            self._notify(change)
        else:
            self._batch_changes.append(change)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Several changes as one transaction: all are committed, or none."""
        if self._batch_changes is not None:
            yield
            return
        self._batch_changes = []
        try:
            with self.write(Change("batch")):
                yield
        except BaseException:
            self._batch_changes = None
            raise
        changes, self._batch_changes = self._batch_changes, None
        kinds = {change.kind for change in changes if change.kind != "batch"}
        ids = tuple(i for change in changes for i in change.ids)
        self._notify(Change(kinds.pop() if len(kinds) == 1 else "all", ids))

    # ---- reading -------------------------------------------------------

    @property
    def workshop_id(self) -> str:
        """The id of the workshop this file holds."""
        return self._workshop_id

    def workshop(self) -> Workshop:
        """The workshop record."""
        row = self._conn.execute("SELECT * FROM workshop WHERE id = ?", [self._workshop_id]).fetchone()
        return workshop_from_record(dict(row))

    def agenda(self) -> list[AgendaItem]:
        """The agenda items in their order."""
        rows = self._conn.execute(
            "SELECT * FROM agenda_item WHERE workshop_id = ? ORDER BY position, id", [self._workshop_id]
        ).fetchall()
        return [agenda_from_record(dict(row)) for row in rows]

    def agenda_item(self, item_id: str) -> AgendaItem:
        """One agenda item by id."""
        row = self._conn.execute("SELECT * FROM agenda_item WHERE id = ?", [item_id]).fetchone()
        if row is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=item_id)
        return agenda_from_record(dict(row))

    @property
    def agreements(self) -> AgreementRepository:
        """Agreements, meetings, the steering group and the mailing list of this file."""
        if self._agreements is None:
            from .agreements_repo import AgreementRepository

            self._agreements = AgreementRepository(self)
        return self._agreements

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
        counts["clusters"] = int(self._conn.execute("SELECT count(*) FROM idea_cluster WHERE deleted = 0").fetchone()[0])
        return counts

    def integrity_problems(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks (empty when sound)."""
        from .verdict import sqlite_problems

        return sqlite_problems(self._conn)

    # ---- changing ------------------------------------------------------

    def update_workshop(self, **changes: Any) -> Workshop:
        """Change workshop fields; every value is checked first and a refused one changes nothing."""
        from ..core.validation import check_times, check_workshop_field

        current = self.workshop()
        for name, value in changes.items():
            if name not in WORKSHOP_EDITABLE_FIELDS:
                raise StoreError(StoreErrorKind.UNKNOWN_FIELD, field=name)
            problem = check_workshop_field(name, value)
            if problem:
                raise InvalidValueError(name, problem)
        updated = replace(current, **changes, updated_at=utc_now())
        if "start_time" in changes or "end_time" in changes:
            problem = check_times(updated.start_time, updated.end_time)
            if problem:
                raise InvalidValueError("end_time", problem)
        with self.write(Change("workshop", (self._workshop_id,))) as db:
            db.table("workshop").update(self._workshop_id, workshop_to_record(updated))
        return updated

    def insert_agenda_item(self, item: AgendaItem, index: int) -> None:
        """Insert ``item`` at ``index`` of the agenda (later items move down)."""
        from ..core.validation import check_agenda_field

        for name in AGENDA_EDITABLE_FIELDS:
            problem = check_agenda_field(name, getattr(item, name))
            if problem:
                raise InvalidValueError(name, problem)
        items = self.agenda()
        index = max(0, min(index, len(items)))
        items.insert(index, replace(item, updated_at=utc_now()))
        with self.write(Change("agenda", (item.id,))) as db:
            db.table("agenda_item").insert(agenda_row(items[index], self._workshop_id))
            self._renumber(db, items)

    def remove_agenda_item(self, item_id: str) -> tuple[AgendaItem, int]:
        """Remove an item; returns it and the index it had, so an undo can put it back."""
        items = self.agenda()
        index = next((i for i, item in enumerate(items) if item.id == item_id), None)
        if index is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=item_id)
        removed = items.pop(index)
        with self.write(Change("agenda", (item_id,))) as db:
            db.table("agenda_item").delete(item_id)
            self._renumber(db, items)
        return removed, index

    def update_agenda_item(self, item_id: str, **changes: Any) -> AgendaItem:
        """Change fields of one agenda item, each checked first."""
        from ..core.validation import check_agenda_field

        current = self.agenda_item(item_id)
        for name, value in changes.items():
            if name not in AGENDA_EDITABLE_FIELDS:
                raise StoreError(StoreErrorKind.UNKNOWN_FIELD, field=name)
            problem = check_agenda_field(name, value)
            if problem:
                raise InvalidValueError(name, problem)
        updated = replace(current, **changes, updated_at=utc_now())
        with self.write(Change("agenda", (item_id,))) as db:
            db.table("agenda_item").update(item_id, agenda_row(updated, self._workshop_id))
        return updated

    def set_agenda_minutes(self, minutes: dict[str, int]) -> None:
        """Change the planned minutes of several items in one transaction (e.g. an end-on-time plan)."""
        from ..core.validation import check_agenda_field

        for value in minutes.values():
            problem = check_agenda_field("planned_minutes", value)
            if problem:
                raise InvalidValueError("planned_minutes", problem)
        now = utc_now()
        with self.write(Change("agenda", tuple(minutes))) as db:
            for item_id, value in minutes.items():
                db.table("agenda_item").update(item_id, {"planned_minutes": value, "updated_at": now})

    def move_agenda_item(self, item_id: str, index: int) -> int:
        """Move an item to ``index``; returns the index it came from."""
        items = self.agenda()
        old = next((i for i, item in enumerate(items) if item.id == item_id), None)
        if old is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=item_id)
        item = items.pop(old)
        index = max(0, min(index, len(items)))
        items.insert(index, item)
        with self.write(Change("agenda", (item_id,))) as db:
            self._renumber(db, items, touched=item_id)
        return old

    def _renumber(self, db: Database, items: list[AgendaItem], touched: str | None = None) -> None:
        now = utc_now()
        for position, item in enumerate(items):
            if item.position != position or item.id == touched:
                db.table("agenda_item").update(item.id, {"position": position, "updated_at": now})
                item.position = position

    # ---- the clock ----------------------------------------------------

    def clock_events(self) -> list[ClockEvent]:
        """The clock's events in the order they happened."""
        rows = self._conn.execute(
            "SELECT * FROM clock_event WHERE workshop_id = ? ORDER BY at, rowid", [self._workshop_id]
        ).fetchall()
        return [
            ClockEvent(
                id=row["id"],
                kind=row["kind"],
                at=dt.datetime.fromisoformat(row["at"]),
                item_id=row["item_id"],
                seconds=int(row["seconds"] or 0),
            )
            for row in rows
        ]

    def clock_event_row(self, event: ClockEvent) -> dict[str, Any]:
        """The ``clock_event`` row of an event of this workshop."""
        return {
            "id": event.id,
            "workshop_id": self._workshop_id,
            "kind": event.kind,
            "at": event.at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            "item_id": event.item_id,
            "seconds": event.seconds,
        }

    def add_clock_event(self, event: ClockEvent) -> None:
        """Record one clock event (committed at once)."""
        with self.write(Change("clock", (event.id,))) as db:
            db.table("clock_event").insert(self.clock_event_row(event))

    def remove_clock_events(self, event_ids: list[str]) -> None:
        """Remove clock events (used to reset the clock)."""
        with self.write(Change("clock", tuple(event_ids))) as db:
            for event_id in event_ids:
                db.table("clock_event").delete(event_id)

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


# The name merge.py imports.
_agenda_row = agenda_row
