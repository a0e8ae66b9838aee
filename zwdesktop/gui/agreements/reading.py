"""An agreement as its editor shows it, read back into records — or the first refused value and where it is.

The editor's fields and tables hold text; this turns them into an
:class:`~zwdesktop.core.agreements.AgreementBundle` with the same rules as the
store, and names the field (or table, row and column) a refusal belongs to, so
the editor can show it beside that very field or cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from msgspec import Struct
from msgspec.structs import replace

from ...core.agreements import (
    AgreementBundle,
    Meeting,
    MeetingStatus,
    Member,
    Origin,
    Step,
    StepState,
    check_agreement,
    check_meeting,
    check_member,
    check_origin,
    check_step,
)
from ...core.validation import Problem, clean_text, date_problem, parse_date, parse_time
from ...core.workshop import utc_now

Rows = Sequence[tuple[str, Sequence[str | bool]]]

# The columns of the editor's tables (the consent tick comes before the contact details it allows).
STEP_COLUMNS = {"what": 0, "who": 1, "with_whom": 2, "due": 3}
MEETING_COLUMNS = {"date": 0, "starts_at": 1, "start_time": 1, "end_time": 2, "place": 3, "address": 4, "purpose": 5}
MEMBER_COLUMNS = {"name": 0, "consent": 1, "email": 2, "phone": 3}
MEMBER_CONSENT = MEMBER_COLUMNS["consent"]


class Refusal(Struct, frozen=True):
    """A value that is not stored: in a line field (``place`` = its name) or in a table's cell."""

    place: str  # "title", "goal", … or "steps", "meetings", "members", "origins"
    problem: Problem
    row_id: str | None = None
    column: int | None = None


class EditorValues(Struct, frozen=True):
    """What the editor shows: the line fields, goal and status, and the filled-in rows of each table."""

    lines: dict[str, str]
    goal: str
    status: str
    steps: Rows
    origins: Rows
    meetings: Rows
    members: Rows


def read_bundle(
    stored: AgreementBundle, shown: EditorValues, tz: dt.tzinfo, consent_text: Callable[[], str]
) -> tuple[AgreementBundle | None, Refusal | None]:
    """The agreement with its parts as shown, or the first refusal (``consent_text()`` is stored with a new consent)."""
    values: dict[str, Any] = {name: clean_text(text) for name, text in shown.lines.items()}
    values["goal"] = clean_text(shown.goal)
    values["status"] = shown.status or stored.agreement.status
    agreement = replace(stored.agreement, **values)
    found = check_agreement(agreement)
    if found:
        return None, Refusal(found[0], found[1])
    readers = (
        (_steps, shown.steps),
        (_origins, shown.origins),
        (_meetings, shown.meetings),
        (_members, shown.members),
    )
    parts: list[list[Any]] = []
    for reader, rows in readers:
        read, refusal = reader(stored, rows, tz, consent_text)
        if refusal is not None:
            return None, refusal
        parts.append(read)
    steps, origins, meetings, members = parts
    return AgreementBundle(agreement, steps, origins, members, meetings), None


def _updated_at(old: Any) -> str:
    return str(old.updated_at) if old is not None else utc_now()


def _steps(
    stored: AgreementBundle, rows: Rows, _tz: dt.tzinfo, _consent: Callable[[], str]
) -> tuple[list[Step], Refusal | None]:
    steps = []
    for index, (row_id, cells) in enumerate(rows):
        what, who, with_whom, due_text = (clean_text(str(c)) for c in cells)
        due = parse_date(due_text) if due_text else None
        if due_text and due is None:
            return [], Refusal("steps", date_problem(due_text), row_id, STEP_COLUMNS["due"])
        old = next((s for s in stored.steps if s.id == row_id), None)
        step = Step(id=row_id, agreement_id=stored.agreement.id, what=what, who=who, with_whom=with_whom, due=due,
                    state=old.state if old else StepState.OPEN.value, position=index,
                    updated_at=_updated_at(old))  # fmt: skip
        found = check_step(step)
        if found:
            return [], Refusal("steps", found[1], row_id, STEP_COLUMNS.get(found[0], 0))
        steps.append(step)
    return steps, None


def _origins(
    stored: AgreementBundle, rows: Rows, _tz: dt.tzinfo, _consent: Callable[[], str]
) -> tuple[list[Origin], Refusal | None]:
    origins = []
    for index, (row_id, cells) in enumerate(rows):
        label = clean_text(str(cells[0]))
        old = next((o for o in stored.origins if o.id == row_id), None)
        origin = (
            replace(old, label=label, position=index)
            if old
            else Origin(id=row_id, agreement_id=stored.agreement.id, label=label, position=index)
        )
        found = check_origin(origin)
        if found:
            return [], Refusal("origins", found[1], row_id, 0)
        origins.append(origin)
    return origins, None


def _meetings(
    stored: AgreementBundle, rows: Rows, tz: dt.tzinfo, _consent: Callable[[], str]
) -> tuple[list[Meeting], Refusal | None]:
    meetings = []
    for row_id, cells in rows:
        date_text, start_text, end_text, place, address, purpose = (clean_text(str(c)) for c in cells)
        day, start, end = parse_date(date_text), parse_time(start_text), parse_time(end_text)
        if day is None:
            return [], Refusal("meetings", date_problem(date_text), row_id, 0)
        if start is None or end is None:
            column = MEETING_COLUMNS["start_time"] if start is None else MEETING_COLUMNS["end_time"]
            return [], Refusal("meetings", Problem("meeting_incomplete"), row_id, column)
        old = next((m for m in stored.meetings if m.id == row_id), None)
        meeting = Meeting(
            id=row_id,
            agreement_id=stored.agreement.id,
            starts_at=dt.datetime.combine(day, start, tzinfo=tz).astimezone(dt.UTC),
            ends_at=dt.datetime.combine(day, end, tzinfo=tz).astimezone(dt.UTC),
            place=place,
            address=address,
            purpose=purpose,
            updated_at=_updated_at(old),
        )
        if old is not None:  # what the follow-up recorded stays
            meeting = replace(meeting, status=old.status, count_staff=old.count_staff,
                              count_volunteers=old.count_volunteers, count_other=old.count_other)  # fmt: skip
        found = check_meeting(meeting)
        if found is None and meeting.status == MeetingStatus.HELD.value and meeting.starts_at > dt.datetime.now(dt.UTC):
            found = ("date", Problem("held_in_future"))
        if found:
            return [], Refusal("meetings", found[1], row_id, MEETING_COLUMNS.get(found[0], 0))
        meetings.append(meeting)
    return meetings, None


def _members(
    stored: AgreementBundle, rows: Rows, _tz: dt.tzinfo, consent_text: Callable[[], str]
) -> tuple[list[Member], Refusal | None]:
    members = []
    for index, (row_id, cells) in enumerate(rows):
        name, email, phone = (clean_text(str(cells[MEMBER_COLUMNS[key]])) for key in ("name", "email", "phone"))
        consented = bool(cells[MEMBER_CONSENT])
        old = next((m for m in stored.members if m.id == row_id), None)
        if consented and old is not None and old.consented:
            text, at = old.consent_text, old.consent_at  # consent given earlier stays as given
        elif consented:
            text, at = consent_text(), utc_now()
        else:
            text, at = "", ""
        member = Member(id=row_id, agreement_id=stored.agreement.id, name=name, email=email, phone=phone,
                        consent_text=text, consent_at=at, position=index, updated_at=_updated_at(old))  # fmt: skip
        found = check_member(member)
        if found:
            return [], Refusal("members", found[1], row_id, MEMBER_COLUMNS.get(found[0], 0))
        members.append(member)
    return members, None
