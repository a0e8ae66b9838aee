"""The clock's events in the workshop file (``store.clock``): what the moderator did with the agenda, and when.

The events are a log: they are added as they happen (not undoable; the
clock has its own "previous" and its reset) and removed only by a reset.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..core.clock import ClockEvent
from ..core.instants import format_instant
from .changes import Area
from .repository import Repository


class ClockRepository(Repository):
    """Reads and records the clock events of one open workshop file."""

    area = Area.CLOCK

    def events(self) -> list[ClockEvent]:
        """The clock's events in the order they happened."""
        rows = self._rows("SELECT * FROM clock_event WHERE workshop_id = ? ORDER BY at, rowid", [self.workshop_id])
        return [
            ClockEvent(
                id=row["id"],
                kind=row["kind"],
                at=dt.datetime.fromisoformat(row["at"]),
                item_id=row["item_id"],
                seconds=int(row["seconds"] or 0),
            )
            for row in rows
        ]

    def row(self, event: ClockEvent) -> dict[str, Any]:
        """The ``clock_event`` row of an event of this workshop."""
        return {
            "id": event.id,
            "workshop_id": self.workshop_id,
            "kind": event.kind,
            "at": format_instant(event.at),
            "item_id": event.item_id,
            "seconds": event.seconds,
        }

    def add(self, event: ClockEvent) -> None:
        """Record one clock event (committed at once)."""
        with self._write([event.id]) as db:
            db.table("clock_event").insert(self.row(event))

    def remove(self, event_ids: Sequence[str]) -> None:
        """Remove clock events (used to reset the clock)."""
        with self._write(event_ids) as db:
            for event_id in event_ids:
                db.table("clock_event").delete(event_id)
