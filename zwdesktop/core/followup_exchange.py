"""The follow-up in the exchange document: three optional arrays, matched by id when merging.

``meeting_notes``, ``meeting_attendees`` and ``minutes_revisions`` are written
only when they have rows, so a document of a workshop without follow-up looks
exactly as before this feature, and a document from before it imports
unchanged. Reading checks every record with the rules of :mod:`.followup` and
names the first problem by its JSON path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .agreements import AgreementsData
from .exchange_check import read_rows
from .followup import (
    FollowupData,
    attendee_from_record,
    check_attendee,
    check_note,
    check_revision,
    note_from_record,
    revision_from_record,
    to_record,
)

# document key -> FollowupData attribute, in document order
KEYS: tuple[tuple[str, str], ...] = (
    ("meeting_notes", "notes"),
    ("meeting_attendees", "attendees"),
    ("minutes_revisions", "revisions"),
)

_INSTANTS = ("updated_at", "created_at")  # each where the record has it

_READERS: dict[str, tuple[Callable[[dict[str, Any]], Any], Callable[[Any], Any]]] = {
    "meeting_notes": (note_from_record, check_note),
    "meeting_attendees": (attendee_from_record, check_attendee),
    "minutes_revisions": (revision_from_record, check_revision),
}


def _sort_key(row: Any) -> tuple[Any, ...]:
    if hasattr(row, "day"):
        return (row.day, row.created_at, row.id)
    return (row.meeting_id, row.position, row.id)


def to_document(data: FollowupData) -> dict[str, list[dict[str, Any]]]:
    """The arrays of the document that have rows, in a stable order."""
    result: dict[str, list[dict[str, Any]]] = {}
    for key, attribute in KEYS:
        rows = sorted(getattr(data, attribute), key=_sort_key)
        if rows:
            result[key] = [to_record(row) for row in rows]
    return result


def from_document(document: dict[str, Any], agreements: AgreementsData) -> FollowupData:
    """The follow-up records of an already schema-checked document; raises :class:`DocumentError`.

    Notes and attendees belong to a meeting of the document, an approval names
    one or none.
    """
    data = FollowupData()
    meetings = [m.id for m in agreements.meetings]
    for key, attribute in KEYS:
        reader, check = _READERS[key]
        rows = read_rows(
            document, key, reader, check, known=("meeting_id", meetings, "unknown_meeting"), instants=_INSTANTS
        )
        setattr(data, attribute, rows)
    return data
