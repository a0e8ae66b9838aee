"""Writing the ideas and clusters of another file's document into this file (inside the merge's transaction).

The rules are :mod:`zwdesktop.core.ideas_merge`'s; here they are applied to
the rows and the merge's own changes written: the clusters renumbered in their
merged order, ideas of a deleted cluster without a cluster.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..core.exchange import ExchangeData
from ..core.ideas import Cluster
from ..core.ideas_merge import Conflict, cluster_order, plan_merge, stamp_after
from ..core.model import utc_now

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .workshop_store import WorkshopStore


Counts = dict[str, int]


def merge_ideas_into(
    store: WorkshopStore, db: Database, data: ExchangeData
) -> tuple[Counts, Counts, Counts, list[Conflict]]:
    """Insert and update clusters and ideas by the merge rules; returns added, updated, kept counts and conflicts.

    Clusters first, so that every idea's cluster is there when the idea is.
    """
    own_clusters = {c.id: c for c in store.clusters(include_deleted=True)}
    own_ideas = {i.id: i for i in store.ideas(include_hidden=True)}
    clusters = dict(own_clusters)
    cluster_plan = plan_merge("cluster", own_clusters, data.clusters)
    clusters.update({c.id: c for c in (*cluster_plan.insert, *cluster_plan.update)})
    dead = frozenset(c.id for c in clusters.values() if c.deleted)
    idea_plan = plan_merge("idea", own_ideas, data.ideas, dead)
    ideas = dict(own_ideas)
    ideas.update({i.id: i for i in (*idea_plan.insert, *idea_plan.update)})
    seen = [c.updated_at for c in clusters.values()] + [i.updated_at for i in ideas.values()]
    stamp = stamp_after(seen, utc_now())
    renumbered = _renumbered(clusters, stamp)
    homeless = {
        i.id: replace(i, cluster_id=None, updated_at=stamp)
        for i in ideas.values()
        if i.cluster_id is not None and (i.cluster_id in dead or i.cluster_id not in clusters)
    }
    for cluster in cluster_plan.insert:
        db.table("idea_cluster").insert(store.cluster_row(renumbered.get(cluster.id, cluster)))
    written = {c.id for c in cluster_plan.insert}
    for cluster in (*cluster_plan.update, *renumbered.values()):
        if cluster.id not in written:
            db.table("idea_cluster").update(cluster.id, store.cluster_row(renumbered.get(cluster.id, cluster)))
            written.add(cluster.id)
    for idea in idea_plan.insert:
        db.table("idea").insert(store.idea_row(homeless.get(idea.id, idea)))
    written = {i.id for i in idea_plan.insert}
    for idea in (*idea_plan.update, *homeless.values()):
        if idea.id not in written:
            db.table("idea").update(idea.id, store.idea_row(homeless.get(idea.id, idea)))
            written.add(idea.id)
    added: Counts = {}
    updated: Counts = {}
    kept: Counts = {}
    conflicts: list[Conflict] = []
    for label, plan in (("clusters", cluster_plan), ("ideas", idea_plan)):
        if plan.insert:
            added[label] = len(plan.insert)
        if plan.update:
            updated[label] = len(plan.update)
        if plan.kept_newer:
            kept[label] = len(plan.kept_newer)
        conflicts.extend(plan.conflicts)
    return added, updated, kept, conflicts


def _renumbered(clusters: dict[str, Cluster], stamp: str) -> dict[str, Cluster]:
    """The visible clusters whose place changes when the merged order is numbered 0, 1, 2 …, with their new place."""
    return {
        cluster.id: replace(cluster, position=index, updated_at=stamp)
        for index, cluster in enumerate(cluster_order(clusters.values()))
        if cluster.position != index
    }

