"""Bring an exchange document into a workshop file: create a file from it, or merge it in.

Rows are matched by their UUID. A row the file lacks is added; a row both have
is replaced only when the document's copy was changed later (``updated_at``),
so importing the same document twice changes nothing. Deletions are not
carried over: a row missing from the document stays in the file (ideas and
clusters carry their deletions as tombstones, which merge like any change).

A document of another workshop (a second laptop's file started new, not from
this file's document) brings only its ideas and clusters; the report says so.
One without ideas or clusters is refused, as there is nothing to take from it.

A merge writes through a :class:`~.row_journal.RowJournal`: the report's
``rows`` say what every written row was before and is after, so the window
can take the merge back as one undo step (:func:`~.row_journal.put_back`)
and do it again (:func:`~.row_journal.put_again`); its change names the
areas it touched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from msgspec import Struct, field

from ..core.agreements import AgreementsData
from ..core.exchange import ExchangeData
from ..core.ideas_merge import Conflict
from ..core.workshop_records import workshop_to_record
from .changes import EVERY_AREA, Change
from .connection import remove_quietly, sidecar, sync_folder, translate_os_error
from .errors import StoreError, StoreErrorKind
from .lock import lock_path
from .merge_ideas import merge_ideas_into
from .row_journal import RowJournal, WrittenRows
from .workshop_store import WorkshopStore


class MergeReport(Struct):
    """What a merge did: counts of added and updated rows per kind, and rows kept because the file's copy was newer."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept_newer: dict[str, int] = field(default_factory=dict)
    # Ideas and clusters both sides had in different versions: the later one was kept, the other is here.
    conflicts: list[Conflict] = field(default_factory=list)
    # The title of the other workshop when the document was another workshop's (only ideas and clusters taken).
    other_workshop: str | None = None
    # Every row the merge wrote, before and after (to take it back, and do it again).
    rows: WrittenRows = field(default_factory=WrittenRows)

    def count(self, outcome: str, kind: str) -> None:
        """Count one row of ``kind`` as ``added``, ``updated`` or ``kept_newer``."""
        counter = {"added": self.added, "updated": self.updated, "kept_newer": self.kept_newer}[outcome]
        counter[kind] = counter.get(kind, 0) + 1

    @property
    def changed(self) -> bool:
        """Whether the merge changed the file at all."""
        return any(self.added.values()) or any(self.updated.values())


def create_from_document(path: Path, data: ExchangeData) -> WorkshopStore:
    """A new workshop file holding exactly what the document holds (ids and timestamps kept).

    The file is filled under a hidden temporary name beside ``path`` and renamed
    only when everything is in it: a refusal or a full disk leaves nothing
    behind, and a crash halfway no file under the user's chosen name (the
    next import into that name clears the temporary one).
    """
    path = Path(path)
    if path.exists():
        raise StoreError(StoreErrorKind.EXISTS, path=str(path))
    staging = path.with_name(f".{path.name}.importing")
    leftovers = [staging, lock_path(staging), *(sidecar(staging, s) for s in ("-journal", "-wal", "-shm", ".creating"))]
    for leftover in leftovers:
        remove_quietly(leftover)
    try:
        store = WorkshopStore.create(staging, data.workshop, data.agenda)
        try:
            _fill(store, data)
        finally:
            store.close()
        if path.exists():
            raise StoreError(StoreErrorKind.EXISTS, path=str(path))
        staging.replace(path)
        sync_folder(path.parent)
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    finally:
        for leftover in leftovers:
            remove_quietly(leftover)
    try:
        return WorkshopStore.open(path)
    except BaseException:
        # The file's own verdict refused what the document's checks let through: it goes again.
        for leftover in (path, lock_path(path), *(sidecar(path, s) for s in ("-journal", "-wal", "-shm"))):
            remove_quietly(leftover)
        raise


def _fill(store: WorkshopStore, data: ExchangeData) -> None:
    """Everything of the document beyond the workshop and its agenda, in one transaction."""
    # Nothing shows the new file yet: one change of every area.
    with store.write(Change(EVERY_AREA)) as db:
        if data.clock_events:
            db.table("clock_event").insert_all([store.clock.row(event) for event in data.clock_events], pk="id")
        for photo in data.photos:
            db.table("photo").insert(store.photos.row(photo))
        for table, _label, rows in agreement_rows(store, data.agreements) + store.followup.rows(data.followup):
            if rows:
                db.table(table).insert_all(rows, pk="id")
        if data.clusters:
            db.table("idea_cluster").insert_all([store.ideas.cluster_row(c) for c in data.clusters], pk="id")
        if data.ideas:
            db.table("idea").insert_all([store.ideas.row(i) for i in data.ideas], pk="id")
        if data.votes.rounds:
            store.votes.insert_data(db, data.votes)


def merge_document(store: WorkshopStore, data: ExchangeData) -> MergeReport:
    """Merge a document into an open file in one transaction; nothing is written when it fails.

    The report's ``rows`` hold every row written, before and after.
    """
    if data.workshop.id != store.workshop_id:
        if not data.ideas and not data.clusters:
            raise StoreError(StoreErrorKind.OTHER_WORKSHOP, path=str(store.path), title=data.workshop.title)
        report = MergeReport(other_workshop=data.workshop.title)
        _merge(store, report, lambda journal: None, data)
        return report
    report = MergeReport()
    current = store.workshop()
    existing_items = {item.id: item for item in store.agenda.all()}
    known_events = {event.id for event in store.clock.events()}
    existing_photos = {photo.id: photo for photo in store.photos.all()}

    def rest(journal: RowJournal) -> None:
        if data.workshop.updated_at > current.updated_at:
            journal.update("workshop", store.workshop_id, workshop_to_record(data.workshop))
            report.updated["workshop"] = 1
        elif data.workshop.updated_at < current.updated_at and data.workshop != current:
            report.kept_newer["workshop"] = 1
        for item in data.agenda:
            mine = existing_items.get(item.id)
            if mine is None:
                journal.insert("agenda_item", store.agenda.row(item))
                report.count("added", "agenda_items")
            elif item.updated_at > mine.updated_at:
                journal.update("agenda_item", item.id, store.agenda.row(item))
                report.count("updated", "agenda_items")
            elif item.updated_at < mine.updated_at and item != mine:
                report.count("kept_newer", "agenda_items")
        new_events = [store.clock.row(e) for e in data.clock_events if e.id not in known_events]
        journal.insert_all("clock_event", new_events)
        if new_events:
            report.added["clock_events"] = len(new_events)
        for photo in data.photos:
            mine_photo = existing_photos.get(photo.id)
            if mine_photo is None:
                journal.insert("photo", store.photos.row(photo))
                report.count("added", "photos")
            elif photo.updated_at > mine_photo.updated_at:
                journal.update("photo", photo.id, store.photos.row(photo))
                report.count("updated", "photos")
            elif photo.updated_at < mine_photo.updated_at and photo != mine_photo:
                report.count("kept_newer", "photos")
        _merge_agreements(store, journal, agreement_rows(store, data.agreements), report)
        _merge_agreements(store, journal, store.followup.rows(data.followup), report)
        store.votes.merge_data(journal, data.votes, report.count)

    _merge(store, report, rest, data)
    return report


def _merge(store: WorkshopStore, report: MergeReport, rest: Callable[[RowJournal], None], data: ExchangeData) -> None:
    """Ideas and clusters, then ``rest``, in one transaction whose change names what was written."""
    written = WrittenRows()
    with store.write(lambda: written.change()) as db:
        journal = RowJournal(db)
        _add_idea_results(report, *merge_ideas_into(store, journal, data))
        rest(journal)
        written = journal.written()
    report.rows = written


def agreement_rows(store: WorkshopStore, data: AgreementsData) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """The rows of the agreement tables, parents first: (table, label for reports, rows)."""
    repo = store.agreements
    return [
        ("agreement", "agreements", [repo.agreement_row(a) for a in data.agreements]),
        ("agreement_step", "agreement_steps", [repo.child_row(s) for s in data.steps]),
        ("agreement_origin", "agreement_origins", [repo.child_row(o) for o in data.origins]),
        ("agreement_member", "agreement_members", [repo.child_row(m) for m in data.members]),
        ("meeting", "meetings", [repo.meeting_row(m) for m in data.meetings]),
        ("steering_member", "steering_members", [repo.steering_row(m) for m in data.steering_members]),
        ("signup", "signups", [repo.signup_row(s) for s in data.signups]),
    ]


def _merge_agreements(
    store: WorkshopStore, journal: RowJournal, tables: list[tuple[str, str, list[dict[str, Any]]]], report: MergeReport
) -> None:
    """Add or update the rows of the agreement (or follow-up) tables by id, the later ``updated_at`` winning."""
    for table, label, rows in tables:
        if not rows:
            continue
        ids = [row["id"] for row in rows]
        marks = ",".join("?" * len(ids))
        mine = {
            r["id"]: dict(r)
            for r in store.conn.execute(f"SELECT * FROM [{table}] WHERE id IN ({marks})", ids).fetchall()
        }
        for row in rows:
            current = mine.get(row["id"])
            if current is None:
                journal.insert(table, row)
                report.count("added", label)
            elif row["updated_at"] > current["updated_at"]:
                journal.update(table, row["id"], row)
                report.count("updated", label)
            elif row["updated_at"] < current["updated_at"] and any(current.get(k) != v for k, v in row.items()):
                report.count("kept_newer", label)


def _add_idea_results(
    report: MergeReport,
    added: dict[str, int],
    updated: dict[str, int],
    kept: dict[str, int],
    conflicts: list[Conflict],
) -> None:
    report.added.update(added)
    report.updated.update(updated)
    report.kept_newer.update(kept)
    report.conflicts.extend(conflicts)
