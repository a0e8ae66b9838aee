"""Writing the ideas and clusters of another file's document into this file (inside the merge's transaction).

The rules are :mod:`zwdesktop.core.ideas_merge`'s; here they are applied to
the rows and the merge's own changes written: the clusters renumbered in their
merged order, ideas of a deleted cluster without a cluster.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from msgspec.structs import replace

from ..core.exchange import ExchangeData
from ..core.ideas import Cluster
from ..core.ideas_merge import Conflict, MergePlan, Row, cluster_order, plan_merge, stamp_after
from ..core.workshop import utc_now

if TYPE_CHECKING:
    from .row_journal import RowJournal
    from .workshop_store import WorkshopStore


Counts = dict[str, int]


def merge_ideas_into(
    store: WorkshopStore, journal: RowJournal, data: ExchangeData
) -> tuple[Counts, Counts, Counts, list[Conflict]]:
    """Insert and update clusters and ideas by the merge rules; returns added, updated, kept counts and conflicts.

    Clusters first, so that every idea's cluster is there when the idea is.
    """
    own_clusters = {c.id: c for c in store.ideas.clusters(include_deleted=True)}
    own_ideas = {i.id: i for i in store.ideas.all(include_hidden=True)}
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
    _write(journal, "idea_cluster", cluster_plan, renumbered, store.ideas.cluster_row)
    _write(journal, "idea", idea_plan, homeless, store.ideas.row)
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


def _write(
    journal: RowJournal,
    table: str,
    plan: MergePlan[Row],
    own_changes: dict[str, Row],
    row: Callable[[Row], dict[str, Any]],
) -> None:
    """Insert and update the plan's rows, and the merge's own changes (each row once, with those changes applied)."""
    for record in plan.insert:
        journal.insert(table, row(own_changes.get(record.id, record)))
    written = {record.id for record in plan.insert}
    changed = plan.update + list(own_changes.values())
    for current in changed:
        if current.id not in written:
            journal.update(table, current.id, row(own_changes.get(current.id, current)))
            written.add(current.id)


def _renumbered(clusters: dict[str, Cluster], stamp: str) -> dict[str, Cluster]:
    """The visible clusters whose place changes when the merged order is numbered 0, 1, 2 …, with their new place."""
    return {
        cluster.id: replace(cluster, position=index, updated_at=stamp)
        for index, cluster in enumerate(cluster_order(clusters.values()))
        if cluster.position != index
    }
