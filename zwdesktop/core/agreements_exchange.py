"""The agreements in the exchange document: seven flat arrays, one per table, matched by id when merging.

Each array is written only when it has rows, so a document without agreements
looks exactly as before this feature. Reading checks every record with the
same rules as the store and names the first problem by its JSON path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .agreements import (
    AgreementsData,
    check_agreement,
    check_meeting,
    check_member,
    check_origin,
    check_signup,
    check_steering_member,
    check_step,
)
from .agreements_records import (
    agreement_from_record,
    meeting_from_record,
    member_from_record,
    origin_from_record,
    signup_from_record,
    steering_member_from_record,
    step_from_record,
    to_record,
)
from .exchange_check import DocumentError, read_rows

# document key -> AgreementsData attribute, in document order
KEYS: tuple[tuple[str, str], ...] = (
    ("agreements", "agreements"),
    ("agreement_steps", "steps"),
    ("agreement_origins", "origins"),
    ("agreement_members", "members"),
    ("meetings", "meetings"),
    ("steering_members", "steering_members"),
    ("signups", "signups"),
)

_READERS: dict[str, tuple[Callable[[dict[str, Any]], Any], Callable[[Any], Any]]] = {
    "agreements": (agreement_from_record, check_agreement),
    "agreement_steps": (step_from_record, check_step),
    "agreement_origins": (origin_from_record, check_origin),
    "agreement_members": (member_from_record, check_member),
    "meetings": (meeting_from_record, check_meeting),
    "steering_members": (steering_member_from_record, check_steering_member),
    "signups": (signup_from_record, check_signup),
}


# The rules name a field as the form shows it; the document's key for it where the two differ.
_DOCUMENT_KEY = {"end_time": "ends_at"}


def _sort_key(row: Any) -> tuple[Any, ...]:
    return (getattr(row, "agreement_id", "") or "", getattr(row, "position", 0), getattr(row, "id", ""))


def to_document(data: AgreementsData) -> dict[str, list[dict[str, Any]]]:
    """The arrays of the document that have rows, in a stable order."""
    result: dict[str, list[dict[str, Any]]] = {}
    for key, attribute in KEYS:
        rows = getattr(data, attribute)
        if key == "meetings":
            rows = sorted(rows, key=lambda m: (m.agreement_id or "", m.starts_at, m.id))
        elif key == "signups":
            rows = sorted(rows, key=lambda s: (s.created_at, s.id))
        else:
            rows = sorted(rows, key=_sort_key)
        if rows:
            result[key] = [to_record(row) for row in rows]
    return result


def from_document(document: dict[str, Any]) -> AgreementsData:
    """The records of the agreement arrays of an already schema-checked document; raises :class:`DocumentError`."""
    data = AgreementsData()
    for key, attribute in KEYS:
        reader, check = _READERS[key]
        setattr(data, attribute, read_rows(document, key, reader, check, document_key=_DOCUMENT_KEY))
    ids = {a.id for a in data.agreements}
    for key, attribute in KEYS[1:5]:
        for index, row in enumerate(getattr(data, attribute)):
            if row.agreement_id is not None and row.agreement_id not in ids:
                raise DocumentError(f"$.{key}[{index}].agreement_id", "unknown_agreement", value=row.agreement_id)
    return data
