"""What a dot vote can be held on: the clusters and the unclustered ideas of a phase."""

from __future__ import annotations

from ...core.validation import MAX_SHORT_TEXT
from ...core.votes import SourceKind
from ...store import WorkshopStore


def _label(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= MAX_SHORT_TEXT else one_line[: MAX_SHORT_TEXT - 1] + "…"


def idea_sources(store: WorkshopStore, phase: str) -> list[tuple[str, str, str | None]]:
    """``(label, source_kind, source_id)``: the clusters holding ideas of ``phase``, then all its ideas.

    With ``phase`` empty (a hand-picked round) every phase's clusters and ideas are offered.
    """
    ideas = [idea for idea in store.ideas.all() if not phase or idea.phase == phase]
    used = {idea.cluster_id for idea in ideas if idea.cluster_id}
    sources: list[tuple[str, str, str | None]] = [
        (_label(cluster.name), SourceKind.CLUSTER.value, cluster.id) for cluster in store.ideas.clusters() if cluster.id in used
    ]
    sources += [(_label(idea.text), SourceKind.IDEA.value, idea.id) for idea in ideas]
    return sources
