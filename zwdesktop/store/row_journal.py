"""The rows one transaction wrote, as they were before and after it: a merge taken back and done again exactly.

Merging another laptop's file writes rows of many tables at once. It writes
them through a :class:`RowJournal`, which keeps the first version of every
row it touches (or that the row was not there); when the transaction is
committed the journal reads each row as it now is. :func:`put_back` then
writes the "before" of every row (the row removed when it was new; last
written first, so a child goes before its parent) and :func:`put_again` the
"after" (in the order written), each as one committed transaction with the
very values and timestamps of that moment, so that merging the same file
again after an undo does exactly what it did the first time.

Taking back is refused (``StoreError("in_use")``, nothing written) when a row
the merge brought is named by a row it did not write: the clock, which is
not undone, ran through an agenda item the merge brought. An idea captured
after the merge and taken back again stays as a deleted idea (a tombstone,
for the next merge); its link to a cluster or idea the merge brought is
cleared with the merge and put back with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from msgspec import Struct

from .changes import Change
from .columns import COLUMNS
from .errors import StoreError, StoreErrorKind

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .workshop_store import WorkshopStore

Row = dict[str, Any]

# (table, column) pairs that name a row of another table (or their own) by its id.
REFERENCES: tuple[tuple[str, str], ...] = (
    ("idea", "cluster_id"),
    ("idea", "reframed_from"),
    ("idea", "merged_into"),
    ("clock_event", "item_id"),
    ("vote_round", "runoff_of"),
    ("vote_option", "round_id"),
    ("vote_option", "source_id"),
    ("vote_option", "parent_option_id"),
    ("vote_ballot", "round_id"),
    ("vote_event", "round_id"),
    ("agreement_step", "agreement_id"),
    ("agreement_origin", "agreement_id"),
    ("agreement_origin", "source_id"),
    ("agreement_member", "agreement_id"),
    ("meeting", "agreement_id"),
    ("meeting_note", "meeting_id"),
    ("meeting_attendee", "meeting_id"),
    ("minutes_revision", "meeting_id"),
)
# Links a deleted idea may lose when what it names goes (see the module's docstring).
_TOMBSTONE_LINKS = frozenset({"cluster_id", "reframed_from"})


class RowImage(Struct, frozen=True):
    """One row a transaction wrote: ``before`` (None: it was not there) and ``after`` it."""

    table: str
    id: str
    before: Row | None
    after: Row | None


class WrittenRows(Struct, frozen=True):
    """Every row a transaction wrote, in the order first written."""

    images: tuple[RowImage, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.images)

    def change(self) -> Change:
        """The change these rows make (their tables' areas, their ids)."""
        return Change.of_tables({i.table for i in self.images}, ids=(i.id for i in self.images))


def _read(db: Database, table: str, row_id: str) -> Row | None:
    names = list(COLUMNS[table])
    row = db.execute(f"SELECT {', '.join(f'[{n}]' for n in names)} FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    return None if row is None else dict(zip(names, row, strict=True))


class RowJournal:
    """Writes rows inside the caller's transaction and remembers what each was before."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._before: dict[tuple[str, str], Row | None] = {}

    def insert(self, table: str, row: Row) -> None:
        """Insert a new row."""
        self._before.setdefault((table, str(row["id"])), None)
        self.db.table(table).insert(row)

    def insert_all(self, table: str, rows: Iterable[Row]) -> None:
        """Insert new rows."""
        rows = list(rows)
        for row in rows:
            self._before.setdefault((table, str(row["id"])), None)
        if rows:
            self.db.table(table).insert_all(rows, pk="id")

    def update(self, table: str, row_id: str, values: Row) -> None:
        """Change a row that is there."""
        key = (table, row_id)
        if key not in self._before:
            self._before[key] = _read(self.db, table, row_id)
        self.db.table(table).update(row_id, values)

    def delete(self, table: str, row_id: str) -> None:
        """Remove a row that is there."""
        key = (table, row_id)
        if key not in self._before:
            self._before[key] = _read(self.db, table, row_id)
        self.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])

    def put(self, table: str, row: Row) -> None:
        """Insert a new row or change the one with its id."""
        if _read(self.db, table, str(row["id"])) is None:
            self.insert(table, row)
        else:
            self.update(table, str(row["id"]), row)

    def written(self) -> WrittenRows:
        """The rows written so far, each with what it is now (read inside the transaction)."""
        return WrittenRows(
            tuple(
                RowImage(table, row_id, before, _read(self.db, table, row_id))
                for (table, row_id), before in self._before.items()
            )
        )


def _write_image(db: Database, table: str, row_id: str, now: Row | None, wanted: Row | None) -> None:
    if wanted is None:
        if now is not None:
            db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
    elif now is None:
        db.table(table).insert(wanted)
    else:
        db.table(table).update(row_id, wanted)


def _links_to(db: Database, gone: set[str], own: set[tuple[str, str]]) -> list[tuple[str, str, str, bool]]:
    """Rows not written by the merge that name a row it brought: (table, id, column, is a deleted idea)."""
    found = []
    ids = sorted(gone)
    for table, column in REFERENCES:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            deleted = "deleted" if table == "idea" else "0"
            for row_id, flag in db.execute(f"SELECT id, {deleted} FROM [{table}] WHERE [{column}] IN ({marks})", chunk):
                if (table, row_id) not in own:
                    found.append((table, str(row_id), column, bool(flag)))
    return found


def put_back(store: WorkshopStore, rows: WrittenRows) -> WrittenRows:
    """Write every row as it was before (one transaction); returns the links it had to clear (see the module).

    Raises ``StoreError("in_use")`` and writes nothing when a row the merge
    brought is still named by a row that is not a deleted idea.
    """
    images = rows.images
    gone = {i.id for i in images if i.before is None}
    own = {(i.table, i.id) for i in images}
    cleared: list[RowImage] = []
    links = _links_to(store.db, gone, own) if gone else []
    blocking = [link for link in links if not (link[0] == "idea" and link[3] and link[2] in _TOMBSTONE_LINKS)]
    if blocking:
        table, row_id, column, _deleted = blocking[0]
        raise StoreError(StoreErrorKind.IN_USE, path=str(store.path), table=table, id=row_id, column=column)
    tables = {i.table for i in images} | {link[0] for link in links}
    ids = [i.id for i in images] + [link[1] for link in links]
    with store.write(Change.of_tables(tables, ids=ids)) as db:
        for table, row_id, column, _deleted in links:
            before = _read(db, table, row_id)
            db.execute(f"UPDATE [{table}] SET [{column}] = NULL WHERE id = ?", [row_id])
            cleared.append(RowImage(table, row_id, before, _read(db, table, row_id)))
        for image in reversed(images):
            _write_image(db, image.table, image.id, _read(db, image.table, image.id), image.before)
    return WrittenRows(tuple(cleared))


NOTHING_WRITTEN = WrittenRows()


def put_again(store: WorkshopStore, rows: WrittenRows, cleared: WrittenRows = NOTHING_WRITTEN) -> None:
    """Write every row as it was after (one transaction), and give back the links :func:`put_back` cleared."""
    images: Sequence[RowImage] = rows.images
    tables = {i.table for i in images} | {i.table for i in cleared.images}
    ids = [i.id for i in images] + [i.id for i in cleared.images]
    with store.write(Change.of_tables(tables, ids=ids)) as db:
        for image in images:
            _write_image(db, image.table, image.id, _read(db, image.table, image.id), image.after)
        for image in cleared.images:
            _write_image(db, image.table, image.id, _read(db, image.table, image.id), image.before)
