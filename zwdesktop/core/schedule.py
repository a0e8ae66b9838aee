"""The planned schedule of a workshop and proposals for ending on time.

Plain arithmetic over :class:`~zwdesktop.core.workshop.Workshop` and
:class:`~zwdesktop.core.workshop.AgendaItem`: no Qt, no SQL. All clock times are
computed in UTC and only shown in the workshop's time zone, so a day with a
daylight-saving change still adds up (a 240-minute plan is 240 real minutes).

Which clock run is the workshop's own is decided here too: a run started on
another day than the workshop's date is a **try-out** (a rehearsal). Its
figures are measured against the plan moved to the try-out's start, and the
minutes never print its times under the workshop's date.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection, Sequence
from zoneinfo import ZoneInfo

from msgspec import Struct, field
from msgspec.structs import replace

from .clock import ClockEvent, ClockEventKind, ClockState, ClockStatus
from .workshop import AgendaItem, Phase, Workshop

# The shortest a block may be squeezed to by an end-on-time proposal. A break
# below 5 minutes is no break and the agreements need 10 minutes to name a
# follow-up date and a contact person (the seed's success factors). The three
# Jungk phases get 10 too: collecting and clustering cards in less is not the
# phase any more. Arrival, closing and other blocks keep 5 minutes.
MINIMUM_MINUTES: dict[str, int] = {
    Phase.ARRIVAL.value: 5,
    Phase.CRITIQUE.value: 10,
    Phase.FANTASY.value: 10,
    Phase.REALISATION.value: 10,
    Phase.AGREEMENTS.value: 10,
    Phase.BREAK.value: 5,
    Phase.CLOSING.value: 5,
    Phase.OTHER.value: 5,
}
# For a phase this table does not know (a newer file, say).
DEFAULT_MINIMUM_MINUTES = 5

_UTC = dt.UTC


class PlannedSlot(Struct, frozen=True):
    """One agenda item's planned start and end as clock times."""

    item_id: str
    start: dt.datetime
    end: dt.datetime


class Proposal(Struct, frozen=True):
    """A preview of how to end on time, for the moderator to accept or reject.

    ``new_minutes`` holds only the items whose planned minutes change (dropped
    items appear there with 0); ``dropped`` lists the dropped items' ids in
    agenda order. ``shortfall_minutes`` is what is still missing when the
    proposal cannot save enough (``feasible`` is then false).
    """

    new_minutes: dict[str, int] = field(default_factory=dict)
    dropped: tuple[str, ...] = ()
    saved_minutes: int = 0
    feasible: bool = True
    shortfall_minutes: int = 0


def _require_aware(value: dt.datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")


def workshop_start_utc(workshop: Workshop) -> dt.datetime:
    """The workshop's planned start (wall clock in its time zone) as an aware UTC datetime."""
    zone = ZoneInfo(workshop.timezone)
    return dt.datetime.combine(workshop.date, workshop.start_time, tzinfo=zone).astimezone(_UTC)


def workshop_end_utc(workshop: Workshop) -> dt.datetime:
    """The workshop's planned end as an aware UTC datetime.

    An end at or before the start is on the next day, as in
    :attr:`Workshop.planned_minutes`.
    """
    zone = ZoneInfo(workshop.timezone)
    day = workshop.date
    if workshop.end_time <= workshop.start_time:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, workshop.end_time, tzinfo=zone).astimezone(_UTC)


def planned_schedule(start: dt.datetime, items: Sequence[AgendaItem]) -> list[PlannedSlot]:
    """Each item's planned start and end, one after the other from ``start``, in the given order.

    The times come back in ``start``'s time zone. The sums are done in UTC
    because Python adds a timedelta to a zoned datetime on the wall clock,
    which would be an hour off across a daylight-saving change.
    """
    _require_aware(start, "start")
    zone = start.tzinfo
    cursor = start.astimezone(_UTC)
    slots: list[PlannedSlot] = []
    for item in items:
        end = cursor + dt.timedelta(minutes=item.planned_minutes)
        slots.append(PlannedSlot(item.id, cursor.astimezone(zone), end.astimezone(zone)))
        cursor = end
    return slots


def plan_overrun_minutes(workshop: Workshop, items: Sequence[AgendaItem]) -> int:
    """Minutes the agenda runs past the workshop's planned end (0 or negative when it fits).

    Measured in real time, so on the night of a clock change the hour that
    does (not) exist is counted (or not).
    """
    agenda_end = workshop_start_utc(workshop) + dt.timedelta(minutes=sum(i.planned_minutes for i in items))
    return math.floor((agenda_end - workshop_end_utc(workshop)).total_seconds() / 60)


def minimum_minutes(item: AgendaItem) -> int:
    """The least an end-on-time proposal may leave of ``item`` (never more than it has)."""
    floor = MINIMUM_MINUTES.get(item.phase, DEFAULT_MINIMUM_MINUTES)
    return max(0, min(item.planned_minutes, floor))


def propose_shortening(items: Sequence[AgendaItem], minutes_to_save: int) -> Proposal:
    """Shorten ``items`` (the remaining ones) in proportion to what each can give above its minimum.

    Every item gives its share of ``minutes_to_save`` weighted by
    ``planned − minimum``; whole minutes, the rounding remainder going to the
    largest fractional shares (earlier items first on a tie) so the total
    saved is exact. When the items together cannot give that much, each is
    cut to its minimum and the proposal is marked infeasible with the
    shortfall.
    """
    wanted = max(0, minutes_to_save)
    spare = [max(0, item.planned_minutes - minimum_minutes(item)) for item in items]
    target = min(wanted, sum(spare))
    if target == 0:
        return Proposal(feasible=wanted == 0, shortfall_minutes=wanted)
    total = sum(spare)
    # Integer arithmetic: each share is target*s/total, so its whole part and its
    # remainder (over the common denominator) are exact and the largest-remainder
    # order never depends on float noise.
    cuts = [(target * s) // total for s in spare]
    remainders = [(target * s) % total for s in spare]
    leftover = target - sum(cuts)
    by_remainder = sorted(range(len(items)), key=lambda i: (-remainders[i], i))
    # A share with a fractional part is below its item's spare, so +1 stays within it.
    for index in by_remainder[:leftover]:
        cuts[index] += 1
    new_minutes = {item.id: item.planned_minutes - cut for item, cut in zip(items, cuts, strict=True) if cut}
    return Proposal(
        new_minutes=new_minutes,
        saved_minutes=target,
        feasible=target == wanted,
        shortfall_minutes=wanted - target,
    )


def propose_dropping(items: Sequence[AgendaItem], drop_ids: Collection[str], minutes_to_save: int) -> Proposal:
    """Drop the chosen items (to 0 minutes); feasible when that frees ``minutes_to_save``.

    Ids in ``drop_ids`` that are not among ``items`` are ignored.
    """
    wanted = max(0, minutes_to_save)
    dropped = [item for item in items if item.id in drop_ids]
    saved = sum(max(0, item.planned_minutes) for item in dropped)
    return Proposal(
        new_minutes={item.id: 0 for item in dropped if item.planned_minutes != 0},
        dropped=tuple(item.id for item in dropped),
        saved_minutes=saved,
        feasible=saved >= wanted,
        shortfall_minutes=max(0, wanted - saved),
    )


def apply_proposal(items: Sequence[AgendaItem], proposal: Proposal) -> list[AgendaItem]:
    """Copies of ``items`` with the proposal's minutes; dropped items stay, with 0 minutes.

    The originals are left alone, so the GUI can show this as the preview
    and write the changes only when the moderator accepts.
    """
    return [
        replace(item, planned_minutes=proposal.new_minutes[item.id]) if item.id in proposal.new_minutes else item
        for item in items
    ]


# ---- the workshop's day and try-outs ---------------------------------------------------------


def workshop_days(workshop: Workshop) -> tuple[dt.date, ...]:
    """The dates the workshop runs on in its time zone: its date, and the next one when it runs past midnight."""
    if workshop.end_time <= workshop.start_time:
        return (workshop.date, workshop.date + dt.timedelta(days=1))
    return (workshop.date,)


def is_workshop_day(workshop: Workshop, instant: dt.datetime) -> bool:
    """Whether ``instant`` (aware) falls on the workshop's date, in the workshop's time zone."""
    _require_aware(instant, "instant")
    return instant.astimezone(ZoneInfo(workshop.timezone)).date() in workshop_days(workshop)


def run_started_at(events: Sequence[ClockEvent]) -> dt.datetime | None:
    """When the recorded clock run started (its first ``started`` event), or None when it never did."""
    return next((event.at for event in events if event.kind == ClockEventKind.STARTED), None)


def is_try_out(workshop: Workshop, events: Sequence[ClockEvent], now: dt.datetime) -> bool:
    """Whether the clock is not the workshop's own: started on another day, or (not started) today is another day."""
    started = run_started_at(events)
    return not is_workshop_day(workshop, started if started is not None else now)


def planned_start_for_clock(workshop: Workshop, events: Sequence[ClockEvent], now: dt.datetime) -> dt.datetime:
    """Where the plan starts for the clock: the workshop's planned start, or a try-out's own start."""
    started = run_started_at(events)
    if started is not None and is_try_out(workshop, events, now):
        return started
    return workshop_start_utc(workshop)


def planned_end_for_clock(workshop: Workshop, events: Sequence[ClockEvent], now: dt.datetime) -> dt.datetime | None:
    """The planned end the clock's delay is measured against.

    On the workshop's day: the workshop's planned end. A try-out measures
    against the plan moved to its own start (a rehearsal at 10:07 that should
    last four hours "ends" at 14:07). Before a try-out starts there is no
    plan to be ahead of or behind: None.
    """
    if not is_try_out(workshop, events, now):
        return workshop_end_utc(workshop)
    if run_started_at(events) is None:
        return None
    start = planned_start_for_clock(workshop, events, now)
    return start + (workshop_end_utc(workshop) - workshop_start_utc(workshop))


def clock_events_for_minutes(workshop: Workshop, events: Sequence[ClockEvent]) -> list[ClockEvent]:
    """The clock events whose times belong in the minutes: the run started on the workshop's day, or nothing.

    A try-out (started on another day, and never reset) would otherwise put
    rehearsal times under the workshop's date.
    """
    started = run_started_at(events)
    if started is None or not is_workshop_day(workshop, started):
        return []
    return list(events)


def live_schedule(start: dt.datetime, items: Sequence[AgendaItem], state: ClockState) -> list[PlannedSlot]:
    """The planned slots as the plan stands now: what is done or running keeps its planned time, the rest follows on.

    The items after the current one start when the current one will end (now
    plus what is left of it, extensions included) if that is later than
    planned, and follow one another from there; an item is never shown
    earlier than planned. So after "End on time" the last item ends where
    the workshop's planned end is, and while behind plan the times show when
    the rest will really come. Before the start and after the end this is
    :func:`planned_schedule`.
    """
    slots = planned_schedule(start, items)
    index = state.current_index
    if state.status not in (ClockStatus.RUNNING, ClockStatus.PAUSED) or index is None:
        return slots
    zone = start.tzinfo
    left = {a.item_id: a.planned_seconds + a.extended_seconds - a.running_seconds for a in state.actuals}
    cursor = state.now.astimezone(_UTC) + dt.timedelta(seconds=max(0.0, state.item_remaining_seconds))
    for position in range(index + 1, len(items)):
        item, slot = items[position], slots[position]
        begin = max(slot.start.astimezone(_UTC), cursor)
        # An item visited before (the moderator went back) has only what is left of it to come.
        seconds = max(0.0, left.get(item.id, item.planned_minutes * 60))
        end = begin + dt.timedelta(seconds=seconds)
        slots[position] = PlannedSlot(item.id, begin.astimezone(zone), end.astimezone(zone))
        cursor = end
    return slots
