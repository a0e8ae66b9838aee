"""The store's photo operations (mixed into :class:`~zwdesktop.store.workshop_store.WorkshopStore`).

Photos ("Impressionen") keep their bytes in the file, so the workshop file
stays the one thing to copy. Every method is one committed transaction that
reports a ``Change("photos", ids)``; a refused value raises
:class:`~zwdesktop.store.errors.InvalidValueError` and changes nothing.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..core.workshop import utc_now
from .errors import InvalidValueError, StoreError, StoreErrorKind

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..core.photos import Photo
    from .workshop_store import Change


class PhotoStoreMixin:
    """Reading and changing photos; needs the store's connection, workshop id and ``write``."""

    if TYPE_CHECKING:
        _conn: sqlite3.Connection
        _workshop_id: str

        def write(self, change: Change) -> contextlib.AbstractContextManager[Database]: ...


    _PHOTO_COLUMNS = "id, phase, position, caption, original_name, media_type, width, height, created_at, updated_at"

    def photos(self, with_data: bool = False) -> list[Photo]:
        """The photos in process order (their bytes only when ``with_data``)."""
        columns = self._PHOTO_COLUMNS + (", data" if with_data else "")
        rows = self._conn.execute(
            f"SELECT {columns} FROM photo WHERE workshop_id = ? ORDER BY position, id", [self._workshop_id]
        ).fetchall()
        return [photo_from_row(dict(row)) for row in rows]

    def photo(self, photo_id: str, with_data: bool = False) -> Photo:
        """One photo by id."""
        columns = self._PHOTO_COLUMNS + (", data" if with_data else "")
        row = self._conn.execute(f"SELECT {columns} FROM photo WHERE id = ?", [photo_id]).fetchone()
        if row is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=photo_id)
        return photo_from_row(dict(row))

    def photo_data(self, photo_id: str) -> bytes:
        """The bytes of one photo, as attached."""
        row = self._conn.execute("SELECT data FROM photo WHERE id = ?", [photo_id]).fetchone()
        if row is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=photo_id)
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
        with self.write(_change("photos", (photo.id,))) as db:
            db.table("photo").insert(self.photo_row(stored))
            self._renumber_photos(db, items)
        return stored

    def remove_photo(self, photo_id: str) -> tuple[Photo, int]:
        """Remove a photo; returns it (with its bytes) and its index, so an undo can put it back."""
        items = self.photos()
        index = next((i for i, item in enumerate(items) if item.id == photo_id), None)
        if index is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=photo_id)
        removed = self.photo(photo_id, with_data=True)
        items.pop(index)
        with self.write(_change("photos", (photo_id,))) as db:
            db.table("photo").delete(photo_id)
            self._renumber_photos(db, items)
        return removed, index

    def update_photo(self, photo_id: str, **changes: Any) -> Photo:
        """Change a photo's caption or phase, each value checked first."""
        from ..core.photos import PHOTO_EDITABLE_FIELDS, check_photo_field

        current = self.photo(photo_id)
        for name, value in changes.items():
            if name not in PHOTO_EDITABLE_FIELDS:
                raise StoreError(StoreErrorKind.UNKNOWN_FIELD, field=name)
            problem = check_photo_field(name, value)
            if problem:
                raise InvalidValueError(name, problem)
        updated = replace(current, **changes, updated_at=utc_now())
        with self.write(_change("photos", (photo_id,))) as db:
            db.table("photo").update(photo_id, {**changes, "updated_at": updated.updated_at})
        return updated

    def move_photo(self, photo_id: str, index: int) -> int:
        """Move a photo to ``index`` of the process order; returns the index it came from."""
        items = self.photos()
        old = next((i for i, item in enumerate(items) if item.id == photo_id), None)
        if old is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=photo_id)
        item = items.pop(old)
        index = max(0, min(index, len(items)))
        items.insert(index, item)
        with self.write(_change("photos", (photo_id,))) as db:
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


def photo_from_row(row: dict[str, Any]) -> Photo:
    """The photo of a ``photo`` row (its bytes only when the row has ``data``)."""
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


def _change(kind: str, ids: tuple[str, ...]) -> Change:
    from .workshop_store import Change

    return Change(kind, ids)
