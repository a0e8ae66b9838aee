"""Ideas and clusters in the exchange document: to records, and back with every rule checked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .ideas import Cluster, Idea, check_cluster_field, check_idea_field, clean_idea_text
from .instants import canonical_instant

# Raised with (path, code, params); the exchange module passes its DocumentError.
Fail = Callable[[str, str, dict[str, Any]], Exception]


def cluster_to_record(cluster: Cluster) -> dict[str, Any]:
    """A cluster as a document record."""
    return {
        "id": cluster.id,
        "name": cluster.name,
        "colour": cluster.colour,
        "position": cluster.position,
        "deleted": cluster.deleted,
        "updated_at": cluster.updated_at,
    }


def idea_to_record(idea: Idea) -> dict[str, Any]:
    """An idea as a document record."""
    return {
        "id": idea.id,
        "text": idea.text,
        "phase": idea.phase,
        "cluster_id": idea.cluster_id,
        "author": idea.author,
        "reframed_from": idea.reframed_from,
        "merged_into": idea.merged_into,
        "deleted": idea.deleted,
        "created_at": idea.created_at,
        "updated_at": idea.updated_at,
    }


def clusters_from_records(records: Sequence[dict[str, Any]], fail: Fail) -> list[Cluster]:
    """The clusters of a (schema-valid) document, each field checked."""
    clusters = []
    for index, record in enumerate(records):
        cluster = Cluster(
            id=record["id"],
            name=clean_idea_text(record["name"]).replace("\n", " "),
            colour=record["colour"].lower(),
            position=int(record["position"]),
            deleted=bool(record.get("deleted", False)),
            updated_at=canonical_instant(record["updated_at"]),
        )
        for name in ("name", "colour"):
            problem = check_cluster_field(name, getattr(cluster, name))
            if problem:
                raise fail(f"$.clusters[{index}].{name}", problem.code, problem.params)
        clusters.append(cluster)
    return clusters


def ideas_from_records(records: Sequence[dict[str, Any]], cluster_ids: set[str], fail: Fail) -> list[Idea]:
    """The ideas of a (schema-valid) document: texts cleaned and checked, links pointing into the document."""
    ideas = []
    for index, record in enumerate(records):
        idea = Idea(
            id=record["id"],
            text=clean_idea_text(record["text"]),
            phase=record["phase"],
            cluster_id=record.get("cluster_id") or None,
            author=clean_idea_text(record.get("author", "")).replace("\n", " "),
            reframed_from=record.get("reframed_from") or None,
            merged_into=record.get("merged_into") or None,
            deleted=bool(record.get("deleted", False)),
            created_at=canonical_instant(record["created_at"]),
            updated_at=canonical_instant(record["updated_at"]),
        )
        for name in ("text", "phase", "author"):
            problem = check_idea_field(name, getattr(idea, name))
            if problem:
                raise fail(f"$.ideas[{index}].{name}", problem.code, problem.params)
        if idea.cluster_id is not None and idea.cluster_id not in cluster_ids:
            raise fail(f"$.ideas[{index}].cluster_id", "unknown_cluster", {"value": idea.cluster_id})
        ideas.append(idea)
    ids = {idea.id for idea in ideas}
    for index, idea in enumerate(ideas):
        for name in ("reframed_from", "merged_into"):
            value = getattr(idea, name)
            if value is not None and (value not in ids or value == idea.id):
                raise fail(f"$.ideas[{index}].{name}", "unknown_idea", {"value": value})
    return ideas
