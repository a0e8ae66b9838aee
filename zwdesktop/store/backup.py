"""Backups of open workshops in the user data folder, as Anki keeps them: made now and then, thinned, restorable.

While a workshop is open the window makes a backup after every 10 minutes
with changes and when it is closed (:class:`BackupSchedule` says when). Each
backup is a whole workshop file made with SQLite's backup API (so it is
consistent even while the file is written), stored as
``<user data>/backups/<workshop id>/YYYY-MM-DDTHH-MM-SSZ.zwd`` (UTC). After
each backup the workshop's folder is thinned: the newest backup of each of the
last 12 hours and of each of the last 30 days are kept, nothing older, and at
most 50 MB per workshop (the newest backup is always kept).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from msgspec import Struct, field

from ..core.instants import parse_instant
from ..paths import user_data_dir
from .connection import remove_quietly, sync_folder, translate_os_error, translate_sqlite_error
from .errors import StoreError, StoreErrorKind

if TYPE_CHECKING:
    from .workshop_store import WorkshopStore

INTERVAL_S = 10 * 60
KEEP_HOURS = 12
KEEP_DAYS = 30
MAX_BYTES = 50 * 1024 * 1024
_NAME = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d)-(\d\d)-(\d\d)Z\.zwd\Z")
_STAMP = "%Y-%m-%dT%H-%M-%SZ"
# What the restore list counts, in this order (labels are the keys of WorkshopStore.counts()).
COUNTED = ("agenda_items", "ideas", "clusters", "vote_rounds", "agreements", "photos", "signups")


def backup_root() -> Path:
    """Where all backups live: ``backups`` in the user data folder."""
    return user_data_dir() / "backups"


class BackupInfo(Struct, frozen=True):
    """One backup: its file, when it was made (UTC), and what the workshop held then."""

    path: Path
    workshop_id: str
    taken_at: dt.datetime
    title: str
    counts: dict[str, int] = field(default_factory=dict)
    size: int = 0
    day: dt.date | None = None
    """The workshop's date in its time zone (None where the backup's start or zone cannot be read):
    two workshops of one title, or a demo set aside from an earlier day, are told apart by it."""


def _taken_at(path: Path) -> dt.datetime | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    year, month, day, hour, minute, second = map(int, match.groups())
    try:
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)
    except ValueError:
        return None


def make_backup(store: WorkshopStore, root: Path | None = None, now: dt.datetime | None = None) -> Path:
    """Write a backup of an open workshop and thin its folder; returns the new backup's path.

    Raises :class:`StoreError` (e.g. ``disk_full``) when it cannot be written; nothing half-made stays.
    """
    now = now or dt.datetime.now(dt.UTC)
    folder = (root or backup_root()) / store.workshop_id
    target = folder / (now.astimezone(dt.UTC).strftime(_STAMP) + ".zwd")
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(partial)
        try:
            store.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        partial.replace(target)
        sync_folder(folder)
    except sqlite3.Error as exc:
        remove_quietly(partial)
        raise translate_sqlite_error(exc, target) from exc
    except OSError as exc:
        remove_quietly(partial)
        raise translate_os_error(exc, target) from exc
    thin(folder, now)
    return target


def thin(folder: Path, now: dt.datetime, max_bytes: int = MAX_BYTES) -> list[Path]:
    """Delete the backups of one workshop that the rule does not keep; returns the ones deleted."""
    backups = sorted(((taken, path) for path in folder.glob("*.zwd") if (taken := _taken_at(path))), reverse=True)
    keep: set[Path] = set()
    hours: set[tuple[int, int, int, int]] = set()
    days: set[dt.date] = set()
    for taken, path in backups:  # newest first: the first of each hour and each day is its newest
        age = now - taken
        hour = (taken.year, taken.month, taken.day, taken.hour)
        if age < dt.timedelta(hours=KEEP_HOURS) and hour not in hours:
            hours.add(hour)
            keep.add(path)
        if age < dt.timedelta(days=KEEP_DAYS) and taken.date() not in days:
            days.add(taken.date())
            keep.add(path)
    if backups:
        keep.add(backups[0][1])  # the newest, whatever its age or size
    kept = [path for _taken, path in backups if path in keep]
    total = sum(_size(path) for path in kept)
    while total > max_bytes and len(kept) > 1:
        oldest = kept.pop()
        total -= _size(oldest)
        keep.discard(oldest)
    deleted = [path for _taken, path in backups if path not in keep]
    for path in deleted:
        remove_quietly(path)
    return deleted


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def list_backups(root: Path | None = None) -> list[BackupInfo]:
    """Every backup there is, newest first; one that cannot be read is left out."""
    root = root or backup_root()
    found: list[BackupInfo] = []
    if not root.is_dir():
        return found
    for folder in root.iterdir():
        if not folder.is_dir():
            continue
        for path in folder.glob("*.zwd"):
            taken = _taken_at(path)
            info = _read_info(path, folder.name, taken) if taken else None
            if info is not None:
                found.append(info)
    found.sort(key=lambda info: info.taken_at, reverse=True)
    return found


def _read_info(path: Path, workshop_id: str, taken: dt.datetime) -> BackupInfo | None:
    # A plain read-only look (a backup is a closed rollback-journal file: nothing appears beside it).
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        title, starts_at, zone = conn.execute("SELECT title, starts_at, timezone FROM workshop").fetchone()
        counts = {
            "agenda_items": _count(conn, "SELECT count(*) FROM agenda_item"),
            "ideas": _count(conn, "SELECT count(*) FROM idea WHERE deleted = 0 AND merged_into IS NULL"),
            "clusters": _count(conn, "SELECT count(*) FROM idea_cluster WHERE deleted = 0"),
            "vote_rounds": _count(conn, "SELECT count(*) FROM vote_round"),
            "agreements": _count(conn, "SELECT count(*) FROM agreement"),
            "photos": _count(conn, "SELECT count(*) FROM photo"),
            "signups": _count(conn, "SELECT count(*) FROM signup"),
        }
    except (sqlite3.Error, TypeError, UnicodeDecodeError):
        return None
    finally:
        conn.close()
    return BackupInfo(path, workshop_id, taken, str(title), counts, _size(path), _local_day(starts_at, zone))


def _local_day(starts_at: object, zone: object) -> dt.date | None:
    try:
        return parse_instant(starts_at).astimezone(ZoneInfo(str(zone))).date()
    except (ValueError, ZoneInfoNotFoundError):
        return None


def _count(conn: sqlite3.Connection, sql: str) -> int:
    try:
        return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:  # a table of a later migration, missing in an older backup
        return 0


def restore_backup(backup: Path, target: Path) -> None:
    """Write the backup as a new workshop file ``target`` (never over an existing file); open it afterwards."""
    if target.exists():
        raise StoreError(StoreErrorKind.EXISTS, path=str(target))
    if not target.parent.is_dir():
        raise StoreError(StoreErrorKind.MISSING_FOLDER, path=str(target.parent))
    partial = target.with_name(target.name + ".partial")
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            source.close()
        partial.replace(target)
        sync_folder(target.parent)
    except sqlite3.Error as exc:
        remove_quietly(partial)
        raise translate_sqlite_error(exc, backup) from exc
    except OSError as exc:
        remove_quietly(partial)
        raise translate_os_error(exc, target) from exc


class BackupSchedule:
    """When the next backup is due: after every :data:`INTERVAL_S` seconds with changes, and at the end.

    ``clock`` gives monotonic seconds (``time.monotonic``; tests pass their own).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic, interval: float = INTERVAL_S) -> None:
        self._clock = clock
        self.interval = interval
        self.last = clock()
        self.changed = False

    def note_change(self) -> None:
        """A change was committed."""
        self.changed = True

    def due(self) -> bool:
        """Whether a backup is due now (changes, and the interval since the last one has passed)."""
        return self.changed and self._clock() - self.last >= self.interval

    def done(self) -> None:
        """A backup was just made."""
        self.changed = False
        self.last = self._clock()
