"""What a dot vote can be held on: the ideas and clusters of a phase (from the ideas feature, when present)."""

from __future__ import annotations

from ..store import WorkshopStore


def idea_sources(store: WorkshopStore, phase: str) -> list[tuple[str, str, str | None]]:
    """``(label, source_kind, source_id)`` of the clusters, then the unclustered ideas, of ``phase``.

    Empty while the workshop file has no ideas (the ideas feature fills this in).
    """
    return []
