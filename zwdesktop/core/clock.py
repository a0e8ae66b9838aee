"""The live agenda clock, computed from recorded events and the current time.

The running agenda is stored only as :class:`ClockEvent` rows with wall-clock
UTC timestamps; every figure the moderator and the projector see comes from
:func:`compute_state` over those events plus "now". Nothing ticks or counts,
so a crash and restart, or a laptop suspended for ten minutes, shows exactly
the time that really went by. That is also why wall-clock time is used and not
a monotonic clock: a monotonic clock stops during suspend and restarts at an
arbitrary value with each process.

Colour levels of the current item's countdown (``remaining`` seconds of its
``allotted`` seconds): **warning** when ``remaining <= min(120, 0.2 * allotted)``
(the last two minutes, or the last fifth of a short block), **alert** when
``remaining <= 0`` (time is up and the overrun that follows).
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Sequence
from typing import Protocol

from msgspec import Struct, field
from msgspec.structs import force_setattr

from .workshop import AgendaItem, new_id

_UTC = dt.UTC
_ZERO = dt.timedelta(0)
MINUS_SIGN = "\u2212"
# Seconds before the end at which the countdown turns to the warning colour ...
WARNING_SECONDS = 120
# ... unless the block is short: then at this share of its length.
WARNING_SHARE = 0.2


class ClockEventKind(enum.StrEnum):
    """What the moderator did with the clock."""

    STARTED = "started"
    PAUSED = "paused"
    RESUMED = "resumed"
    NEXT = "next"
    PREVIOUS = "previous"
    JUMPED = "jumped"
    EXTENDED = "extended"
    FINISHED = "finished"


_KINDS = frozenset(kind.value for kind in ClockEventKind)


class ClockStatus(enum.StrEnum):
    """Where the workshop stands."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class ClockLevel(enum.StrEnum):
    """The colour of the countdown (see the module docstring for the rule)."""

    NORMAL = "normal"
    WARNING = "warning"
    ALERT = "alert"


class TransitionError(ValueError):
    """An event that is not allowed in the clock's current state; ``code`` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _utc(value: dt.datetime, name: str) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")
    return value.astimezone(_UTC)


class ClockEvent(Struct, frozen=True, kw_only=True):
    """One recorded clock action, at a wall-clock instant (normalised to UTC).

    ``item_id`` is the target of ``jumped`` (required), the item ``extended``
    (the current one when empty), and for ``started``/``next``/``previous`` the
    item the step led to, recorded by :func:`new_event` so that a later reorder
    or deletion of agenda items does not rewrite history. ``seconds`` is the
    extension, which must be positive.
    """

    id: str = field(default_factory=new_id)
    kind: str
    at: dt.datetime
    item_id: str | None = None
    seconds: int = 0

    def __post_init__(self) -> None:
        """Check the event and store ``kind`` as plain text and ``at`` in UTC."""
        kind = ClockEventKind(self.kind).value  # raises ValueError for an unknown kind
        force_setattr(self, "kind", kind)
        force_setattr(self, "at", _utc(self.at, "at"))
        if kind == ClockEventKind.EXTENDED and self.seconds <= 0:
            raise ValueError("an extension needs a positive number of seconds")
        if kind == ClockEventKind.JUMPED and not self.item_id:
            raise ValueError("a jump needs the item_id it jumps to")


class Clock(Protocol):
    """Where "now" comes from (the system, or a fake one in tests)."""

    def now(self) -> dt.datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The computer's wall clock."""

    def now(self) -> dt.datetime:
        """The current instant, timezone-aware, in UTC."""
        return dt.datetime.now(_UTC)


class FakeClock:
    """A clock that stands still until a test sets or advances it."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        """Start at ``start`` (aware), by default 2026-01-01 12:00 UTC."""
        self._now = _utc(start, "start") if start else dt.datetime(2026, 1, 1, 12, 0, tzinfo=_UTC)

    def now(self) -> dt.datetime:
        """The instant the clock was set to."""
        return self._now

    def set(self, when: dt.datetime) -> None:
        """Set the clock to ``when`` (aware; may go backwards, as a real clock can)."""
        self._now = _utc(when, "when")

    def advance(self, seconds: float = 0, *, minutes: float = 0, hours: float = 0) -> dt.datetime:
        """Move the clock forward and return the new instant."""
        self._now += dt.timedelta(hours=hours, minutes=minutes, seconds=seconds)
        return self._now


class ItemActual(Struct, frozen=True):
    """What really happened to one agenda item that ran.

    ``end`` is None while the item is current (or the workshop stopped in
    it); ``running_seconds`` excludes pauses and adds up repeated visits.
    """

    item_id: str
    start: dt.datetime
    end: dt.datetime | None
    running_seconds: float
    planned_seconds: int
    extended_seconds: int


class ClockState(Struct, frozen=True):
    """Everything the clock displays at one instant; see :func:`compute_state`."""

    status: ClockStatus
    now: dt.datetime
    item_ids: tuple[str, ...]
    current_item_id: str | None
    current_index: int | None
    item_allotted_seconds: int
    item_elapsed_seconds: float
    item_remaining_seconds: float
    level: ClockLevel
    workshop_elapsed_seconds: float
    remaining_to_planned_end_seconds: float | None
    delay_seconds: float | None
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    paused_seconds: float
    actuals: tuple[ItemActual, ...]


def countdown_level(remaining_seconds: float, allotted_seconds: float) -> ClockLevel:
    """The colour level for a countdown (rule in the module docstring)."""
    if remaining_seconds <= 0:
        return ClockLevel.ALERT
    if remaining_seconds <= min(WARNING_SECONDS, WARNING_SHARE * allotted_seconds):
        return ClockLevel.WARNING
    return ClockLevel.NORMAL


def _step(items: Sequence[AgendaItem], index: int, direction: int) -> int | None:
    # Items with 0 minutes were dropped (see schedule.propose_dropping): a step passes them.
    index += direction
    while 0 <= index < len(items):
        if items[index].planned_minutes > 0:
            return index
        index += direction
    return None


class _Replay:
    """The mutable walk through the events; compute_state turns it into a ClockState."""

    def __init__(self, items: Sequence[AgendaItem]) -> None:
        self.items = items
        self.index_of: dict[str, int] = {}
        for index, item in enumerate(items):
            self.index_of.setdefault(item.id, index)
        self.status = ClockStatus.NOT_STARTED
        self.current: str | None = None
        self.started_at: dt.datetime | None = None
        self.finished_at: dt.datetime | None = None
        self.paused_at: dt.datetime | None = None
        self.last: dt.datetime | None = None
        self.running: dict[str, dt.timedelta] = {}
        self.starts: dict[str, dt.datetime] = {}
        self.ends: dict[str, dt.datetime | None] = {}
        self.extensions: dict[str, int] = {}

    def advance_to(self, at: dt.datetime) -> dt.datetime:
        """Credit the running time up to ``at`` to the current item; returns ``at`` never before the last."""
        # Events are taken in the order recorded; should the system clock have
        # been set back, time stands still instead of running backwards.
        if self.last is not None:
            at = max(at, self.last)
            if self.status is ClockStatus.RUNNING and self.current is not None:
                self.running[self.current] += at - self.last
        self.last = at
        return at

    def move(self, item_id: str | None, at: dt.datetime) -> None:
        """Leave the current item and make ``item_id`` current."""
        if item_id == self.current:
            return
        if self.current is not None:
            self.ends[self.current] = at
        self.current = item_id
        if item_id is not None:
            self.starts.setdefault(item_id, at)
            self.running.setdefault(item_id, _ZERO)
            self.ends[item_id] = None

    def finish(self, at: dt.datetime) -> None:
        """End the workshop at ``at``."""
        self.move(None, at)
        self.status, self.finished_at, self.paused_at = ClockStatus.FINISHED, at, None

    def target(self, event: ClockEvent) -> str | None:
        """The event's item if it still exists."""
        return event.item_id if event.item_id in self.index_of else None

    def apply(self, event: ClockEvent) -> None:
        """Apply one event; one not allowed in the current state is skipped."""
        # Items may all have been deleted since the start: the start still counts.
        if _refusal(self.status, event.kind, True) is not None:
            return
        at = self.advance_to(event.at)
        kind = ClockEventKind(event.kind)
        target = self.target(event)
        here = self.index_of[self.current] if self.current is not None else -1
        if kind is ClockEventKind.STARTED:
            self.status, self.started_at = ClockStatus.RUNNING, at
            first = _step(self.items, -1, 1)
            if target is None and self.items:
                target = self.items[0 if first is None else first].id
            self.move(target, at)
        elif kind is ClockEventKind.PAUSED:
            self.status, self.paused_at = ClockStatus.PAUSED, at
        elif kind is ClockEventKind.RESUMED:
            self.status, self.paused_at = ClockStatus.RUNNING, None
        elif kind is ClockEventKind.NEXT:
            if target is None:
                following = _step(self.items, here, 1)
                if following is not None:
                    self.move(self.items[following].id, at)
                elif event.item_id is None:
                    self.finish(at)
                # else: the recorded target was deleted since; stay rather than finish.
            else:
                self.move(target, at)
        elif kind is ClockEventKind.PREVIOUS:
            earlier = _step(self.items, here, -1)
            if target is not None or earlier is not None:
                self.move(target or self.items[earlier or 0].id, at)
        elif kind is ClockEventKind.JUMPED:
            if target is not None:
                self.move(target, at)
        elif kind is ClockEventKind.EXTENDED:
            extended = target if event.item_id else self.current
            if extended is not None and event.seconds > 0:
                self.extensions[extended] = self.extensions.get(extended, 0) + event.seconds
        elif kind is ClockEventKind.FINISHED:
            self.finish(at)

    def allotted(self, item_id: str) -> dt.timedelta:
        """Planned minutes plus extensions of one item."""
        item = self.items[self.index_of[item_id]]
        return dt.timedelta(minutes=item.planned_minutes, seconds=self.extensions.get(item_id, 0))

    def left(self, item_id: str) -> dt.timedelta:
        """What is left of one item's allotted time, never below zero."""
        return max(_ZERO, self.allotted(item_id) - self.running.get(item_id, _ZERO))


def _refusal(status: ClockStatus, kind: str, has_items: bool) -> str | None:
    if kind not in _KINDS:
        return "unknown_event"
    if kind == ClockEventKind.STARTED:
        if status is not ClockStatus.NOT_STARTED:
            return "already_started"
        return None if has_items else "no_items"
    if status is ClockStatus.NOT_STARTED:
        return "not_started"
    if status is ClockStatus.FINISHED:
        return "finished"
    if kind == ClockEventKind.PAUSED and status is not ClockStatus.RUNNING:
        return "not_running"
    if kind == ClockEventKind.RESUMED and status is not ClockStatus.PAUSED:
        return "not_paused"
    return None


def compute_state(
    items: Sequence[AgendaItem],
    events: Sequence[ClockEvent],
    now: dt.datetime,
    planned_end: dt.datetime | None = None,
    planned_start: dt.datetime | None = None,
) -> ClockState:
    """The clock at ``now`` from the agenda (in its current order) and the events as recorded.

    Events that make no sense in the state they arrive in (a second start, a
    resume while running, a jump to a deleted item) are skipped, so a damaged
    or merged log never stops the clock. ``delay_seconds`` is the projected
    end minus ``planned_end``: now + what is left of the current item + what
    is left of every later item (their planned time, for items not yet run);
    a pause therefore counts as delay; before the start, from ``planned_start`` while that is
    to come. It and ``remaining_to_planned_end_seconds`` are None without a planned end.
    """
    replay = _Replay(items)
    for event in events:
        replay.apply(event)
    now = _utc(now, "now")
    if replay.status is ClockStatus.FINISHED:
        assert replay.finished_at is not None
        until = replay.finished_at
    else:
        until = replay.advance_to(now)
    current = replay.current
    index = replay.index_of[current] if current is not None else None
    allotted = replay.allotted(current) if current is not None else _ZERO
    elapsed = replay.running.get(current, _ZERO) if current is not None else _ZERO
    remaining = allotted - elapsed

    active = replay.status in (ClockStatus.RUNNING, ClockStatus.PAUSED)
    level = countdown_level(remaining.total_seconds(), allotted.total_seconds()) if active and current else None
    delay: float | None = None
    if planned_end is not None:
        # Before the start every item lies ahead; after the last one (or finished) none does.
        first_later = index + 1 if index is not None else len(items)
        projected_from = until
        if replay.status is ClockStatus.NOT_STARTED:
            first_later = 0
            if planned_start is not None:  # a morning's preparation is not hours "ahead"
                projected_from = max(until, _utc(planned_start, "planned_start"))
        projected = projected_from + sum((replay.left(item.id) for item in items[first_later:]), _ZERO)
        if active:
            projected += max(_ZERO, remaining)
        delay = (projected - _utc(planned_end, "planned_end")).total_seconds()
    return ClockState(
        status=replay.status,
        now=now,
        item_ids=tuple(item.id for item in items),
        current_item_id=current,
        current_index=index,
        item_allotted_seconds=round(allotted.total_seconds()),
        item_elapsed_seconds=elapsed.total_seconds(),
        item_remaining_seconds=remaining.total_seconds(),
        level=level or ClockLevel.NORMAL,
        workshop_elapsed_seconds=(until - replay.started_at).total_seconds() if replay.started_at else 0.0,
        remaining_to_planned_end_seconds=(planned_end - until).total_seconds() if planned_end else None,
        delay_seconds=delay,
        started_at=replay.started_at,
        finished_at=replay.finished_at,
        paused_seconds=(until - replay.paused_at).total_seconds() if replay.paused_at else 0.0,
        actuals=tuple(
            ItemActual(
                item_id=item_id,
                start=start,
                end=replay.ends[item_id],
                running_seconds=replay.running[item_id].total_seconds(),
                planned_seconds=items[replay.index_of[item_id]].planned_minutes * 60,
                extended_seconds=replay.extensions.get(item_id, 0),
            )
            for item_id, start in sorted(replay.starts.items(), key=lambda pair: pair[1])
        ),
    )


def validate_transition(
    state: ClockState, kind: str, *, item_id: str | None = None, seconds: int | None = None
) -> str | None:
    """Why ``kind`` may not happen now (an error code), or None when it may.

    Codes: ``unknown_event``, ``no_items``, ``already_started``,
    ``not_started``, ``finished``, ``not_running`` (pause while not running),
    ``not_paused`` (resume while not paused), ``at_first_item``,
    ``unknown_item`` and ``same_item`` (jumps), ``seconds_invalid``
    (an extension must be positive).
    """
    code = _refusal(state.status, kind, bool(state.item_ids))
    if code is not None:
        return code
    if kind == ClockEventKind.PREVIOUS and state.current_index == 0:
        return "at_first_item"
    if kind == ClockEventKind.JUMPED:
        if item_id is None or item_id not in state.item_ids:
            return "unknown_item"
        if item_id == state.current_item_id:
            return "same_item"
    if kind == ClockEventKind.EXTENDED and seconds is not None and seconds <= 0:
        return "seconds_invalid"
    return None


def new_event(
    state: ClockState,
    items: Sequence[AgendaItem],
    kind: str,
    at: dt.datetime,
    *,
    item_id: str | None = None,
    seconds: int = 0,
) -> ClockEvent:
    """The event to record for the moderator's action; raises :class:`TransitionError` when refused.

    ``started``, ``next`` and ``previous`` get the id of the item they lead to
    (skipping dropped 0-minute items), ``extended`` the current item's id; a
    ``next`` past the last item is recorded as ``finished``, which it is.
    """
    code = validate_transition(state, kind, item_id=item_id, seconds=seconds if kind == "extended" else None)
    if code is not None:
        raise TransitionError(code)
    ids = [item.id for item in items]
    here = ids.index(state.current_item_id) if state.current_item_id in ids else -1
    if kind in (ClockEventKind.STARTED, ClockEventKind.NEXT, ClockEventKind.PREVIOUS):
        backwards = kind == ClockEventKind.PREVIOUS
        step = _step(items, -1 if kind == ClockEventKind.STARTED else here, -1 if backwards else 1)
        if step is None and backwards:
            raise TransitionError("at_first_item")
        if step is None and kind == ClockEventKind.NEXT:
            return ClockEvent(kind=ClockEventKind.FINISHED, at=at)
        item_id = items[step].id if step is not None else items[0].id
    elif kind == ClockEventKind.EXTENDED:
        item_id = item_id or state.current_item_id
    return ClockEvent(kind=kind, at=at, item_id=item_id, seconds=seconds)


def remaining_items(state: ClockState, items: Sequence[AgendaItem]) -> list[AgendaItem]:
    """The items after the current one (all of them before the start), for an end-on-time proposal."""
    if state.status is ClockStatus.FINISHED:
        return []
    ids = [item.id for item in items]
    if state.current_item_id not in ids:  # before the start (None), or an item since removed
        return list(items)
    return list(items[ids.index(state.current_item_id) + 1 :])


def minutes_to_save(delay_seconds: float | None) -> int:
    """Whole minutes to win back to end on time (0 when on time or ahead)."""
    return 0 if delay_seconds is None or delay_seconds <= 0 else math.ceil(delay_seconds / 60)


def format_countdown(seconds: float) -> str:
    """A countdown as ``12:34`` or ``1:05:00``, an overrun as ``−02:13`` (U+2212 minus).

    Time left is rounded up, so ``00:00`` never shows while time remains; an
    overrun is rounded down, so it shows ``−00:01`` once a full second is over.
    """
    if seconds > 0:
        whole, sign = math.ceil(seconds), ""
    else:
        whole = math.floor(-seconds)
        sign = MINUS_SIGN if whole else ""
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def format_delay_minutes(delay_seconds: float) -> int:
    """The delay in whole minutes, half a minute rounded away from zero; positive = behind plan."""
    minutes = math.floor(abs(delay_seconds) / 60 + 0.5)
    return -minutes if delay_seconds < 0 else minutes
