"""Open, create, change and copy one workshop file.

Every change is one short transaction that is committed before the method
returns (WAL, ``synchronous=FULL``), so what the interface shows as entered is
on disk. Reads use plain ``sqlite3`` so that opening a file stays fast; writes
and migrations go through sqlite-utils, imported on first use.
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
from ..core.model import AGENDA_EDITABLE_FIELDS, WORKSHOP_EDITABLE_FIELDS, AgendaItem, Workshop, utc_now
from ..core.records import agenda_from_record, agenda_to_record, workshop_from_record, workshop_to_record
from . import schema
from .errors import InvalidValueError, LockedError, StoreError
from .ideas import IdeaStoreMixin
from .lock import FileLock

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..core.photos import Photo
    from .agreements_repo import AgreementRepository

# The photo and validation modules are imported where they are used: opening a
# file and showing it needs neither (start-up time).

SQLITE_HEADER = b"SQLite format 3\x00"
FILE_SUFFIX = ".zwd"


@dataclass(frozen=True)
class Change:
    """What a committed change touched, so views refresh only that: ``kind`` and row ids."""

    kind: str  # "workshop", "agenda", "clock", "photos", "agreements", "steering", "signups", "ideas", "clusters", "all"
    ids: tuple[str, ...] = ()


Listener = Callable[[Change], None]


def _translate_sqlite_error(exc: sqlite3.Error, path: Path) -> StoreError:
    text = str(exc).lower()
    if "full" in text:
        return StoreError("disk_full", path=str(path))
    if "readonly" in text or "read-only" in text:
        return StoreError("read_only", path=str(path))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StoreError("corrupt", path=str(path), detail=" ".join(str(exc).split()))
    return StoreError("io_error", path=str(path), detail=str(exc))


def _check_header(path: Path) -> None:
    if not path.exists():
        raise StoreError("missing", path=str(path))
    if not path.is_file():
        raise StoreError("not_a_file", path=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError as exc:
        raise StoreError("no_permission", path=str(path)) from exc
    except OSError as exc:
        raise StoreError("io_error", path=str(path), detail=str(exc)) from exc
    if not header.startswith(SQLITE_HEADER):
        raise StoreError("not_sqlite", path=str(path))
    if len(header) < 100:
        raise StoreError("corrupt", path=str(path), detail="truncated header")


def _writable(path: Path) -> bool:
    import os

    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


class WorkshopStore(IdeaStoreMixin):
    """One open workshop file.

    Use :meth:`create` for a new file and :meth:`open` for an existing one.
    ``read_only`` is true when the file was opened for reading only (asked
    for, held by someone else, or not writable); every change then raises
    ``StoreError("read_only")``.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool, lock: FileLock | None) -> None:
        self.path = path
        self._conn = conn
        self.read_only = read_only
        self._lock = lock
        self._db: Database | None = None
        self._listeners: list[Listener] = []
        self.backup_path: Path | None = None
        self.read_only_reason = ""
        self._batch_changes: list[Change] | None = None
        self._agreements: AgreementRepository | None = None
        self._workshop_id = self._read_workshop_id()

    # ---- opening -------------------------------------------------------

    @classmethod
    def create(cls, path: Path, workshop: Workshop, agenda: list[AgendaItem]) -> WorkshopStore:
        """Create a new workshop file; refuses to overwrite an existing file."""
        from ..core.validation import check_agenda_field, check_workshop_field

        path = Path(path)
        if path.exists():
            raise StoreError("exists", path=str(path))
        if not path.parent.is_dir():
            raise StoreError("missing_folder", path=str(path.parent))
        for name in WORKSHOP_EDITABLE_FIELDS:
            problem = check_workshop_field(name, getattr(workshop, name))
            if problem:
                raise InvalidValueError(name, problem)
        # Build in a temporary file and rename, so a crash or a full disk never
        # leaves a half-made workshop file under the user's chosen name.
        for item in agenda:
            for name in AGENDA_EDITABLE_FIELDS:
                problem = check_agenda_field(name, getattr(item, name))
                if problem:
                    raise InvalidValueError(name, problem)
        tmp = path.with_name(path.name + ".creating")
        # A leftover from an interrupted create must not be built upon.
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            _remove_quietly(leftover)
        try:
            conn = sqlite3.connect(tmp)
            try:
                conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA foreign_keys = ON")
                db = cls._wrap(conn)
                schema.build_migrations().apply(db)
                conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
                with db.atomic():
                    db.table("workshop").insert(workshop_to_record(workshop))
                    for index, item in enumerate(agenda):
                        db.table("agenda_item").insert(_agenda_row(replace(item, position=index), workshop.id))
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
            tmp.replace(path)
        except sqlite3.Error as exc:
            _remove_quietly(tmp)
            raise _translate_sqlite_error(exc, path) from exc
        except OSError as exc:
            _remove_quietly(tmp)
            if exc.errno == 28:
                raise StoreError("disk_full", path=str(path)) from exc
            raise StoreError("io_error", path=str(path), detail=str(exc)) from exc
        finally:
            for suffix in ("-wal", "-shm"):
                _remove_quietly(tmp.with_name(tmp.name + suffix))
        return cls.open(path)

    @classmethod
    def open(cls, path: Path, read_only: bool = False) -> WorkshopStore:
        """Open an existing workshop file.

        Raises :class:`StoreError` for a file that is missing, not SQLite,
        corrupt, another application's, or from a newer zwdesktop; raises
        :class:`LockedError` when another running instance holds it (open
        again with ``read_only=True`` to look at it). An older file is
        migrated after a backup copy is written beside it.
        """
        path = Path(path)
        _check_header(path)
        reason = "asked" if read_only else ""
        if not read_only and not _writable(path):
            read_only, reason = True, "not_writable"
        lock: FileLock | None = None
        if not read_only:
            lock = FileLock(path)
            try:
                holder = lock.acquire()
            except OSError:
                read_only, reason, lock = True, "not_writable", None
            else:
                if holder is not None:
                    raise LockedError(str(path), holder.user, holder.host, holder.since, holder.pid)
        conn: sqlite3.Connection | None = None
        try:
            # Look before touching: a read-only connection neither switches a
            # foreign or newer file to WAL nor leaves -wal/-shm files beside it.
            conn = cls._connect(path, read_only=True)
            cls._inspect(conn, path)
            pending = cls._pending_migrations(conn, path)
            backup: Path | None = None
            if pending and read_only:
                raise StoreError("needs_migration_read_only", path=str(path))
            if not read_only:
                conn.close()
                conn = None
                if pending:
                    backup = cls._write_backup(path)
                conn = cls._connect(path, read_only=False)
                if pending:
                    db = cls._wrap(conn)
                    schema.build_migrations().apply(db)
                    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
            store = cls(path, conn, read_only, lock)
        except sqlite3.Error as exc:
            _close_quietly(conn)
            if lock:
                lock.release()
            raise _translate_sqlite_error(exc, path) from exc
        except BaseException:
            _close_quietly(conn)
            if lock:
                lock.release()
            raise
        store.backup_path = backup
        store.read_only_reason = reason
        return store

    @staticmethod
    def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
        if read_only:
            # immutable=1 reads even when the folder is read-only and no -shm
            # file can be made; the file is not changed by us in that mode.
            uri = f"{path.resolve().as_uri()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                conn.close()
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
            except BaseException:
                conn.close()
                raise
        else:
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.row_factory = sqlite3.Row
        return conn

    @staticmethod
    def _inspect(conn: sqlite3.Connection, path: Path) -> None:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != schema.APPLICATION_ID:
                raise StoreError("foreign", path=str(path))
            result = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise StoreError("corrupt", path=str(path), detail=str(exc)) from exc
        problems = [" ".join(str(row[0]).split()) for row in result if row[0] != "ok"]
        if problems:
            raise StoreError("corrupt", path=str(path), detail=problems[0])

    @staticmethod
    def applied_migrations(conn: sqlite3.Connection) -> list[str]:
        """Names of the migrations recorded in a file, in the order applied."""
        exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'").fetchone()
        if not exists:
            return []
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [schema.MIGRATION_SET]
        ).fetchall()
        return [row[0] for row in rows]

    @classmethod
    def _pending_migrations(cls, conn: sqlite3.Connection, path: Path) -> list[str]:
        applied = cls.applied_migrations(conn)
        unknown = [name for name in applied if name not in schema.MIGRATION_NAMES]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        if unknown or user_version > schema.SCHEMA_VERSION:
            raise StoreError("too_new", path=str(path), version=max(user_version, len(applied)))
        if not applied:
            raise StoreError("corrupt", path=str(path), detail="no schema")
        return [name for name in schema.MIGRATION_NAMES if name not in applied]

    @staticmethod
    def _write_backup(path: Path) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
        source = sqlite3.connect(path)
        try:
            target = sqlite3.connect(backup)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        return backup

    @staticmethod
    def _wrap(conn: sqlite3.Connection) -> Database:
        from sqlite_utils import Database

        return Database(conn, execute_plugins=False)

    def _read_workshop_id(self) -> str:
        row = self._conn.execute("SELECT id FROM workshop LIMIT 1").fetchone()
        if row is None:
            raise StoreError("corrupt", path=str(self.path), detail="no workshop record")
        return str(row[0])

    # ---- life cycle ----------------------------------------------------

    def close(self) -> None:
        """Close the file and give up the lock."""
        try:
            if not self.read_only:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
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
            self._db = self._wrap(self._conn)
        return self._db

    @contextlib.contextmanager
    def write(self, change: Change) -> Iterator[Database]:
        """One committed transaction; rolls back and raises :class:`StoreError` on failure.

        Inside :meth:`batch` it is a savepoint of the batch's transaction and
        the change is reported when the batch commits.
        """
        if self.read_only:
            raise StoreError("read_only", path=str(self.path))
        try:
            with self.db.atomic() as db:
                yield db
        except sqlite3.Error as exc:
            raise _translate_sqlite_error(exc, self.path) from exc
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
            raise StoreError("not_found", id=item_id)
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
        problems = [row[0] for row in self._conn.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
        for row in self._conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign key: {row[0]} row {row[1]} -> {row[2]}")
        return problems

    # ---- changing ------------------------------------------------------

    def update_workshop(self, **changes: Any) -> Workshop:
        """Change workshop fields; every value is checked first and a refused one changes nothing."""
        from ..core.validation import check_times, check_workshop_field

        current = self.workshop()
        for name, value in changes.items():
            if name not in WORKSHOP_EDITABLE_FIELDS:
                raise StoreError("unknown_field", field=name)
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
            db.table("agenda_item").insert(_agenda_row(items[index], self._workshop_id))
            self._renumber(db, items)

    def remove_agenda_item(self, item_id: str) -> tuple[AgendaItem, int]:
        """Remove an item; returns it and the index it had, so an undo can put it back."""
        items = self.agenda()
        index = next((i for i, item in enumerate(items) if item.id == item_id), None)
        if index is None:
            raise StoreError("not_found", id=item_id)
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
                raise StoreError("unknown_field", field=name)
            problem = check_agenda_field(name, value)
            if problem:
                raise InvalidValueError(name, problem)
        updated = replace(current, **changes, updated_at=utc_now())
        with self.write(Change("agenda", (item_id,))) as db:
            db.table("agenda_item").update(item_id, _agenda_row(updated, self._workshop_id))
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
            raise StoreError("not_found", id=item_id)
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

    # ---- photos ---------------------------------------------------------

    _PHOTO_COLUMNS = "id, phase, position, caption, original_name, media_type, width, height, created_at, updated_at"

    def photos(self, with_data: bool = False) -> list[Photo]:
        """The photos in process order (their bytes only when ``with_data``)."""
        columns = self._PHOTO_COLUMNS + (", data" if with_data else "")
        rows = self._conn.execute(
            f"SELECT {columns} FROM photo WHERE workshop_id = ? ORDER BY position, id", [self._workshop_id]
        ).fetchall()
        return [_photo_from_row(dict(row)) for row in rows]

    def photo(self, photo_id: str, with_data: bool = False) -> Photo:
        """One photo by id."""
        columns = self._PHOTO_COLUMNS + (", data" if with_data else "")
        row = self._conn.execute(f"SELECT {columns} FROM photo WHERE id = ?", [photo_id]).fetchone()
        if row is None:
            raise StoreError("not_found", id=photo_id)
        return _photo_from_row(dict(row))

    def photo_data(self, photo_id: str) -> bytes:
        """The bytes of one photo, as attached."""
        row = self._conn.execute("SELECT data FROM photo WHERE id = ?", [photo_id]).fetchone()
        if row is None:
            raise StoreError("not_found", id=photo_id)
        return bytes(row[0])

    def insert_photo(self, photo: Photo, index: int) -> Photo:
        """Attach ``photo`` (with its ``data``) at ``index`` of the process order; refuses a file that is no JPEG/PNG."""
        from ..core.photos import PHOTO_EDITABLE_FIELDS, check_photo_data, check_photo_field, sniff_image

        problem = check_photo_data(photo.data)
        if problem:
            raise InvalidValueError("data", problem)
        for name in PHOTO_EDITABLE_FIELDS:
            problem = check_photo_field(name, getattr(photo, name))
            if problem:
                raise InvalidValueError(name, problem)
        sniffed = sniff_image(photo.data)
        assert sniffed is not None  # checked above
        media_type, width, height = sniffed
        stored = replace(photo, media_type=media_type, width=width, height=height, updated_at=utc_now())
        items = self.photos()
        index = max(0, min(index, len(items)))
        items.insert(index, stored)
        with self.write(Change("photos", (photo.id,))) as db:
            db.table("photo").insert(self.photo_row(stored))
            self._renumber_photos(db, items)
        return stored

    def remove_photo(self, photo_id: str) -> tuple[Photo, int]:
        """Remove a photo; returns it (with its bytes) and its index, so an undo can put it back."""
        items = self.photos()
        index = next((i for i, item in enumerate(items) if item.id == photo_id), None)
        if index is None:
            raise StoreError("not_found", id=photo_id)
        removed = self.photo(photo_id, with_data=True)
        items.pop(index)
        with self.write(Change("photos", (photo_id,))) as db:
            db.table("photo").delete(photo_id)
            self._renumber_photos(db, items)
        return removed, index

    def update_photo(self, photo_id: str, **changes: Any) -> Photo:
        """Change a photo's caption or phase, each value checked first."""
        from ..core.photos import PHOTO_EDITABLE_FIELDS, check_photo_field

        current = self.photo(photo_id)
        for name, value in changes.items():
            if name not in PHOTO_EDITABLE_FIELDS:
                raise StoreError("unknown_field", field=name)
            problem = check_photo_field(name, value)
            if problem:
                raise InvalidValueError(name, problem)
        updated = replace(current, **changes, updated_at=utc_now())
        with self.write(Change("photos", (photo_id,))) as db:
            db.table("photo").update(photo_id, {**changes, "updated_at": updated.updated_at})
        return updated

    def move_photo(self, photo_id: str, index: int) -> int:
        """Move a photo to ``index`` of the process order; returns the index it came from."""
        items = self.photos()
        old = next((i for i, item in enumerate(items) if item.id == photo_id), None)
        if old is None:
            raise StoreError("not_found", id=photo_id)
        item = items.pop(old)
        index = max(0, min(index, len(items)))
        items.insert(index, item)
        with self.write(Change("photos", (photo_id,))) as db:
            self._renumber_photos(db, items, touched=photo_id)
        return old

    def _renumber_photos(self, db: Database, items: list[Photo], touched: str | None = None) -> None:
        now = utc_now()
        for position, item in enumerate(items):
            if item.position != position or item.id == touched:
                db.table("photo").update(item.id, {"position": position, "updated_at": now})
                item.position = position

    def photo_row(self, photo: Photo) -> dict[str, Any]:
        """The ``photo`` row of a photo of this workshop (bytes included; type and size read from the bytes)."""
        from ..core.photos import sniff_image

        sniffed = sniff_image(photo.data)
        if sniffed is not None:
            photo = replace(photo, media_type=sniffed[0], width=sniffed[1], height=sniffed[2])
        return {
            "id": photo.id,
            "workshop_id": self._workshop_id,
            "phase": photo.phase,
            "position": photo.position,
            "caption": photo.caption,
            "original_name": photo.original_name,
            "media_type": photo.media_type,
            "width": photo.width,
            "height": photo.height,
            "data": photo.data,
            "created_at": photo.created_at,
            "updated_at": photo.updated_at,
        }

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
        except sqlite3.Error as exc:
            _remove_quietly(tmp)
            raise _translate_sqlite_error(exc, target) from exc
        except OSError as exc:
            _remove_quietly(tmp)
            if exc.errno == 28:
                raise StoreError("disk_full", path=str(target)) from exc
            raise StoreError("io_error", path=str(target), detail=str(exc)) from exc


def _close_quietly(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        with contextlib.suppress(sqlite3.Error):
            conn.close()


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _photo_from_row(row: dict[str, Any]) -> Photo:
    from ..core.photos import Photo

    return Photo(
        id=row["id"],
        phase=row["phase"] or "",
        caption=row["caption"] or "",
        position=int(row["position"]),
        original_name=row["original_name"] or "",
        media_type=row["media_type"],
        width=int(row["width"] or 0),
        height=int(row["height"] or 0),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        data=bytes(row["data"]) if row.get("data") is not None else b"",
    )


def _agenda_row(item: AgendaItem, workshop_id: str) -> dict[str, Any]:
    row = agenda_to_record(item)
    row["workshop_id"] = workshop_id
    return row
