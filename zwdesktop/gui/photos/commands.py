"""The photos' undo commands: attach, remove, move, caption and phase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..commands import StoreCommand, TypedValueCommand

if TYPE_CHECKING:
    from ...core.photos import Photo
    from ..session import WorkshopSession


def insert_photo(session: WorkshopSession, text: str, photo: Photo, index: int) -> StoreCommand:
    """Attach a photo at ``index`` (undo removes it)."""
    return StoreCommand(
        session, text, lambda: session.store.photos.insert(photo, index), lambda: session.store.photos.remove(photo.id)
    )


def remove_photo(session: WorkshopSession, text: str, photo: Photo, index: int) -> StoreCommand:
    """Remove a photo (``photo`` must carry its bytes so the undo can put it back)."""
    return StoreCommand(
        session, text, lambda: session.store.photos.remove(photo.id), lambda: session.store.photos.insert(photo, index)
    )


def move_photo(session: WorkshopSession, text: str, photo_id: str, old: int, new: int) -> StoreCommand:
    """Move a photo from index ``old`` to ``new``."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.photos.move(photo_id, new),
        lambda: session.store.photos.move(photo_id, old),
    )


def set_photo_field(session: WorkshopSession, text: str, photo_id: str, field: str, old: str, new: str) -> StoreCommand:
    """Change a photo's phase (or another field chosen at once; the caption is typed: :func:`set_caption`)."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.photos.update(photo_id, **{field: new}),
        lambda: session.store.photos.update(photo_id, **{field: old}),
    )


def set_caption(session: WorkshopSession, text: str, photo_id: str, old: str, new: str) -> TypedValueCommand:
    """Change a photo's caption; the keystrokes of one caption being typed merge into one undo step."""
    return TypedValueCommand(
        session, text, ("photo caption", photo_id), lambda value: session.store.photos.update(photo_id, caption=value),
        old, new,
    )  # fmt: skip
