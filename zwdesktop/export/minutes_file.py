"""The minutes of an open workshop file, written atomically as PDF."""

from __future__ import annotations

from pathlib import Path

from ..core.exchange import ExchangeData
from ..core.photos import Photo
from ..store.votes import vote_data
from ..store.workshop_store import WorkshopStore
from .atomic import write_bytes_atomic
from .minutes import MinutesOptions, MinutesResult, build_minutes


def minutes_data(store: WorkshopStore) -> ExchangeData:
    """The records the minutes need; photos without their bytes (fetched one at a time while drawing)."""
    return ExchangeData(
        workshop=store.workshop(),
        agenda=store.agenda(),
        clock_events=store.clock_events(),
        photos=store.photos(),
        agreements=store.agreements.data(),
        clusters=store.clusters(),
        ideas=store.ideas(),
        votes=vote_data(store),
    )


def minutes_pdf(store: WorkshopStore, options: MinutesOptions | None = None) -> MinutesResult:
    """Build the minutes of ``store``'s workshop."""

    def load(photo: Photo) -> bytes:
        return photo.data or store.photo_data(photo.id)

    return build_minutes(minutes_data(store), options, load_photo=load)


def write_minutes(store: WorkshopStore, target: Path, options: MinutesOptions | None = None) -> MinutesResult:
    """Build the minutes and write them to ``target`` (the old file stays intact if anything fails)."""
    result = minutes_pdf(store, options)
    write_bytes_atomic(Path(target), result.pdf)
    return result
