"""The live agenda clock (zwdesktop.core.clock): events in, exact figures out."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import msgspec.structs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from zwdesktop.core.clock import (
    ClockEvent,
    ClockEventKind,
    ClockLevel,
    ClockState,
    ClockStatus,
    FakeClock,
    ItemActual,
    SystemClock,
    TransitionError,
    compute_state,
    countdown_level,
    format_countdown,
    format_delay_minutes,
    minutes_to_save,
    new_event,
    remaining_items,
    validate_transition,
)
from zwdesktop.core.schedule import apply_proposal, propose_shortening, workshop_end_utc, workshop_start_utc
from zwdesktop.core.workshop import AgendaItem, Workshop

UTC = dt.UTC
MINUS = "\u2212"
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
WORKSHOP = Workshop(date=dt.date(2026, 5, 16), start_time=dt.time(14), end_time=dt.time(18), timezone="Europe/Berlin")
START = workshop_start_utc(WORKSHOP)  # 12:00 UTC
END = workshop_end_utc(WORKSHOP)  # 16:00 UTC


def standard_agenda() -> list[AgendaItem]:
    """Fresh items of the standard 240-minute plan."""
    return [
        AgendaItem(id=item_id, title=item_id, phase=phase, planned_minutes=minutes, position=index)
        for index, (item_id, phase, minutes) in enumerate(STANDARD)
    ]


def t(hours: int = 0, minutes: int = 0, seconds: int = 0) -> dt.datetime:
    """An instant relative to the workshop's start."""
    return START + dt.timedelta(hours=hours, minutes=minutes, seconds=seconds)


class Run:
    """A moderator at the laptop: a fake clock, the agenda and the recorded events."""

    def __init__(self, items: list[AgendaItem] | None = None) -> None:
        self.clock = FakeClock(START)
        self.items = standard_agenda() if items is None else items
        self.events: list[ClockEvent] = []

    def at(self, hours: int = 0, minutes: int = 0, seconds: int = 0) -> Run:
        """Set the clock (relative to the workshop start)."""
        self.clock.set(t(hours, minutes, seconds))
        return self

    def state(self) -> ClockState:
        """What the display shows now."""
        return compute_state(self.items, self.events, self.clock.now(), END)

    def act(self, kind: str, **kwargs: Any) -> ClockEvent:
        """Record the moderator's action now, as the GUI would."""
        event = new_event(self.state(), self.items, kind, self.clock.now(), **kwargs)
        self.events.append(event)
        return event


def actual(item_id: str, start: int, end: int | None, running: int, planned: int, extended: int = 0) -> ItemActual:
    """An expected ItemActual, start and end in seconds after the workshop start."""
    return ItemActual(
        item_id,
        START + dt.timedelta(seconds=start),
        None if end is None else START + dt.timedelta(seconds=end),
        running,
        planned,
        extended,
    )


# --- the whole afternoon ------------------------------------------------------------------------------


def test_before_the_start_the_agenda_is_projected_from_the_planned_start_while_that_is_to_come() -> None:
    items = standard_agenda()
    morning = t(-5, -27)
    # Without a planned start, from now: five and a half hours "early".
    assert compute_state(items, [], morning, END).delay_seconds == -(5 * 3600 + 27 * 60)
    # With it: on time, and an agenda longer than the plan shows its surplus.
    assert compute_state(items, [], morning, END, START).delay_seconds == 0
    longer = [*items[:-1], msgspec.structs.replace(items[-1], planned_minutes=15)]
    assert compute_state(longer, [], morning, END, START).delay_seconds == 600
    # Later than the planned start and still not started: from now, the late start is delay.
    assert compute_state(items, [], t(0, 20), END, START).delay_seconds == 1200
    # Once started, the planned start plays no part.
    run = Run()
    run.at(0, 0, 0).act("started")
    assert compute_state(run.items, run.events, t(0, 5), END, START) == compute_state(
        run.items, run.events, t(0, 5), END
    )


def test_four_hour_run_is_exact_to_the_second() -> None:
    run = Run()
    assert run.state().status is ClockStatus.NOT_STARTED
    assert run.state().delay_seconds == 0  # starting on the dot fits the plan exactly

    run.at(0, 0, 0).act("started")
    state = run.state()
    assert (state.status, state.current_item_id, state.current_index) == ("running", "arrival", 0)
    assert state.item_allotted_seconds == 1200

    # Arrival overruns.
    state = run.at(0, 22, 30).state()
    assert state.item_elapsed_seconds == 1350
    assert state.item_remaining_seconds == -150
    assert format_countdown(state.item_remaining_seconds) == f"{MINUS}02:30"
    assert state.level is ClockLevel.ALERT
    assert state.delay_seconds == 150
    assert state.workshop_elapsed_seconds == 1350
    assert state.remaining_to_planned_end_seconds == 14400 - 1350

    run.at(0, 25, 7).act("next")
    run.at(0, 35, 0).act("paused")
    state = run.at(0, 39, 0).state()
    assert (state.status, state.current_item_id) == ("paused", "critique")
    assert state.paused_seconds == 240
    assert state.item_elapsed_seconds == 593  # 25:07 to 35:00
    assert state.item_remaining_seconds == 2700 - 593
    # 39:00 + 2107 s of critique + 175 planned minutes after it = 4:09:07, 547 s past 4:00.
    assert state.delay_seconds == 547
    run.at(0, 40, 0).act("resumed")

    run.at(1, 0, 0).act("extended", seconds=300)
    state = run.state()
    assert (state.item_allotted_seconds, state.item_elapsed_seconds) == (3000, 1793)
    assert state.item_remaining_seconds == 1207

    run.at(1, 20, 7).act("next")  # critique: 593 + 2407 = 3000 s, exactly its extended time
    run.at(1, 35, 7).act("next")  # break: 15:00
    state = run.at(1, 40, 7).state()
    assert (state.current_item_id, state.item_elapsed_seconds) == ("fantasy", 300)
    # 1:40:07 + 50 min of fantasy + 105 planned minutes after it = 4:15:07.
    assert state.delay_seconds == 907
    assert format_delay_minutes(state.delay_seconds) == 15
    assert minutes_to_save(state.delay_seconds) == 16

    # The moderator asks for an end-on-time proposal and accepts it.
    later = remaining_items(state, run.items)
    assert [item.id for item in later] == ["dots", "break2", "realisation", "agreements", "closing"]
    proposal = propose_shortening(later, minutes_to_save(state.delay_seconds))
    assert proposal.new_minutes == {"dots": 9, "break2": 9, "realisation": 48, "agreements": 18}
    run.items = apply_proposal(run.items, proposal)
    state = run.state()
    assert state.delay_seconds == 907 - 960  # 53 s ahead now
    assert format_delay_minutes(state.delay_seconds) == -1

    run.at(2, 30, 7).act("next")  # fantasy: 55:00
    state = run.at(2, 40, 0).state()  # the dot vote (9 min) overruns
    assert (state.current_item_id, state.item_remaining_seconds) == ("dots", 540 - 593)
    assert format_countdown(state.item_remaining_seconds) == f"{MINUS}00:53"
    assert state.level is ClockLevel.ALERT
    run.at(2, 40, 7).act("next")  # dots: 10:00
    run.at(2, 45, 7).act("previous")  # back to the dots for two more minutes
    state = run.state()
    assert (state.current_item_id, state.item_elapsed_seconds, state.item_remaining_seconds) == ("dots", 600, -60)
    run.at(2, 47, 7).act("next")
    state = run.state()
    assert (state.current_item_id, state.item_elapsed_seconds) == ("break2", 300)  # the break carries on
    run.at(2, 51, 7).act("next")  # break 2: 5 + 4 = 9 min

    run.at(3, 15, 0).act("paused")
    run.at(3, 17, 0).act("resumed")
    run.at(3, 41, 7).act("next")  # realisation: 23:53 + 24:07 = 48 min
    state = run.state()
    # 53 s ahead, +3 min dots, +2 min pause: 3:41:07 + 18 + 5 min = 4:04:07.
    assert state.delay_seconds == 247
    run.at(3, 50, 0).act("extended", seconds=120)

    # Four hours after the start.
    state = run.at(4, 0, 0).state()
    assert state.workshop_elapsed_seconds == 14400
    assert state.remaining_to_planned_end_seconds == 0
    assert (state.current_item_id, state.item_allotted_seconds) == ("agreements", 1200)
    assert state.item_elapsed_seconds == 1133
    assert state.item_remaining_seconds == 67
    assert format_countdown(state.item_remaining_seconds) == "01:07"
    assert state.level is ClockLevel.WARNING
    assert state.delay_seconds == 367

    run.at(4, 1, 7).act("next")
    finish = run.at(4, 6, 7).act("next")  # past the last item
    assert finish.kind == "finished"

    state = run.at(4, 30, 0).state()  # the display no longer moves
    assert state.status is ClockStatus.FINISHED
    assert state.finished_at == t(4, 6, 7)
    assert state.current_item_id is None
    assert state.workshop_elapsed_seconds == 14767
    assert state.delay_seconds == 367
    assert state.remaining_to_planned_end_seconds == -367
    assert state.level is ClockLevel.NORMAL
    assert state.actuals == (
        actual("arrival", 0, 1507, 1507, 1200),
        actual("critique", 1507, 4807, 3000, 2700, 300),
        actual("break1", 4807, 5707, 900, 900),
        actual("fantasy", 5707, 9007, 3300, 3300),
        actual("dots", 9007, 10027, 720, 540),
        actual("break2", 9607, 10267, 540, 540),
        actual("realisation", 10267, 13267, 2880, 2880),
        actual("agreements", 13267, 14467, 1200, 1080, 120),
        actual("closing", 14467, 14767, 300, 300),
    )
    # Running time plus the two pauses (5 + 2 min) is the whole afternoon.
    assert sum(a.running_seconds for a in state.actuals) + 420 == state.workshop_elapsed_seconds

    # Kill and restart: the events read back from storage give the very same display.
    stored = [msgspec.structs.asdict(event) for event in run.events]
    reloaded = [ClockEvent(**row) for row in stored]
    assert compute_state(run.items, reloaded, t(4, 30), END) == state
    assert validate_transition(state, "next") == "finished"


def test_suspended_laptop_shows_the_time_gone() -> None:
    run = Run()
    run.at(1, 20, 0).act("started")
    before = run.state()
    # The lid is closed for ten minutes: no event, no tick, only the wall clock moves.
    state = run.at(1, 30, 0).state()
    assert state.item_elapsed_seconds - before.item_elapsed_seconds == 600
    assert state.item_remaining_seconds == 1200 - 600
    assert state.workshop_elapsed_seconds == 600


def test_restart_while_paused_keeps_the_pause() -> None:
    run = Run()
    run.at(0, 0).act("started")
    run.at(0, 5).act("paused")
    state = compute_state(run.items, list(run.events), t(0, 25), END)
    assert (state.status, state.item_elapsed_seconds, state.paused_seconds) == ("paused", 300, 1200)
    assert state.workshop_elapsed_seconds == 1500
    assert state.delay_seconds == 1200  # the pause counts
    run.at(0, 30).act("finished")  # ended during the pause
    state = run.at(1, 0).state()
    assert (state.status, state.paused_seconds, state.workshop_elapsed_seconds) == ("finished", 0, 1800)
    assert state.actuals == (actual("arrival", 0, 1800, 300, 1200),)


# --- moves and robustness -----------------------------------------------------------------------------


def test_previous_at_first_item_stays_and_jump_needs_a_real_item() -> None:
    run = Run()
    run.at(0, 0).act("started")
    state = run.state()
    assert validate_transition(state, "previous") == "at_first_item"
    with pytest.raises(TransitionError) as refused:
        run.act("previous")
    assert refused.value.code == "at_first_item"
    # A previous without target (an older or foreign log) at the first item is ignored.
    run.events.append(ClockEvent(kind="previous", at=t(0, 1)))
    assert run.at(0, 2).state().current_item_id == "arrival"

    assert validate_transition(state, "jumped", item_id="gone") == "unknown_item"
    assert validate_transition(state, "jumped", item_id="arrival") == "same_item"
    run.events.append(ClockEvent(kind="jumped", at=t(0, 3), item_id="gone"))
    assert run.at(0, 4).state().current_item_id == "arrival"
    run.act("jumped", item_id="realisation")
    state = run.at(0, 10).state()
    assert (state.current_item_id, state.current_index, state.item_elapsed_seconds) == ("realisation", 6, 360)
    assert [a.item_id for a in state.actuals] == ["arrival", "realisation"]
    assert state.actuals[0].end == t(0, 4)


def test_validate_transition_codes() -> None:
    items = standard_agenda()
    fresh = compute_state(items, [], t(), END)
    assert validate_transition(fresh, "started") is None
    assert validate_transition(fresh, "paused") == "not_started"
    assert validate_transition(fresh, "finished") == "not_started"
    assert validate_transition(fresh, "teleported") == "unknown_event"
    assert validate_transition(compute_state([], [], t(), END), "started") == "no_items"
    running = compute_state(items, [ClockEvent(kind="started", at=t())], t(0, 1), END)
    assert validate_transition(running, "started") == "already_started"
    assert validate_transition(running, "resumed") == "not_paused"
    assert validate_transition(running, "paused") is None
    assert validate_transition(running, "extended", seconds=0) == "seconds_invalid"
    assert validate_transition(running, "extended", seconds=60) is None
    paused = compute_state(
        items, [ClockEvent(kind="started", at=t()), ClockEvent(kind="paused", at=t(0, 1))], t(0, 2), END
    )
    assert validate_transition(paused, "paused") == "not_running"
    assert validate_transition(paused, "resumed") is None
    assert validate_transition(paused, "next") is None  # moving on during a pause is allowed


def test_invalid_events_in_the_log_are_skipped() -> None:
    items = standard_agenda()
    events = [
        ClockEvent(kind="resumed", at=t(0, 0)),  # before the start
        ClockEvent(kind="started", at=t(0, 0)),
        ClockEvent(kind="started", at=t(0, 5)),  # a second start
        ClockEvent(kind="resumed", at=t(0, 6)),  # not paused
        ClockEvent(kind="extended", at=t(0, 7), item_id="deleted-item", seconds=60),
    ]
    state = compute_state(items, events, t(0, 10), END)
    assert (state.status, state.started_at, state.item_elapsed_seconds) == ("running", t(), 600)
    assert state.item_allotted_seconds == 1200


def test_deleted_items_do_not_crash() -> None:
    run = Run()
    run.at(0, 0).act("started")
    run.at(0, 20).act("next")  # -> critique
    run.at(1, 5).act("next")  # -> break1
    run.at(1, 10).act("extended", seconds=60)
    # The critique block and the running break are deleted afterwards.
    run.items = [item for item in run.items if item.id not in ("critique", "break1")]
    state = run.at(1, 15).state()
    # The recorded targets are gone; the steps fall on the items that closed up the gap.
    assert state.status is ClockStatus.RUNNING
    assert state.current_item_id == "dots"
    assert [a.item_id for a in state.actuals] == ["arrival", "fantasy", "dots"]
    # All items deleted: the clock still runs, showing nothing.
    state = compute_state([], run.events, t(1, 15), END)
    assert (state.status, state.current_item_id, state.item_remaining_seconds) == ("running", None, 0)
    assert state.workshop_elapsed_seconds == 4500


def test_reordering_later_items_does_not_rewrite_history() -> None:
    run = Run()
    run.at(0, 0).act("started")
    run.at(0, 20).act("next")
    run.at(1, 5).act("next")
    # The dot vote moves before the break while the break is running.
    order = ["arrival", "critique", "dots", "break1", "fantasy", "break2", "realisation", "agreements", "closing"]
    items = {item.id: item for item in run.items}
    run.items = [items[item_id] for item_id in order]
    state = run.at(1, 10).state()
    assert (state.current_item_id, state.current_index, state.item_elapsed_seconds) == ("break1", 3, 300)
    assert [a.item_id for a in state.actuals] == ["arrival", "critique", "break1"]
    run.act("previous")  # the step back follows the new order
    assert run.state().current_item_id == "dots"


def test_dropped_items_are_passed_over() -> None:
    items = standard_agenda()
    for item in items:
        if item.id in ("dots", "break2"):
            item.planned_minutes = 0
    run = Run(items)
    run.at(0, 0).act("started")
    run.events.append(ClockEvent(kind="jumped", at=t(0, 1), item_id="fantasy"))
    event = run.at(0, 2).act("next")
    assert event.item_id == "realisation"
    run.events.append(ClockEvent(kind="previous", at=t(0, 3)))  # no target recorded: passes the drops too
    assert run.at(0, 4).state().current_item_id == "fantasy"


def test_next_without_target_past_the_last_item_finishes() -> None:
    items = standard_agenda()[:2]
    events = [ClockEvent(kind="started", at=t()), ClockEvent(kind="next", at=t(0, 20))]
    events.append(ClockEvent(kind="next", at=t(1, 5)))
    state = compute_state(items, events, t(2), END)
    assert (state.status, state.finished_at, state.workshop_elapsed_seconds) == ("finished", t(1, 5), 3900)
    assert state.actuals[-1].end == t(1, 5)


def test_clock_set_back_does_not_run_backwards() -> None:
    items = standard_agenda()
    events = [ClockEvent(kind="started", at=t(0, 10)), ClockEvent(kind="paused", at=t(0, 5))]
    state = compute_state(items, events, t(0, 1), END)
    assert (state.status, state.item_elapsed_seconds, state.workshop_elapsed_seconds) == ("paused", 0, 0)


def test_planned_end_is_optional() -> None:
    state = compute_state(standard_agenda(), [ClockEvent(kind="started", at=t())], t(0, 1))
    assert state.delay_seconds is None
    assert state.remaining_to_planned_end_seconds is None
    assert state.item_elapsed_seconds == 60


# --- events and clocks --------------------------------------------------------------------------------


def test_event_validation_and_normalisation() -> None:
    berlin = dt.datetime(2026, 5, 16, 14, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    event = ClockEvent(kind=ClockEventKind.STARTED, at=berlin)
    assert event.kind == "started" and type(event.kind) is str
    assert event.at == START and event.at.tzinfo is UTC
    assert len(event.id) == 36 and event.id != ClockEvent(kind="started", at=berlin).id
    with pytest.raises(ValueError):
        ClockEvent(kind="started", at=dt.datetime(2026, 5, 16, 14, 0))
    with pytest.raises(ValueError):
        ClockEvent(kind="extended", at=START, seconds=0)
    with pytest.raises(ValueError):
        ClockEvent(kind="extended", at=START, seconds=-60)
    with pytest.raises(ValueError):
        ClockEvent(kind="jumped", at=START)
    with pytest.raises(ValueError):
        ClockEvent(kind="rewound", at=START)


def test_fake_and_system_clock() -> None:
    clock = FakeClock(START)
    assert clock.now() == START
    assert clock.advance(90) == START + dt.timedelta(seconds=90)
    assert clock.advance(minutes=1, hours=1) == START + dt.timedelta(hours=1, minutes=2, seconds=30)
    with pytest.raises(ValueError):
        clock.set(dt.datetime(2026, 1, 1))
    now = SystemClock().now()
    assert now.tzinfo is UTC
    assert abs((now - dt.datetime.now(UTC)).total_seconds()) < 5


# --- display ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (754, "12:34"),
        (753.2, "12:34"),
        (3900, "1:05:00"),
        (3600, "1:00:00"),
        (3599.5, "1:00:00"),
        (3599, "59:59"),
        (60, "01:00"),
        (0.001, "00:01"),
        (0, "00:00"),
        (-0.999, "00:00"),
        (-1, f"{MINUS}00:01"),
        (-133, f"{MINUS}02:13"),
        (-133.9, f"{MINUS}02:13"),
        (-3900, f"{MINUS}1:05:00"),
    ],
)
def test_format_countdown(seconds: float, text: str) -> None:
    assert format_countdown(seconds) == text


@given(st.floats(min_value=-100_000, max_value=100_000, allow_nan=False))
def test_countdown_shows_zero_only_without_time_left(seconds: float) -> None:
    text = format_countdown(seconds)
    assert (text == "00:00") == (-1 < seconds <= 0)
    assert text.startswith(MINUS) == (seconds <= -1)


@pytest.mark.parametrize(
    ("delay", "minutes"), [(0, 0), (29, 0), (30, 1), (89, 1), (90, 2), (-29, 0), (-30, -1), (-90, -2), (907, 15)]
)
def test_format_delay_minutes(delay: float, minutes: int) -> None:
    assert format_delay_minutes(delay) == minutes


def test_minutes_to_save() -> None:
    assert [minutes_to_save(d) for d in (None, -300, 0, 1, 60, 61)] == [0, 0, 0, 1, 1, 2]


@pytest.mark.parametrize(
    ("elapsed", "level", "text"),
    [
        (2579, ClockLevel.NORMAL, "02:01"),
        (2580, ClockLevel.WARNING, "02:00"),
        (2699, ClockLevel.WARNING, "00:01"),
        (2700, ClockLevel.ALERT, "00:00"),
        (2701, ClockLevel.ALERT, f"{MINUS}00:01"),
    ],
)
def test_levels_at_the_boundaries_of_a_long_block(elapsed: int, level: ClockLevel, text: str) -> None:
    items = [AgendaItem(id="critique", phase="critique", planned_minutes=45)]
    state = compute_state(items, [ClockEvent(kind="started", at=t())], t(seconds=elapsed), END)
    assert (state.level, format_countdown(state.item_remaining_seconds)) == (level, text)


def test_levels_of_a_short_block_and_while_paused() -> None:
    # Five minutes: 20 % (60 s) is less than two minutes.
    assert countdown_level(61, 300) is ClockLevel.NORMAL
    assert countdown_level(60, 300) is ClockLevel.WARNING
    assert countdown_level(0.5, 300) is ClockLevel.WARNING
    assert countdown_level(0, 300) is ClockLevel.ALERT
    assert countdown_level(120, 600) is ClockLevel.WARNING  # 10 min: both rules meet at 120 s
    assert countdown_level(120.5, 600) is ClockLevel.NORMAL
    items = [AgendaItem(id="closing", phase="closing", planned_minutes=5)]
    events = [ClockEvent(kind="started", at=t()), ClockEvent(kind="paused", at=t(0, 4, 30))]
    assert compute_state(items, events, t(1), END).level is ClockLevel.WARNING  # paused at 30 s left
    assert compute_state(items, [], t(), END).level is ClockLevel.NORMAL
