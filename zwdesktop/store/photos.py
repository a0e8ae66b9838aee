"""The photos of the workshop file (``store.photos``): pinboard pictures ("Impressionen") with captions.

Photos keep their bytes in the file, so the workshop file stays the one
thing to copy. A refused value raises
:class:`~zwdesktop.store.errors.InvalidValueError` and changes nothing.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from msgspec.structs import replace

from ..core.photos import PHOTO_EDITABLE_FIELDS, Photo, check_photo_data, check_photo_field, sniff_image
from ..core.workshop import utc_now
from .changes import Area
from .errors import InvalidValueError, StoreError, StoreErrorKind
from .fields import check_fields, fields_of
from .ordering import renumber
from .repository import Repository

_COLUMNS = "id, phase, position, caption, original_name, media_type, width, height, created_at, updated_at"


def photo_from_row(row: sqlite3.Row | dict[str, Any]) -> Photo:
    """The photo of a ``photo`` row (its bytes only when the row has ``data``)."""
    row = dict(row)
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


class PhotoRepository(Repository):
    """Reads and changes the photos of one open workshop file."""

    area = Area.PHOTOS

    def row(self, photo: Photo) -> dict[str, Any]:
        """The ``photo`` row of a photo of this workshop (bytes included; type and size read from the bytes)."""
        sniffed = sniff_image(photo.data)
        if sniffed is not None:
            photo = replace(photo, media_type=sniffed[0], width=sniffed[1], height=sniffed[2])
        return {
            "id": photo.id,
            "workshop_id": self.workshop_id,
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

    # ---- reading -------------------------------------------------------

    def all(self, with_data: bool = False) -> list[Photo]:
        """The photos in process order (their bytes only when ``with_data``)."""
        columns = _COLUMNS + (", data" if with_data else "")
        rows = self._rows(
            f"SELECT {columns} FROM photo WHERE workshop_id = ? ORDER BY position, id", [self.workshop_id]
        )
        return [photo_from_row(row) for row in rows]

    def get(self, photo_id: str, with_data: bool = False) -> Photo:
        """One photo by id."""
        columns = _COLUMNS + (", data" if with_data else "")
        row = self._row(f"SELECT {columns} FROM photo WHERE id = ?", [photo_id])
        if row is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=photo_id)
        return photo_from_row(row)

    def data(self, photo_id: str) -> bytes:
        """The bytes of one photo, as attached."""
        row = self._row("SELECT data FROM photo WHERE id = ?", [photo_id])
        if row is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=photo_id)
        return bytes(row[0])

    def _order(self) -> list[str]:
        return [p.id for p in self.all()]

    # ---- changing ------------------------------------------------------

    def insert(self, photo: Photo, index: int) -> Photo:
        """Attach ``photo`` (with its ``data``) at ``index`` of the process order; refuses a file that is no JPEG/PNG."""
        problem = check_photo_data(photo.data)
        if problem:
            raise InvalidValueError("data", problem)
        check_fields(fields_of(photo, PHOTO_EDITABLE_FIELDS), PHOTO_EDITABLE_FIELDS, check_photo_field)
        sniffed = sniff_image(photo.data)
        assert sniffed is not None  # checked above
        media_type, width, height = sniffed
        order = self._order()
        index = max(0, min(index, len(order)))
        order.insert(index, photo.id)
        stored = replace(photo, media_type=media_type, width=width, height=height, position=index, updated_at=utc_now())
        with self._write([photo.id]) as db:
            db.table("photo").insert(self.row(stored))
            renumber(db, "photo", order)
        return stored

    def remove(self, photo_id: str) -> tuple[Photo, int]:
        """Remove a photo; returns it (with its bytes) and its index, so an undo can put it back."""
        order = self._order()
        if photo_id not in order:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=photo_id)
        index = order.index(photo_id)
        removed = self.get(photo_id, with_data=True)
        order.remove(photo_id)
        with self._write([photo_id]) as db:
            db.table("photo").delete(photo_id)
            renumber(db, "photo", order)
        return removed, index

    def update(self, photo_id: str, **changes: Any) -> Photo:
        """Change a photo's caption or phase, each value checked first."""
        current = self.get(photo_id)
        check_fields(changes, PHOTO_EDITABLE_FIELDS, check_photo_field)
        updated = replace(current, **changes, updated_at=utc_now())
        with self._write([photo_id]) as db:
            db.table("photo").update(photo_id, {**changes, "updated_at": updated.updated_at})
        return updated

    def move(self, photo_id: str, index: int) -> int:
        """Move a photo to ``index`` of the process order; returns the index it came from."""
        order = self._order()
        if photo_id not in order:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=photo_id)
        old = order.index(photo_id)
        order.remove(photo_id)
        order.insert(max(0, min(index, len(order))), photo_id)
        with self._write([photo_id]) as db:
            renumber(db, "photo", order, touched=photo_id)
        return old
