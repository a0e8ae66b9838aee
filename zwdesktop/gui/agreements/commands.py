"""The undo commands of agreements, the steering group and the mailing list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..commands import StoreCommand

if TYPE_CHECKING:
    from ...core.agreements import AgreementBundle, Meeting, Signup, SteeringMember
    from ..session import WorkshopSession


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


class SteeringMeetingCommand(StoreCommand):
    """Set the steering group's meeting; typing in one of its fields is one undo step (like the other forms)."""

    MERGE_ID = 1201

    def __init__(self, session: WorkshopSession, text: str, old: Meeting | None, new: Meeting, field: str) -> None:
        self.old, self.new, self.field = old, new, field
        repo = session.store.agreements

        def backward() -> None:
            if self.old is None:
                repo.remove_meeting(self.new.id)
            else:
                repo.put_meeting(self.old)

        super().__init__(session, text, lambda: repo.put_meeting(self.new), backward)

    def id(self) -> int:
        """Commands with this id may merge."""
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb the next change of the same field of the same meeting."""
        if not isinstance(other, SteeringMeetingCommand) or (other.field, other.new.id) != (self.field, self.new.id):
            return False
        self.new = other.new
        return True
