"""The county view: several workshops side by side, their recurring topics, totals and next dates.

:func:`workshop_facts` reduces one workshop (its :class:`~.exchange.ExchangeData`)
to what the county office compares and publishes — and nothing personal: the
contact persons as their role only, counts instead of people, and every free
text kept scrubbed of the people the file names (:mod:`.county_privacy`).
:func:`county_overview` puts the facts of several workshops together.

Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

from msgspec import Struct, field
from msgspec.structs import replace

from .agreements import STATUSES, AgreementBundle, AgreementsData, Meeting, MeetingStatus
from .county_privacy import People, people_of
from .county_topics import Mention, Topic, TopicEdit, apply_edits, propose_topics
from .exchange import ExchangeData
from .followup_progress import agreement_summary
from .press_facts import top_topics

HELD = MeetingStatus.HELD.value
CANCELLED = MeetingStatus.CANCELLED.value
PLANNED = MeetingStatus.PLANNED.value
STEERING = "steering"  # the group of a steering-group meeting
TOP_TOPICS_SHOWN = 5


class MeetingFact(Struct, frozen=True):
    """A follow-up meeting of a project group or of the steering group (``group`` empty for the steering group)."""

    id: str
    workshop: str  # the workshop's key
    municipality: str
    group: str  # the project's title; "" for the steering group
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str
    purpose: str
    state: str  # planned, held or cancelled
    attendance: int  # how many came (a held meeting; 0 otherwise)
    first: bool  # the group's first meeting
    updated_at: str
    timezone: str

    @property
    def steering(self) -> bool:
        """Whether it is a meeting of the steering group."""
        return not self.group


class ProjectFact(Struct, frozen=True):
    """A project group (agreement) as the county sees it: status, progress, meetings, the contact's role."""

    id: str
    title: str
    goal: str
    status: str
    steps_total: int
    steps_done: int
    steps_overdue: int
    meetings_held: int
    last_meeting: dt.datetime | None
    next_meeting: dt.datetime | None
    needs_meeting: bool  # planned or active, and no meeting held yet ("zeitnah erstes Folgetreffen")
    contact_role: str

    @property
    def progress(self) -> float | None:
        """Steps done of all (0.0–1.0); None without steps."""
        return self.steps_done / self.steps_total if self.steps_total else None


class WorkshopFacts(Struct, frozen=True):
    """One workshop file, reduced to what the county compares (no personal data)."""

    key: str  # the workshop's id
    source: str  # the file it was read from
    title: str
    municipality: str
    county: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    timezone: str
    guiding_question: str
    venue: str
    contact_role: str
    funder_line: str
    count_staff: int
    count_volunteers: int
    count_other: int
    ideas: int
    clusters: tuple[str, ...]
    top_topics: tuple[str, ...]
    projects: tuple[ProjectFact, ...]
    steering_size: int
    steering_roles: tuple[tuple[str, int], ...]  # (role, count) for staff, volunteer, other
    mailing_size: int
    meetings: tuple[MeetingFact, ...]  # every meeting, of the groups and of the steering group, by start
    mentions: tuple[Mention, ...]  # the cluster names and project titles recurring topics are found in
    last_change: str  # the latest change of anything read (UTC ISO 8601): of two copies, the newer

    @property
    def participants(self) -> int:
        """Everyone counted at the workshop."""
        return self.count_staff + self.count_volunteers + self.count_other

    @property
    def name(self) -> str:
        """The municipality, else the title: how the county names the workshop."""
        return self.municipality or self.title

    def status_counts(self) -> dict[str, int]:
        """Projects per status, in the order of the statuses (only those that occur)."""
        found = Counter(p.status for p in self.projects)
        return {status: found[status] for status in STATUSES if found[status]}

    def held_meetings(self) -> list[MeetingFact]:
        """The meetings that took place."""
        return [m for m in self.meetings if m.state == HELD]

    def upcoming(self, now: dt.datetime) -> list[MeetingFact]:
        """The planned meetings that have not begun, earliest first (as :func:`.followup_progress.upcoming`)."""
        return [m for m in self.meetings if m.state == PLANNED and m.starts_at >= now]

    def unrecorded(self, now: dt.datetime) -> list[MeetingFact]:
        """Planned meetings whose time has come without being recorded as held or cancelled."""
        return [m for m in self.meetings if m.state == PLANNED and m.starts_at < now]

    def steering_next(self, now: dt.datetime) -> MeetingFact | None:
        """The steering group's next meeting."""
        return next((m for m in self.upcoming(now) if m.steering), None)


def meeting_state(meeting: Meeting) -> str:
    """Planned, held or cancelled, as recorded at the follow-up (a past meeting nobody recorded stays planned)."""
    return meeting.status if meeting.status in (HELD, CANCELLED) else PLANNED


def workshop_facts(data: ExchangeData, source: str, now: dt.datetime) -> WorkshopFacts:
    """The county's facts of one workshop (``now``: an aware instant, what "held" and "next" are measured from)."""
    workshop = data.workshop
    people = people_of(workshop, data.agreements)
    clean = people.scrub
    name = workshop.municipality or workshop.title
    meetings = _meetings(data.agreements, workshop.id, clean(name), workshop.timezone, people)
    projects = tuple(_project(bundle, people, now) for bundle in data.agreements.bundles())
    roles = Counter(m.role for m in data.agreements.steering_members)
    visible_ideas = sum(1 for idea in data.ideas if idea.visible)
    clusters = [c for c in sorted(data.clusters, key=lambda c: (c.position, c.id)) if not c.deleted]
    mentions = [
        Mention(f"{workshop.id}:cluster:{c.id}", workshop.id, clean(name), "cluster", clean(c.name)) for c in clusters
    ]
    mentions += [
        Mention(f"{workshop.id}:agreement:{p.id}", workshop.id, clean(name), "agreement", p.title) for p in projects
    ]
    return WorkshopFacts(
        key=workshop.id,
        source=source,
        title=clean(workshop.title),
        municipality=clean(workshop.municipality),
        county=clean(workshop.county),
        date=workshop.date,
        start_time=workshop.start_time,
        end_time=workshop.end_time,
        timezone=workshop.timezone,
        guiding_question=clean(workshop.guiding_question),
        venue=clean(workshop.venue_name),
        contact_role=clean(workshop.contact_role),
        funder_line=clean(workshop.funder_line),
        count_staff=workshop.count_staff,
        count_volunteers=workshop.count_volunteers,
        count_other=workshop.count_other,
        ideas=visible_ideas,
        clusters=tuple(clean(c.name) for c in clusters),
        top_topics=tuple(clean(t) for t in top_topics(data.votes)),
        projects=projects,
        steering_size=len(data.agreements.steering_members),
        steering_roles=tuple((role, roles[role]) for role in ("staff", "volunteer", "other")),
        mailing_size=len(data.agreements.signups),
        meetings=meetings,
        mentions=tuple(m for m in mentions if m.text.strip()),
        last_change=_last_change(data),
    )


def _last_change(data: ExchangeData) -> str:
    a = data.agreements
    rows: list[object] = [data.workshop, *data.ideas, *data.clusters, *a.agreements, *a.steps, *a.meetings]
    rows += [*a.members, *a.steering_members, *a.signups, *data.votes.rounds, *data.votes.options]
    stamps = [str(getattr(row, "updated_at", "")) for row in rows]
    return max(dt.datetime.fromisoformat(s).astimezone(dt.UTC).isoformat() for s in stamps if s)


def _meetings(data: AgreementsData, key: str, municipality: str, zone: str, people: People) -> tuple[MeetingFact, ...]:
    titles = {a.id: people.scrub(a.title) for a in data.agreements}
    found = []
    firsts: set[str] = set()
    for meeting in sorted(data.meetings, key=lambda m: (m.starts_at, m.id)):
        group = meeting.agreement_id or ""
        first = group not in firsts
        firsts.add(group)
        place = ", ".join(p for p in (meeting.place.strip(), " ".join(meeting.address.split())) if p)
        found.append(
            MeetingFact(
                id=meeting.id,
                workshop=key,
                municipality=municipality,
                group=titles.get(group, "") if group else "",
                starts_at=meeting.starts_at,
                ends_at=meeting.ends_at,
                place=people.scrub(place),
                purpose=people.scrub(meeting.purpose.strip()),
                state=meeting_state(meeting),
                attendance=meeting.attendance if meeting.status == HELD else 0,
                first=first,
                updated_at=meeting.updated_at,
                timezone=zone,
            )
        )
    return tuple(found)


def _project(bundle: AgreementBundle, people: People, now: dt.datetime) -> ProjectFact:
    agreement = bundle.agreement
    summary = agreement_summary(bundle, now, now.date())
    return ProjectFact(
        id=agreement.id,
        title=people.scrub(agreement.title),
        goal=people.scrub(agreement.goal),
        status=agreement.status,
        steps_total=summary.progress.total,
        steps_done=summary.progress.done,
        steps_overdue=len(summary.overdue),
        meetings_held=summary.meetings_held,
        last_meeting=summary.last_meeting.starts_at if summary.last_meeting else None,
        next_meeting=summary.next_meeting.starts_at if summary.next_meeting else None,
        needs_meeting=summary.needs_meeting,
        contact_role=people.scrub(agreement.contact_role),
    )


# ---- across the workshops -------------------------------------------------------------


class Totals(Struct, frozen=True):
    """The county's figures over all workshops read."""

    workshops: int
    municipalities: int
    count_staff: int
    count_volunteers: int
    count_other: int
    ideas: int
    projects: int
    projects_by_status: dict[str, int]
    projects_with_meeting: int  # groups that have met at least once
    meetings_held: int
    meeting_attendance: int  # people at the follow-up meetings held, all together
    meetings_upcoming: int
    steering_members: int
    mailing_list: int

    @property
    def participants(self) -> int:
        """Everyone counted at all workshops."""
        return self.count_staff + self.count_volunteers + self.count_other


def totals(workshops: Sequence[WorkshopFacts], now: dt.datetime) -> Totals:
    """The sums over ``workshops``."""
    status: Counter[str] = Counter()
    for w in workshops:
        status.update(p.status for p in w.projects)
    return Totals(
        workshops=len(workshops),
        municipalities=len({w.municipality.casefold() for w in workshops if w.municipality}),
        count_staff=sum(w.count_staff for w in workshops),
        count_volunteers=sum(w.count_volunteers for w in workshops),
        count_other=sum(w.count_other for w in workshops),
        ideas=sum(w.ideas for w in workshops),
        projects=sum(len(w.projects) for w in workshops),
        projects_by_status={s: status[s] for s in STATUSES if status[s]},
        projects_with_meeting=sum(1 for w in workshops for p in w.projects if p.meetings_held),
        meetings_held=sum(len(w.held_meetings()) for w in workshops),
        meeting_attendance=sum(m.attendance for w in workshops for m in w.held_meetings()),
        meetings_upcoming=sum(len(w.upcoming(now)) for w in workshops),
        steering_members=sum(w.steering_size for w in workshops),
        mailing_list=sum(w.mailing_size for w in workshops),
    )


def next_dates(workshops: Iterable[WorkshopFacts], now: dt.datetime) -> list[MeetingFact]:
    """Every upcoming meeting of every group and steering group, earliest first."""
    found = [m for w in workshops for m in w.upcoming(now)]
    return sorted(found, key=lambda m: (m.starts_at, m.municipality.casefold(), m.group.casefold(), m.id))


class LeftOut(Struct, frozen=True):
    """A file that was not read, and why (``problem``: a store error's kind or ``duplicate``; ``detail`` its text)."""

    source: str
    problem: str
    detail: str = ""


class CountyOverview(Struct, frozen=True):
    """Everything the county view shows and exports."""

    workshops: tuple[WorkshopFacts, ...]
    left_out: tuple[LeftOut, ...]
    topics: tuple[Topic, ...]
    proposed: tuple[Topic, ...]  # before the corrections by hand
    totals: Totals
    next_dates: tuple[MeetingFact, ...]
    now: dt.datetime
    edits: tuple[TopicEdit, ...] = field(default=())

    @property
    def funder_lines(self) -> list[str]:
        """The workshops' funder lines, each once, in the workshops' order."""
        return list(dict.fromkeys(w.funder_line.strip() for w in self.workshops if w.funder_line.strip()))

    def with_edits(self, edits: Sequence[TopicEdit]) -> CountyOverview:
        """The same overview with other corrections of the topics."""
        return replace(self, topics=tuple(apply_edits(self.proposed, edits)), edits=tuple(edits))


def sort_workshops(workshops: Iterable[WorkshopFacts]) -> list[WorkshopFacts]:
    """By date, then municipality: the order in which the county held them."""
    return sorted(workshops, key=lambda w: (w.date, w.name.casefold(), w.key))


def county_overview(
    workshops: Iterable[WorkshopFacts],
    left_out: Iterable[LeftOut],
    now: dt.datetime,
    edits: Sequence[TopicEdit] = (),
) -> CountyOverview:
    """The overview of ``workshops`` (``left_out``: the files not read, listed as given)."""
    ordered = tuple(sort_workshops(workshops))
    proposed = tuple(propose_topics([m for w in ordered for m in w.mentions]))
    return CountyOverview(
        workshops=ordered,
        left_out=tuple(left_out),
        topics=tuple(apply_edits(proposed, edits)),
        proposed=proposed,
        totals=totals(ordered, now),
        next_dates=tuple(next_dates(ordered, now)),
        now=now,
        edits=tuple(edits),
    )
