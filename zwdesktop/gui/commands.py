"""The one shape of an undo command: the same store operations forward and back.

Each feature keeps its commands in its own ``commands.py`` (``agenda/``,
``agreements/``, ``details/``, ``ideas/``, ``photos/``, ``votes/``), made of this class.

A command runs once through :meth:`StoreCommand.run_first` before it is pushed
(so a failed write never reaches the stack); the stack's first ``redo()`` is
then skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from ..store import StoreError

if TYPE_CHECKING:
    from .session import WorkshopSession


class StoreCommand(QUndoCommand):
    """An undoable change made of a forward and a backward store operation (every feature's commands are these)."""

    def __init__(self, session: WorkshopSession, text: str, forward: Callable[[], Any], backward: Callable[[], Any]):
        super().__init__(text)
        self._session = session
        self._forward = forward
        self._backward = backward
        self._skip_redo = False

    def run_first(self) -> None:
        """Do the change for the first time; raises :class:`StoreError` when it cannot be written."""
        self._forward()
        self._skip_redo = True

    def redo(self) -> None:
        """Do the change again (after an undo)."""
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guarded(self._forward)

    def undo(self) -> None:
        """Take the change back."""
        self._guarded(self._backward)

    def _guarded(self, operation: Callable[[], Any]) -> None:
        try:
            operation()
        except StoreError as exc:
            self.setObsolete(True)
            self._session.report(exc)


_TYPED_MERGE_ID = 1000


class TypedValueCommand(StoreCommand):
    """Set one stored value to ``new`` (undo: ``old``) with ``write``; consecutive commands of the same
    ``key`` merge, so typing a word into a field that is saved as it is typed is one undo step."""

    def __init__(
        self, session: WorkshopSession, text: str, key: tuple[str, ...], write: Callable[[Any], Any], old: Any, new: Any
    ) -> None:
        self.key, self.old, self.new = key, old, new
        super().__init__(session, text, lambda: write(self.new), lambda: write(self.old))

    def id(self) -> int:
        """Commands with this id may merge."""
        return _TYPED_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb the next value typed into the same field (the same ``key``)."""
        if not isinstance(other, TypedValueCommand) or other.key != self.key:
            return False
        self.new = other.new
        return True
