"""What the idea views of one open workshop share: the phase ideas are captured into and what the wall highlights.

The ideas page, the assistant station and the idea wall on the projector all
read the same :class:`IdeaContext`, kept with the session (one per open file),
so choosing a phase or highlighting an idea shows everywhere at once. It is
view state, not workshop data: nothing here is written to the file.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...core.ideas import capture_phase
from ..clock.controller import ClockController
from ..session import WorkshopSession

AUTO = ""  # the phase follows the clock


class IdeaContext(QObject):
    """The chosen phase (``AUTO``: the running agenda item's) and the wall's highlighted idea or cluster."""

    changed = Signal()

    def __init__(self, session: WorkshopSession, controller: ClockController | None = None) -> None:
        super().__init__(session)
        self.session = session
        self.controller = controller
        self.chosen_phase: str = AUTO
        self.highlight_idea: str | None = None
        self.highlight_cluster: str | None = None
        self._last_phase = ""
        if controller is not None:
            controller.ticked.connect(self._on_tick)

    def clock_phase(self) -> str:
        """The idea phase of the clock's present agenda item (see :func:`~zwdesktop.core.ideas.capture_phase`)."""
        if self.controller is None:
            return capture_phase([item.phase for item in self.session.store.agenda.all()], None)
        items = self.controller.items
        return capture_phase([item.phase for item in items], self.controller.state.current_index)

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
        # Tell the views only when the clock moved into another idea phase.
        phase = self.phase()
        if phase != self._last_phase:
            self._last_phase = phase
            self.changed.emit()


def idea_context(session: WorkshopSession, controller: ClockController | None = None) -> IdeaContext:
    """The session's idea context, made on first use (``controller`` then ties the phase to the clock)."""
    context = getattr(session, "_idea_context", None)
    if not isinstance(context, IdeaContext):
        context = IdeaContext(session, controller)
        session._idea_context = context  # type: ignore[attr-defined]
    elif context.controller is None and controller is not None:
        context.controller = controller
        controller.ticked.connect(context._on_tick)
    return context
