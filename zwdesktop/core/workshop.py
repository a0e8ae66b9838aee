"""Domain records of a workshop: the workshop itself and its agenda.

These are plain records (msgspec Structs). The store turns them into rows and back, the
exchange document into JSON and back, and the GUI shows them; none of those
layers adds rules of its own — rules live in :mod:`zwdesktop.core.validation`.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from msgspec import Struct, field

from .instants import format_instant

DEFAULT_TIMEZONE = "Europe/Berlin"


def new_id() -> str:
    """A fresh stable row id (UUID4 as text), so files from two laptops merge."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """The current time in UTC as ISO 8601 text with microseconds, e.g. ``2026-11-25T19:00:00.000000+00:00``."""
    return format_instant(dt.datetime.now(dt.UTC))


class Phase(enum.StrEnum):
    """The phase an agenda item belongs to (Robert Jungk's method plus the frame)."""

    ARRIVAL = "arrival"
    CRITIQUE = "critique"
    FANTASY = "fantasy"
    REALISATION = "realisation"
    AGREEMENTS = "agreements"
    BREAK = "break"
    CLOSING = "closing"
    OTHER = "other"


PHASES: tuple[str, ...] = tuple(p.value for p in Phase)
MINUTES_LANGUAGES: tuple[str, ...] = ("de", "en")


class Workshop(Struct):
    """The workshop record: one per file.

    ``date``, ``start_time`` and ``end_time`` are wall-clock values in
    ``timezone``; the store keeps the start and end as UTC instants.
    """

    id: str = field(default_factory=new_id)
    title: str = ""
    guiding_question: str = ""
    municipality: str = ""
    county: str = ""
    venue_name: str = ""
    venue_address: str = ""
    date: dt.date = field(default_factory=dt.date.today)
    start_time: dt.time = dt.time(14, 0)
    end_time: dt.time = dt.time(18, 0)
    timezone: str = DEFAULT_TIMEZONE
    moderation_team: str = ""
    contact_name: str = ""
    contact_role: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    funder_line: str = ""
    minutes_language: str = "de"
    count_staff: int = 0
    count_volunteers: int = 0
    count_other: int = 0
    notes: str = ""
    updated_at: str = field(default_factory=utc_now)

    @property
    def participant_total(self) -> int:
        """All participants counted, staff, volunteers and others together."""
        return self.count_staff + self.count_volunteers + self.count_other

    @property
    def planned_minutes(self) -> int:
        """Minutes from the start to the planned end (an end before the start counts as next day)."""
        start = dt.datetime.combine(self.date, self.start_time)
        end = dt.datetime.combine(self.date, self.end_time)
        if end <= start:
            end += dt.timedelta(days=1)
        return int((end - start).total_seconds() // 60)


# The workshop fields a user edits, in the order of the details form.
WORKSHOP_EDITABLE_FIELDS: tuple[str, ...] = tuple(
    name for name in Workshop.__struct_fields__ if name not in ("id", "updated_at")
)


class AgendaItem(Struct):
    """One block of the agenda: what happens, in which phase, for how long."""

    id: str = field(default_factory=new_id)
    title: str = ""
    phase: str = Phase.OTHER.value
    planned_minutes: int = 15
    method: str = ""
    material: str = ""
    position: int = 0
    updated_at: str = field(default_factory=utc_now)


AGENDA_EDITABLE_FIELDS: tuple[str, ...] = ("title", "phase", "planned_minutes", "method", "material")
