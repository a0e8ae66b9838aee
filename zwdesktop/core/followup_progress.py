"""Where things stand weeks after the workshop: progress, overdue steps, next meetings, the minutes' version.

Pure arithmetic over the records of :mod:`.agreements` and :mod:`.followup`,
shared by the follow-up section, the progress sheet, the press text's report
back and the county overview. :func:`followup_summary` gives one workshop's
state in one value (:class:`FollowupSummary`), for any module that reads a
workshop file without the window.

The rules, as a county organiser counts:

- progress is the steps done of all steps that still count (a dropped step
  neither helps nor holds the group back);
- a step is overdue when its due date has passed and it is neither done nor
  dropped;
- a group that is planned or active and has no held meeting yet is flagged
  ("zeitnah erstes Folgetreffen");
- the next meetings are the planned ones that have not begun, earliest first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from msgspec import Struct, field

from .agreements import (
    Agreement,
    AgreementBundle,
    AgreementsData,
    AgreementStatus,
    Meeting,
    MeetingStatus,
    Step,
    StepState,
)
from .followup import FollowupData, MinutesRevision, RevisionKind
from .schedule import workshop_end_utc
from .workshop import Workshop

_OPEN_STATES = (StepState.OPEN.value, StepState.STARTED.value)
_FLAGGED_STATUSES = (AgreementStatus.PLANNED.value, AgreementStatus.ACTIVE.value)
_STARTED_STATUSES = (AgreementStatus.ACTIVE.value, AgreementStatus.DONE.value)


class Progress(Struct, frozen=True):
    """Steps done of all steps that count (dropped ones left out)."""

    done: int
    total: int

    @property
    def percent(self) -> int:
        """Done as a whole percentage (0 when there are no steps)."""
        return round(100 * self.done / self.total) if self.total else 0


def progress(steps: Iterable[Step]) -> Progress:
    """The progress of a group's steps."""
    counted = [s for s in steps if s.state != StepState.DROPPED.value]
    return Progress(sum(1 for s in counted if s.state == StepState.DONE.value), len(counted))


def is_open(step: Step) -> bool:
    """Whether a step is still to do (open or started)."""
    return step.state in _OPEN_STATES


def is_overdue(step: Step, today: dt.date) -> bool:
    """Whether a step's due date has passed while it is still to do."""
    return step.due is not None and step.due < today and is_open(step)


def overdue_steps(steps: Iterable[Step], today: dt.date) -> list[Step]:
    """The overdue steps, earliest due first."""
    return sorted((s for s in steps if is_overdue(s, today)), key=lambda s: (s.due or today, s.position, s.id))


def held_meetings(meetings: Iterable[Meeting]) -> list[Meeting]:
    """The meetings that took place, earliest first."""
    return sorted((m for m in meetings if m.status == MeetingStatus.HELD.value), key=lambda m: (m.starts_at, m.id))


def last_held(meetings: Iterable[Meeting]) -> Meeting | None:
    """The latest meeting that took place."""
    held = held_meetings(meetings)
    return held[-1] if held else None


def upcoming(meetings: Iterable[Meeting], now: dt.datetime) -> list[Meeting]:
    """The planned meetings that have not begun yet, earliest first."""
    return sorted(
        (m for m in meetings if m.status == MeetingStatus.PLANNED.value and m.starts_at >= now),
        key=lambda m: (m.starts_at, m.id),
    )


def next_meeting(meetings: Iterable[Meeting], now: dt.datetime) -> Meeting | None:
    """The earliest planned meeting that has not begun."""
    found = upcoming(meetings, now)
    return found[0] if found else None


def unrecorded(meetings: Iterable[Meeting], now: dt.datetime) -> list[Meeting]:
    """Planned meetings whose date has passed without being recorded as held or cancelled."""
    return sorted(
        (m for m in meetings if m.status == MeetingStatus.PLANNED.value and m.starts_at < now),
        key=lambda m: (m.starts_at, m.id),
    )


def needs_held_meeting(agreement: Agreement, meetings: Iterable[Meeting]) -> bool:
    """Flag: a planned or active group without any meeting that took place."""
    return agreement.status in _FLAGGED_STATUSES and not held_meetings(meetings)


class MinutesVersion(Struct, frozen=True):
    """The minutes' state: version 1 is the evening's draft, each correction makes the next version.

    ``approval`` is the approval of the current version (None: a draft); a
    correction after an approval makes a new draft.
    """

    number: int
    corrections: tuple[MinutesRevision, ...] = ()
    approval: MinutesRevision | None = None

    @property
    def approved(self) -> bool:
        """Whether the current version was approved."""
        return self.approval is not None


def revision_order(revisions: Iterable[MinutesRevision]) -> list[MinutesRevision]:
    """Revisions in the order they happened (their day, then when they were recorded)."""
    return sorted(revisions, key=lambda r: (r.day, r.created_at, r.id))


def minutes_version(revisions: Iterable[MinutesRevision]) -> MinutesVersion:
    """The current version of the minutes and whether it is approved."""
    ordered = revision_order(revisions)
    corrections = tuple(r for r in ordered if r.kind == RevisionKind.CORRECTION.value)
    # The last revision decides: an approval approves the version, a later correction makes a new draft.
    last = ordered[-1] if ordered else None
    approval = last if last is not None and last.kind == RevisionKind.APPROVAL.value else None
    return MinutesVersion(1 + len(corrections), corrections, approval)


class UpcomingMeeting(Struct, frozen=True):
    """A next meeting with the group it belongs to (``group`` "" for the steering group)."""

    meeting: Meeting
    group: str = ""

    @property
    def steering(self) -> bool:
        """Whether it is a meeting of the steering group."""
        return self.meeting.agreement_id is None


class AgreementSummary(Struct, frozen=True):
    """One group's state: status, progress, open and overdue steps, last and next meeting, the contact person."""

    agreement: Agreement
    progress: Progress
    open_steps: tuple[Step, ...]
    overdue: tuple[Step, ...]
    last_meeting: Meeting | None
    next_meeting: Meeting | None
    meetings_held: int
    needs_meeting: bool
    unrecorded: tuple[Meeting, ...] = ()  # planned meetings whose date passed without a record

    @property
    def title(self) -> str:
        """The group's title."""
        return self.agreement.title

    @property
    def status(self) -> str:
        """The group's status code (planned, active, paused, done, dropped)."""
        return self.agreement.status

    @property
    def started(self) -> bool:
        """Whether the project got going: active or done, with a meeting held or a step done."""
        return self.status in _STARTED_STATUSES and bool(self.meetings_held or self.progress.done)

    @property
    def contact(self) -> str:
        """The contact person's name ("" when none)."""
        return self.agreement.contact_name


def agreement_summary(bundle: AgreementBundle, now: dt.datetime, today: dt.date) -> AgreementSummary:
    """The state of one group."""
    return AgreementSummary(
        agreement=bundle.agreement,
        progress=progress(bundle.steps),
        open_steps=tuple(s for s in bundle.steps if is_open(s)),
        overdue=tuple(overdue_steps(bundle.steps, today)),
        last_meeting=last_held(bundle.meetings),
        next_meeting=next_meeting(bundle.meetings, now),
        meetings_held=len(held_meetings(bundle.meetings)),
        needs_meeting=needs_held_meeting(bundle.agreement, bundle.meetings),
        unrecorded=tuple(unrecorded(bundle.meetings, now)),
    )


class FollowupSummary(Struct, frozen=True):
    """One workshop's follow-up in one value (what the county overview and the progress sheet read)."""

    workshop_id: str
    title: str
    municipality: str
    date: dt.date
    agreements: tuple[AgreementSummary, ...]
    steering_last: Meeting | None
    steering_next: Meeting | None
    steering_members: int
    next_meetings: tuple[UpcomingMeeting, ...]
    meetings_held: int
    minutes: MinutesVersion
    counts_by_status: dict[str, int] = field(default_factory=dict)

    @property
    def overdue_steps(self) -> int:
        """How many steps are overdue over all groups."""
        return sum(len(a.overdue) for a in self.agreements)

    @property
    def groups_started(self) -> int:
        """How many projects got going (see :attr:`AgreementSummary.started`)."""
        return sum(1 for a in self.agreements if a.started)

    @property
    def progress(self) -> Progress:
        """Steps done of all over the groups that are not dropped."""
        kept = [a for a in self.agreements if a.status != AgreementStatus.DROPPED.value]
        return Progress(sum(a.progress.done for a in kept), sum(a.progress.total for a in kept))


def followup_summary(
    workshop: Workshop,
    agreements: AgreementsData,
    followup: FollowupData | None = None,
    now: dt.datetime | None = None,
) -> FollowupSummary:
    """One workshop's follow-up: every group's state, the steering group's meetings, the minutes' version.

    ``now`` is an aware instant (the current time when None); "today" for due
    dates is its day in the workshop's time zone.
    """
    now = now or dt.datetime.now(dt.UTC)
    try:
        today = now.astimezone(ZoneInfo(workshop.timezone)).date()
    except (ValueError, KeyError):
        today = now.date()
    bundles = agreements.bundles()
    groups = tuple(agreement_summary(b, now, today) for b in bundles)
    titles = {b.agreement.id: b.agreement.title for b in bundles}
    steering = agreements.steering_meetings()
    counts: dict[str, int] = {}
    for group in groups:
        counts[group.status] = counts.get(group.status, 0) + 1
    next_meetings = tuple(
        UpcomingMeeting(m, titles.get(m.agreement_id or "", "")) for m in upcoming(agreements.meetings, now)
    )
    return FollowupSummary(
        workshop_id=workshop.id,
        title=workshop.title,
        municipality=workshop.municipality,
        date=workshop.date,
        agreements=groups,
        steering_last=last_held(steering),
        steering_next=next_meeting(steering, now),
        steering_members=len(agreements.steering_members),
        next_meetings=next_meetings,
        meetings_held=len(held_meetings(agreements.meetings)),
        minutes=minutes_version((followup or FollowupData()).revisions),
        counts_by_status=counts,
    )


def day_is_past(workshop: Workshop, now: dt.datetime | None = None) -> bool:
    """Whether the workshop's day is over (in its time zone; the day it ends, for one that runs past midnight).

    The file then opens on the follow-up section.
    """
    now = now or dt.datetime.now(dt.UTC)
    try:
        zone = ZoneInfo(workshop.timezone)
    except (ValueError, KeyError):
        return now.date() > workshop.date
    return now.astimezone(zone).date() > workshop_end_utc(workshop).astimezone(zone).date()


def long_over(workshop: Workshop, now: dt.datetime | None = None) -> bool:
    """Whether the workshop's planned end lies more than a day back (a clock still "running" then counts nothing down)."""
    now = now or dt.datetime.now(dt.UTC)
    return now - workshop_end_utc(workshop) > dt.timedelta(days=1)
