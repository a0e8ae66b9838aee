"""Carry the options that go forward into the next step with one undoable action.

Top critiques of a critique-phase round become the themes of the fantasy
phase: one new cluster per critique, named "Wishes: …" (the small groups
collect their wishes under it). Top wishes of a fantasy-phase round become
agreements (one per wish, its origins the vote option and, when there is
one, the idea or cluster it came from). Nothing is made twice. Forward, the
new records and the round's history entry are written in one transaction;
undo removes both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ...core.agreements import Agreement, AgreementBundle, Origin
from ...core.ideas import CLUSTER_COLOURS, MAX_CLUSTER_NAME, Cluster
from ...core.validation import MAX_SHORT_TEXT
from ...core.votes import EventKind, RoundEvent
from ..commands import StoreCommand
from .view import RoundView

if TYPE_CHECKING:
    from ..session import WorkshopSession

AGREEMENTS = "agreements"
FANTASY = "fantasy"


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
        agreement = Agreement(title=option.label[:MAX_SHORT_TEXT])
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


def theme_clusters(session: WorkshopSession, view: RoundView, name_of: Callable[[str], str]) -> list[Cluster]:
    """One new cluster per critique going forward, a theme of the fantasy phase (a name that exists is skipped)."""
    existing = {cluster.name for cluster in session.store.ideas.clusters()}
    clusters: list[Cluster] = []
    for option_id in view.outcome.forward or []:
        option = next(o for o in view.options if o.id == option_id)
        name = " ".join(name_of(option.label).split())
        if len(name) > MAX_CLUSTER_NAME:
            name = name[: MAX_CLUSTER_NAME - 1] + "…"
        if name in existing:
            continue
        existing.add(name)
        colour = CLUSTER_COLOURS[(len(existing) - 1) % len(CLUSTER_COLOURS)]
        clusters.append(Cluster(name=name, colour=colour))
    return clusters


def carry_command(
    session: WorkshopSession, view: RoundView, target: str, text: str, note: str, theme_name: Callable[[str], str]
) -> tuple[StoreCommand, int]:
    """The undoable carrying forward into ``target`` (``fantasy`` or ``agreements``) and how many records it makes."""
    event = RoundEvent(round_id=view.round.id, kind=EventKind.CARRIED.value, note=note)
    votes = session.store.votes
    if target == AGREEMENTS:
        bundles = agreement_bundles(session, view)

        def make() -> None:
            for bundle in bundles:
                session.store.agreements.put_bundle(bundle)

        def unmake() -> None:
            for bundle in bundles:
                session.store.agreements.remove_agreement(bundle.agreement.id)

        count = len(bundles)
    elif target == FANTASY:
        clusters = theme_clusters(session, view, theme_name)

        def make() -> None:
            for cluster in clusters:
                session.store.ideas.add_cluster(cluster)

        def unmake() -> None:
            for cluster in clusters:
                session.store.ideas.delete_cluster(cluster.id)

        count = len(clusters)
    else:
        raise ValueError(f"nothing carries into {target!r}")

    def forward() -> None:
        with session.store.batch():
            make()
            votes.update_round(view.round.id, {}, add_event=event)

    def backward() -> None:
        with session.store.batch():
            unmake()
            votes.update_round(view.round.id, {}, remove_event_id=event.id)

    return StoreCommand(session, text, forward, backward), count
