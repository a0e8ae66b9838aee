"""The agenda's undo commands: fields, insert, remove, move, minutes, split."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..commands import StoreCommand

if TYPE_CHECKING:
    from ...core.workshop import AgendaItem
    from ..session import WorkshopSession


def set_agenda_field(session: WorkshopSession, text: str, item_id: str, field: str, old: Any, new: Any) -> StoreCommand:
    """Change one field of an agenda item."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.agenda.update(item_id, **{field: new}),
        lambda: session.store.agenda.update(item_id, **{field: old}),
    )


def insert_agenda_item(session: WorkshopSession, text: str, item: AgendaItem, index: int) -> StoreCommand:
    """Insert an agenda item at ``index``."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.agenda.insert(item, index),
        lambda: session.store.agenda.remove(item.id),
    )


def remove_agenda_item(session: WorkshopSession, text: str, item: AgendaItem, index: int) -> StoreCommand:
    """Remove an agenda item (undo puts it back where it was)."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.agenda.remove(item.id),
        lambda: session.store.agenda.insert(item, index),
    )


def move_agenda_item(session: WorkshopSession, text: str, item_id: str, old: int, new: int) -> StoreCommand:
    """Move an agenda item from index ``old`` to ``new``."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.agenda.move(item_id, new),
        lambda: session.store.agenda.move(item_id, old),
    )


def set_agenda_minutes(session: WorkshopSession, text: str, old: dict[str, int], new: dict[str, int]) -> StoreCommand:
    """Change the planned minutes of several items in one step."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.agenda.set_minutes(new),
        lambda: session.store.agenda.set_minutes(old),
    )


def split_agenda_item(
    session: WorkshopSession, text: str, item: AgendaItem, first_minutes: int, second: AgendaItem, index: int
) -> StoreCommand:
    """Shorten ``item`` to ``first_minutes`` and insert ``second`` (the rest) after it, as one step."""

    def forward() -> None:
        with session.store.batch():
            session.store.agenda.update(item.id, planned_minutes=first_minutes)
            session.store.agenda.insert(second, index)

    def backward() -> None:
        with session.store.batch():
            session.store.agenda.remove(second.id)
            session.store.agenda.update(item.id, planned_minutes=item.planned_minutes)

    return StoreCommand(session, text, forward, backward)
