"""Which dot-vote round the projector shows, per open workshop.

Both the votes page and the projector's vote mode reach the same
:class:`VoteFocus`, the session's ``vote_focus``, so neither needs to know the other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class VoteFocus(QObject):
    """The round on the projector; ``round_changed(round_id)`` when the moderator picks another,
    ``round_closed(round_id)`` when they close it (a projector that is shown switches to the results)."""

    round_changed = Signal(str)
    # The moderator closed this round: a projector that is shown switches to its results.
    round_closed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.round_id = ""

    def show_round(self, round_id: str) -> None:
        """Put this round on the projector."""
        if round_id != self.round_id:
            self.round_id = round_id
            self.round_changed.emit(round_id)
