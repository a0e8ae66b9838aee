"""What a committed change touched: its areas and the ids of its rows, so that views refresh only that.

Every write of the store reports one :class:`Change` to the store's listeners
after it is committed (a batch reports one for all its writes, with every
area any of them touched). A view listens for its areas only::

    if change.touches(Area.IDEAS, Area.CLUSTERS): ...

``ids`` are the ids of the rows written (in any of the areas; ids are UUIDs,
so they never collide). Empty ``ids`` mean that any row of the areas may
have changed (a whole document merged in, a person erased), so a view
reloads what it shows of them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable

from msgspec import Struct


class Area(enum.StrEnum):
    """A part of the workshop that views show: one or a few tables of the file."""

    WORKSHOP = "workshop"
    AGENDA = "agenda"
    CLOCK = "clock"
    PHOTOS = "photos"
    IDEAS = "ideas"
    CLUSTERS = "clusters"
    VOTES = "votes"
    AGREEMENTS = "agreements"
    STEERING = "steering"
    SIGNUPS = "signups"
    FOLLOWUP = "followup"


EVERY_AREA = frozenset(Area)

# The areas a row of each table belongs to (a meeting is an agreement's or the steering group's).
TABLE_AREAS: dict[str, frozenset[Area]] = {
    "workshop": frozenset({Area.WORKSHOP}),
    "agenda_item": frozenset({Area.AGENDA}),
    "clock_event": frozenset({Area.CLOCK}),
    "photo": frozenset({Area.PHOTOS}),
    "idea": frozenset({Area.IDEAS}),
    "idea_cluster": frozenset({Area.CLUSTERS}),
    "vote_round": frozenset({Area.VOTES}),
    "vote_option": frozenset({Area.VOTES}),
    "vote_ballot": frozenset({Area.VOTES}),
    "vote_event": frozenset({Area.VOTES}),
    "agreement": frozenset({Area.AGREEMENTS}),
    "agreement_step": frozenset({Area.AGREEMENTS}),
    "agreement_origin": frozenset({Area.AGREEMENTS}),
    "agreement_member": frozenset({Area.AGREEMENTS}),
    "meeting": frozenset({Area.AGREEMENTS, Area.STEERING, Area.FOLLOWUP}),
    "steering_member": frozenset({Area.STEERING}),
    "signup": frozenset({Area.SIGNUPS}),
    "meeting_note": frozenset({Area.FOLLOWUP}),
    "meeting_attendee": frozenset({Area.FOLLOWUP}),
    "minutes_revision": frozenset({Area.FOLLOWUP}),
}


class Change(Struct, frozen=True):
    """The areas a committed change touched and the ids of the rows it wrote (empty: any row of them)."""

    areas: frozenset[Area]
    ids: tuple[str, ...] = ()

    @classmethod
    def of(cls, *areas: Area, ids: Iterable[str] = ()) -> Change:
        """A change of ``areas`` that wrote the rows ``ids``."""
        return cls(frozenset(areas), tuple(ids))

    @classmethod
    def of_tables(cls, tables: Iterable[str], ids: Iterable[str] = ()) -> Change:
        """A change that wrote rows of ``tables`` (their areas, see :data:`TABLE_AREAS`)."""
        areas: set[Area] = set()
        for table in tables:
            areas |= TABLE_AREAS[table]
        return cls(frozenset(areas), tuple(ids))

    @classmethod
    def combined(cls, changes: Iterable[Change]) -> Change:
        """One change for several (a batch): every area, every id once, in order; any empty ids make them empty."""
        areas: set[Area] = set()
        ids: dict[str, None] = {}
        whole = False
        for change in changes:
            areas |= change.areas
            whole = whole or not change.ids
            ids.update(dict.fromkeys(change.ids))
        return cls(frozenset(areas), () if whole else tuple(ids))

    def touches(self, *areas: Area) -> bool:
        """Whether the change touched any of ``areas``."""
        return not self.areas.isdisjoint(areas)


Listener = Callable[[Change], None]
