"""The agreements' records as plain dicts and back: table rows and the exchange document (JSON types: dates and instants as ISO text)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from msgspec.structs import asdict

from .agreements import (
    Agreement,
    AgreementStatus,
    Meeting,
    MeetingStatus,
    Member,
    Origin,
    Signup,
    SteeringMember,
    Step,
    StepState,
)
from .instants import format_instant_seconds, parse_instant


def to_record(obj: Any) -> dict[str, Any]:
    """Any record of :mod:`~zwdesktop.core.agreements` as a plain dict (JSON types: dates and instants as ISO text)."""
    result: dict[str, Any] = {}
    for name, value in asdict(obj).items():
        if isinstance(value, dt.datetime):
            result[name] = format_instant_seconds(value)
        elif isinstance(value, dt.date):
            result[name] = value.isoformat()
        elif isinstance(value, list):
            result[name] = list(value)
        else:
            result[name] = value
    return result


def _text(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    return "" if value is None else str(value)


def agreement_from_record(row: dict[str, Any]) -> Agreement:
    """The agreement of a plain dict."""
    return Agreement(
        id=row["id"],
        title=_text(row, "title"),
        goal=_text(row, "goal"),
        status=_text(row, "status") or AgreementStatus.PLANNED.value,
        contact_name=_text(row, "contact_name"),
        contact_role=_text(row, "contact_role"),
        contact_email=_text(row, "contact_email"),
        contact_phone=_text(row, "contact_phone"),
        signup_url=_text(row, "signup_url"),
        signup_email=_text(row, "signup_email"),
        position=int(row.get("position") or 0),
        updated_at=row["updated_at"],
    )


def step_from_record(row: dict[str, Any]) -> Step:
    """The step of a plain dict."""
    due = row.get("due")
    return Step(
        id=row["id"],
        agreement_id=row["agreement_id"],
        what=_text(row, "what"),
        who=_text(row, "who"),
        with_whom=_text(row, "with_whom"),
        due=dt.date.fromisoformat(due) if due else None,
        state=_text(row, "state") or StepState.OPEN.value,
        position=int(row.get("position") or 0),
        updated_at=row["updated_at"],
    )


def origin_from_record(row: dict[str, Any]) -> Origin:
    """The origin of a plain dict."""
    return Origin(
        id=row["id"],
        agreement_id=row["agreement_id"],
        source_kind=_text(row, "source_kind") or "text",
        source_id=row.get("source_id") or None,
        label=_text(row, "label"),
        position=int(row.get("position") or 0),
        updated_at=row["updated_at"],
    )


def member_from_record(row: dict[str, Any]) -> Member:
    """The member of a plain dict."""
    return Member(
        id=row["id"],
        agreement_id=row["agreement_id"],
        name=_text(row, "name"),
        email=_text(row, "email"),
        phone=_text(row, "phone"),
        consent_text=_text(row, "consent_text"),
        consent_at=_text(row, "consent_at"),
        position=int(row.get("position") or 0),
        updated_at=row["updated_at"],
    )


def meeting_from_record(row: dict[str, Any]) -> Meeting:
    """The meeting of a plain dict."""
    return Meeting(
        id=row["id"],
        agreement_id=row.get("agreement_id") or None,
        starts_at=parse_instant(row["starts_at"]),
        ends_at=parse_instant(row["ends_at"]),
        place=_text(row, "place"),
        address=_text(row, "address"),
        purpose=_text(row, "purpose"),
        status=_text(row, "status") or MeetingStatus.PLANNED.value,
        count_staff=_count(row, "count_staff"),
        count_volunteers=_count(row, "count_volunteers"),
        count_other=_count(row, "count_other"),
        updated_at=row["updated_at"],
    )


def _count(row: dict[str, Any], key: str) -> int:
    value = row.get(key)
    if value is None:
        return 0
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{key} is not a whole number")
    return value


def steering_member_from_record(row: dict[str, Any]) -> SteeringMember:
    """The steering-group member of a plain dict."""
    return SteeringMember(
        id=row["id"],
        name=_text(row, "name"),
        role=_text(row, "role") or "other",
        email=_text(row, "email"),
        phone=_text(row, "phone"),
        consent_text=_text(row, "consent_text"),
        consent_at=_text(row, "consent_at"),
        position=int(row.get("position") or 0),
        updated_at=row["updated_at"],
    )


def signup_from_record(row: dict[str, Any]) -> Signup:
    """The sign-up of a plain dict (``groups`` a list or JSON text)."""
    groups = row.get("groups") or []
    if isinstance(groups, str):
        groups = json.loads(groups)
    return Signup(
        id=row["id"],
        name=_text(row, "name"),
        email=_text(row, "email"),
        phone=_text(row, "phone"),
        municipality=_text(row, "municipality"),
        groups=[str(g) for g in groups],
        consent_text=_text(row, "consent_text"),
        consent_at=_text(row, "consent_at"),
        created_at=_text(row, "created_at") or row["updated_at"],
        updated_at=row["updated_at"],
    )
