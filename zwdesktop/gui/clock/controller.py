"""The live clock in the GUI: records the moderator's actions as events and re-computes the state.

A timer only repaints: every tick computes the :class:`~zwdesktop.core.clock.ClockState`
afresh from the stored events and the wall clock, so nothing drifts and a
restart continues where the wall clock says the workshop is.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.clock import (
    Clock,
    ClockEvent,
    ClockLevel,
    ClockState,
    ClockStatus,
    SystemClock,
    TransitionError,
    compute_state,
    new_event,
)
from ...core.schedule import is_try_out, planned_end_for_clock, planned_start_for_clock
from ...core.workshop import AgendaItem, Workshop
from ...store import StoreError
from ...store.changes import Area, Change
from ..session import WorkshopSession

TICK_MS = 250


class ClockController(QObject):
    """Start, pause, resume, next, previous, jump, extend — and a fresh state on every tick.

    ``ticked(state)`` fires on every tick and after every action; ``item_ended``
    fires once when the current item's time runs out (for the gong);
    ``refused(code)`` when an action is not possible now (e.g. pause before start).
    """

    ticked = Signal(object)
    item_ended = Signal(str)
    refused = Signal(str)

    def __init__(self, session: WorkshopSession, clock: Clock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.clock: Clock = clock or SystemClock()
        self.items: list[AgendaItem] = []
        self.workshop: Workshop = session.store.workshop()
        self._events = session.store.clock.events()
        self.state: ClockState = self._compute()
        self._alerted_item: str | None = self._already_alerted()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        session.changed.connect(self._on_changed)
        session.idea_context.follow_clock(self)  # ideas go into the running item's phase
        self._reload()
        self.timer.start()

    # ---- state ---------------------------------------------------------

    def _reload(self) -> None:
        self.items = self.session.store.agenda.all()
        self.workshop = self.session.store.workshop()
        self._events = self.session.store.clock.events()
        if not self._events:
            self._alerted_item = None  # reset: the gong sounds again at the end of every item
        self.tick()

    def _on_changed(self, change: Change) -> None:
        if change.touches(Area.AGENDA, Area.WORKSHOP, Area.CLOCK):
            self._reload()

    def _compute(self) -> ClockState:
        now = self.clock.now()
        workshop, events = self.workshop, self._events
        return compute_state(
            self.items,
            events,
            now,
            planned_end_for_clock(workshop, events, now),
            planned_start_for_clock(workshop, events, now),
        )

    @property
    def events(self) -> list[ClockEvent]:
        """The clock's recorded events (what a reset removes)."""
        return list(self._events)

    def is_try_out(self) -> bool:
        """Whether the clock is a try-out: started on another day than the workshop's date (or today is another day)."""
        return is_try_out(self.workshop, self._events, self.state.now)

    def _already_alerted(self) -> str | None:
        # After a restart in overrun, do not gong again for the same item.
        if self.state.level is ClockLevel.ALERT:
            return self.state.current_item_id
        return None

    def tick(self) -> None:
        """Compute the state for now and tell the views; gong once when an item's time is up."""
        self.state = self._compute()
        state = self.state
        if (
            state.status is ClockStatus.RUNNING
            and state.level is ClockLevel.ALERT
            and state.current_item_id is not None
            and state.current_item_id != self._alerted_item
        ):
            self._alerted_item = state.current_item_id
            self.item_ended.emit(state.current_item_id)
        self.ticked.emit(state)

    def item(self, item_id: str | None) -> AgendaItem | None:
        """The agenda item with this id."""
        return next((item for item in self.items if item.id == item_id), None)

    def next_item(self) -> AgendaItem | None:
        """The item after the current one (the first one before the start), skipping dropped items."""
        state = self.state
        if state.status is ClockStatus.FINISHED:
            return None
        start = 0 if state.current_index is None else state.current_index + 1
        return next((item for item in self.items[start:] if item.planned_minutes > 0), None)

    # ---- actions -------------------------------------------------------

    def _record(self, kind: str, item_id: str | None = None, seconds: int = 0) -> bool:
        self.state = self._compute()
        try:
            event = new_event(self.state, self.items, kind, self.clock.now(), item_id=item_id, seconds=seconds)
        except TransitionError as exc:
            self.refused.emit(exc.code)
            return False
        try:
            self.session.store.clock.add(event)
        except StoreError as exc:
            self.session.report(exc)
            return False
        return True  # the store's change notice reloads and ticks

    def start(self) -> bool:
        """Start the workshop with its first item."""
        return self._record("started")

    def pause(self) -> bool:
        """Pause the countdown."""
        return self._record("paused")

    def resume(self) -> bool:
        """Resume after a pause."""
        return self._record("resumed")

    def toggle(self) -> bool:
        """The space bar: start when not started, pause when running, resume when paused."""
        status = self.state.status
        if status is ClockStatus.NOT_STARTED:
            return self.start()
        if status is ClockStatus.RUNNING:
            return self.pause()
        if status is ClockStatus.PAUSED:
            return self.resume()
        self.refused.emit("finished")
        return False

    def next(self) -> bool:
        """Go on to the next item (past the last one the workshop is finished)."""
        if self.state.status is ClockStatus.NOT_STARTED:
            return self.start()
        return self._record("next")

    def previous(self) -> bool:
        """Go back to the previous item."""
        return self._record("previous")

    def jump(self, item_id: str) -> bool:
        """Go to any item."""
        if self.state.status is ClockStatus.NOT_STARTED and self.items and item_id == self.items[0].id:
            return self.start()
        return self._record("jumped", item_id=item_id)

    def extend(self, minutes: int) -> bool:
        """Give the current item more time."""
        return self._record("extended", seconds=int(minutes) * 60)
