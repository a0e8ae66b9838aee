"""Undo commands for ideas and clusters, each made of the same store operations forward and back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from msgspec.structs import replace

from ...core.ideas import Cluster, Idea
from ..commands import StoreCommand

if TYPE_CHECKING:
    from ..session import WorkshopSession


class AddIdeaCommand(StoreCommand):
    """Capture one idea; undo deletes it (a tombstone), redo brings it back. ``stored`` is the idea as written."""

    def __init__(self, session: WorkshopSession, text: str, idea: Idea) -> None:
        self.stored: Idea | None = None

        def forward() -> None:
            if self.stored is None:
                self.stored = session.store.ideas.add(idea)
            else:
                session.store.ideas.restore([idea.id])

        super().__init__(session, text, forward, lambda: session.store.ideas.delete([idea.id]))


def update_idea(session: WorkshopSession, label: str, idea: Idea, **changes: Any) -> StoreCommand:
    """Change fields of one idea (text, phase, cluster, author, reframed_from); ``label`` names the undo step."""
    old = {name: getattr(idea, name) for name in changes}
    return StoreCommand(
        session,
        label,
        lambda: session.store.ideas.update(idea.id, **changes),
        lambda: session.store.ideas.update(idea.id, **old),
    )


def move_ideas_to_phase(session: WorkshopSession, text: str, ideas: list[Idea], phase: str) -> StoreCommand:
    """Move ideas to another phase, as one step."""

    def forward() -> None:
        with session.store.batch():
            for idea in ideas:
                session.store.ideas.update(idea.id, phase=phase)

    def backward() -> None:
        with session.store.batch():
            for idea in ideas:
                session.store.ideas.update(idea.id, phase=idea.phase)

    return StoreCommand(session, text, forward, backward)


def delete_ideas(session: WorkshopSession, text: str, ids: list[str]) -> StoreCommand:
    """Delete ideas; undo brings them back."""
    return StoreCommand(
        session, text, lambda: session.store.ideas.delete(ids), lambda: session.store.ideas.restore(ids)
    )


def assign_cluster(session: WorkshopSession, text: str, ids: list[str], cluster_id: str | None) -> StoreCommand:
    """Put ideas into a cluster (or none); undo gives each its former cluster."""
    before: dict[str, str | None] = {}

    def forward() -> None:
        before.clear()
        before.update(session.store.ideas.set_cluster(ids, cluster_id))

    return StoreCommand(session, text, forward, lambda: session.store.ideas.set_clusters_of(dict(before)))


def merge_ideas(session: WorkshopSession, text: str, survivor_id: str, absorbed_id: str) -> StoreCommand:
    """Merge two ideas into one (both texts kept); undo restores both as they were."""
    before: list[Idea] = []
    reframed: list[Idea] = []

    def forward() -> None:
        reframed[:] = [i for i in session.store.ideas.all(include_hidden=True) if i.reframed_from == absorbed_id]
        before[:] = list(session.store.ideas.merge(survivor_id, absorbed_id))

    def backward() -> None:
        session.store.ideas.put([*before, *reframed])

    return StoreCommand(session, text, forward, backward)


def add_cluster(session: WorkshopSession, text: str, cluster: Cluster, index: int | None = None) -> StoreCommand:
    """Make a cluster; undo deletes it again."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.ideas.add_cluster(cluster, index),
        lambda: session.store.ideas.delete_cluster(cluster.id),
    )


def update_cluster(session: WorkshopSession, label: str, cluster: Cluster, **changes: Any) -> StoreCommand:
    """Rename or recolour a cluster; ``label`` names the undo step."""
    old = {name: getattr(cluster, name) for name in changes}
    return StoreCommand(
        session,
        label,
        lambda: session.store.ideas.update_cluster(cluster.id, **changes),
        lambda: session.store.ideas.update_cluster(cluster.id, **old),
    )


def move_cluster(session: WorkshopSession, text: str, cluster_id: str, old: int, new: int) -> StoreCommand:
    """Move a cluster in the order."""
    return StoreCommand(
        session,
        text,
        lambda: session.store.ideas.move_cluster(cluster_id, new),
        lambda: session.store.ideas.move_cluster(cluster_id, old),
    )


def delete_cluster(session: WorkshopSession, text: str, cluster: Cluster) -> StoreCommand:
    """Delete a cluster (its ideas stay, without a cluster); undo puts it and its ideas back."""
    saved: list[Any] = []

    def forward() -> None:
        saved[:] = list(session.store.ideas.delete_cluster(cluster.id))

    def backward() -> None:
        removed, index, members = saved
        session.store.ideas.restore_cluster(replace(removed), index, members)

    return StoreCommand(session, text, forward, backward)
