"""Carry the options that go forward into the next step with one undoable action.

Top wishes of a fantasy-phase round become agreements (one per wish, its
origin the vote option and, when there is one, the idea or cluster it came
from). Options carried before (an agreement with that vote origin exists)
are not made twice. Forward, the new records and the round's history entry
are written in one transaction; undo removes both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.agreements import Agreement, AgreementBundle, Origin
from ..core.votes import EventKind, RoundEvent
from ..store.votes import VoteStore
from .commands import StoreCommand
from .vote_view import RoundView

if TYPE_CHECKING:
    from .session import WorkshopSession

AGREEMENTS = "agreements"
FANTASY = "fantasy"
TITLE_LIMIT = 300


def agreement_bundles(session: WorkshopSession, view: RoundView) -> list[AgreementBundle]:
    """One new agreement per option going forward that has none yet."""
    carried = {
        origin.source_id
        for bundle in session.store.agreements.bundles()
        for origin in bundle.origins
        if origin.source_kind == "vote"
    }
    bundles = []
    for option_id in view.outcome.forward or []:
        option = next(o for o in view.options if o.id == option_id)
        if option.id in carried:
            continue
        agreement = Agreement(title=option.label[:TITLE_LIMIT])
        origins = [Origin(agreement_id=agreement.id, source_kind="vote", source_id=option.id, label=option.label)]
        if option.source_kind in ("idea", "cluster") and option.source_id:
            origins.append(
                Origin(
                    agreement_id=agreement.id,
                    source_kind=option.source_kind,
                    source_id=option.source_id,
                    label=option.label,
                )
            )
        bundles.append(AgreementBundle(agreement=agreement, origins=origins))
    return bundles


def carry_command(
    session: WorkshopSession, view: RoundView, target: str, text: str, note: str
) -> tuple[StoreCommand, int] | None:
    """The undoable carrying forward into ``target`` and how many records it makes (None: not possible here)."""
    if target != AGREEMENTS:
        return None
    bundles = agreement_bundles(session, view)
    event = RoundEvent(round_id=view.round.id, kind=EventKind.CARRIED.value, note=note)
    votes = VoteStore(session.store)

    def forward() -> None:
        with session.store.batch():
            for bundle in bundles:
                session.store.agreements.put_bundle(bundle)
            votes.update_round(view.round.id, {}, add_event=event)

    def backward() -> None:
        with session.store.batch():
            for bundle in bundles:
                session.store.agreements.remove_agreement(bundle.agreement.id)
            votes.update_round(view.round.id, {}, remove_event_id=event.id)

    return StoreCommand(session, text, forward, backward), len(bundles)
