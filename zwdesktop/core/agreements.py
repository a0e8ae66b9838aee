"""Agreements (Verabredungen): project groups, their steps, follow-up meetings, the steering group, the mailing list.

Plain records and the rules for them, shared by the store, the exchange
document, the exports and the GUI. Dates of meetings are instants (aware,
UTC when stored); a step's due date is a calendar date.

Data protection is a rule here, not a habit of the GUI: a member of a group or
of the steering group may have an e-mail address or phone number only with
consent (the consent text and the time are stored with them), and a mailing
list sign-up without consent is no record at all.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from msgspec import Struct, field

from .qr_payloads import PayloadError, https_url
from .validation import MAX_SHORT_TEXT, MAX_TEXT, Problem, check_email, check_phone, check_text
from .workshop import new_id, utc_now


class AgreementStatus(enum.StrEnum):
    """Where a project group stands."""

    PLANNED = "planned"
    ACTIVE = "active"
    PAUSED = "paused"
    DONE = "done"
    DROPPED = "dropped"


class StepState(enum.StrEnum):
    """Where a step stands."""

    OPEN = "open"
    STARTED = "started"
    DONE = "done"
    DROPPED = "dropped"


class MeetingStatus(enum.StrEnum):
    """Whether a meeting is still ahead, took place, or did not."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


STATUSES: tuple[str, ...] = tuple(s.value for s in AgreementStatus)
STEP_STATES: tuple[str, ...] = tuple(s.value for s in StepState)
MEETING_STATUSES: tuple[str, ...] = tuple(s.value for s in MeetingStatus)
# How many came to a follow-up meeting, per group of people (staff, volunteers, others).
MAX_ATTENDANCE = 9999
ATTENDANCE_FIELDS: tuple[str, ...] = ("count_staff", "count_volunteers", "count_other")
STEERING_ROLES: tuple[str, ...] = ("staff", "volunteer", "other")
# Where an agreement came from: an idea or a cluster (issue 4), a vote result carried forward (issue 5),
# or a free text. The label is a snapshot, so the agreement stands on its own when the source is gone.
SOURCE_KINDS: tuple[str, ...] = ("idea", "cluster", "vote", "text")
# A meeting more than this far ahead gets a warning ("zeitnah": soon after the workshop).
FAR_AHEAD = dt.timedelta(days=365)
MAX_MEETING = dt.timedelta(hours=24)
STEERING_GROUP = "steering"  # the sign-up group name for "the steering group"

CONSENT_TEXT = {
    "de": (
        "Ich bin einverstanden, dass meine Angaben gespeichert und für Einladungen und Informationen zur "
        "Zukunftswerkstatt und ihren Projektgruppen genutzt werden. Ich kann die Einwilligung jederzeit "
        "widerrufen; dann werden meine Angaben gelöscht."
    ),
    "en": (
        "I agree that my details are stored and used for invitations and news about the future workshop and "
        "its project groups. I can withdraw my consent at any time; my details are then deleted."
    ),
}


class Agreement(Struct):
    """A project group: what it wants, who to ask, how to sign up."""

    id: str = field(default_factory=new_id)
    title: str = ""
    goal: str = ""
    status: str = AgreementStatus.PLANNED.value
    contact_name: str = ""
    contact_role: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    signup_url: str = ""
    signup_email: str = ""
    position: int = 0
    updated_at: str = field(default_factory=utc_now)


class Step(Struct):
    """A first step: what, who, with whom, by when."""

    id: str = field(default_factory=new_id)
    agreement_id: str = ""
    what: str = ""
    who: str = ""
    with_whom: str = ""
    due: dt.date | None = None
    state: str = StepState.OPEN.value
    position: int = 0
    updated_at: str = field(default_factory=utc_now)


class Origin(Struct):
    """An idea, cluster or vote result an agreement came from (``label`` is a snapshot of its text)."""

    id: str = field(default_factory=new_id)
    agreement_id: str = ""
    source_kind: str = "text"
    source_id: str | None = None
    label: str = ""
    position: int = 0
    updated_at: str = field(default_factory=utc_now)


class Member(Struct):
    """A member of a project group; contact details only with consent."""

    id: str = field(default_factory=new_id)
    agreement_id: str = ""
    name: str = ""
    email: str = ""
    phone: str = ""
    consent_text: str = ""
    consent_at: str = ""  # UTC ISO 8601, "" without consent
    position: int = 0
    updated_at: str = field(default_factory=utc_now)

    @property
    def consented(self) -> bool:
        """Whether the member agreed to their contact details being stored."""
        return bool(self.consent_at and self.consent_text)


class Meeting(Struct):
    """A follow-up meeting of an agreement, or of the steering group (``agreement_id`` None)."""

    id: str = field(default_factory=new_id)
    agreement_id: str | None = None
    starts_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0))
    ends_at: dt.datetime = field(
        default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(hours=2)
    )
    place: str = ""
    address: str = ""
    purpose: str = ""
    # What became of it (recorded in the follow-up section): planned, held or cancelled, and who came.
    status: str = MeetingStatus.PLANNED.value
    count_staff: int = 0
    count_volunteers: int = 0
    count_other: int = 0
    updated_at: str = field(default_factory=utc_now)

    @property
    def attendance(self) -> int:
        """How many came, all groups together."""
        return self.count_staff + self.count_volunteers + self.count_other


class SteeringMember(Struct):
    """A member of the steering group with a role; contact details only with consent."""

    id: str = field(default_factory=new_id)
    name: str = ""
    role: str = "other"
    email: str = ""
    phone: str = ""
    consent_text: str = ""
    consent_at: str = ""
    position: int = 0
    updated_at: str = field(default_factory=utc_now)

    @property
    def consented(self) -> bool:
        """Whether the member agreed to their contact details being stored."""
        return bool(self.consent_at and self.consent_text)


class Signup(Struct):
    """A mailing-list sign-up: always with consent (text and time), else it is not stored."""

    id: str = field(default_factory=new_id)
    name: str = ""
    email: str = ""
    phone: str = ""
    municipality: str = ""
    groups: list[str] = field(default_factory=list)  # agreement ids, or STEERING_GROUP
    consent_text: str = ""
    consent_at: str = ""
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)

    @property
    def consented(self) -> bool:
        """Whether the sign-up carries its consent."""
        return bool(self.consent_at and self.consent_text)


class AgreementBundle(Struct):
    """An agreement with everything that belongs to it: the unit the GUI edits and undo restores."""

    agreement: Agreement
    steps: list[Step] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)

    @property
    def first_meeting(self) -> Meeting | None:
        """The earliest meeting (the first follow-up), None when there is none."""
        return min(self.meetings, key=lambda m: (m.starts_at, m.id), default=None)

    @property
    def needs_first_meeting(self) -> bool:
        """Flag for the list: no first meeting yet ("zeitnah erstes Folgetreffen")."""
        return not self.meetings and self.agreement.status not in (
            AgreementStatus.DONE.value,
            AgreementStatus.DROPPED.value,
        )


# ---- rules -------------------------------------------------------------------


def check_signup_url(text: str) -> Problem | None:
    """An empty address is allowed; a filled one must be a web address (https:// is added when missing)."""
    if not text.strip():
        return None
    try:
        https_url(text)
    except PayloadError:
        return Problem("url_invalid", {"value": text})
    return check_text(text, MAX_SHORT_TEXT)


def check_agreement(agreement: Agreement) -> tuple[str, Problem] | None:
    """The first refused field of an agreement, with why; None when it is fine."""
    if not agreement.title.strip():
        return "title", Problem("agreement_title_empty")
    checks: list[tuple[str, Problem | None]] = [
        ("title", check_text(agreement.title, MAX_SHORT_TEXT)),
        ("goal", check_text(agreement.goal, MAX_TEXT)),
        ("status", None if agreement.status in STATUSES else Problem("status_invalid", {"value": agreement.status})),
        ("contact_name", check_text(agreement.contact_name, MAX_SHORT_TEXT)),
        ("contact_role", check_text(agreement.contact_role, MAX_SHORT_TEXT)),
        ("contact_email", check_email(agreement.contact_email)),
        ("contact_phone", check_phone(agreement.contact_phone)),
        ("signup_url", check_signup_url(agreement.signup_url)),
        ("signup_email", check_email(agreement.signup_email)),
    ]
    return next(((name, problem) for name, problem in checks if problem), None)


def check_step(step: Step) -> tuple[str, Problem] | None:
    """A step needs a "what"; texts within their limits."""
    if not step.what.strip():
        return "what", Problem("step_what_empty")
    for name in ("what", "who", "with_whom"):
        problem = check_text(getattr(step, name), MAX_SHORT_TEXT)
        if problem:
            return name, problem
    if step.state not in STEP_STATES:
        return "state", Problem("state_invalid", {"value": step.state})
    return None


def check_origin(origin: Origin) -> tuple[str, Problem] | None:
    """An origin has a known kind and a label."""
    if origin.source_kind not in SOURCE_KINDS:
        return "source_kind", Problem("source_invalid", {"value": origin.source_kind})
    if not origin.label.strip():
        return "label", Problem("origin_label_empty")
    problem = check_text(origin.label, MAX_TEXT)
    return ("label", problem) if problem else None


def _check_person(name: str, email: str, phone: str, consented: bool) -> tuple[str, Problem] | None:
    if not name.strip():
        return "name", Problem("name_empty")
    problem = check_text(name, MAX_SHORT_TEXT)
    if problem:
        return "name", problem
    problem = check_email(email)
    if problem:
        return "email", problem
    problem = check_phone(phone)
    if problem:
        return "phone", problem
    if (email.strip() or phone.strip()) and not consented:
        return "email" if email.strip() else "phone", Problem("consent_needed")
    return None


def check_member(member: Member) -> tuple[str, Problem] | None:
    """A member has a name; an e-mail address or phone number only with consent."""
    return _check_person(member.name, member.email, member.phone, member.consented)


def check_steering_member(member: SteeringMember) -> tuple[str, Problem] | None:
    """A steering-group member has a name and a known role; contact details only with consent."""
    if member.role not in STEERING_ROLES:
        return "role", Problem("role_invalid", {"value": member.role})
    return _check_person(member.name, member.email, member.phone, member.consented)


def check_signup(signup: Signup) -> tuple[str, Problem] | None:
    """A sign-up has a name, a valid e-mail address and consent; no consent, no record."""
    if not signup.consented:
        return "consent", Problem("consent_missing")
    if not signup.email.strip():
        return "email", Problem("email_empty")
    found = _check_person(signup.name, signup.email, signup.phone, True)
    if found:
        return found
    problem = check_text(signup.municipality, MAX_SHORT_TEXT)
    return ("municipality", problem) if problem else None


def check_meeting(meeting: Meeting) -> tuple[str, Problem] | None:
    """A meeting ends after it starts (within a day); place and purpose within their limits."""
    if meeting.starts_at.tzinfo is None or meeting.ends_at.tzinfo is None:
        return "starts_at", Problem("time_invalid", {"value": meeting.starts_at.isoformat()})
    if meeting.ends_at <= meeting.starts_at:
        return "end_time", Problem("end_before_start")
    if meeting.ends_at - meeting.starts_at > MAX_MEETING:
        return "end_time", Problem("meeting_too_long")
    for name, limit in (("place", MAX_SHORT_TEXT), ("address", MAX_TEXT), ("purpose", MAX_TEXT)):
        problem = check_text(getattr(meeting, name), limit)
        if problem:
            return name, problem
    if meeting.status not in MEETING_STATUSES:
        return "status", Problem("status_invalid", {"value": meeting.status})
    for name in ATTENDANCE_FIELDS:
        problem = check_attendance(getattr(meeting, name))
        if problem:
            return name, problem
    return None


def check_attendance(value: object) -> Problem | None:
    """How many came: a whole number from 0 to :data:`MAX_ATTENDANCE`."""
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_ATTENDANCE:
        return Problem("count_invalid", {"max": MAX_ATTENDANCE})
    return None


def meeting_warnings(meeting: Meeting, now: dt.datetime) -> list[str]:
    """Warnings (not refusals) about a meeting's date: ``meeting_past``, ``meeting_far_ahead``."""
    warnings = []
    if meeting.starts_at < now:
        warnings.append("meeting_past")
    elif meeting.starts_at - now > FAR_AHEAD:
        warnings.append("meeting_far_ahead")
    return warnings


class AgreementsData(Struct):
    """Everything of this feature in one workshop, as records (for exports and the exchange document)."""

    agreements: list[Agreement] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    steering_members: list[SteeringMember] = field(default_factory=list)
    signups: list[Signup] = field(default_factory=list)

    def bundles(self) -> list[AgreementBundle]:
        """The agreements in order, each with its steps, origins, members and meetings."""
        result = []
        for agreement in sorted(self.agreements, key=lambda a: (a.position, a.id)):

            def mine(rows: list[Any], a: Agreement = agreement) -> list[Any]:
                return [row for row in rows if row.agreement_id == a.id]

            result.append(
                AgreementBundle(
                    agreement,
                    sorted(mine(self.steps), key=lambda s: (s.position, s.id)),
                    sorted(mine(self.origins), key=lambda o: (o.position, o.id)),
                    sorted(mine(self.members), key=lambda m: (m.position, m.id)),
                    sorted(mine(self.meetings), key=lambda m: (m.starts_at, m.id)),
                )
            )
        return result

    def steering_meetings(self) -> list[Meeting]:
        """The steering group's meetings, earliest first."""
        return sorted((m for m in self.meetings if m.agreement_id is None), key=lambda m: (m.starts_at, m.id))

    @property
    def empty(self) -> bool:
        """Whether there is nothing of this feature."""
        return not (self.agreements or self.meetings or self.steering_members or self.signups)
