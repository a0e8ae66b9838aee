"""Undo commands for dot votes: each runs the same :class:`~zwdesktop.store.votes.VoteRepository` operations forward and back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from ...core.votes import Ballot, RoundEvent, VoteOption
from ...store.votes import RoundSnapshot
from ..commands import StoreCommand

if TYPE_CHECKING:
    from ..session import WorkshopSession


def add_round(session: WorkshopSession, text: str, snapshot: RoundSnapshot) -> StoreCommand:
    """Add a round with its options."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.votes.add_round(snapshot),
        lambda: session.store.votes.remove_round(snapshot.round.id),
    )


def remove_round(session: WorkshopSession, text: str, snapshot: RoundSnapshot) -> StoreCommand:
    """Remove a round with everything in it (undo puts all of it back)."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.votes.remove_round(snapshot.round.id),
        lambda: session.store.votes.add_round(snapshot),
    )


_TYPED_MERGE_ID = 3001
# What is saved as it is typed: the rules digit by digit (and stepped with the arrows), "3", "35" one
# undo step back to 29; the question letter by letter, one step back to the question before.
TYPED_FIELDS = frozenset({"title", "participants", "dots_per_person", "cap_per_option", "cutoff"})


class UpdateRoundCommand(StoreCommand):
    """Change fields of a round; ``event`` is noted in its history (and taken out again by undo).

    Consecutive edits of the same typed field of the same round merge into one undo step.
    """

    def __init__(
        self,
        session: WorkshopSession,
        text: str,
        round_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        event: RoundEvent | None = None,
    ) -> None:
        self.round_id = round_id
        self.old = old
        self.new = new
        self.typed = event is None and bool(new) and TYPED_FIELDS.issuperset(new)
        votes = session.store.votes
        super().__init__(
            session,
            text,
            lambda: votes.update_round(round_id, self.new, add_event=event),
            lambda: votes.update_round(round_id, self.old, remove_event_id=event.id if event else None),
        )

    def id(self) -> int:
        """Only typed numbers merge (every other change of a round is a step of its own)."""
        return _TYPED_MERGE_ID if self.typed else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb the next edit of the same typed field of the same round."""
        if (
            not isinstance(other, UpdateRoundCommand)
            or not (self.typed and other.typed)
            or other.round_id != self.round_id
            or other.new.keys() != self.new.keys()
        ):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)  # typed back to what it was: no step at all
        return True


def set_tallies(session: WorkshopSession, text: str, old: dict[str, int], new: dict[str, int]) -> StoreCommand:
    """Set the dots of one or more options."""
    return StoreCommand(
        session, text, lambda: session.store.votes.set_tallies(new), lambda: session.store.votes.set_tallies(old)
    )


def add_option(session: WorkshopSession, text: str, option: VoteOption) -> StoreCommand:
    """Add an option to a round."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.votes.add_option(option),
        lambda: session.store.votes.remove_option(option.id),
    )


def remove_option(session: WorkshopSession, text: str, option: VoteOption) -> StoreCommand:
    """Remove an option (undo puts it back with its tally)."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.votes.remove_option(option.id),
        lambda: session.store.votes.add_option(option),
    )


def rename_option(session: WorkshopSession, text: str, option_id: str, old: str, new: str) -> StoreCommand:
    """Change an option's text."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.votes.update_option_label(option_id, new),
        lambda: session.store.votes.update_option_label(option_id, old),
    )


def save_ballot(session: WorkshopSession, text: str, ballot: Ballot, previous: Ballot | None) -> StoreCommand:
    """Add a ballot (or replace ``previous``), checked against the round's rules."""

    def backward() -> None:
        if previous is None:
            session.store.votes.remove_ballot(ballot.id)
        else:
            session.store.votes.restore_ballot(previous)

    return StoreCommand(session, text, lambda: session.store.votes.save_ballot(ballot), backward)


def remove_ballot(session: WorkshopSession, text: str, ballot: Ballot) -> StoreCommand:
    """Remove a ballot."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.votes.remove_ballot(ballot.id),
        lambda: session.store.votes.restore_ballot(ballot),
    )


def start_runoff(
    session: WorkshopSession,
    text: str,
    round_id: str,
    old: dict[str, Any],
    new: dict[str, Any],
    event: RoundEvent,
    runoff: RoundSnapshot,
) -> StoreCommand:
    """Settle a tie by a run-off: note it on the first round and add the run-off round, as one step."""

    def forward() -> None:
        with session.store.batch():
            session.store.votes.update_round(round_id, new, add_event=event)
            session.store.votes.add_round(runoff)

    def backward() -> None:
        with session.store.batch():
            session.store.votes.remove_round(runoff.round.id)
            session.store.votes.update_round(round_id, old, remove_event_id=event.id)

    return StoreCommand(session, text, forward, backward)
