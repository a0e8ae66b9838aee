"""Which dot-vote round the projector shows, and the carry-forward hook, per open workshop.

Both the votes page and the projector's vote mode reach the same
:class:`VoteFocus` through :func:`vote_focus` (one per session, made on first
use), so neither needs to know the other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from PySide6.QtCore import QObject, Signal

from ..session import WorkshopSession

CarryHandler: TypeAlias = Callable[[str, list[str]], None]


class VoteFocus(QObject):
    """The round on the projector (``round_changed``), and ``carry_forward`` for the next steps to hook.

    ``carry_forward(round_id, target, option_ids)`` is emitted when the
    moderator carries the options that go forward into the next step:
    ``target`` is ``"fantasy"`` (top critique → themes of the fantasy phase)
    or ``"agreements"`` (top wishes → agreements). A feature that makes those
    registers a handler with :meth:`add_carry_handler` (and may also
    connect to the signal); the page says so when no handler is there yet.
    """

    round_changed = Signal(str)
    carry_forward = Signal(str, str, list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.round_id = ""
        self._handlers: list[tuple[str, CarryHandler]] = []

    def show_round(self, round_id: str) -> None:
        """Put this round on the projector."""
        if round_id != self.round_id:
            self.round_id = round_id
            self.round_changed.emit(round_id)

    def add_carry_handler(self, target: str, handler: CarryHandler) -> None:
        """Let ``handler(round_id, option_ids)`` carry options into ``target`` (``fantasy`` or ``agreements``)."""
        self._handlers.append((target, handler))

    def has_handler(self, target: str) -> bool:
        """Whether something carries options into ``target``."""
        return any(name == target for name, _handler in self._handlers)

    def carry(self, round_id: str, target: str, option_ids: list[str]) -> bool:
        """Carry options forward: call the handlers for ``target`` and emit ``carry_forward``; False when none."""
        handlers = [handler for name, handler in self._handlers if name == target]
        for handler in handlers:
            handler(round_id, option_ids)
        self.carry_forward.emit(round_id, target, option_ids)
        return bool(handlers)


def vote_focus(session: WorkshopSession) -> VoteFocus:
    """The session's :class:`VoteFocus` (a child of the session, made on first use)."""
    focus = session.findChild(VoteFocus)
    if focus is None:
        focus = VoteFocus(session)
    return focus
