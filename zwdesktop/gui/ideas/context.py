"""What the idea views of one open workshop share: the phase ideas are captured into and what the wall highlights.

The ideas page, the assistant station and the idea wall on the projector all
read the same :class:`IdeaContext`, the session's ``idea_context`` (one per open
file, made with it; the session's clock controller ties the phase to the clock), so choosing a phase or highlighting an idea shows everywhere at once. It is
view state, not workshop data: nothing here is written to the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ...core.ideas import capture_phase, idea_phase_reached

if TYPE_CHECKING:  # both are made after this class: the session makes its context, the controller follows
    from ..clock.controller import ClockController
    from ..session import WorkshopSession

AUTO = ""  # the phase follows the clock


class IdeaContext(QObject):
    """The chosen phase (``AUTO``: the running agenda item's) and the wall's highlighted idea or cluster."""

    changed = Signal()

    def __init__(self, session: WorkshopSession) -> None:
        super().__init__(session)
        self.session = session
        self.controller: ClockController | None = None
        self.chosen_phase: str = AUTO
        self.highlight_idea: str | None = None
        self.highlight_cluster: str | None = None
        self._last_phase: tuple[str, bool] = ("", False)

    def follow_clock(self, controller: ClockController) -> None:
        """Take the phase from ``controller``'s running agenda item (the session's clock, made after it)."""
        self.controller = controller
        controller.ticked.connect(self._on_tick)

    def clock_phase(self) -> str:
        """The idea phase of the clock's present agenda item (see :func:`~zwdesktop.core.ideas.capture_phase`)."""
        if self.controller is None:
            return capture_phase([item.phase for item in self.session.store.agenda.all()], None)
        items = self.controller.items
        return capture_phase([item.phase for item in items], self.controller.state.current_index)

    def clock_phase_reached(self) -> bool:
        """Whether the clock's phase (:meth:`clock_phase`) runs or ran already, rather than being still to come."""
        if self.controller is None:
            return False
        phases = [item.phase for item in self.controller.items]
        return idea_phase_reached(phases, self.controller.state.current_index)

    def phase(self) -> str:
        """The phase new ideas go into and the wall shows."""
        return self.chosen_phase or self.clock_phase()

    def set_phase(self, phase: str) -> None:
        """Choose a phase (``AUTO`` to follow the clock again)."""
        if phase != self.chosen_phase:
            self.chosen_phase = phase
            self.changed.emit()

    def set_highlight(self, idea_id: str | None = None, cluster_id: str | None = None) -> None:
        """Highlight one idea or one cluster on the wall (both None: nothing)."""
        if (idea_id, cluster_id) != (self.highlight_idea, self.highlight_cluster):
            self.highlight_idea, self.highlight_cluster = idea_id, cluster_id
            self.changed.emit()

    def _on_tick(self, _state: object) -> None:
        # Tell the views only when the clock moved into another idea phase (or into the first one).
        phase = (self.phase(), self.clock_phase_reached())
        if phase != self._last_phase:
            self._last_phase = phase
            self.changed.emit()
