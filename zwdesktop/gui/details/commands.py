"""The undo command of the details page: one workshop field, typing merged into one step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..commands import TypedValueCommand

if TYPE_CHECKING:
    from ..session import WorkshopSession


class SetWorkshopFieldCommand(TypedValueCommand):
    """Change one workshop field; consecutive edits of the same field merge into one undo step."""

    def __init__(self, session: WorkshopSession, text: str, field: str, old: Any, new: Any):
        super().__init__(
            session, text, ("workshop", field), lambda value: session.store.update_workshop(**{field: value}), old, new
        )
