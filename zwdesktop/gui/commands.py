"""Undo commands. Each calls the same store operations forward and back.

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
    from ..core.agreements import AgreementBundle, Meeting, Signup, SteeringMember
    from ..core.workshop import AgendaItem
    from .session import WorkshopSession


class StoreCommand(QUndoCommand):
    """An undoable change made of a forward and a backward store operation."""

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


def set_agenda_field(session: WorkshopSession, text: str, item_id: str, field: str, old: Any, new: Any) -> StoreCommand:
    """Change one field of an agenda item."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.agenda.update(item_id, **{field: new}),
        lambda: session.store.agenda.update(item_id, **{field: old}),
    )


def insert_agenda_item(session: WorkshopSession, text: str, item: AgendaItem, index: int) -> StoreCommand:
    """Insert an agenda item at ``index``."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.agenda.insert(item, index),
        lambda: session.store.agenda.remove(item.id),
    )


def remove_agenda_item(session: WorkshopSession, text: str, item: AgendaItem, index: int) -> StoreCommand:
    """Remove an agenda item (undo puts it back where it was)."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.agenda.remove(item.id),
        lambda: session.store.agenda.insert(item, index),
    )


def move_agenda_item(session: WorkshopSession, text: str, item_id: str, old: int, new: int) -> StoreCommand:
    """Move an agenda item from index ``old`` to ``new``."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.agenda.move(item_id, new),
        lambda: session.store.agenda.move(item_id, old),
    )


def set_agenda_minutes(session: WorkshopSession, text: str, old: dict[str, int], new: dict[str, int]) -> StoreCommand:
    """Change the planned minutes of several items in one step."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.agenda.set_minutes(new),
        lambda: session.store.agenda.set_minutes(old),
    )


def split_agenda_item(
    session: WorkshopSession, text: str, item: AgendaItem, first_minutes: int, second: AgendaItem, index: int
) -> StoreCommand:
    """Shorten ``item`` to ``first_minutes`` and insert ``second`` (the rest) after it, as one step."""

    def forward() -> None:
        with session.store.batch():
            session.store.agenda.update(item.id, planned_minutes=first_minutes)
            session.store.agenda.insert(second, index)

    def backward() -> None:
        with session.store.batch():
            session.store.agenda.remove(second.id)
            session.store.agenda.update(item.id, planned_minutes=item.planned_minutes)

    return StoreCommand(session, text, forward, backward)


_BUNDLE_MERGE_ID = 1002


class PutBundleCommand(StoreCommand):
    """Write an agreement with its parts; undo puts the previous state back (or removes a new agreement).

    Consecutive edits of the same field of the same agreement (typing a word)
    merge into one undo step.
    """

    def __init__(
        self,
        session: WorkshopSession,
        text: str,
        old: AgreementBundle | None,
        new: AgreementBundle,
        merge_key: str | None = None,
        index: int | None = None,
    ):
        self.old = old
        self.new = new
        self.merge_key = merge_key
        repo = session.store.agreements

        def backward() -> None:
            if self.old is None:
                repo.remove_agreement(self.new.agreement.id)
            else:
                repo.put_bundle(self.old)

        super().__init__(session, text, lambda: repo.put_bundle(self.new, index), backward)

    def id(self) -> int:
        """Commands with this id may merge."""
        return _BUNDLE_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb the next edit of the same field of the same agreement."""
        if (
            not isinstance(other, PutBundleCommand)
            or self.merge_key is None
            or other.merge_key != self.merge_key
            or other.new.agreement.id != self.new.agreement.id
        ):
            return False
        self.new = other.new
        return True


def remove_agreement(session: WorkshopSession, text: str, bundle: AgreementBundle, index: int) -> StoreCommand:
    """Remove an agreement with its parts (undo puts it back in its place)."""
    repo = session.store.agreements
    return StoreCommand(
        session, text, lambda: repo.remove_agreement(bundle.agreement.id), lambda: repo.put_bundle(bundle, index)
    )


def move_agreement(session: WorkshopSession, text: str, agreement_id: str, old: int, new: int) -> StoreCommand:
    """Move an agreement in the list."""
    repo = session.store.agreements
    return StoreCommand(
        session, text, lambda: repo.move_agreement(agreement_id, new), lambda: repo.move_agreement(agreement_id, old)
    )


def put_steering_member(
    session: WorkshopSession, text: str, old: SteeringMember | None, new: SteeringMember, index: int | None = None
) -> StoreCommand:
    """Add or change a steering-group member."""
    repo = session.store.agreements

    def backward() -> None:
        if old is None:
            repo.remove_steering_member(new.id)
        else:
            repo.put_steering_member(old)

    return StoreCommand(session, text, lambda: repo.put_steering_member(new, index), backward)


def remove_steering_member(session: WorkshopSession, text: str, member: SteeringMember, index: int) -> StoreCommand:
    """Remove a steering-group member (undo puts them back)."""
    repo = session.store.agreements
    return StoreCommand(
        session, text, lambda: repo.remove_steering_member(member.id), lambda: repo.put_steering_member(member, index)
    )


def put_steering_meeting(session: WorkshopSession, text: str, old: Meeting | None, new: Meeting) -> StoreCommand:
    """Set the steering group's meeting."""
    repo = session.store.agreements

    def backward() -> None:
        if old is None:
            repo.remove_meeting(new.id)
        else:
            repo.put_meeting(old)

    return StoreCommand(session, text, lambda: repo.put_meeting(new), backward)


def add_signup(session: WorkshopSession, text: str, signup: Signup) -> StoreCommand:
    """Put a sign-up on the mailing list."""
    repo = session.store.agreements
    return StoreCommand(session, text, lambda: repo.add_signup(signup), lambda: repo.remove_signup(signup.id))


def remove_signup(session: WorkshopSession, text: str, signup: Signup) -> StoreCommand:
    """Take a sign-up off the mailing list (undo puts it back)."""
    repo = session.store.agreements
    return StoreCommand(session, text, lambda: repo.remove_signup(signup.id), lambda: repo.add_signup(signup))
