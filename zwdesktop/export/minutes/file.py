"""The minutes of an open workshop file, written atomically as PDF or as an editable Word document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ...core.photos import Photo
from ...store.workshop_store import WorkshopStore
from ..atomic import write_bytes_atomic
from ..workshop_data import minutes_data
from .options import MinutesOptions
from .story import MinutesResult, build_minutes

if TYPE_CHECKING:
    from .word import DocxResult


def _photo_loader(store: WorkshopStore) -> Callable[[Photo], bytes]:
    def load(photo: Photo) -> bytes:
        return photo.data or store.photos.data(photo.id)

    return load


def minutes_pdf(store: WorkshopStore, options: MinutesOptions | None = None) -> MinutesResult:
    """Build the minutes of ``store``'s workshop."""
    return build_minutes(minutes_data(store), options, load_photo=_photo_loader(store))


def write_minutes_docx(store: WorkshopStore, target: Path, options: MinutesOptions | None = None) -> DocxResult:
    """The minutes as a Word document at ``target`` (atomically: the old file stays intact if anything fails)."""
    from .word import build_minutes_docx

    result = build_minutes_docx(minutes_data(store), options, load_photo=_photo_loader(store))
    write_bytes_atomic(Path(target), result.docx)
    return result


def write_minutes(store: WorkshopStore, target: Path, options: MinutesOptions | None = None) -> MinutesResult:
    """Build the minutes and write them to ``target`` (the old file stays intact if anything fails)."""
    result = minutes_pdf(store, options)
    write_bytes_atomic(Path(target), result.pdf)
    return result
