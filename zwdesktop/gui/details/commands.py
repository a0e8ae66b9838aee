"""The undo command of the details page: one workshop field, typing merged into one step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from ..commands import StoreCommand

if TYPE_CHECKING:
    from ..session import WorkshopSession


_FIELD_MERGE_ID = 1001


class SetWorkshopFieldCommand(StoreCommand):
    """Change one workshop field; consecutive edits of the same field merge into one undo step."""

    def __init__(self, session: WorkshopSession, text: str, field: str, old: Any, new: Any):
        self.field = field
        self.old = old
        self.new = new
        super().__init__(
            session,
            text,
            lambda: session.store.update_workshop(**{field: self.new}),
            lambda: session.store.update_workshop(**{field: self.old}),
        )

    def id(self) -> int:
        """Commands with this id may merge."""
        return _FIELD_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb the next edit of the same field, so typing a word is one undo step."""
        if not isinstance(other, SetWorkshopFieldCommand) or other.field != self.field:
            return False
        self.new = other.new
        return True
