"""Writing the ideas and clusters of another file's document into this file (inside the merge's transaction)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..core.exchange import ExchangeData
from ..core.ideas_merge import Conflict, plan_merge

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .workshop_store import WorkshopStore


Counts = dict[str, int]


def merge_ideas_into(
    store: WorkshopStore, db: Database, data: ExchangeData
) -> tuple[Counts, Counts, Counts, list[Conflict]]:
    """Insert and update clusters and ideas by the rule "later change wins"; returns added, updated, kept counts and conflicts.

    Clusters first, so that every idea's cluster is there when the idea is.
    """
    added: dict[str, int] = {}
    updated: dict[str, int] = {}
    kept: dict[str, int] = {}
    conflicts: list[Conflict] = []
    own_clusters = store.clusters(include_deleted=True)
    cluster_plan = plan_merge("cluster", {c.id: c for c in own_clusters}, data.clusters)
    # The other laptop's new clusters come after this file's own, in their order.
    offset = 1 + max((c.position for c in own_clusters), default=-1)
    for cluster in cluster_plan.insert:
        db.table("idea_cluster").insert(store.cluster_row(replace(cluster, position=offset + cluster.position)))
    for cluster in cluster_plan.update:
        db.table("idea_cluster").update(cluster.id, store.cluster_row(cluster))
    idea_plan = plan_merge("idea", {i.id: i for i in store.ideas(include_hidden=True)}, data.ideas)
    for idea in idea_plan.insert:
        db.table("idea").insert(store.idea_row(idea))
    for idea in idea_plan.update:
        db.table("idea").update(idea.id, store.idea_row(idea))
    for label, plan in (("clusters", cluster_plan), ("ideas", idea_plan)):
        if plan.insert:
            added[label] = len(plan.insert)
        if plan.update:
            updated[label] = len(plan.update)
        if plan.kept_newer:
            kept[label] = len(plan.kept_newer)
        conflicts.extend(plan.conflicts)
    return added, updated, kept, conflicts
