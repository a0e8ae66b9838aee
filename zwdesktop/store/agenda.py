"""The agenda of the workshop file (``store.agenda``): its items in order, each checked before it is written."""

from __future__ import annotations

from typing import Any

from msgspec.structs import replace

from ..core.validation import check_agenda_field
from ..core.workshop import AGENDA_EDITABLE_FIELDS, AgendaItem, utc_now
from ..core.workshop_records import agenda_from_record, agenda_to_record
from .changes import Area
from .errors import StoreError, StoreErrorKind
from .fields import check_fields, fields_of
from .ordering import renumber
from .repository import Repository


def agenda_row(item: AgendaItem, workshop_id: str) -> dict[str, Any]:
    """The ``agenda_item`` row of an agenda item of ``workshop_id``."""
    return {**agenda_to_record(item), "workshop_id": workshop_id}


class AgendaRepository(Repository):
    """Reads and changes the agenda items of one open workshop file."""

    area = Area.AGENDA

    def row(self, item: AgendaItem) -> dict[str, Any]:
        """The ``agenda_item`` row of an item of this workshop."""
        return agenda_row(item, self.workshop_id)

    # ---- reading -------------------------------------------------------

    def all(self) -> list[AgendaItem]:
        """The agenda items in their order."""
        rows = self._rows("SELECT * FROM agenda_item WHERE workshop_id = ? ORDER BY position, id", [self.workshop_id])
        return [agenda_from_record(dict(row)) for row in rows]

    def get(self, item_id: str) -> AgendaItem:
        """One agenda item by id."""
        row = self._row("SELECT * FROM agenda_item WHERE id = ?", [item_id])
        if row is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=item_id)
        return agenda_from_record(dict(row))

    def _index(self, items: list[AgendaItem], item_id: str) -> int:
        index = next((i for i, item in enumerate(items) if item.id == item_id), None)
        if index is None:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=item_id)
        return index

    # ---- changing ------------------------------------------------------

    def insert(self, item: AgendaItem, index: int) -> None:
        """Insert ``item`` at ``index`` of the agenda (later items move down)."""
        check_fields(fields_of(item, AGENDA_EDITABLE_FIELDS), AGENDA_EDITABLE_FIELDS, check_agenda_field)
        order = [i.id for i in self.all()]
        index = max(0, min(index, len(order)))
        order.insert(index, item.id)
        with self._write([item.id]) as db:
            db.table("agenda_item").insert(self.row(replace(item, position=index, updated_at=utc_now())))
            renumber(db, "agenda_item", order)

    def remove(self, item_id: str) -> tuple[AgendaItem, int]:
        """Remove an item; returns it and the index it had, so an undo can put it back."""
        items = self.all()
        index = self._index(items, item_id)
        removed = items.pop(index)
        with self._write([item_id]) as db:
            db.table("agenda_item").delete(item_id)
            renumber(db, "agenda_item", [i.id for i in items])
        return removed, index

    def update(self, item_id: str, **changes: Any) -> AgendaItem:
        """Change fields of one agenda item, each checked first."""
        current = self.get(item_id)
        check_fields(changes, AGENDA_EDITABLE_FIELDS, check_agenda_field)
        updated = replace(current, **changes, updated_at=utc_now())
        with self._write([item_id]) as db:
            db.table("agenda_item").update(item_id, self.row(updated))
        return updated

    def set_minutes(self, minutes: dict[str, int]) -> None:
        """Change the planned minutes of several items in one transaction (e.g. an end-on-time plan)."""
        for value in minutes.values():
            check_fields({"planned_minutes": value}, AGENDA_EDITABLE_FIELDS, check_agenda_field)
        now = utc_now()
        with self._write(minutes) as db:
            for item_id, value in minutes.items():
                db.table("agenda_item").update(item_id, {"planned_minutes": value, "updated_at": now})

    def move(self, item_id: str, index: int) -> int:
        """Move an item to ``index``; returns the index it came from."""
        order = [i.id for i in self.all()]
        if item_id not in order:
            raise StoreError(StoreErrorKind.NOT_FOUND, id=item_id)
        old = order.index(item_id)
        order.remove(item_id)
        order.insert(max(0, min(index, len(order))), item_id)
        with self._write([item_id]) as db:
            renumber(db, "agenda_item", order, touched=item_id)
        return old
