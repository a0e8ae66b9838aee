"""Planned schedule, plan overrun and end-on-time proposals (zwdesktop.core.schedule)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zwdesktop.core.clock import ClockEvent, compute_state
from zwdesktop.core.schedule import (
    DEFAULT_MINIMUM_MINUTES,
    MINIMUM_MINUTES,
    PlannedSlot,
    Proposal,
    apply_proposal,
    clock_events_for_minutes,
    is_try_out,
    live_schedule,
    minimum_minutes,
    plan_overrun_minutes,
    planned_end_for_clock,
    planned_schedule,
    propose_dropping,
    propose_shortening,
    workshop_end_utc,
    workshop_start_utc,
)
from zwdesktop.core.workshop import PHASES, AgendaItem, Workshop

BERLIN = ZoneInfo("Europe/Berlin")
UTC = dt.UTC

# The typical four-hour plan of DESIGN.md §1, with readable ids.
STANDARD = [
    ("arrival", "arrival", 20),
    ("critique", "critique", 45),
    ("break1", "break", 15),
    ("fantasy", "fantasy", 55),
    ("dots", "other", 10),
    ("break2", "break", 10),
    ("realisation", "realisation", 60),
    ("agreements", "agreements", 20),
    ("closing", "closing", 5),
]


def standard_agenda() -> list[AgendaItem]:
    """Fresh items of the standard 240-minute plan."""
    return [
        AgendaItem(id=item_id, title=item_id, phase=phase, planned_minutes=minutes, position=index)
        for index, (item_id, phase, minutes) in enumerate(STANDARD)
    ]


def workshop_on(day: dt.date, start: dt.time = dt.time(14), end: dt.time = dt.time(18)) -> Workshop:
    """A Berlin workshop on ``day``."""
    return Workshop(title="Zukunftswerkstatt", date=day, start_time=start, end_time=end, timezone="Europe/Berlin")


def by_id(items: list[AgendaItem]) -> dict[str, AgendaItem]:
    """Items keyed by id."""
    return {item.id: item for item in items}


# --- planned schedule -------------------------------------------------------------------------------


def test_standard_plan_from_14_00_berlin() -> None:
    workshop = workshop_on(dt.date(2026, 5, 16))
    start = workshop_start_utc(workshop)
    assert start == dt.datetime(2026, 5, 16, 12, 0, tzinfo=UTC)  # summer time, UTC+2
    assert workshop_end_utc(workshop) == dt.datetime(2026, 5, 16, 16, 0, tzinfo=UTC)

    slots = planned_schedule(start.astimezone(BERLIN), standard_agenda())
    wall = [(slot.item_id, slot.start.strftime("%H:%M"), slot.end.strftime("%H:%M")) for slot in slots]
    assert wall == [
        ("arrival", "14:00", "14:20"),
        ("critique", "14:20", "15:05"),
        ("break1", "15:05", "15:20"),
        ("fantasy", "15:20", "16:15"),
        ("dots", "16:15", "16:25"),
        ("break2", "16:25", "16:35"),
        ("realisation", "16:35", "17:35"),
        ("agreements", "17:35", "17:55"),
        ("closing", "17:55", "18:00"),
    ]
    assert all(slot.start.tzinfo is BERLIN for slot in slots)
    assert slots[0] == PlannedSlot("arrival", start, start + dt.timedelta(minutes=20))
    assert plan_overrun_minutes(workshop, standard_agenda()) == 0


def test_winter_date_is_utc_plus_one() -> None:
    workshop = workshop_on(dt.date(2026, 1, 15))
    assert workshop_start_utc(workshop) == dt.datetime(2026, 1, 15, 13, 0, tzinfo=UTC)
    assert workshop_end_utc(workshop) == dt.datetime(2026, 1, 15, 17, 0, tzinfo=UTC)


def test_overrun_warning_when_the_plan_grows_or_the_day_is_shorter() -> None:
    items = standard_agenda()
    by_id(items)["fantasy"].planned_minutes = 65
    workshop = workshop_on(dt.date(2026, 5, 16))
    assert plan_overrun_minutes(workshop, items) == 10
    # Weingarten ran 09:30-15:00: this plan (250 min) then leaves 80 minutes free.
    assert plan_overrun_minutes(workshop_on(dt.date(2026, 5, 16), dt.time(9, 30), dt.time(15)), items) == -80
    assert plan_overrun_minutes(workshop_on(dt.date(2026, 5, 16), dt.time(14), dt.time(17, 30)), items) == 40
    assert plan_overrun_minutes(workshop, []) == -240


def test_end_before_start_is_next_day() -> None:
    workshop = workshop_on(dt.date(2026, 5, 16), dt.time(22), dt.time(2))
    assert workshop_end_utc(workshop) == dt.datetime(2026, 5, 17, 0, 0, tzinfo=UTC)
    assert plan_overrun_minutes(workshop, standard_agenda()) == 0


def test_spring_forward_night_has_an_hour_less() -> None:
    # 29 March 2026: 02:00 CET becomes 03:00 CEST. 00:30-04:30 on the wall is three real hours.
    workshop = workshop_on(dt.date(2026, 3, 29), dt.time(0, 30), dt.time(4, 30))
    assert workshop.planned_minutes == 240  # the naive wall-clock difference ...
    assert workshop_start_utc(workshop) == dt.datetime(2026, 3, 28, 23, 30, tzinfo=UTC)
    assert workshop_end_utc(workshop) == dt.datetime(2026, 3, 29, 2, 30, tzinfo=UTC)
    assert plan_overrun_minutes(workshop, standard_agenda()) == 60  # ... but the plan needs 60 more
    slots = planned_schedule(workshop_start_utc(workshop).astimezone(BERLIN), standard_agenda())
    # Critique 00:50-01:35 CET, break 01:35 CET to 01:50, fantasy 01:50 CET + 55 min = 03:45 CEST.
    fantasy = slots[3]
    assert (fantasy.start.strftime("%H:%M %Z"), fantasy.end.strftime("%H:%M %Z")) == ("01:50 CET", "03:45 CEST")
    # Python subtracts two datetimes of one zone on the wall clock (1:55); in UTC it is the real 55 minutes.
    assert fantasy.end - fantasy.start == dt.timedelta(minutes=115)
    assert fantasy.end.astimezone(UTC) - fantasy.start.astimezone(UTC) == dt.timedelta(minutes=55)
    assert slots[-1].end.strftime("%H:%M") == "05:30"


def test_fall_back_night_has_an_hour_more() -> None:
    workshop = workshop_on(dt.date(2026, 10, 25), dt.time(0, 30), dt.time(4, 30))
    assert plan_overrun_minutes(workshop, standard_agenda()) == -60
    slots = planned_schedule(workshop_start_utc(workshop).astimezone(BERLIN), standard_agenda())
    assert slots[-1].end.strftime("%H:%M") == "03:30"
    # Day-time workshop on the day of the change: 14:00 is already CET (UTC+1).
    assert workshop_start_utc(workshop_on(dt.date(2026, 10, 25))) == dt.datetime(2026, 10, 25, 13, 0, tzinfo=UTC)


def test_planned_schedule_needs_an_aware_start() -> None:
    with pytest.raises(ValueError):
        planned_schedule(dt.datetime(2026, 5, 16, 14, 0), standard_agenda())
    assert planned_schedule(dt.datetime(2026, 5, 16, 14, 0, tzinfo=UTC), []) == []


# --- shortening -------------------------------------------------------------------------------------


def remaining_after_fantasy() -> list[AgendaItem]:
    """The items that follow the fantasy phase in the standard plan."""
    return standard_agenda()[4:]


def test_minimums() -> None:
    assert MINIMUM_MINUTES["break"] == 5
    assert MINIMUM_MINUTES["agreements"] == 10
    assert set(MINIMUM_MINUTES) == set(PHASES)
    assert minimum_minutes(AgendaItem(phase="break", planned_minutes=3)) == 3  # never more than it has
    assert minimum_minutes(AgendaItem(phase="unknown", planned_minutes=30)) == DEFAULT_MINIMUM_MINUTES


def test_shortening_in_proportion_saves_exactly() -> None:
    # Spare above the minimums: dots 5, break 5, realisation 50, agreements 10, closing 0 (70 in all).
    # 15 of 70: shares 1.07, 1.07, 10.71, 2.14, 0 -> floors 14, the last minute to realisation (.71).
    proposal = propose_shortening(remaining_after_fantasy(), 15)
    assert proposal == Proposal(
        new_minutes={"dots": 9, "break2": 9, "realisation": 49, "agreements": 18},
        dropped=(),
        saved_minutes=15,
        feasible=True,
        shortfall_minutes=0,
    )


def test_shortening_down_to_the_minimums() -> None:
    proposal = propose_shortening(remaining_after_fantasy(), 70)
    assert proposal.new_minutes == {"dots": 5, "break2": 5, "realisation": 10, "agreements": 10}
    assert (proposal.saved_minutes, proposal.feasible, proposal.shortfall_minutes) == (70, True, 0)


def test_shortening_infeasible_saves_what_it_can() -> None:
    proposal = propose_shortening(remaining_after_fantasy(), 85)
    assert proposal.new_minutes == {"dots": 5, "break2": 5, "realisation": 10, "agreements": 10}
    assert (proposal.saved_minutes, proposal.feasible, proposal.shortfall_minutes) == (70, False, 15)
    nothing_to_give = [AgendaItem(id="b", phase="break", planned_minutes=5), AgendaItem(id="c", phase="closing")]
    nothing_to_give[1].planned_minutes = 4
    assert propose_shortening(nothing_to_give, 3) == Proposal({}, (), 0, False, 3)


def test_shortening_nothing_to_save() -> None:
    assert propose_shortening(remaining_after_fantasy(), 0) == Proposal()
    assert propose_shortening(remaining_after_fantasy(), -5) == Proposal()
    assert propose_shortening([], 0) == Proposal()


def test_shortening_rounding_tie_goes_to_the_earlier_item() -> None:
    items = [AgendaItem(id=name, phase="fantasy", planned_minutes=30) for name in ("a", "b", "c")]
    assert propose_shortening(items, 1).new_minutes == {"a": 29}
    assert propose_shortening(items, 2).new_minutes == {"a": 29, "b": 29}
    assert propose_shortening(items, 4).new_minutes == {"a": 28, "b": 29, "c": 29}


def test_apply_proposal_leaves_the_originals() -> None:
    items = remaining_after_fantasy()
    proposal = propose_shortening(items, 15)
    applied = apply_proposal(items, proposal)
    assert [item.planned_minutes for item in applied] == [9, 9, 49, 18, 5]
    assert [item.planned_minutes for item in items] == [10, 10, 60, 20, 5]
    assert [item.id for item in applied] == [item.id for item in items]


# --- dropping ---------------------------------------------------------------------------------------


def test_dropping_chosen_items() -> None:
    items = remaining_after_fantasy()
    proposal = propose_dropping(items, {"break2", "dots", "not-an-item"}, 15)
    assert proposal == Proposal(
        new_minutes={"dots": 0, "break2": 0}, dropped=("dots", "break2"), saved_minutes=20, feasible=True
    )
    assert [item.planned_minutes for item in apply_proposal(items, proposal)] == [0, 0, 60, 20, 5]


def test_dropping_not_enough() -> None:
    proposal = propose_dropping(remaining_after_fantasy(), ["closing"], 15)
    assert proposal.dropped == ("closing",)
    assert (proposal.saved_minutes, proposal.feasible, proposal.shortfall_minutes) == (5, False, 10)
    assert propose_dropping(remaining_after_fantasy(), [], 0) == Proposal()


# --- properties -------------------------------------------------------------------------------------

agenda_items = st.lists(
    st.tuples(st.sampled_from([*PHASES, "mystery"]), st.integers(min_value=0, max_value=180)),
    max_size=12,
).map(lambda rows: [AgendaItem(id=f"i{n}", phase=p, planned_minutes=m) for n, (p, m) in enumerate(rows)])


@given(items=agenda_items, wanted=st.integers(min_value=-10, max_value=1500))
def test_shortening_properties(items: list[AgendaItem], wanted: int) -> None:
    proposal = propose_shortening(items, wanted)
    possible = sum(item.planned_minutes - minimum_minutes(item) for item in items)
    required = max(0, wanted)
    saved = min(required, possible)
    assert proposal.saved_minutes == saved
    assert proposal.feasible == (saved == required)
    assert proposal.shortfall_minutes == required - saved
    assert proposal.dropped == ()
    cuts = {}
    for item in items:
        new = proposal.new_minutes.get(item.id, item.planned_minutes)
        assert minimum_minutes(item) <= new <= item.planned_minutes
        cuts[item.id] = item.planned_minutes - new
        assert item.id not in proposal.new_minutes or new != item.planned_minutes  # only changed items
    assert sum(cuts.values()) == saved
    if possible:
        # Proportional: every item's cut is within one minute of its exact share.
        for item in items:
            share = Fraction(saved * (item.planned_minutes - minimum_minutes(item)), possible)
            assert abs(cuts[item.id] - share) < 1


@given(items=agenda_items, data=st.data(), wanted=st.integers(min_value=0, max_value=1500))
def test_dropping_properties(items: list[AgendaItem], data: st.DataObject, wanted: int) -> None:
    chosen = data.draw(st.sets(st.sampled_from([item.id for item in items]))) if items else set()
    proposal = propose_dropping(items, chosen, wanted)
    freed = sum(item.planned_minutes for item in items if item.id in chosen)
    assert proposal.saved_minutes == freed
    assert proposal.feasible == (freed >= wanted)
    assert proposal.shortfall_minutes == max(0, wanted - freed)
    assert set(proposal.dropped) == chosen
    assert all(minutes == 0 for minutes in proposal.new_minutes.values())


# ---- the workshop's day and try-outs ----------------------------------------------------------


def _day_workshop(**changes: object) -> Workshop:
    values: dict[str, object] = {
        "date": dt.date(2026, 11, 25),
        "start_time": dt.time(14, 0),
        "end_time": dt.time(18, 0),
        "timezone": "Europe/Berlin",
    }
    values.update(changes)
    return Workshop(**values)  # type: ignore[arg-type]


def test_a_clock_started_on_another_day_is_a_try_out() -> None:
    workshop = _day_workshop()
    rehearsal = dt.datetime(2026, 11, 20, 9, 7, tzinfo=dt.UTC)  # 10:07 in Berlin, five days early
    events = [ClockEvent(kind="started", at=rehearsal)]
    later = rehearsal + dt.timedelta(minutes=30)
    assert is_try_out(workshop, events, later)
    # Measured against the plan moved to the try-out's start: four hours from 10:07.
    assert planned_end_for_clock(workshop, events, later) == rehearsal + dt.timedelta(hours=4)
    assert clock_events_for_minutes(workshop, events) == []
    # Not started: on another day there is no plan to be behind; on the day, the workshop's end.
    assert planned_end_for_clock(workshop, [], later) is None
    on_the_day = dt.datetime(2026, 11, 25, 12, 50, tzinfo=dt.UTC)
    assert not is_try_out(workshop, [], on_the_day)
    assert planned_end_for_clock(workshop, [], on_the_day) == dt.datetime(2026, 11, 25, 17, 0, tzinfo=dt.UTC)
    real = [ClockEvent(kind="started", at=on_the_day)]
    assert clock_events_for_minutes(workshop, real) == real
    # A workshop past midnight: a start just after midnight (Berlin) is still its day.
    late = _day_workshop(start_time=dt.time(20, 0), end_time=dt.time(0, 30))
    after_midnight = dt.datetime(2026, 11, 25, 23, 10, tzinfo=dt.UTC)  # 00:10 on the 26th in Berlin
    assert not is_try_out(late, [ClockEvent(kind="started", at=after_midnight)], after_midnight)


def test_the_live_schedule_follows_on_from_the_current_item() -> None:
    workshop = _day_workshop()
    items = [AgendaItem(title=name, planned_minutes=m) for name, m in (("A", 20), ("B", 40), ("C", 60), ("D", 120))]
    start = workshop_start_utc(workshop)
    events = [ClockEvent(kind="started", at=start)]
    now = start + dt.timedelta(minutes=35)  # A is 15 minutes over
    state = compute_state(items, events, now, workshop_end_utc(workshop))
    slots = live_schedule(start, items, state)
    assert slots[0].start == start and slots[0].end == start + dt.timedelta(minutes=20)  # running: as planned
    assert slots[1].start == now  # B comes when A ends, now
    assert slots[3].end == workshop_end_utc(workshop) + dt.timedelta(minutes=15)
    assert slots[3].end - workshop_end_utc(workshop) == dt.timedelta(seconds=state.delay_seconds or 0)
    # Ahead of plan nothing is shown earlier than planned.
    early = compute_state(items, events, start + dt.timedelta(minutes=1), workshop_end_utc(workshop))
    assert live_schedule(start, items, early) == planned_schedule(start, items)
