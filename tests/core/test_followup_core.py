"""The follow-up's rules: progress, overdue steps, next meetings, a meeting's outcome, the minutes' version."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from zwdesktop.core.agreements import (
    Agreement,
    AgreementBundle,
    AgreementsData,
    Meeting,
    Member,
    SteeringMember,
    Step,
    check_meeting,
)
from zwdesktop.core.followup import (
    MeetingNote,
    MeetingRecord,
    MinutesRevision,
    check_after_workshop,
    check_outcome,
    check_record,
    check_ticked_counted,
    people_of,
)
from zwdesktop.core.followup_progress import (
    day_is_past,
    followup_summary,
    is_overdue,
    minutes_version,
    next_meeting,
    overdue_steps,
    progress,
    upcoming,
)
from zwdesktop.core.workshop import Workshop

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
TODAY = NOW.date()
STATES = ("open", "started", "done", "dropped")

steps = st.lists(
    st.builds(
        Step,
        state=st.sampled_from(STATES),
        due=st.none() | st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31)),
        position=st.integers(0, 50),
    ),
    max_size=30,
)
instants = st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2027, 12, 31)).map(lambda d: d.replace(tzinfo=dt.UTC))
meetings = st.lists(
    st.builds(
        lambda start, status: Meeting(starts_at=start, ends_at=start + dt.timedelta(hours=2), status=status),
        instants,
        st.sampled_from(("planned", "held", "cancelled")),
    ),
    max_size=20,
)


@given(steps)
def test_progress_counts_done_steps_of_all_but_the_dropped_ones(found: list[Step]) -> None:
    result = progress(found)
    assert result.total == sum(1 for s in found if s.state != "dropped")
    assert result.done == sum(1 for s in found if s.state == "done")
    assert 0 <= result.done <= result.total
    assert 0 <= result.percent <= 100
    assert (result.percent == 100) == (result.total > 0 and result.done == result.total)  # at most 30 steps here


def test_progress_of_a_group_without_steps_is_none_of_none() -> None:
    assert (progress([]).done, progress([]).total, progress([]).percent) == (0, 0, 0)
    assert progress([Step(state="dropped")]).total == 0


@given(steps)
def test_a_step_is_overdue_exactly_when_its_due_date_passed_and_it_is_still_to_do(found: list[Step]) -> None:
    late = overdue_steps(found, TODAY)
    for step in found:
        expected = step.due is not None and step.due < TODAY and step.state in ("open", "started")
        assert is_overdue(step, TODAY) == expected
        assert (step in late) == expected
    dues = [s.due or TODAY for s in late]
    assert dues == sorted(dues)  # earliest first


def test_a_step_due_today_is_not_overdue_yet() -> None:
    assert not is_overdue(Step(due=TODAY), TODAY)
    assert is_overdue(Step(due=TODAY - dt.timedelta(days=1), state="started"), TODAY)
    assert not is_overdue(Step(due=TODAY - dt.timedelta(days=1), state="done"), TODAY)


@given(meetings)
def test_the_next_meeting_is_the_earliest_planned_one_still_ahead(found: list[Meeting]) -> None:
    ahead = upcoming(found, NOW)
    assert all(m.status == "planned" and m.starts_at >= NOW for m in ahead)
    assert [m.starts_at for m in ahead] == sorted(m.starts_at for m in ahead)
    assert len(ahead) == sum(1 for m in found if m.status == "planned" and m.starts_at >= NOW)
    first = next_meeting(found, NOW)
    assert first == (ahead[0] if ahead else None)


@given(
    st.sampled_from(("planned", "held", "cancelled")),
    st.none() | instants,
    st.integers(-5, 12000),
)
def test_a_meeting_outcome_is_refused_when_held_in_the_future_without_a_date_or_with_bad_counts(
    status: str, start: dt.datetime | None, count: int
) -> None:
    found = check_outcome(status, start, {"count_staff": count}, NOW)
    if status == "held" and start is None:
        assert found is not None and found[0] == "date" and found[1].code == "held_needs_date"
    elif status == "held" and start is not None and start > NOW:
        assert found is not None and found[0] == "date" and found[1].code == "held_in_future"
    elif not 0 <= count <= 9999:
        assert found is not None and found[0] == "count_staff" and found[1].params == {"max": 9999}
    else:
        assert found is None


def test_counts_are_whole_numbers_and_the_stored_meeting_keeps_the_same_rule() -> None:
    assert check_outcome("held", NOW, {"count_other": 9999}, NOW) is None
    assert check_outcome("held", NOW, {"count_other": 10000}, NOW) is not None
    assert check_outcome("held", NOW, {"count_other": True}, NOW) is not None
    meeting = Meeting(starts_at=NOW, ends_at=NOW + dt.timedelta(hours=1), count_volunteers=10000)
    assert check_meeting(meeting) is not None and check_meeting(meeting)[0] == "count_volunteers"  # type: ignore[index]


revisions = st.lists(
    st.builds(
        MinutesRevision,
        kind=st.sampled_from(("correction", "approval")),
        day=st.dates(dt.date(2026, 6, 1), dt.date(2026, 12, 31)),
        what=st.just("Tippfehler"),
    ),
    max_size=12,
)


@given(revisions)
def test_each_correction_makes_a_new_version_and_only_a_later_approval_approves_it(
    found: list[MinutesRevision],
) -> None:
    version = minutes_version(found)
    corrections = [r for r in found if r.kind == "correction"]
    assert version.number == 1 + len(corrections)
    ordered = sorted(found, key=lambda r: (r.day, r.created_at, r.id))
    last = ordered[-1] if ordered else None
    assert version.approved == (last is not None and last.kind == "approval")
    if version.approved:
        assert version.approval is last


def test_the_evening_minutes_are_a_draft_of_version_one() -> None:
    version = minutes_version([])
    assert (version.number, version.approved) == (1, False)


def _record(**meeting: object) -> MeetingRecord:
    start = meeting.pop("starts_at", NOW - dt.timedelta(days=2))
    assert isinstance(start, dt.datetime)
    return MeetingRecord(Meeting(starts_at=start, ends_at=start + dt.timedelta(hours=2), **meeting))  # type: ignore[arg-type]


def test_a_recorded_meeting_is_checked_whole() -> None:
    assert check_record(_record(status="held", count_staff=3), NOW) is None
    found = check_record(_record(status="held", starts_at=NOW + dt.timedelta(hours=1)), NOW)
    assert found is not None and found[1].code == "held_in_future"
    record = _record(status="held")
    record.notes.append(MeetingNote(kind="decision", text="  "))
    assert check_record(record, NOW) == ("note.text", check_record(record, NOW)[1])  # type: ignore[index]
    record = _record(status="held")
    start = NOW - dt.timedelta(days=1)
    record.next_meeting = Meeting(starts_at=start, ends_at=start + dt.timedelta(hours=1))
    found = check_record(record, NOW)
    assert found is not None and found[0] == "next.date" and found[1].code == "next_in_past"


def test_the_people_to_name_are_those_with_consent_own_group_first() -> None:
    group, other = Agreement(title="Sprachcafé", position=0), Agreement(title="Fest", position=1)
    data = AgreementsData(
        agreements=[group, other],
        members=[
            Member(agreement_id=other.id, name="Olga", consent_text="ja", consent_at="2026-10-01T10:00:00+00:00"),
            Member(agreement_id=group.id, name="Ahmad", consent_text="ja", consent_at="2026-10-01T10:00:00+00:00"),
            Member(agreement_id=group.id, name="Ohne Einwilligung"),
        ],
        steering_members=[SteeringMember(name="Eva", consent_text="ja", consent_at="2026-10-01T10:00:00+00:00")],
    )
    assert [p.name for p in people_of(data, group.id)] == ["Ahmad", "Eva", "Olga"]
    assert [p.name for p in people_of(data, None)] == ["Eva", "Ahmad", "Olga"]


def _meeting(agreement_id: str | None, days: int, **kw: object) -> Meeting:
    start = NOW + dt.timedelta(days=days)
    return Meeting(agreement_id=agreement_id, starts_at=start, ends_at=start + dt.timedelta(hours=2), **kw)  # type: ignore[arg-type]


def test_one_workshops_summary_flags_groups_without_a_held_meeting_and_lists_the_next_meetings() -> None:
    workshop = Workshop(title="Aulendorf", date=dt.date(2026, 10, 10), timezone="Europe/Berlin")
    cafe = Agreement(title="Sprachcafé", status="active", position=0)
    fest = Agreement(title="Fest", position=1)
    paused = Agreement(title="Treff", status="paused", position=2)
    held = _meeting(cafe.id, -20, status="held")
    soon = _meeting(cafe.id, 5)
    steering = _meeting(None, 2)
    data = AgreementsData(
        agreements=[cafe, fest, paused],
        steps=[
            Step(agreement_id=cafe.id, what="Raum", state="done"),
            Step(agreement_id=cafe.id, what="Flyer", due=TODAY - dt.timedelta(days=3)),
        ],
        meetings=[held, soon, steering],
    )
    summary = followup_summary(workshop, data, None, NOW)
    by_title = {a.title: a for a in summary.agreements}
    assert (by_title["Sprachcafé"].progress.done, by_title["Sprachcafé"].progress.total) == (1, 2)
    assert [s.what for s in by_title["Sprachcafé"].overdue] == ["Flyer"]
    assert by_title["Sprachcafé"].last_meeting == held and by_title["Sprachcafé"].next_meeting == soon
    assert [a.needs_meeting for a in summary.agreements] == [False, True, False]
    assert [u.meeting for u in summary.next_meetings] == [steering, soon]
    assert [u.group for u in summary.next_meetings] == ["", "Sprachcafé"]
    assert summary.steering_next == steering and summary.meetings_held == 1 and summary.overdue_steps == 1
    assert summary.groups_started == 1 and not summary.minutes.approved


def test_the_workshop_day_is_past_from_the_next_day_in_its_own_time_zone() -> None:
    workshop = Workshop(date=dt.date(2026, 10, 10), timezone="Europe/Berlin")
    assert not day_is_past(workshop, dt.datetime(2026, 10, 10, 21, 59, tzinfo=dt.UTC))  # 23:59 in Berlin
    assert day_is_past(workshop, dt.datetime(2026, 10, 10, 22, 0, tzinfo=dt.UTC))  # midnight in Berlin


def test_a_bundle_counts_only_its_own_steps() -> None:
    agreement = Agreement(title="x")
    bundle = AgreementBundle(agreement, [Step(agreement_id=agreement.id, what="a", state="done")])
    assert progress(bundle.steps).done == 1


def test_a_workshop_past_midnight_is_over_the_day_it_ends_and_long_over_a_day_later() -> None:
    from zwdesktop.core.followup_progress import long_over

    workshop = Workshop(date=dt.date(2026, 10, 10), start_time=dt.time(20, 0), end_time=dt.time(1, 0),
                        timezone="Europe/Berlin")  # fmt: skip
    assert not day_is_past(workshop, dt.datetime(2026, 10, 11, 12, 0, tzinfo=dt.UTC))  # it ended that night
    assert day_is_past(workshop, dt.datetime(2026, 10, 11, 22, 30, tzinfo=dt.UTC))
    assert not long_over(workshop, dt.datetime(2026, 10, 11, 12, 0, tzinfo=dt.UTC))
    assert long_over(workshop, dt.datetime(2026, 10, 12, 12, 0, tzinfo=dt.UTC))


def test_a_follow_up_meeting_lies_after_the_workshop() -> None:
    workshop_day = dt.date(2026, 12, 3)
    found = check_after_workshop(dt.date(2026, 12, 2), workshop_day)
    assert found is not None and found[0] == "date" and found[1].code == "meeting_before_workshop"
    assert check_after_workshop(workshop_day, workshop_day) is None
    assert check_after_workshop(dt.date(2027, 2, 12), workshop_day) is None


def test_a_held_meetings_counts_take_in_those_ticked_as_having_come() -> None:
    found = check_ticked_counted("held", {"count_staff": 0, "count_volunteers": 0, "count_other": 0}, 3)
    assert found is not None and found[0] == "count_staff"
    assert found[1].code == "fewer_counted_than_ticked" and found[1].params == {"ticked": 3, "counted": 0}
    assert check_ticked_counted("held", {"count_staff": 1, "count_volunteers": 2, "count_other": 0}, 3) is None
    assert check_ticked_counted("cancelled", {}, 3) is None  # nobody came to a meeting that did not take place
