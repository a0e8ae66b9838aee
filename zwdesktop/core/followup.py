"""After the workshop (Nachbereitung): what a follow-up meeting decided, who came, and the minutes' versions.

Plain records and the rules for them. A meeting itself (date, place, and
whether it was held) is a :class:`~zwdesktop.core.agreements.Meeting`; this
module adds what was recorded about it:

- :class:`MeetingNote` — a short note of a meeting: an information, a
  decision, or a task (a task becomes a step of the group, ``step_id``);
- :class:`Attendee` — a person already in the file (group member, steering
  group, mailing list, all with their consent) who came;
- :class:`MinutesRevision` — a correction of the workshop's minutes (what,
  when, by whom) or their approval at a follow-up meeting.

:class:`MeetingRecord` is what the user enters in one go when recording a
meeting; :func:`check_record` is the one rule set for it (the window and the
store ask the same). The arithmetic over all of it (progress, overdue,
next meetings, the minutes' version) is in :mod:`.followup_progress`.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from msgspec import Struct, field

from .agreements import (
    ATTENDANCE_FIELDS,
    AgreementsData,
    Meeting,
    MeetingStatus,
    Step,
    check_attendance,
    check_meeting,
    check_step,
)
from .agreements_records import to_record
from .validation import MAX_SHORT_TEXT, MAX_TEXT, Problem, check_text
from .workshop import new_id, utc_now


class NoteKind(enum.StrEnum):
    """What a note of a meeting is."""

    INFORMATION = "information"
    DECISION = "decision"
    TASK = "task"


class RevisionKind(enum.StrEnum):
    """A change of the minutes' state: a correction, or their approval."""

    CORRECTION = "correction"
    APPROVAL = "approval"


NOTE_KINDS: tuple[str, ...] = tuple(k.value for k in NoteKind)
REVISION_KINDS: tuple[str, ...] = tuple(k.value for k in RevisionKind)
# Where an attendee is recorded in the file (their id is the row's id there).
PERSON_KINDS: tuple[str, ...] = ("member", "steering", "signup")


class MeetingNote(Struct):
    """One short note of a meeting; a task names the step it became."""

    id: str = field(default_factory=new_id)
    meeting_id: str = ""
    kind: str = NoteKind.INFORMATION.value
    text: str = ""
    step_id: str | None = None
    position: int = 0
    updated_at: str = field(default_factory=utc_now)


class Attendee(Struct):
    """A person of the file who came to a meeting (``name`` as it was then, for the minutes)."""

    id: str = field(default_factory=new_id)
    meeting_id: str = ""
    person_kind: str = "member"
    person_id: str = ""
    name: str = ""
    position: int = 0
    updated_at: str = field(default_factory=utc_now)


class MinutesRevision(Struct):
    """A correction of the minutes (what, on which day, by whom), or their approval (on which day, at which meeting)."""

    id: str = field(default_factory=new_id)
    kind: str = RevisionKind.CORRECTION.value
    day: dt.date = field(default_factory=dt.date.today)
    by: str = ""
    what: str = ""
    meeting_id: str | None = None
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)


class FollowupData(Struct):
    """Everything this feature adds to a workshop file, as records (notes, attendees, revisions)."""

    notes: list[MeetingNote] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    revisions: list[MinutesRevision] = field(default_factory=list)

    def notes_of(self, meeting_id: str) -> list[MeetingNote]:
        """A meeting's notes in order."""
        return sorted((n for n in self.notes if n.meeting_id == meeting_id), key=lambda n: (n.position, n.id))

    def attendees_of(self, meeting_id: str) -> list[Attendee]:
        """Who came to a meeting, in order."""
        return sorted((a for a in self.attendees if a.meeting_id == meeting_id), key=lambda a: (a.position, a.id))

    @property
    def empty(self) -> bool:
        """Whether there is nothing of this feature."""
        return not (self.notes or self.attendees or self.revisions)


class MeetingRecord(Struct):
    """What the user records about one meeting in one go.

    ``meeting`` carries the outcome (status and counts); ``new_steps`` are the
    steps the task notes became (each task's ``step_id`` names one);
    ``next_meeting`` is the group's next date, when one was fixed.
    """

    meeting: Meeting
    notes: list[MeetingNote] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    new_steps: list[Step] = field(default_factory=list)
    next_meeting: Meeting | None = None


class Person(Struct, frozen=True):
    """Someone of the file who may be named as having come: a group member, the steering group, the mailing list."""

    kind: str  # one of PERSON_KINDS
    id: str
    name: str
    group_id: str | None = None  # the group of a member


def people_of(data: AgreementsData, agreement_id: str | None) -> list[Person]:
    """The people who may be named at a meeting of a group (``None``: the steering group), all with consent.

    The group's own members first (the steering group's members for its
    meetings), then the steering group, the other groups' members and the
    mailing list; each person once (by name).
    """
    own: list[Person] = []
    rest: list[Person] = []
    for bundle in data.bundles():
        for member in bundle.members:
            if member.consented:
                person = Person("member", member.id, member.name, bundle.agreement.id)
                (own if agreement_id == bundle.agreement.id else rest).append(person)
    steering = [Person("steering", m.id, m.name) for m in data.steering_members if m.consented]
    signups = [Person("signup", s.id, s.name) for s in data.signups if s.consented]
    ordered = own + steering + rest + signups if agreement_id else steering + rest + signups
    seen: set[str] = set()
    result = []
    for person in ordered:
        key = " ".join(person.name.casefold().split())
        if key and key not in seen:
            seen.add(key)
            result.append(person)
    return result


# ---- rules -------------------------------------------------------------------


def check_outcome(
    status: str, starts_at: dt.datetime | None, counts: dict[str, Any], now: dt.datetime
) -> tuple[str, Problem] | None:
    """The rules of a meeting's outcome, as the form has them (a date may still be missing there).

    A held meeting needs a date and cannot lie in the future; the counts are
    whole numbers from 0 to 9,999. Returns the first refused field with why.
    """
    if status not in (s.value for s in MeetingStatus):
        return "status", Problem("status_invalid", {"value": status})
    if status == MeetingStatus.HELD.value:
        if starts_at is None:
            return "date", Problem("held_needs_date")
        if starts_at > now:
            return "date", Problem("held_in_future")
    for name in ATTENDANCE_FIELDS:
        problem = check_attendance(counts.get(name, 0))
        if problem:
            return name, problem
    return None


def check_ticked_counted(status: str, counts: dict[str, int], ticked: int) -> tuple[str, Problem] | None:
    """Those ticked as having come are among the counted: a held meeting's counts add up to at least them.

    Ticking three names and leaving the counts at 0 recorded a meeting nobody came to.
    """
    counted = sum(counts.get(name, 0) for name in ATTENDANCE_FIELDS)
    if status == MeetingStatus.HELD.value and counted < ticked:
        return ATTENDANCE_FIELDS[0], Problem("fewer_counted_than_ticked", {"ticked": ticked, "counted": counted})
    return None


def check_after_workshop(day: dt.date, workshop_day: dt.date) -> tuple[str, Problem] | None:
    """A follow-up meeting lies after the workshop it follows (on its day at the earliest): a date
    before it is a slip of the keyboard (2.12. for 12.2.). Only the form asks this; a file is not
    refused for it."""
    if day < workshop_day:
        return "date", Problem("meeting_before_workshop")
    return None


def check_note(note: MeetingNote) -> tuple[str, Problem] | None:
    """A note has a known kind and a text of at most 2,000 characters."""
    if note.kind not in NOTE_KINDS:
        return "kind", Problem("note_kind_invalid", {"value": note.kind})
    if not note.text.strip():
        return "text", Problem("note_text_empty")
    problem = check_text(note.text, MAX_TEXT)
    return ("text", problem) if problem else None


def check_attendee(attendee: Attendee) -> tuple[str, Problem] | None:
    """An attendee is a person of the file, with a name."""
    if attendee.person_kind not in PERSON_KINDS:
        return "person_kind", Problem("person_kind_invalid", {"value": attendee.person_kind})
    if not attendee.name.strip():
        return "name", Problem("name_empty")
    problem = check_text(attendee.name, MAX_SHORT_TEXT)
    return ("name", problem) if problem else None


def check_revision(revision: MinutesRevision) -> tuple[str, Problem] | None:
    """A correction says what was corrected; names and texts within their limits."""
    if revision.kind not in REVISION_KINDS:
        return "kind", Problem("revision_kind_invalid", {"value": revision.kind})
    if revision.kind == RevisionKind.CORRECTION.value and not revision.what.strip():
        return "what", Problem("correction_what_empty")
    for name, limit in (("by", MAX_SHORT_TEXT), ("what", MAX_TEXT)):
        problem = check_text(getattr(revision, name), limit)
        if problem:
            return name, problem
    return None


def check_revision_date(revision: MinutesRevision, today: dt.date) -> tuple[str, Problem] | None:
    """A correction or an approval is recorded after the fact: its day is not in the future."""
    if revision.day > today:
        return "day", Problem("revision_in_future")
    return None


def check_record(record: MeetingRecord, now: dt.datetime) -> tuple[str, Problem] | None:
    """Every rule of a recorded meeting; field names as the form shows them (``note.text``, ``next.date`` …)."""
    meeting = record.meeting
    counts = {name: getattr(meeting, name) for name in ATTENDANCE_FIELDS}
    found = check_outcome(meeting.status, meeting.starts_at, counts, now) or check_meeting(meeting)
    if found:
        return found
    for note in record.notes:
        found = check_note(note)
        if found:
            return f"note.{found[0]}", found[1]
    for attendee in record.attendees:
        found = check_attendee(attendee)
        if found:
            return f"attendee.{found[0]}", found[1]
    for step in record.new_steps:
        found = check_step(step)
        if found:
            return f"step.{found[0]}", found[1]
    for note in record.notes:
        if note.step_id is not None and note.kind != NoteKind.TASK.value:
            return "note.kind", Problem("note_kind_invalid", {"value": note.kind})
    if record.next_meeting is not None:
        nxt = record.next_meeting
        if nxt.status != MeetingStatus.PLANNED.value:
            return "next.status", Problem("status_invalid", {"value": nxt.status})
        found = check_meeting(nxt)
        if found:
            return f"next.{found[0]}", found[1]
        if nxt.starts_at <= now:
            return "next.date", Problem("next_in_past")
    return None


# ---- records (table rows and exchange document) ---------------------------------


def _text(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    return "" if value is None else str(value)


def note_from_record(row: dict[str, Any]) -> MeetingNote:
    """The note of a plain dict."""
    return MeetingNote(
        id=row["id"],
        meeting_id=row["meeting_id"],
        kind=_text(row, "kind") or NoteKind.INFORMATION.value,
        text=_text(row, "text"),
        step_id=row.get("step_id") or None,
        position=int(row.get("position") or 0),
        updated_at=row["updated_at"],
    )


def attendee_from_record(row: dict[str, Any]) -> Attendee:
    """The attendee of a plain dict."""
    return Attendee(
        id=row["id"],
        meeting_id=row["meeting_id"],
        person_kind=_text(row, "person_kind") or "member",
        person_id=_text(row, "person_id"),
        name=_text(row, "name"),
        position=int(row.get("position") or 0),
        updated_at=row["updated_at"],
    )


def revision_from_record(row: dict[str, Any]) -> MinutesRevision:
    """The minutes revision of a plain dict."""
    return MinutesRevision(
        id=row["id"],
        kind=_text(row, "kind") or RevisionKind.CORRECTION.value,
        day=dt.date.fromisoformat(row["day"]),
        by=_text(row, "by"),
        what=_text(row, "what"),
        meeting_id=row.get("meeting_id") or None,
        created_at=_text(row, "created_at") or row["updated_at"],
        updated_at=row["updated_at"],
    )


__all__ = [
    "Attendee",
    "FollowupData",
    "MeetingNote",
    "MeetingRecord",
    "MinutesRevision",
    "NoteKind",
    "Person",
    "RevisionKind",
    "attendee_from_record",
    "check_attendee",
    "check_note",
    "check_outcome",
    "check_record",
    "check_revision",
    "check_revision_date",
    "note_from_record",
    "people_of",
    "revision_from_record",
    "to_record",
]
