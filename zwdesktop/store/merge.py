"""Bring an exchange document into a workshop file: create a file from it, or merge it in.

Rows are matched by their UUID. A row the file lacks is added; a row both have
is replaced only when the document's copy was changed later (``updated_at``),
so importing the same document twice changes nothing. Deletions are not
carried over: a row missing from the document stays in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..core.exchange import ExchangeData
from ..core.records import workshop_to_record
from .errors import StoreError
from .workshop_store import Change, WorkshopStore, _agenda_row


@dataclass
class MergeReport:
    """What a merge did: counts of added and updated rows per kind, and rows kept because the file's copy was newer."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept_newer: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        """Whether the merge changed the file at all."""
        return any(self.added.values()) or any(self.updated.values())


def create_from_document(path: Path, data: ExchangeData) -> WorkshopStore:
    """A new workshop file holding exactly what the document holds (ids and timestamps kept)."""
    store = WorkshopStore.create(path, data.workshop, data.agenda)
    try:
        with store.batch():
            if data.clock_events:
                with store.write(Change("clock")) as db:
                    db.table("clock_event").insert_all(
                        [store.clock_event_row(event) for event in data.clock_events], pk="id"
                    )
            if data.photos:
                with store.write(Change("photos")) as db:
                    for photo in data.photos:
                        db.table("photo").insert(store.photo_row(photo))
    except StoreError:
        store.close()
        raise
    return store


def merge_document(store: WorkshopStore, data: ExchangeData) -> MergeReport:
    """Merge a document into an open file in one transaction; nothing is written when it fails."""
    if data.workshop.id != store.workshop_id:
        raise StoreError("other_workshop", path=str(store.path), title=data.workshop.title)
    report = MergeReport()
    current = store.workshop()
    existing_items = {item.id: item for item in store.agenda()}
    known_events = {event.id for event in store.clock_events()}
    existing_photos = {photo.id: photo for photo in store.photos()}
    with store.write(Change("all")) as db:
        if data.workshop.updated_at > current.updated_at:
            db.table("workshop").update(store.workshop_id, workshop_to_record(data.workshop))
            report.updated["workshop"] = 1
        elif data.workshop.updated_at < current.updated_at and data.workshop != current:
            report.kept_newer["workshop"] = 1
        for item in data.agenda:
            mine = existing_items.get(item.id)
            if mine is None:
                db.table("agenda_item").insert(_agenda_row(item, store.workshop_id))
                report.added["agenda_items"] = report.added.get("agenda_items", 0) + 1
            elif item.updated_at > mine.updated_at:
                db.table("agenda_item").update(item.id, _agenda_row(item, store.workshop_id))
                report.updated["agenda_items"] = report.updated.get("agenda_items", 0) + 1
            elif item.updated_at < mine.updated_at and item != mine:
                report.kept_newer["agenda_items"] = report.kept_newer.get("agenda_items", 0) + 1
        new_events = [store.clock_event_row(e) for e in data.clock_events if e.id not in known_events]
        if new_events:
            db.table("clock_event").insert_all(new_events, pk="id")
            report.added["clock_events"] = len(new_events)
        for photo in data.photos:
            mine_photo = existing_photos.get(photo.id)
            if mine_photo is None:
                db.table("photo").insert(store.photo_row(photo))
                report.added["photos"] = report.added.get("photos", 0) + 1
            elif photo.updated_at > mine_photo.updated_at:
                db.table("photo").update(photo.id, store.photo_row(photo))
                report.updated["photos"] = report.updated.get("photos", 0) + 1
            elif photo.updated_at < mine_photo.updated_at and photo != mine_photo:
                report.kept_newer["photos"] = report.kept_newer.get("photos", 0) + 1
    return report
